// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * lib/ec against OpenSSL, RFC 6979 and Wycheproof.
 *
 *  - the curve constants against bn_mont_init()/bn_to_mont() and OpenSSL;
 *  - per curve, random rounds: our public key equals OpenSSL's, OpenSSL's
 *    key read back through lib/der (PKCS #8 ECPrivateKey and
 *    SubjectPublicKeyInfo) is the same key, our signatures with it verify
 *    under OpenSSL and OpenSSL's under ours, altered digests and
 *    signatures fail, ECDH agrees both ways, our generated keys pass
 *    EC_KEY_check_key() and agree with OpenSSL on ECDH;
 *  - RFC 6979 appendix A.2 known answers (deterministic mode, empty
 *    additional data);
 *  - invalid points, private keys and signature encodings;
 *  - Wycheproof ECDSA verify and ECDH files.
 *
 * Built twice (tests/unit/ec.mk, UNIT_O2_TESTS): the ASan+UBSan build
 * runs 400, 400, 120, 60 random rounds on P-224, P-256, P-384, P-521;
 * the -O2 build (KM_UNIT_O2, result line "ec-O2") runs 3000 on every
 * curve.  EC_ITERS (environment) sets the count for every curve in
 * either build.
 */
#include <stdlib.h>
#include <time.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/ecdh.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

#include "check.h"
#include "wyche.h"
#include "ops_openssl.h"
#include "../../lib/ec/ec_int.h"
#include "../../lib/der/der.h"

#ifndef KM_UNIT_O2
#define KM_UNIT_O2 0
#endif
#define SUITE	(KM_UNIT_O2 ? "ec-O2" : "ec")

static struct ec_ws ws;

static const int nids[4] = {
	NID_secp224r1, NID_X9_62_prime256v1, NID_secp384r1, NID_secp521r1,
};

static const char *const curve_names[4] = {
	"P-224", "P-256", "P-384", "P-521",
};

static const enum der_curve der_curves[4] = {
	DER_CURVE_P224, DER_CURVE_P256, DER_CURVE_P384, DER_CURVE_P521,
};

static const EVP_MD *md_for(int i)
{
	switch (i % 4) {
	case 0:
		return EVP_sha256();
	case 1:
		return EVP_sha384();
	case 2:
		return EVP_sha512();
	default:
		return EVP_sha224();
	}
}

static enum km_digest km_md_for(int i)
{
	static const enum km_digest d[4] = {
		KM_DIGEST_SHA_2_256, KM_DIGEST_SHA_2_384, KM_DIGEST_SHA_2_512,
		KM_DIGEST_SHA_2_224,
	};
	return d[i % 4];
}

/* ---- constants ---------------------------------------------------------- */

static void test_constants(void)
{
	static struct bn_mont m;
	u32 id;

	CHECK(!ec_curve_get(4));
	CHECK(!ec_curve_get(0xffffffff));
	for (id = 0; id < 4; id++) {
		const struct ec_curve *c = ec_curve_get(id);
		EC_GROUP *g = EC_GROUP_new_by_curve_name(nids[id]);
		BIGNUM *bp = BN_new(), *bb = BN_new(), *gx = BN_new();
		BIGNUM *gy = BN_new();
		u8 be[EC_MAX_BYTES], be2[EC_MAX_BYTES];
		bn_limb t[EC_MAX_LIMBS];
		size_t n;

		if (!CHECK(c && g))
			continue;
		n = c->nlimbs;
		CHECK_EQ(ec_curve_id(c), id);
		CHECK_EQ(ec_curve_bits(c), EC_GROUP_get_degree(g));
		CHECK_EQ(ec_curve_bytes(c), (EC_GROUP_get_degree(g) + 7) / 8);
		CHECK_EQ(ec_point_len(c), 1 + 2 * ec_curve_bytes(c));

		CHECK_EQ(bn_mont_init(&m, c->fp->m, n), 0);
		CHECK_EQ(m.n, c->fp->n);
		CHECK_EQ(m.bits, c->fp->bits);
		CHECK_EQ(m.m0inv, c->fp->m0inv);
		CHECK_MEM(m.rr, c->fp->rr, n * 8);
		CHECK_MEM(m.one, c->fp->one, n * 8);
		CHECK_EQ(bn_mont_init(&m, c->fn->m, n), 0);
		CHECK_EQ(m.m0inv, c->fn->m0inv);
		CHECK_MEM(m.rr, c->fn->rr, n * 8);
		CHECK_MEM(m.one, c->fn->one, n * 8);
		CHECK_EQ(c->fn->bits, c->bits);

		EC_GROUP_get_curve(g, bp, NULL, bb, NULL);
		BN_bn2binpad(bp, be, c->bytes);
		bn_to_be(be2, c->bytes, c->fp->m, n);
		CHECK_MEM(be, be2, c->bytes);
		BN_bn2binpad(bb, be, c->bytes);
		bn_to_be(be2, c->bytes, c->b, n);
		CHECK_MEM(be, be2, c->bytes);
		bn_to_mont(c->fp, t, c->b);
		CHECK_MEM(t, c->b_mont, n * 8);
		BN_bn2binpad(EC_GROUP_get0_order(g), be, c->bytes);
		bn_to_be(be2, c->bytes, c->fn->m, n);
		CHECK_MEM(be, be2, c->bytes);
		EC_POINT_get_affine_coordinates(g, EC_GROUP_get0_generator(g),
						gx, gy, NULL);
		BN_bn2binpad(gx, be, c->bytes);
		bn_to_be(be2, c->bytes, c->gx, n);
		CHECK_MEM(be, be2, c->bytes);
		bn_from_mont(c->fp, t, c->gx_mont);
		bn_to_be(be2, c->bytes, t, n);
		CHECK_MEM(be, be2, c->bytes);
		BN_bn2binpad(gy, be, c->bytes);
		bn_to_be(be2, c->bytes, c->gy, n);
		CHECK_MEM(be, be2, c->bytes);
		bn_from_mont(c->fp, t, c->gy_mont);
		bn_to_be(be2, c->bytes, t, n);
		CHECK_MEM(be, be2, c->bytes);
		BN_free(bp);
		BN_free(bb);
		BN_free(gx);
		BN_free(gy);
		EC_GROUP_free(g);
	}
}

/*
 * The precomputed base point tables, by induction: entry (0, 1) is G,
 * (i, d) = (i, d - 1) + (i, 1), (i + 1, 1) = 16 * (i, 1).
 */
static void test_g_table(void)
{
	const struct ec_curve *c = ec_curve_get(EC_CURVE_P256);
	unsigned int i, d, bad = 0;
	struct ec_point base, acc, e;
	bn_limb x1[EC_MAX_LIMBS], y1[EC_MAX_LIMBS];
	bn_limb x2[EC_MAX_LIMBS], y2[EC_MAX_LIMBS];

	/* Only P-256 has a comb: d * 2^(EC_GW * i) * G, d = 1..EC_GN. */
	for (i = 0; i < 4; i++)
		CHECK(!ec_curve_get(i)->g_table == (i != EC_CURVE_P256));
	ec_base_point(c, &base);
	memcpy(e.z, c->fp->one, sizeof(e.z));
	for (i = 0; i < EC_GW_COUNT; i++) {
		acc = base;
		for (d = 1; d <= EC_GN; d++) {
			const bn_limb *t = c->g_table +
				((size_t)i * EC_GN + d - 1) * 8;

			memcpy(e.x, t, 4 * 8);
			memcpy(e.y, t + 4, 4 * 8);
			ec_to_affine(c, x1, y1, &acc, &ws);
			ec_to_affine(c, x2, y2, &e, &ws);
			bad += memcmp(x1, x2, 4 * 8) || memcmp(y1, y2, 4 * 8);
			ec_point_add(c, &acc, &acc, &base, &ws);
		}
		for (d = 0; d < EC_GW; d++)
			ec_point_dbl(c, &base, &base, &ws);
	}
	CHECK_EQ(bad, 0);
}

/* ---- differential tests against OpenSSL --------------------------------- */

static size_t ossl_pub(const EC_KEY *k, u8 *out)
{
	return EC_POINT_point2oct(EC_KEY_get0_group(k), EC_KEY_get0_public_key(k),
				  POINT_CONVERSION_UNCOMPRESSED, out,
				  EC_MAX_POINT_LEN, NULL);
}

static EC_KEY *ossl_key_from(int nid, const u8 *priv, size_t len,
			     const u8 *pub, size_t publen)
{
	EC_KEY *k = EC_KEY_new_by_curve_name(nid);
	BIGNUM *d = BN_bin2bn(priv, (int)len, NULL);
	EC_POINT *p = EC_POINT_new(EC_KEY_get0_group(k));

	if (!EC_POINT_oct2point(EC_KEY_get0_group(k), p, pub, publen, NULL) ||
	    !EC_KEY_set_private_key(k, d) || !EC_KEY_set_public_key(k, p)) {
		EC_KEY_free(k);
		k = NULL;
	}
	EC_POINT_free(p);
	BN_free(d);
	return k;
}

/*
 * OpenSSL's key @k as PKCS #8 and as SubjectPublicKeyInfo DER, read back
 * with lib/der: the curve must be @id's, the private key must be exactly
 * @priv (bytes long, OpenSSL's own encoding of the scalar) and both
 * public points must be @opub.  On success @d and @q point at the parsed
 * private key and SPKI point, inside @p8buf and @spkibuf.
 */
static int der_roundtrip(u32 id, EC_KEY *k, const u8 *priv, const u8 *opub,
			 u8 *p8buf, u8 *spkibuf, size_t cap,
			 struct der_buf *d, struct der_buf *q)
{
	const struct ec_curve *c = ec_curve_get(id);
	size_t bytes = ec_curve_bytes(c), plen = ec_point_len(c);
	EVP_PKEY *pk = EVP_PKEY_new();
	PKCS8_PRIV_KEY_INFO *p8i = NULL;
	struct der_ec_priv ep;
	struct der_pkcs8 p8;
	struct der_spki spki;
	u8 *w;
	int l8 = -1, ls = -1, ok = 0;

	if (pk && EVP_PKEY_set1_EC_KEY(pk, k) == 1)
		p8i = EVP_PKEY2PKCS8(pk);
	if (p8i && i2d_PKCS8_PRIV_KEY_INFO(p8i, NULL) <= (int)cap) {
		w = p8buf;
		l8 = i2d_PKCS8_PRIV_KEY_INFO(p8i, &w);
	}
	if (i2d_EC_PUBKEY(k, NULL) <= (int)cap) {
		w = spkibuf;
		ls = i2d_EC_PUBKEY(k, &w);
	}
	if (l8 > 0 && ls > 0 &&
	    der_parse_pkcs8(p8buf, (size_t)l8, &p8) == 0 &&
	    p8.algid.alg == DER_ALG_EC && p8.algid.curve == der_curves[id] &&
	    der_parse_ec_private(p8.key, p8.key_len, &ep) == 0 &&
	    (ep.curve == DER_CURVE_NONE || ep.curve == der_curves[id]) &&
	    ep.priv.n == bytes && !memcmp(ep.priv.p, priv, bytes) &&
	    (!ep.pub.p || (ep.pub.n == plen && !memcmp(ep.pub.p, opub, plen))) &&
	    der_parse_spki(spkibuf, (size_t)ls, &spki) == 0 &&
	    spki.algid.alg == DER_ALG_EC && spki.algid.curve == der_curves[id] &&
	    spki.key.n == plen && !memcmp(spki.key.p, opub, plen)) {
		*d = ep.priv;
		*q = spki.key;
		ok = 1;
	}
	PKCS8_PRIV_KEY_INFO_free(p8i);
	EVP_PKEY_free(pk);
	return ok;
}

/* First failing step of a round: its line, or 0. */
static int fail_line;

static void step(int ok, int line)
{
	if (!ok && !fail_line)
		fail_line = line;
}

#define STEP(cond) step(!!(cond), __LINE__)

static void print_hex(const char *what, const u8 *p, size_t n)
{
	fprintf(stderr, "  %s ", what);
	while (n--)
		fprintf(stderr, "%02x", *p++);
	fputc('\n', stderr);
}

/*
 * @iters random rounds on curve @id, one CHECK each.  OpenSSL's keys come
 * from its own RNG; ours from the deterministic stream seeded per curve.
 * A failing round prints its step, key and digest.
 */
static void test_random(u32 id, int iters)
{
	const struct ec_curve *c = ec_curve_get(id);
	size_t bytes = ec_curve_bytes(c), plen = ec_point_len(c);
	unsigned long bad = 0;
	struct timespec t0, t1;
	int i;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	km_test_rng_seed(1000 + id);
	for (i = 0; i < iters; i++) {
		EC_KEY *a = EC_KEY_new_by_curve_name(nids[id]);
		EC_KEY *b = EC_KEY_new_by_curve_name(nids[id]);
		u8 priv[EC_MAX_BYTES], pub[EC_MAX_POINT_LEN];
		u8 opub[EC_MAX_POINT_LEN], bpub[EC_MAX_POINT_LEN];
		u8 hash[EVP_MAX_MD_SIZE + 16], msg[64];
		u8 sig[EC_MAX_SIG_LEN], osig[EC_MAX_SIG_LEN + 8];
		u8 s1[EC_MAX_BYTES], s2[EC_MAX_BYTES];
		u8 p8buf[256], spkibuf[256];
		struct der_buf dd = { priv, bytes }, dq = { opub, plen };
		unsigned int hlen, osiglen = sizeof(osig);
		size_t siglen = sizeof(sig), blen;
		const u8 *pp;
		ECDSA_SIG *es;
		EC_KEY *g;

		fail_line = 0;
		STEP(EC_KEY_generate_key(a) && EC_KEY_generate_key(b));
		STEP(BN_bn2binpad(EC_KEY_get0_private_key(a), priv,
				  (int)bytes) == (int)bytes);
		STEP(ossl_pub(a, opub) == plen);
		blen = ossl_pub(b, bpub);

		/* public key derivation */
		STEP(ec_public_from_private(c, priv, bytes, pub, &ws) == 0);
		STEP(!memcmp(pub, opub, plen));
		STEP(ec_check_public(c, pub, plen, &ws) == 0);

		/*
		 * OpenSSL's key through lib/der: from here on the private key
		 * and public point we use are the parsed ones.
		 */
		STEP(der_roundtrip(id, a, priv, opub, p8buf, spkibuf,
				   sizeof(p8buf), &dd, &dq));

		/* message digest; every few rounds an odd length instead */
		RAND_bytes(msg, sizeof(msg));
		EVP_Digest(msg, i % (int)sizeof(msg), hash, &hlen, md_for(i),
			   NULL);
		if (i % 7 == 3)
			hlen = (unsigned int)(i % (EVP_MAX_MD_SIZE + 16));
		if (i % 7 == 5)
			hlen = (unsigned int)bytes;	/* DIGEST_NONE style */

		/* our signature, OpenSSL verifies; DER is canonical */
		STEP(ec_ecdsa_sign(c, &km_openssl_ops, km_md_for(i), dd.p,
				   dd.n, hash, hlen, sig, &siglen, &ws) == 0);
		STEP(ECDSA_verify(0, hash, (int)hlen, sig, (int)siglen, a) == 1);
		pp = sig;
		es = d2i_ECDSA_SIG(NULL, &pp, (long)siglen);
		STEP(es && pp == sig + siglen);
		if (es) {
			u8 *re = NULL;
			int rl = i2d_ECDSA_SIG(es, &re);

			STEP(rl == (int)siglen && !memcmp(re, sig, siglen));
			OPENSSL_free(re);
			ECDSA_SIG_free(es);
		}
		STEP(ec_ecdsa_verify(c, dq.p, dq.n, hash, hlen, sig, siglen,
				     &ws) == 0);

		/* OpenSSL's signature, we verify */
		STEP(ECDSA_sign(0, hash, (int)hlen, osig, &osiglen, a) == 1);
		STEP(ec_ecdsa_verify(c, dq.p, dq.n, hash, hlen, osig, osiglen,
				     &ws) == 0);

		/*
		 * Alterations fail: one of the three (each a full verify) per
		 * round in turn, the malformed encoding every round.
		 */
		if (i % 3 == 0 && hlen) {
			/* a byte that bits2int keeps whole */
			size_t at = i % min((size_t)hlen, (size_t)c->bits / 8);

			hash[at] ^= 1 << (i % 8);
			STEP(ec_ecdsa_verify(c, dq.p, dq.n, hash, hlen, osig,
					     osiglen, &ws) != 0);
			hash[at] ^= 1 << (i % 8);
		} else if (i % 3 == 1) {
			osig[osiglen - 1 - i % 8] ^= 0x01;
			STEP(ec_ecdsa_verify(c, dq.p, dq.n, hash, hlen, osig,
					     osiglen, &ws) != 0);
			osig[osiglen - 1 - i % 8] ^= 0x01;
		} else {
			STEP(ec_ecdsa_verify(c, bpub, blen, hash, hlen, osig,
					     osiglen, &ws) == -EKEYREJECTED);
		}
		osig[osiglen] = 0;
		STEP(ec_ecdsa_verify(c, dq.p, dq.n, hash, hlen, osig,
				     osiglen + 1, &ws) == -EBADMSG);

		/* ECDH both ways */
		STEP(ec_ecdh(c, dd.p, dd.n, bpub, blen, s1, &ws) == 0);
		STEP(ECDH_compute_key(s2, bytes, EC_KEY_get0_public_key(b), a,
				      NULL) == (int)bytes);
		STEP(!memcmp(s1, s2, bytes));

		/* our key generation, checked by OpenSSL */
		STEP(ec_keygen(c, &km_openssl_ops_det, priv, pub, &ws) == 0);
		g = ossl_key_from(nids[id], priv, bytes, pub, plen);
		STEP(g && EC_KEY_check_key(g) == 1);
		if (g) {
			STEP(ECDH_compute_key(s2, bytes,
					      EC_KEY_get0_public_key(b), g,
					      NULL) == (int)bytes);
			STEP(ec_ecdh(c, priv, bytes, bpub, blen, s1, &ws) == 0);
			STEP(!memcmp(s1, s2, bytes));
			EC_KEY_free(g);
		}
		if (!CHECK(!fail_line) && ++bad <= 3) {
			fprintf(stderr, "%s %s round %d: step at line %d failed\n",
				SUITE, curve_names[id], i, fail_line);
			if (BN_bn2binpad(EC_KEY_get0_private_key(a), priv,
					 (int)bytes) == (int)bytes)
				print_hex("OpenSSL key", priv, bytes);
			print_hex("digest", hash, hlen);
		}
		EC_KEY_free(a);
		EC_KEY_free(b);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%s %s: %d random rounds, %lu failed (%.1f s)\n", SUITE,
	       curve_names[id], iters, bad,
	       (double)(t1.tv_sec - t0.tv_sec) +
	       (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	CHECK(iters > 0);
}

/* ---- RFC 6979 ------------------------------------------------------------ */

/* RFC 6979 vectors, shared with the KUnit suite. */
#include "../../kunit/ec_vectors.h"

static void test_rfc6979(void)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(ec_kats); i++) {
		const struct ec_kat *k = &ec_kats[i];
		const struct ec_curve *c = ec_curve_get(k->curve);
		size_t bytes = ec_curve_bytes(c), siglen = sizeof(u8[EC_MAX_SIG_LEN]);
		u8 d[EC_MAX_BYTES], pub[EC_MAX_POINT_LEN], mypub[EC_MAX_POINT_LEN];
		u8 r[EC_MAX_BYTES], s[EC_MAX_BYTES], h[32];
		u8 sig[EC_MAX_SIG_LEN], sig2[EC_MAX_SIG_LEN];
		size_t siglen2 = sizeof(sig2);
		ECDSA_SIG *es;
		const u8 *pp;
		BIGNUM *br, *bs;

		CHECK_EQ(check_unhex(k->d, d, sizeof(d)), (int)bytes);
		pub[0] = 4;
		CHECK_EQ(check_unhex(k->ux, pub + 1, bytes), (int)bytes);
		CHECK_EQ(check_unhex(k->uy, pub + 1 + bytes, bytes), (int)bytes);
		CHECK_EQ(check_unhex(k->r, r, sizeof(r)), (int)bytes);
		CHECK_EQ(check_unhex(k->s, s, sizeof(s)), (int)bytes);
		SHA256((const u8 *)k->msg, strlen(k->msg), h);

		CHECK_EQ(ec_public_from_private(c, d, bytes, mypub, &ws), 0);
		CHECK_MEM(mypub, pub, 1 + 2 * bytes);

		CHECK_EQ(ec_ecdsa_sign_rfc6979(c, &km_openssl_ops,
					       KM_DIGEST_SHA_2_256, d, bytes, h,
					       32, NULL, 0, sig, &siglen, &ws),
			 0);
		pp = sig;
		es = d2i_ECDSA_SIG(NULL, &pp, (long)siglen);
		if (CHECK(es)) {
			u8 gr[EC_MAX_BYTES], gs[EC_MAX_BYTES];

			ECDSA_SIG_get0(es, (const BIGNUM **)&br,
				       (const BIGNUM **)&bs);
			BN_bn2binpad(br, gr, (int)bytes);
			BN_bn2binpad(bs, gs, (int)bytes);
			CHECK_MEM(gr, r, bytes);
			CHECK_MEM(gs, s, bytes);
			ECDSA_SIG_free(es);
		}
		CHECK_EQ(ec_ecdsa_verify(c, pub, 1 + 2 * bytes, h, 32, sig,
					 siglen, &ws), 0);
		/* deterministic: same again; hedged: different, still valid */
		CHECK_EQ(ec_ecdsa_sign_rfc6979(c, &km_openssl_ops,
					       KM_DIGEST_SHA_2_256, d, bytes, h,
					       32, NULL, 0, sig2, &siglen2, &ws),
			 0);
		CHECK(siglen2 == siglen && !memcmp(sig, sig2, siglen));
		siglen2 = sizeof(sig2);
		CHECK_EQ(ec_ecdsa_sign(c, &km_openssl_ops, KM_DIGEST_SHA_2_256,
				       d, bytes, h, 32, sig2, &siglen2, &ws), 0);
		CHECK(siglen2 != siglen || memcmp(sig, sig2, siglen));
		CHECK_EQ(ec_ecdsa_verify(c, pub, 1 + 2 * bytes, h, 32, sig2,
					 siglen2, &ws), 0);
		/* too small an output buffer */
		siglen2 = siglen - 1;
		CHECK_EQ(ec_ecdsa_sign_rfc6979(c, &km_openssl_ops,
					       KM_DIGEST_SHA_2_256, d, bytes, h,
					       32, NULL, 0, sig2, &siglen2, &ws),
			 -EMSGSIZE);
		CHECK_EQ(siglen2, siglen);
	}
}

/* ---- invalid inputs ------------------------------------------------------ */

static void test_invalid(void)
{
	u32 id;

	for (id = 0; id < 4; id++) {
		const struct ec_curve *c = ec_curve_get(id);
		size_t bytes = ec_curve_bytes(c), plen = ec_point_len(c);
		u8 priv[EC_MAX_BYTES], pub[EC_MAX_POINT_LEN], bad[EC_MAX_POINT_LEN + 1];
		u8 sec[EC_MAX_BYTES], sig[EC_MAX_SIG_LEN], h[32] = { 1 };
		size_t siglen = sizeof(sig);

		km_test_rng_seed(77 + id);
		CHECK_EQ(ec_keygen(c, &km_openssl_ops_det, priv, pub, &ws), 0);
		CHECK_EQ(ec_check_public(c, pub, plen, &ws), 0);

		/* wrong lengths and prefixes, infinity */
		CHECK_EQ(ec_check_public(c, pub, plen - 1, &ws), -EINVAL);
		memcpy(bad, pub, plen);
		bad[plen] = 0;
		CHECK_EQ(ec_check_public(c, bad, plen + 1, &ws), -EINVAL);
		bad[0] = 0x00;
		CHECK_EQ(ec_check_public(c, bad, 1, &ws), -EINVAL);
		CHECK_EQ(ec_check_public(c, bad, 0, &ws), -EINVAL);
		CHECK_EQ(ec_check_public(c, NULL, plen, &ws), -EINVAL);
		bad[0] = 0x06;
		CHECK_EQ(ec_check_public(c, bad, plen, &ws), -EINVAL);
		bad[0] = 0x02;
		CHECK_EQ(ec_check_public(c, bad, 1 + bytes, &ws), -EOPNOTSUPP);
		/* off the curve */
		memcpy(bad, pub, plen);
		bad[plen - 1] ^= 1;
		CHECK_EQ(ec_check_public(c, bad, plen, &ws), -EINVAL);
		CHECK_EQ(ec_ecdh(c, priv, bytes, bad, plen, sec, &ws), -EINVAL);
		CHECK_EQ(ec_ecdsa_verify(c, bad, plen, h, 32, sig, siglen, &ws),
			 -EINVAL);
		/* x = p (coordinate out of range), y = 0 is (0, 0) mod p */
		memset(bad, 0, plen);
		bad[0] = 4;
		bn_to_be(bad + 1, bytes, c->fp->m, c->nlimbs);
		CHECK_EQ(ec_check_public(c, bad, plen, &ws), -EINVAL);
		/* all zero coordinates: (0, 0) is not on the curve */
		memset(bad + 1, 0, plen - 1);
		CHECK_EQ(ec_check_public(c, bad, plen, &ws), -EINVAL);
		/* y replaced by p + y: same residue, out of range */
		{
			bn_limb y[EC_MAX_LIMBS], py[EC_MAX_LIMBS + 1];

			memcpy(bad, pub, plen);
			bn_from_be(y, c->nlimbs, pub + 1 + bytes, bytes);
			if (!bn_add(py, y, c->fp->m, c->nlimbs) &&
			    !bn_to_be(bad + 1 + bytes, bytes, py, c->nlimbs))
				CHECK_EQ(ec_check_public(c, bad, plen, &ws),
					 -EINVAL);
		}

		/* private keys: 0, n, n + 1, too long */
		memset(bad, 0, bytes);
		CHECK_EQ(ec_public_from_private(c, bad, bytes, pub, &ws), -EINVAL);
		CHECK_EQ(ec_ecdh(c, bad, bytes, pub, plen, sec, &ws), -EINVAL);
		CHECK_EQ(ec_ecdsa_sign(c, &km_openssl_ops, KM_DIGEST_SHA_2_256,
				       bad, bytes, h, 32, sig, &siglen, &ws),
			 -EINVAL);
		bn_to_be(bad, bytes, c->fn->m, c->nlimbs);
		CHECK_EQ(ec_public_from_private(c, bad, bytes, pub, &ws), -EINVAL);
		bad[bytes - 1]++;
		CHECK_EQ(ec_public_from_private(c, bad, bytes, pub, &ws), -EINVAL);
		memset(bad, 0, bytes + 1);
		bad[bytes] = 1;
		CHECK_EQ(ec_public_from_private(c, bad, bytes + 1, pub, &ws),
			 -EINVAL);
		/* 1 (short input) and n - 1 are fine: G and -G */
		CHECK_EQ(ec_public_from_private(c, bad + bytes, 1, pub, &ws), 0);
		CHECK_EQ(pub[0], 4);
		{
			u8 g2[EC_MAX_POINT_LEN];
			bn_limb nm1[EC_MAX_LIMBS], one[EC_MAX_LIMBS];

			bn_set_word(one, 1, c->nlimbs);
			bn_sub(nm1, c->fn->m, one, c->nlimbs);
			bn_to_be(bad, bytes, nm1, c->nlimbs);
			CHECK_EQ(ec_public_from_private(c, bad, bytes, g2, &ws),
				 0);
			CHECK_MEM(g2 + 1, pub + 1, bytes);	/* same x */
			CHECK(memcmp(g2 + 1 + bytes, pub + 1 + bytes, bytes));
		}
	}
}

/* Strict DER: hand-made encodings of a valid signature must all fail. */
static void test_der(void)
{
	const struct ec_curve *c = ec_curve_get(EC_CURVE_P256);
	u8 priv[32], pub[65], h[32] = { 9 }, sig[EC_MAX_SIG_LEN], b[160];
	size_t siglen = sizeof(sig), rl, sl;
	const u8 *r, *s;

	km_test_rng_seed(5);
	CHECK_EQ(ec_keygen(c, &km_openssl_ops_det, priv, pub, &ws), 0);
	CHECK_EQ(ec_ecdsa_sign(c, &km_openssl_ops, KM_DIGEST_SHA_2_256, priv,
			       32, h, 32, sig, &siglen, &ws), 0);
	CHECK_EQ(ec_ecdsa_verify(c, pub, 65, h, 32, sig, siglen, &ws), 0);
	r = sig + 4;
	rl = sig[3];
	s = r + rl + 2;
	sl = r[rl + 1];

	/* long-form SEQUENCE length (BER, not DER) */
	b[0] = 0x30;
	b[1] = 0x81;
	memcpy(b + 2, sig + 1, siglen - 1);
	CHECK_EQ(ec_ecdsa_verify(c, pub, 65, h, 32, b, siglen + 1, &ws),
		 -EBADMSG);
	/* extra leading zero in r */
	b[0] = 0x30;
	b[1] = (u8)(sig[1] + 1);
	b[2] = 0x02;
	b[3] = (u8)(rl + 1);
	b[4] = 0;
	memcpy(b + 5, r, rl);
	memcpy(b + 5 + rl, s - 2, sl + 2);
	CHECK_EQ(ec_ecdsa_verify(c, pub, 65, h, 32, b, siglen + 1, &ws),
		 -EBADMSG);
	/* wrong tags, truncation, trailing garbage */
	memcpy(b, sig, siglen);
	b[0] = 0x31;
	CHECK_EQ(ec_ecdsa_verify(c, pub, 65, h, 32, b, siglen, &ws), -EBADMSG);
	memcpy(b, sig, siglen);
	b[2] = 0x03;
	CHECK_EQ(ec_ecdsa_verify(c, pub, 65, h, 32, b, siglen, &ws), -EBADMSG);
	CHECK_EQ(ec_ecdsa_verify(c, pub, 65, h, 32, sig, siglen - 1, &ws),
		 -EBADMSG);
	CHECK_EQ(ec_ecdsa_verify(c, pub, 65, h, 32, sig, 0, &ws), -EBADMSG);
	CHECK_EQ(ec_ecdsa_verify(c, pub, 65, h, 32, NULL, 0, &ws), -EBADMSG);
	/* s negated to a negative INTEGER */
	memcpy(b, sig, siglen);
	b[siglen - sl] |= 0x80;
	CHECK(ec_ecdsa_verify(c, pub, 65, h, 32, b, siglen, &ws) != 0);
	/* r = 0 and s = n are well formed but out of range */
	{
		u8 z[] = { 0x30, 0x06, 0x02, 0x01, 0x00, 0x02, 0x01, 0x01 };

		CHECK_EQ(ec_ecdsa_verify(c, pub, 65, h, 32, z, sizeof(z), &ws),
			 -EKEYREJECTED);
	}
	{
		u8 t[80];
		size_t n = 0;

		t[n++] = 0x30;
		t[n++] = 0;
		t[n++] = 0x02;
		t[n++] = (u8)rl;
		memcpy(t + n, r, rl);
		n += rl;
		t[n++] = 0x02;
		t[n++] = 33;
		t[n++] = 0;
		bn_to_be(t + n, 32, c->fn->m, 4);
		n += 32;
		t[1] = (u8)(n - 2);
		CHECK_EQ(ec_ecdsa_verify(c, pub, 65, h, 32, t, n, &ws),
			 -EKEYREJECTED);
	}
}

/* ---- Wycheproof ---------------------------------------------------------- */

static u32 curve_of(const char *name)
{
	if (!strcmp(name, "secp224r1"))
		return EC_CURVE_P224;
	if (!strcmp(name, "secp256r1"))
		return EC_CURVE_P256;
	if (!strcmp(name, "secp384r1"))
		return EC_CURVE_P384;
	if (!strcmp(name, "secp521r1"))
		return EC_CURVE_P521;
	return 99;
}

static const EVP_MD *md_of_name(const char *n)
{
	if (!n)
		return NULL;
	return EVP_get_digestbyname(n);
}

static void wyche_ecdsa(const char *file)
{
	struct wyche w;
	static u8 msg[1 << 16], sig[1 << 16], pub[256];

	if (!CHECK(wyche_open(&w, file) == 0))
		return;
	while (wyche_next(&w)) {
		const struct ec_curve *c;
		const char *cv = wyche_get(&w, "publicKey.curve");
		int ml = wyche_hex(&w, "msg", msg, sizeof(msg));
		int sl = wyche_hex(&w, "sig", sig, sizeof(sig));
		int pl = wyche_hex(&w, "publicKey.uncompressed", pub, sizeof(pub));
		const EVP_MD *md = md_of_name(wyche_get(&w, "sha"));
		u8 h[EVP_MAX_MD_SIZE];
		unsigned int hl;
		int ret, ok;

		c = cv ? ec_curve_get(curve_of(cv)) : NULL;
		if (!c || ml < 0 || sl < 0 || pl < 0 || !md) {
			wyche_tally(&w, 0);
			continue;
		}
		EVP_Digest(msg, (size_t)ml, h, &hl, md, NULL);
		ret = ec_ecdsa_verify(c, pub, (size_t)pl, h, hl, sig, (size_t)sl,
				      &ws);
		if (wyche_is(&w, "valid"))
			ok = ret == 0;
		else if (wyche_is(&w, "invalid"))
			ok = ret != 0;
		else
			ok = 1;		/* acceptable: either answer, no crash */
		wyche_tally(&w, ok);
	}
	wyche_close(&w);
}

/*
 * Minimal SubjectPublicKeyInfo reader for the test: SEQUENCE { algorithm
 * (must equal the named-curve AlgorithmIdentifier of @c), BIT STRING with
 * no unused bits }.  Returns the point inside, or NULL.
 */
static const u8 *spki_point(const struct ec_curve *c, const u8 *der, int len,
			    size_t *plen)
{
	static const u8 alg256[] = {
		0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02,
		0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01,
		0x07,
	};
	static const u8 alg384[] = {
		0x30, 0x10, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02,
		0x01, 0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22,
	};
	const u8 *alg = ec_curve_id(c) == EC_CURVE_P256 ? alg256 : alg384;
	size_t alen = ec_curve_id(c) == EC_CURVE_P256 ? sizeof(alg256) :
			sizeof(alg384);
	const u8 *p = der, *end = der + len;
	size_t l;

	if (len < 2 || p[0] != 0x30)
		return NULL;
	if (p[1] < 0x80) {
		l = p[1];
		p += 2;
	} else if (p[1] == 0x81 && len >= 3) {
		l = p[2];
		p += 3;
	} else {
		return NULL;
	}
	if (l != (size_t)(end - p) || l < alen + 3 || memcmp(p, alg, alen))
		return NULL;
	p += alen;
	if (p[0] != 0x03)
		return NULL;
	if (p[1] < 0x80) {
		l = p[1];
		p += 2;
	} else if (p[1] == 0x81 && end - p >= 3) {
		l = p[2];
		p += 3;
	} else {
		return NULL;
	}
	if (l < 1 || l != (size_t)(end - p) || p[0] != 0)
		return NULL;
	*plen = l - 1;
	return p + 1;
}

static void wyche_ecdh(const char *file)
{
	struct wyche w;
	static u8 der[1 << 16], priv[256], shared[256];

	if (!CHECK(wyche_open(&w, file) == 0))
		return;
	while (wyche_next(&w)) {
		const char *cv = wyche_get(&w, "curve");
		const struct ec_curve *c = cv ? ec_curve_get(curve_of(cv)) : NULL;
		int dl = wyche_hex(&w, "public", der, sizeof(der));
		int kl = wyche_hex(&w, "private", priv, sizeof(priv));
		int sl = wyche_hex(&w, "shared", shared, sizeof(shared));
		u8 out[EC_MAX_BYTES];
		const u8 *pt = NULL, *k = priv;
		size_t plen = 0;
		int ret = -EINVAL, ok;

		if (!c || dl < 0 || kl < 0 || sl < 0) {
			/* a curve we do not route through here is a failure */
			wyche_tally(&w, 0);
			continue;
		}
		while (kl > (int)ec_curve_bytes(c) && !k[0]) {
			k++;
			kl--;
		}
		pt = spki_point(c, der, dl, &plen);
		if (pt)
			ret = ec_ecdh(c, k, (size_t)kl, pt, plen, out, &ws);
		if (wyche_is(&w, "valid"))
			ok = ret == 0 && sl == (int)ec_curve_bytes(c) &&
			     !memcmp(out, shared, (size_t)sl);
		else if (wyche_is(&w, "invalid"))
			ok = ret != 0;
		else	/* acceptable: never a wrong secret */
			ok = ret != 0 || (sl == (int)ec_curve_bytes(c) &&
					  !memcmp(out, shared, (size_t)sl));
		wyche_tally(&w, ok);
	}
	wyche_close(&w);
}

int main(void)
{
	/* ASan+UBSan build: about half a minute; -O2: thousands per curve */
	static const int def[4] = { 400, 400, 120, 60 };
	const char *e = getenv("EC_ITERS");
	int iters = e ? atoi(e) : 0;
	u32 id;

	test_constants();
	test_g_table();
	test_rfc6979();
	test_invalid();
	test_der();
	for (id = 0; id < 4; id++)
		test_random(id, iters > 0 ? iters : KM_UNIT_O2 ? 3000 : def[id]);
	wyche_ecdsa("ecdsa_secp256r1_sha256_test.json");
	wyche_ecdsa("ecdsa_secp384r1_sha384_test.json");
	wyche_ecdh("ecdh_secp256r1_test.json");
	wyche_ecdh("ecdh_secp384r1_test.json");
	return check_summary(SUITE);
}
