// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * tests/unit/ops_openssl.c - struct km_crypto_ops backed by OpenSSL.
 */
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/md5.h>
#include <openssl/sha.h>
#include <string.h>
#include <openssl/cmac.h>
#include <openssl/rand.h>

#include "ops_openssl.h"

const EVP_MD *km_openssl_md(enum km_digest alg)
{
	switch (alg) {
	case KM_DIGEST_MD5:
		return EVP_md5();
	case KM_DIGEST_SHA1:
		return EVP_sha1();
	case KM_DIGEST_SHA_2_224:
		return EVP_sha224();
	case KM_DIGEST_SHA_2_256:
		return EVP_sha256();
	case KM_DIGEST_SHA_2_384:
		return EVP_sha384();
	case KM_DIGEST_SHA_2_512:
		return EVP_sha512();
	default:
		return NULL;
	}
}

static int ossl_digest(void *ctx, enum km_digest alg, const struct km_seg *in,
		       unsigned int n, u8 *out)
{
	const EVP_MD *md = km_openssl_md(alg);
	EVP_MD_CTX *c;
	unsigned int i, len;
	int ok;

	(void)ctx;
	if (!md)
		return -EINVAL;
	c = EVP_MD_CTX_new();
	if (!c)
		return -ENOMEM;
	ok = EVP_DigestInit_ex(c, md, NULL);
	for (i = 0; ok && i < n; i++)
		ok = EVP_DigestUpdate(c, in[i].p, in[i].len);
	ok = ok && EVP_DigestFinal_ex(c, out, &len);
	EVP_MD_CTX_free(c);
	return ok ? 0 : -EIO;
}

/*
 * HMAC (RFC 2104) over OpenSSL's low-level digest functions.  HMAC_Init_ex()
 * looks the digest up in OpenSSL 3's provider tables on every call, which
 * cost lib/ec's RFC 6979 nonce generation more than the signature itself;
 * the low-level functions need no lookup and no allocation.
 */
union lowlevel_ctx {
	MD5_CTX md5;
	SHA_CTX sha1;
	SHA256_CTX sha256;
	SHA512_CTX sha512;
};

static void ll_init(enum km_digest alg, union lowlevel_ctx *c)
{
	switch (alg) {
	case KM_DIGEST_MD5:
		MD5_Init(&c->md5);
		break;
	case KM_DIGEST_SHA1:
		SHA1_Init(&c->sha1);
		break;
	case KM_DIGEST_SHA_2_224:
		SHA224_Init(&c->sha256);
		break;
	case KM_DIGEST_SHA_2_256:
		SHA256_Init(&c->sha256);
		break;
	case KM_DIGEST_SHA_2_384:
		SHA384_Init(&c->sha512);
		break;
	default:
		SHA512_Init(&c->sha512);
		break;
	}
}

static void ll_update(enum km_digest alg, union lowlevel_ctx *c,
		      const void *p, size_t len)
{
	switch (alg) {
	case KM_DIGEST_MD5:
		MD5_Update(&c->md5, p, len);
		break;
	case KM_DIGEST_SHA1:
		SHA1_Update(&c->sha1, p, len);
		break;
	case KM_DIGEST_SHA_2_224:
	case KM_DIGEST_SHA_2_256:
		SHA256_Update(&c->sha256, p, len);
		break;
	default:
		SHA512_Update(&c->sha512, p, len);
		break;
	}
}

static void ll_final(enum km_digest alg, union lowlevel_ctx *c, u8 *out)
{
	switch (alg) {
	case KM_DIGEST_MD5:
		MD5_Final(out, &c->md5);
		break;
	case KM_DIGEST_SHA1:
		SHA1_Final(out, &c->sha1);
		break;
	case KM_DIGEST_SHA_2_224:
	case KM_DIGEST_SHA_2_256:
		/* SHA224_Init set the output length in the context */
		SHA256_Final(out, &c->sha256);
		break;
	default:
		SHA512_Final(out, &c->sha512);
		break;
	}
}

static int ossl_hmac(void *ctx, enum km_digest alg, const u8 *key,
		     size_t keylen, const struct km_seg *in, unsigned int n,
		     u8 *out)
{
	const EVP_MD *md = km_openssl_md(alg);
	union lowlevel_ctx c;
	u8 pad[128], inner[64];
	size_t block, size, i;
	unsigned int k;

	(void)ctx;
	if (!md || (!key && keylen))
		return -EINVAL;
	block = (size_t)EVP_MD_get_block_size(md);
	size = (size_t)EVP_MD_get_size(md);
	memset(pad, 0, sizeof(pad));
	if (keylen > block) {
		ll_init(alg, &c);
		ll_update(alg, &c, key, keylen);
		ll_final(alg, &c, pad);
	} else if (keylen) {
		memcpy(pad, key, keylen);
	}
	for (i = 0; i < block; i++)
		pad[i] ^= 0x36;
	ll_init(alg, &c);
	ll_update(alg, &c, pad, block);
	for (k = 0; k < n; k++)
		ll_update(alg, &c, in[k].p, in[k].len);
	ll_final(alg, &c, inner);
	for (i = 0; i < block; i++)
		pad[i] ^= 0x36 ^ 0x5c;
	ll_init(alg, &c);
	ll_update(alg, &c, pad, block);
	ll_update(alg, &c, inner, size);
	ll_final(alg, &c, out);
	OPENSSL_cleanse(&c, sizeof(c));
	OPENSSL_cleanse(pad, sizeof(pad));
	OPENSSL_cleanse(inner, sizeof(inner));
	return 0;
}

static int ossl_aes_cmac(void *ctx, const u8 *key, size_t keylen,
			 const struct km_seg *in, unsigned int n, u8 out[16])
{
	const EVP_CIPHER *ci;
	CMAC_CTX *c;
	unsigned int i;
	size_t len;
	int ok;

	(void)ctx;
	switch (keylen) {
	case 16:
		ci = EVP_aes_128_cbc();
		break;
	case 24:
		ci = EVP_aes_192_cbc();
		break;
	case 32:
		ci = EVP_aes_256_cbc();
		break;
	default:
		return -EINVAL;
	}
	c = CMAC_CTX_new();
	if (!c)
		return -ENOMEM;
	ok = CMAC_Init(c, key, keylen, ci, NULL);
	for (i = 0; ok && i < n; i++)
		ok = CMAC_Update(c, in[i].p, in[i].len);
	ok = ok && CMAC_Final(c, out, &len);
	CMAC_CTX_free(c);
	return ok ? 0 : -EIO;
}

static int ossl_random(void *ctx, u8 *out, size_t len)
{
	(void)ctx;
	return RAND_bytes(out, (int)len) == 1 ? 0 : -EIO;
}

const struct km_crypto_ops km_openssl_ops = {
	.digest = ossl_digest,
	.hmac = ossl_hmac,
	.aes_cmac = ossl_aes_cmac,
	.random = ossl_random,
};

static unsigned long long det_seed, det_ctr;

void km_test_rng_seed(unsigned long long seed)
{
	det_seed = seed;
	det_ctr = 0;
}

static int det_random(void *ctx, u8 *out, size_t len)
{
	u8 block[32], in[16];
	struct km_seg s = { in, sizeof(in) };
	size_t n;

	(void)ctx;
	while (len) {
		put_unaligned_be64(det_seed, in);
		put_unaligned_be64(det_ctr++, in + 8);
		if (ossl_digest(NULL, KM_DIGEST_SHA_2_256, &s, 1, block))
			return -EIO;
		n = len < sizeof(block) ? len : sizeof(block);
		memcpy(out, block, n);
		out += n;
		len -= n;
	}
	return 0;
}

const struct km_crypto_ops km_openssl_ops_det = {
	.digest = ossl_digest,
	.hmac = ossl_hmac,
	.aes_cmac = ossl_aes_cmac,
	.random = det_random,
};

int km_openssl_x25519(const u8 priv[32], const u8 peer[32], u8 out[32])
{
	EVP_PKEY *pk = EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, NULL,
						    priv, 32);
	EVP_PKEY *pp = EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, NULL,
						   peer, 32);
	EVP_PKEY_CTX *c = pk ? EVP_PKEY_CTX_new(pk, NULL) : NULL;
	size_t len = 32;
	int ok = pk && pp && c && EVP_PKEY_derive_init(c) == 1 &&
		 EVP_PKEY_derive_set_peer(c, pp) == 1 &&
		 EVP_PKEY_derive(c, out, &len) == 1 && len == 32;

	EVP_PKEY_CTX_free(c);
	EVP_PKEY_free(pp);
	EVP_PKEY_free(pk);
	return ok ? 0 : -1;
}
