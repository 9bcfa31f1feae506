/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * lib/rsa - RSA key generation, private and public operations and the
 * PKCS #1 (RFC 8017) encodings KeyMint needs, built on lib/bn.
 *
 * Key generation follows FIPS 186-5 A.1.3 (random probable primes with
 * the top two bits set, trial division, Miller-Rabin with the Table B.1
 * round counts, |p - q| > 2^(nlen/2 - 100), d > 2^(nlen/2),
 * d = e^-1 mod lcm(p - 1, q - 1)).  The private operation uses CRT with
 * base blinding and checks its result with the public exponent before
 * releasing it.  The OAEP and PKCS #1 v1.5 decryption padding checks run
 * in constant time and report a single error at the end.  See
 * Documentation/crypto-rsa.rst.
 *
 * No function allocates: keys live in struct rsa_priv and every
 * operation takes a struct rsa_ws (about 24 KiB; in the kernel it comes
 * from kmalloc, never from the stack).
 *
 * Errors: -EINVAL (bad argument or key), -EOPNOTSUPP (unsupported size or
 * digest), -EMSGSIZE (message too long for the key or output buffer too
 * small), -EBADMSG (decryption padding check failed), -EIO (the private
 * operation failed its own check, e.g. a fault or inconsistent CRT
 * parameters), -EAGAIN (key generation gave up after too many candidates),
 * or whatever struct km_crypto_ops returned.
 */
#ifndef KEYMINT_LIB_RSA_H
#define KEYMINT_LIB_RSA_H

#include "../port.h"
#include "../bn/bn.h"
#include "../crypto_ops.h"

#define RSA_MIN_BITS		512
#define RSA_MAX_BITS		BN_MAX_BITS
#define RSA_MAX_BYTES		(RSA_MAX_BITS / 8)
#define RSA_MAX_LIMBS		BN_MAX_LIMBS
#define RSA_MAX_PLIMBS		(BN_MAX_LIMBS / 2)
/* Key generation: 1024..4096 bits in steps of 128. */
#define RSA_GEN_MIN_BITS	1024
#define RSA_SMALL_PRIMES	1024

/**
 * struct rsa_priv - an RSA private key (all numbers little-endian limbs).
 * @bits: bit length of @n
 * @nl: limb count of @n and @d
 * @pl: limb count of @p, @q, @dp, @dq and @qinv
 * @pbits: bit length of @p
 * @qbits: bit length of @q
 * @e: public exponent (odd, >= 3)
 * @n: modulus p * q
 * @d: private exponent
 * @p: first prime
 * @q: second prime
 * @dp: d mod (p - 1)
 * @dq: d mod (q - 1)
 * @qinv: q^-1 mod p
 */
struct rsa_priv {
	unsigned int bits;
	size_t nl;
	size_t pl;
	unsigned int pbits;
	unsigned int qbits;
	u64 e;
	bn_limb n[RSA_MAX_LIMBS];
	bn_limb d[RSA_MAX_LIMBS];
	bn_limb p[RSA_MAX_PLIMBS];
	bn_limb q[RSA_MAX_PLIMBS];
	bn_limb dp[RSA_MAX_PLIMBS];
	bn_limb dq[RSA_MAX_PLIMBS];
	bn_limb qinv[RSA_MAX_PLIMBS];
};

/**
 * struct rsa_ws - scratch space for every lib/rsa operation.
 * @mn: Montgomery context modulo n
 * @mp: Montgomery context modulo p (or a prime candidate)
 * @mq: Montgomery context modulo q
 * @exp: exponentiation scratch
 * @t: temporaries
 * @wide: double-width temporaries
 * @sp: small odd primes for trial division
 * @spinv: floor((2^64 - 1) / @sp[i]) for constant-time remainders
 * @em: encoded message of the sign and decrypt helpers, random bytes
 */
struct rsa_ws {
	struct bn_mont mn;
	struct bn_mont mp;
	struct bn_mont mq;
	struct bn_exp_ws exp;
	bn_limb t[8][RSA_MAX_LIMBS];
	bn_limb wide[2][2 * RSA_MAX_LIMBS + 2];
	u16 sp[RSA_SMALL_PRIMES];
	u64 spinv[RSA_SMALL_PRIMES];
	u8 em[RSA_MAX_BYTES];
};

/* Components, in RSAPrivateKey (RFC 8017 A.1.2) order. */
enum rsa_comp {
	RSA_COMP_N = 0,
	RSA_COMP_E,
	RSA_COMP_D,
	RSA_COMP_P,
	RSA_COMP_Q,
	RSA_COMP_DP,
	RSA_COMP_DQ,
	RSA_COMP_QINV,
	RSA_NCOMP,
};

int rsa_generate(struct rsa_priv *key, unsigned int bits, u64 e,
		 const struct km_crypto_ops *ops, struct rsa_ws *ws);
int rsa_import(struct rsa_priv *key, const struct km_seg comp[RSA_NCOMP],
	       struct rsa_ws *ws);
size_t rsa_comp_len(const struct rsa_priv *key, enum rsa_comp which);
int rsa_export(const struct rsa_priv *key, enum rsa_comp which, u8 *out,
	       size_t outlen);
size_t rsa_bytes(const struct rsa_priv *key);

int rsa_private(const struct rsa_priv *key, u8 *out, const u8 *in,
		size_t len, const struct km_crypto_ops *ops,
		struct rsa_ws *ws);
int rsa_public(const u8 *n, size_t nlen, u64 e, u8 *out, const u8 *in,
	       size_t len, struct rsa_ws *ws);

/* Encodings: em is the modulus length k (or emLen for PSS) in bytes. */
int rsa_pkcs1_sig_encode(enum km_digest alg, const u8 *h, size_t hlen,
			 u8 *em, size_t k);
int rsa_mgf1_xor(enum km_digest alg, const u8 *seed, size_t seedlen,
		 u8 *out, size_t outlen, const struct km_crypto_ops *ops);
int rsa_pss_encode(enum km_digest alg, const u8 *mhash, size_t slen,
		   unsigned int embits, u8 *em,
		   const struct km_crypto_ops *ops);
int rsa_pss_verify(enum km_digest alg, const u8 *mhash, size_t slen,
		   unsigned int embits, u8 *em,
		   const struct km_crypto_ops *ops);
int rsa_oaep_encode(enum km_digest alg, enum km_digest mgf,
		    const u8 *label, size_t llen, const u8 *msg, size_t mlen,
		    u8 *em, size_t k, const struct km_crypto_ops *ops);
int rsa_oaep_decode(enum km_digest alg, enum km_digest mgf,
		    const u8 *label, size_t llen, u8 *em, size_t k, u8 *out,
		    size_t outcap, size_t *outlen,
		    const struct km_crypto_ops *ops);
int rsa_pkcs1_enc_encode(const u8 *msg, size_t mlen, u8 *em, size_t k,
			 const struct km_crypto_ops *ops);
int rsa_pkcs1_enc_decode(const u8 *em, size_t k, u8 *out, size_t outcap,
			 size_t *outlen);

/* Private-key operations with their encodings. */
int rsa_sign_pkcs1(const struct rsa_priv *key, enum km_digest alg,
		   const u8 *h, size_t hlen, u8 *sig,
		   const struct km_crypto_ops *ops, struct rsa_ws *ws);
int rsa_sign_pss(const struct rsa_priv *key, enum km_digest alg,
		 const u8 *mhash, size_t slen, u8 *sig,
		 const struct km_crypto_ops *ops, struct rsa_ws *ws);
int rsa_decrypt_oaep(const struct rsa_priv *key, enum km_digest alg,
		     enum km_digest mgf, const u8 *label, size_t llen,
		     const u8 *ct, size_t ctlen, u8 *out, size_t outcap,
		     size_t *outlen, const struct km_crypto_ops *ops,
		     struct rsa_ws *ws);
int rsa_decrypt_pkcs1(const struct rsa_priv *key, const u8 *ct,
		      size_t ctlen, u8 *out, size_t outcap, size_t *outlen,
		      const struct km_crypto_ops *ops, struct rsa_ws *ws);

#endif /* KEYMINT_LIB_RSA_H */
