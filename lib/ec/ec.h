/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * lib/ec - NIST prime curves P-224, P-256, P-384 and P-521: key generation,
 * public key derivation and validation, ECDH and ECDSA (hedged RFC 6979
 * nonces, DER signatures), built on lib/bn.
 *
 * Everything that touches a private scalar or a nonce runs in constant time:
 * field and scalar arithmetic come from lib/bn's Montgomery routines, points
 * are added with the complete Renes-Costello-Batina formulas for a = -3 (no
 * special case to branch on) and the fixed-window scalar multiplication
 * reads its table with masks.  See Documentation/crypto-ec.rst.
 *
 * No function allocates: the caller passes a struct ec_ws (about 6 KiB, so
 * in the kernel it comes from kmalloc, never from the stack).  Keys and
 * signatures are byte strings:
 *  - a private key is the big-endian scalar, ec_curve_bytes() long (shorter
 *    inputs are accepted as if left-padded with zeros);
 *  - a public key is the uncompressed SEC 1 point 0x04 || X || Y;
 *  - a signature is the DER ECDSA-Sig-Value SEQUENCE { r INTEGER, s INTEGER }.
 *
 * Errors: -EINVAL (bad key, point or argument), -EOPNOTSUPP (compressed
 * points), -EBADMSG (malformed signature encoding), -EKEYREJECTED
 * (well-formed signature that does not verify), -EMSGSIZE (output buffer
 * too small), or whatever struct km_crypto_ops returned.
 */
#ifndef KEYMINT_LIB_EC_H
#define KEYMINT_LIB_EC_H

#include "../port.h"
#include "../bn/bn.h"
#include "../crypto_ops.h"

/* Curve identifiers: the values are KeyMint's EcCurve enum. */
enum ec_curve_id {
	EC_CURVE_P224 = 0,
	EC_CURVE_P256 = 1,
	EC_CURVE_P384 = 2,
	EC_CURVE_P521 = 3,
};

#define EC_MAX_BITS		521
#define EC_MAX_LIMBS		BN_LIMBS(EC_MAX_BITS)
#define EC_MAX_BYTES		((EC_MAX_BITS + 7) / 8)
/* Uncompressed point: 0x04 || X || Y. */
#define EC_MAX_POINT_LEN	(1 + 2 * EC_MAX_BYTES)
/* SEQUENCE (3 byte header) of two INTEGERs of up to EC_MAX_BYTES + 1 bytes. */
#define EC_MAX_SIG_LEN		(3 + 2 * (2 + EC_MAX_BYTES + 1))
/* Bits per window of the fixed-window scalar multiplication. */
#define EC_WINDOW		4
/* Fresh random bytes mixed into every RFC 6979 nonce by ec_ecdsa_sign(). */
#define EC_HEDGE_BYTES		32

struct ec_curve;

/**
 * struct ec_point - a point in projective coordinates (X:Y:Z).
 * @x: X, Montgomery form modulo p
 * @y: Y, Montgomery form modulo p
 * @z: Z, Montgomery form modulo p; 0 for the point at infinity (0:1:0)
 *
 * The affine point is (X/Z, Y/Z).  Only the first limbs of each array,
 * as many as the curve's field needs, are used.
 */
struct ec_point {
	bn_limb x[EC_MAX_LIMBS];
	bn_limb y[EC_MAX_LIMBS];
	bn_limb z[EC_MAX_LIMBS];
};

/**
 * struct ec_ws - scratch space for every lib/ec operation.
 * @table: multiples 0..15 of the point being multiplied
 * @acc: scalar multiplication accumulator
 * @sel: entry selected from @table
 * @p: input point (base point, peer key or public key)
 * @q: second point (ECDSA verification)
 * @t: field temporaries of the point formulas
 * @s: scalar temporaries (private key, nonce, signature values)
 * @inv: powers a^1..a^15 for the Fermat inversions
 * @inv_e: the inversion exponent m - 2
 * @inv_acc: the inversion accumulator
 * @drbg_k: RFC 6979 HMAC-DRBG key K
 * @drbg_v: RFC 6979 HMAC-DRBG value V
 * @drbg_tmp: HMAC output before it replaces K or V
 * @drbg_t: RFC 6979 T, the nonce candidate
 * @xo: int2octets(private key)
 * @ho: bits2octets(hash)
 *
 * The contents are secret while an operation runs; every function wipes
 * what it used before returning.
 */
struct ec_ws {
	struct ec_point table[1 << EC_WINDOW];
	struct ec_point acc;
	struct ec_point sel;
	struct ec_point p;
	struct ec_point q;
	bn_limb t[12][EC_MAX_LIMBS];
	bn_limb s[8][EC_MAX_LIMBS];
	bn_limb inv[16][EC_MAX_LIMBS];
	bn_limb inv_e[EC_MAX_LIMBS];
	bn_limb inv_acc[EC_MAX_LIMBS];
	u8 drbg_k[KM_MAX_DIGEST_SIZE];
	u8 drbg_v[KM_MAX_DIGEST_SIZE];
	u8 drbg_tmp[KM_MAX_DIGEST_SIZE];
	u8 drbg_t[EC_MAX_BYTES + KM_MAX_DIGEST_SIZE];
	u8 xo[EC_MAX_BYTES];
	u8 ho[EC_MAX_BYTES];
};

const struct ec_curve *ec_curve_get(u32 id);
u32 ec_curve_id(const struct ec_curve *c);
size_t ec_curve_bytes(const struct ec_curve *c);
unsigned int ec_curve_bits(const struct ec_curve *c);
size_t ec_point_len(const struct ec_curve *c);

int ec_keygen(const struct ec_curve *c, const struct km_crypto_ops *ops,
	      u8 *priv, u8 *pub, struct ec_ws *ws);
int ec_public_from_private(const struct ec_curve *c, const u8 *priv,
			   size_t privlen, u8 *pub, struct ec_ws *ws);
int ec_check_public(const struct ec_curve *c, const u8 *pub, size_t publen,
		    struct ec_ws *ws);
int ec_ecdh(const struct ec_curve *c, const u8 *priv, size_t privlen,
	    const u8 *peer, size_t peerlen, u8 *secret, struct ec_ws *ws);

int ec_ecdsa_sign(const struct ec_curve *c, const struct km_crypto_ops *ops,
		  enum km_digest drbg_alg, const u8 *priv, size_t privlen,
		  const u8 *hash, size_t hashlen, u8 *sig, size_t *siglen,
		  struct ec_ws *ws);
int ec_ecdsa_sign_rfc6979(const struct ec_curve *c,
			  const struct km_crypto_ops *ops,
			  enum km_digest drbg_alg, const u8 *priv,
			  size_t privlen, const u8 *hash, size_t hashlen,
			  const u8 *extra, size_t extralen, u8 *sig,
			  size_t *siglen, struct ec_ws *ws);
int ec_ecdsa_verify(const struct ec_curve *c, const u8 *pub, size_t publen,
		    const u8 *hash, size_t hashlen, const u8 *sig,
		    size_t siglen, struct ec_ws *ws);

#endif /* KEYMINT_LIB_EC_H */
