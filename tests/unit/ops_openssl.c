// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * tests/unit/ops_openssl.c - struct km_crypto_ops backed by OpenSSL.
 */
#include <openssl/evp.h>
#include <openssl/hmac.h>
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

static int ossl_hmac(void *ctx, enum km_digest alg, const u8 *key,
		     size_t keylen, const struct km_seg *in, unsigned int n,
		     u8 *out)
{
	const EVP_MD *md = km_openssl_md(alg);
	HMAC_CTX *c;
	unsigned int i, len;
	int ok;

	(void)ctx;
	if (!md)
		return -EINVAL;
	c = HMAC_CTX_new();
	if (!c)
		return -ENOMEM;
	ok = HMAC_Init_ex(c, key, (int)keylen, md, NULL);
	for (i = 0; ok && i < n; i++)
		ok = HMAC_Update(c, in[i].p, in[i].len);
	ok = ok && HMAC_Final(c, out, &len);
	HMAC_CTX_free(c);
	return ok ? 0 : -EIO;
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
