// SPDX-License-Identifier: GPL-2.0-only
/*
 * struct km_crypto_ops on the kernel crypto API.
 *
 * Digests: one unkeyed crypto_shash per algorithm, allocated once in
 * km_crypto_init() and shared by every caller.  An unkeyed shash tfm holds
 * no per-call state (that lives in the shash_desc), so concurrent users only
 * need their own descriptor, which each call keeps on its stack and wipes.
 *
 * HMAC (RFC 2104) is built on those shared digest tfms instead of an
 * "hmac(...)" tfm: a keyed tfm must not be setkey()ed while another thread
 * uses it, so the alternatives would be a lock (serialising the TA's RNG,
 * which runs HMAC-SHA256 for every random draw) or crypto_alloc_shash() +
 * setkey() per call, which does an algorithm lookup under crypto_alg_sem,
 * an allocation and the same two pad-block compressions we do here.  The
 * composition costs exactly the compressions the hmac template would do for
 * a fresh key and no allocation at all.
 *
 * AES-CMAC (NIST SP 800-38B) is rare (key derivation only), so it allocates
 * a "cmac(aes)" tfm per call; crypto_free_shash() wipes its key schedule.
 *
 * Randomness comes from get_random_bytes_wait().  Every op may sleep and
 * must be called from process context without spinlocks held.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <crypto/hash.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/nospec.h>
#include <linux/random.h>
#include <linux/sizes.h>
#include <linux/string.h>

#include "km_crypto.h"

static const char * const km_digest_alg_names[] = {
	[KM_DIGEST_MD5] = "md5",
	[KM_DIGEST_SHA1] = "sha1",
	[KM_DIGEST_SHA_2_224] = "sha224",
	[KM_DIGEST_SHA_2_256] = "sha256",
	[KM_DIGEST_SHA_2_384] = "sha384",
	[KM_DIGEST_SHA_2_512] = "sha512",
};

/*
 * Shared unkeyed digest transforms, indexed by enum km_digest.  Written only
 * by km_crypto_init()/km_crypto_exit() (module load/unload, no other users
 * yet or any more); read-only in between, so no lock.  A NULL entry means
 * the algorithm is unavailable (e.g. MD5 with fips=1).
 */
static struct crypto_shash *km_digest_tfms[ARRAY_SIZE(km_digest_alg_names)];

/* Largest HMAC block (SHA-384/512). */
#define KM_HMAC_MAX_BLOCK	128

static struct crypto_shash *km_digest_tfm(enum km_digest alg)
{
	size_t i = (size_t)alg;

	if (i >= ARRAY_SIZE(km_digest_tfms))
		return NULL;
	return km_digest_tfms[array_index_nospec(i, ARRAY_SIZE(km_digest_tfms))];
}

static int km_shash_update(struct shash_desc *desc, const u8 *p, size_t len)
{
	int ret = 0;

	while (len && !ret) {
		unsigned int chunk = min_t(size_t, len, SZ_1M);

		ret = crypto_shash_update(desc, p, chunk);
		p += chunk;
		len -= chunk;
	}
	return ret;
}

static int km_shash_segs(struct shash_desc *desc, const struct km_seg *in,
			 unsigned int n)
{
	unsigned int i;
	int ret;

	for (i = 0; i < n; i++) {
		ret = km_shash_update(desc, in[i].p, in[i].len);
		if (ret)
			return ret;
	}
	return 0;
}

static bool km_segs_valid(const struct km_seg *in, unsigned int n)
{
	unsigned int i;

	if (n && !in)
		return false;
	for (i = 0; i < n; i++)
		if (in[i].len && !in[i].p)
			return false;
	return true;
}

static int km_op_digest(void *ctx, enum km_digest alg, const struct km_seg *in,
			unsigned int n, u8 *out)
{
	struct crypto_shash *tfm = km_digest_tfm(alg);
	int ret;

	if (!km_digest_size(alg) || !out || !km_segs_valid(in, n))
		return -EINVAL;
	if (!tfm)
		return -ENOENT;

	{
		SHASH_DESC_ON_STACK(desc, tfm);

		desc->tfm = tfm;
		ret = crypto_shash_init(desc);
		if (!ret)
			ret = km_shash_segs(desc, in, n);
		if (!ret)
			ret = crypto_shash_final(desc, out);
		shash_desc_zero(desc);
	}
	return ret;
}

/*
 * HMAC(K, m) = H((K0 ^ opad) || H((K0 ^ ipad) || m)), K0 = K padded with
 * zeroes to the block size, or H(K) padded when K is longer than a block.
 * @pad holds K0 ^ ipad, then K0 ^ opad; both it and the inner hash are
 * wiped before returning.
 */
static int km_op_hmac(void *ctx, enum km_digest alg, const u8 *key,
		      size_t keylen, const struct km_seg *in, unsigned int n,
		      u8 *out)
{
	struct crypto_shash *tfm = km_digest_tfm(alg);
	size_t bs = km_digest_block_size(alg);
	size_t ds = km_digest_size(alg);
	u8 inner[KM_MAX_DIGEST_SIZE];
	u8 pad[KM_HMAC_MAX_BLOCK];
	size_t i;
	int ret;

	if (!ds || !out || (keylen && !key) || !km_segs_valid(in, n))
		return -EINVAL;
	if (!tfm)
		return -ENOENT;
	if (WARN_ON_ONCE(bs > sizeof(pad) || ds > sizeof(inner) ||
			 crypto_shash_blocksize(tfm) != bs ||
			 crypto_shash_digestsize(tfm) != ds))
		return -EINVAL;

	{
		SHASH_DESC_ON_STACK(desc, tfm);

		desc->tfm = tfm;
		memset(pad, 0, sizeof(pad));
		ret = 0;
		if (keylen > bs)
			ret = crypto_shash_init(desc) ?:
			      km_shash_update(desc, key, keylen) ?:
			      crypto_shash_final(desc, pad);
		else if (keylen)
			memcpy(pad, key, keylen);

		for (i = 0; i < bs; i++)
			pad[i] ^= 0x36;
		if (!ret)
			ret = crypto_shash_init(desc) ?:
			      crypto_shash_update(desc, pad, bs) ?:
			      km_shash_segs(desc, in, n) ?:
			      crypto_shash_final(desc, inner);

		for (i = 0; i < bs; i++)
			pad[i] ^= 0x36 ^ 0x5c;
		if (!ret)
			ret = crypto_shash_init(desc) ?:
			      crypto_shash_update(desc, pad, bs) ?:
			      crypto_shash_finup(desc, inner, ds, out);

		shash_desc_zero(desc);
	}
	memzero_explicit(pad, sizeof(pad));
	memzero_explicit(inner, sizeof(inner));
	return ret;
}

static int km_op_aes_cmac(void *ctx, const u8 *key, size_t keylen,
			  const struct km_seg *in, unsigned int n, u8 out[16])
{
	struct crypto_shash *tfm;
	int ret;

	if ((keylen != 16 && keylen != 24 && keylen != 32) || !key || !out ||
	    !km_segs_valid(in, n))
		return -EINVAL;

	tfm = crypto_alloc_shash("cmac(aes)", 0, 0);
	if (IS_ERR(tfm))
		return PTR_ERR(tfm);
	if (WARN_ON_ONCE(crypto_shash_digestsize(tfm) != 16)) {
		ret = -EINVAL;
		goto out_free_tfm;
	}
	ret = crypto_shash_setkey(tfm, key, keylen);
	if (ret)
		goto out_free_tfm;

	{
		SHASH_DESC_ON_STACK(desc, tfm);

		desc->tfm = tfm;
		ret = crypto_shash_init(desc) ?:
		      km_shash_segs(desc, in, n) ?:
		      crypto_shash_final(desc, out);
		shash_desc_zero(desc);
	}

out_free_tfm:
	crypto_free_shash(tfm);
	return ret;
}

static int km_op_random(void *ctx, u8 *out, size_t len)
{
	if (len && !out)
		return -EINVAL;
	return get_random_bytes_wait(out, len);
}

static const struct km_crypto_ops km_kernel_ops = {
	.digest = km_op_digest,
	.hmac = km_op_hmac,
	.aes_cmac = km_op_aes_cmac,
	.random = km_op_random,
	.ctx = NULL,
};

/**
 * km_kernel_crypto_ops() - lib/'s primitives backed by the kernel crypto API.
 *
 * The table is valid while keymint.ko is loaded (callers in other modules
 * hold a reference through their symbol dependency).  Every op may sleep.
 * An algorithm the running kernel cannot provide (MD5 under fips=1, say)
 * makes its ops return -ENOENT.
 *
 * Return: the process-wide, read-only ops table; never NULL.
 */
const struct km_crypto_ops *km_kernel_crypto_ops(void)
{
	return &km_kernel_ops;
}
EXPORT_SYMBOL_GPL(km_kernel_crypto_ops);

/**
 * km_crypto_exit() - free the shared digest transforms.
 *
 * Called at module unload (and on a failed load), when nothing can be using
 * the ops any more.  Safe on a partially initialised table.
 */
void km_crypto_exit(void)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(km_digest_tfms); i++) {
		if (km_digest_tfms[i])
			crypto_free_shash(km_digest_tfms[i]);
		km_digest_tfms[i] = NULL;
	}
}

/**
 * km_crypto_init() - allocate the shared digest transforms.
 *
 * SHA-256 is mandatory (the TA's RNG and key derivation run on
 * HMAC-SHA256); the other digests are optional and only logged when
 * missing.  Sleeps (may load crypto modules).
 *
 * Return: 0, or the negative errno of the SHA-256 allocation.
 */
int km_crypto_init(void)
{
	struct crypto_shash *tfm;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(km_digest_alg_names); i++) {
		if (!km_digest_alg_names[i])
			continue;
		tfm = crypto_alloc_shash(km_digest_alg_names[i], 0, 0);
		if (IS_ERR(tfm)) {
			if (i == KM_DIGEST_SHA_2_256) {
				km_crypto_exit();
				return PTR_ERR(tfm);
			}
			pr_warn("%s unavailable (%ld), its ops return -ENOENT\n",
				km_digest_alg_names[i], PTR_ERR(tfm));
			continue;
		}
		km_digest_tfms[i] = tfm;
	}
	return 0;
}
