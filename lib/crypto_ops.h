/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * How lib/ reaches primitives that the platform owns.
 *
 * lib/ fills the gaps of the kernel crypto API (ECDSA signing, Ed25519,
 * RSA key generation, KDFs, DER).  Where those algorithms need a hash, a
 * MAC, a block cipher MAC or randomness, they call through this table
 * instead of linking a second implementation:
 *
 *  - in the module, drivers/keymint fills it from the kernel crypto API
 *    (crypto_shash "sha256", "hmac(sha256)", "cmac(aes)", get_random_bytes()
 *    mixed with the TA's own RNG state);
 *  - in userspace tests, fuzzers and benchmarks, tests/unit/ops_openssl.c
 *    fills it from OpenSSL.
 *
 * Inputs are passed as a short vector of segments so callers can hash
 * "prefix || message" without copying into a scratch buffer.  Every
 * function returns 0 or a negative errno.  None of them may be called with
 * a spinlock held: the kernel implementations may sleep.
 */
#ifndef KEYMINT_LIB_CRYPTO_OPS_H
#define KEYMINT_LIB_CRYPTO_OPS_H

#include "port.h"

/* Digest identifiers: the values are KeyMint's Digest enum. */
enum km_digest {
	KM_DIGEST_NONE = 0,
	KM_DIGEST_MD5 = 1,
	KM_DIGEST_SHA1 = 2,
	KM_DIGEST_SHA_2_224 = 3,
	KM_DIGEST_SHA_2_256 = 4,
	KM_DIGEST_SHA_2_384 = 5,
	KM_DIGEST_SHA_2_512 = 6,
};

#define KM_MAX_DIGEST_SIZE	64

/**
 * struct km_seg - one contiguous piece of an input.
 * @p: start of the bytes (may be NULL when @len is 0)
 * @len: number of bytes
 */
struct km_seg {
	const u8 *p;
	size_t len;
};

/**
 * struct km_crypto_ops - primitives lib/ borrows from its host.
 * @digest: hash the concatenation of @n segments with @alg into @out,
 *	which has room for km_digest_size(@alg) bytes.
 * @hmac: HMAC with @alg, key @key of @keylen bytes, over @n segments; the
 *	full-length tag is written to @out.
 * @aes_cmac: AES-CMAC (NIST SP 800-38B) with a 16, 24 or 32 byte key over
 *	@n segments; writes 16 bytes to @out.
 * @random: fill @out with @len bytes from a cryptographic RNG.
 * @ctx: opaque pointer handed back to every call.
 */
struct km_crypto_ops {
	int (*digest)(void *ctx, enum km_digest alg, const struct km_seg *in,
		      unsigned int n, u8 *out);
	int (*hmac)(void *ctx, enum km_digest alg, const u8 *key, size_t keylen,
		    const struct km_seg *in, unsigned int n, u8 *out);
	int (*aes_cmac)(void *ctx, const u8 *key, size_t keylen,
			const struct km_seg *in, unsigned int n, u8 out[16]);
	int (*random)(void *ctx, u8 *out, size_t len);
	void *ctx;
};

/**
 * km_digest_size() - output length of a digest.
 * @alg: digest identifier
 *
 * Return: the size in bytes, or 0 for KM_DIGEST_NONE and unknown values.
 */
static inline size_t km_digest_size(enum km_digest alg)
{
	switch (alg) {
	case KM_DIGEST_MD5:
		return 16;
	case KM_DIGEST_SHA1:
		return 20;
	case KM_DIGEST_SHA_2_224:
		return 28;
	case KM_DIGEST_SHA_2_256:
		return 32;
	case KM_DIGEST_SHA_2_384:
		return 48;
	case KM_DIGEST_SHA_2_512:
		return 64;
	default:
		return 0;
	}
}

/**
 * km_digest_block_size() - block length of a digest (for HMAC and DRBGs).
 * @alg: digest identifier
 *
 * Return: the block size in bytes, or 0 for KM_DIGEST_NONE and unknown values.
 */
static inline size_t km_digest_block_size(enum km_digest alg)
{
	switch (alg) {
	case KM_DIGEST_MD5:
	case KM_DIGEST_SHA1:
	case KM_DIGEST_SHA_2_224:
	case KM_DIGEST_SHA_2_256:
		return 64;
	case KM_DIGEST_SHA_2_384:
	case KM_DIGEST_SHA_2_512:
		return 128;
	default:
		return 0;
	}
}

#endif /* KEYMINT_LIB_CRYPTO_OPS_H */
