// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * Constant-time check of lib/ec under valgrind memcheck.
 *
 * Private keys, scalars and (through them) the ECDSA nonces are marked
 * undefined with VALGRIND_MAKE_MEM_UNDEFINED; memcheck then reports every
 * branch and every memory index that depends on them.  lib/ec is built
 * with KM_CTGRIND, so the few values that are secret-derived but public by
 * design (a rejected nonce or key candidate, an error result, the finished
 * signature, the public key, the ECDH output) are declassified at the
 * point where the library makes them public.  Run as
 * `valgrind --error-exitcode=1 -q build/ct/ec`.
 *
 * Covered, for all four curves: the generic fixed-window scalar
 * multiplication (ec_scalar_mul), the base point multiplication
 * (ec_base_mul, table-based on P-256), public key derivation, key
 * generation (random bytes undefined), ECDH and hedged ECDSA signing
 * including the RFC 6979 HMAC-DRBG (through OpenSSL's HMAC).
 */
#include <valgrind/memcheck.h>

#include "../unit/check.h"
#include "../unit/ops_openssl.h"
#include "../../lib/ec/ec_int.h"

#define SECRET(p, n)	VALGRIND_MAKE_MEM_UNDEFINED((p), (n))
#define PUBLIC(p, n)	VALGRIND_MAKE_MEM_DEFINED((p), (n))

static struct ec_ws ws;

/* km_crypto_ops.random whose output is secret. */
static int secret_random(void *ctx, u8 *out, size_t len)
{
	int ret = km_openssl_ops.random(ctx, out, len);

	SECRET(out, len);
	return ret;
}

static void run_curve(u32 id)
{
	const struct ec_curve *c = ec_curve_get(id);
	struct km_crypto_ops ops = km_openssl_ops;
	size_t bytes = ec_curve_bytes(c), plen = ec_point_len(c), siglen;
	u8 priv[EC_MAX_BYTES], pub[EC_MAX_POINT_LEN], pub2[EC_MAX_POINT_LEN];
	u8 peer[EC_MAX_BYTES], peerpub[EC_MAX_POINT_LEN];
	u8 s1[EC_MAX_BYTES], s2[EC_MAX_BYTES], sig[EC_MAX_SIG_LEN];
	u8 hash[64];
	bn_limb k[EC_MAX_LIMBS], x[EC_MAX_LIMBS], y[EC_MAX_LIMBS];
	int i;

	ops.random = secret_random;
	for (i = 0; i < 64; i++)
		hash[i] = (u8)(i * 7 + id);

	/* key generation: the random bytes are secret */
	CHECK_EQ(ec_keygen(c, &ops, priv, pub, &ws), 0);
	PUBLIC(pub, plen);
	CHECK_EQ(ec_keygen(c, &ops, peer, peerpub, &ws), 0);
	PUBLIC(peerpub, plen);

	/* public key derivation */
	SECRET(priv, bytes);
	CHECK_EQ(ec_public_from_private(c, priv, bytes, pub2, &ws), 0);
	PUBLIC(pub2, plen);
	CHECK_MEM(pub, pub2, plen);

	/* ECDH both ways */
	CHECK_EQ(ec_ecdh(c, priv, bytes, peerpub, plen, s1, &ws), 0);
	SECRET(peer, bytes);
	CHECK_EQ(ec_ecdh(c, peer, bytes, pub, plen, s2, &ws), 0);
	PUBLIC(s1, bytes);
	PUBLIC(s2, bytes);
	CHECK_MEM(s1, s2, bytes);

	/* hedged ECDSA signing; verify (public inputs) afterwards */
	siglen = sizeof(sig);
	CHECK_EQ(ec_ecdsa_sign(c, &ops, KM_DIGEST_SHA_2_256, priv, bytes, hash,
			       32, sig, &siglen, &ws), 0);
	PUBLIC(&siglen, sizeof(siglen));
	PUBLIC(sig, siglen);
	CHECK_EQ(ec_ecdsa_verify(c, pub, plen, hash, 32, sig, siglen, &ws), 0);
	siglen = sizeof(sig);
	CHECK_EQ(ec_ecdsa_sign_rfc6979(c, &ops, KM_DIGEST_SHA_2_512, priv,
				       bytes, hash, 64, NULL, 0, sig, &siglen,
				       &ws), 0);
	PUBLIC(&siglen, sizeof(siglen));
	PUBLIC(sig, siglen);
	CHECK_EQ(ec_ecdsa_verify(c, pub, plen, hash, 64, sig, siglen, &ws), 0);

	/* raw scalar multiplications with a secret scalar (all bits set) */
	memset(k, 0, sizeof(k));
	for (i = 0; i < (int)c->nlimbs; i++)
		k[i] = ~(bn_limb)0 / (bn_limb)(i + 3);
	k[c->nlimbs - 1] >>= c->nlimbs * 64 - c->bits;
	SECRET(k, sizeof(k));
	ec_base_mul(c, k, &ws);
	ec_base_point(c, &ws.q);
	ec_scalar_mul(c, k, &ws.q, &ws);
	ec_to_affine(c, x, y, &ws.acc, &ws);
	PUBLIC(x, sizeof(x));
	CHECK(!bn_is_zero_mask(x, c->nlimbs));
	km_wipe(&ws, sizeof(ws));
}

int main(void)
{
	u32 id;

	for (id = 0; id < 4; id++)
		run_curve(id);
	return check_summary("ct-ec");
}
