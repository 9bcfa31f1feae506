// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * Userspace unit test of lib/der against OpenSSL:
 *  - keys OpenSSL generates (RSA 2048/3072/4096, P-224/256/384/521,
 *    Ed25519, X25519) parsed from PKCS#8 and SPKI, every component compared
 *    with what OpenSSL reports; keys rebuilt from our parsed components
 *    sign identically (PKCS#1 v1.5, Ed25519) or verify (ECDSA, PSS);
 *  - SPKI / PKCS#8 / ECDSA-Sig-Value we encode are byte-identical to
 *    OpenSSL's and parse back in OpenSSL;
 *  - every truncation, trailing garbage and a catalogue of non-DER inputs
 *    are rejected;
 *  - the VTS SecureKeyWrapper vector parses into the right pieces;
 *  - X.509 times match OpenSSL's ASN1_TIME choice, bytes and printing;
 *  - a certificate built with the encoder verifies in OpenSSL.
 */
#include <stdlib.h>
#include <time.h>

#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "tests/unit/check.h"
#include "lib/der/der.h"

/* ---- helpers ------------------------------------------------------------ */

static int bn_eq(const BIGNUM *bn, const struct der_buf *b)
{
	BIGNUM *x = BN_bin2bn(b->p, (int)b->n, NULL);
	int eq = x && !BN_cmp(x, bn);

	BN_free(x);
	return eq;
}

static int param_bn_eq(EVP_PKEY *pk, const char *name, const struct der_buf *b)
{
	BIGNUM *bn = NULL;
	int eq;

	if (!EVP_PKEY_get_bn_param(pk, name, &bn))
		return 0;
	eq = bn_eq(bn, b);
	BN_free(bn);
	return eq;
}

/* every proper prefix and one extra byte must be rejected */
typedef int (*der_parser)(const u8 *p, size_t n, void *out);

static void check_truncations(der_parser fn, const u8 *der, size_t n,
			      const char *what)
{
	union {
		struct der_pkcs8 a;
		struct der_rsa_priv b;
		struct der_ec_priv c;
		struct der_spki d;
		struct der_key_wrapper e;
		struct der_buf f[2];
	} out;
	size_t cut;
	unsigned long bad = 0;
	u8 *t;

	for (cut = 0; cut < n; cut++) {
		t = malloc(cut ? cut : 1);	/* ASan-tight */
		memcpy(t, der, cut);
		if (fn(t, cut, &out) != -EBADMSG)
			bad++;
		free(t);
	}
	t = malloc(n + 1);
	memcpy(t, der, n);
	t[n] = 0x00;
	if (fn(t, n + 1, &out) != -EBADMSG)
		bad++;
	free(t);
	if (!CHECK_EQ(bad, 0))
		fprintf(stderr, "     truncation/trailing of %s\n", what);
}

static int p_pkcs8(const u8 *p, size_t n, void *o)
{
	return der_parse_pkcs8(p, n, o);
}

static int p_rsa(const u8 *p, size_t n, void *o)
{
	return der_parse_rsa_private(p, n, o);
}

static int p_ec(const u8 *p, size_t n, void *o)
{
	return der_parse_ec_private(p, n, o);
}

static int p_curve(const u8 *p, size_t n, void *o)
{
	return der_parse_curve_private(p, n, o);
}

static int p_spki(const u8 *p, size_t n, void *o)
{
	return der_parse_spki(p, n, o);
}

static int p_rsapub(const u8 *p, size_t n, void *o)
{
	struct der_buf *b = o;

	return der_parse_rsa_public(p, n, &b[0], &b[1]);
}

static int p_sig(const u8 *p, size_t n, void *o)
{
	struct der_buf *b = o;

	return der_parse_ecdsa_sig(p, n, &b[0], &b[1]);
}

static int p_wrapper(const u8 *p, size_t n, void *o)
{
	return der_parse_key_wrapper(p, n, o);
}

static size_t sign(EVP_PKEY *pk, const EVP_MD *md, int pad, const u8 *msg,
		   size_t mlen, u8 *sig, size_t cap)
{
	EVP_MD_CTX *m = EVP_MD_CTX_new();
	EVP_PKEY_CTX *pc = NULL;
	size_t n = cap;

	if (!m || EVP_DigestSignInit(m, &pc, md, NULL, pk) != 1)
		n = 0;
	if (n && pad && EVP_PKEY_CTX_set_rsa_padding(pc, pad) != 1)
		n = 0;
	if (n && EVP_DigestSign(m, sig, &n, msg, mlen) != 1)
		n = 0;
	EVP_MD_CTX_free(m);
	return n;
}

static int verify(EVP_PKEY *pk, const EVP_MD *md, int pad, const u8 *msg,
		  size_t mlen, const u8 *sig, size_t slen)
{
	EVP_MD_CTX *m = EVP_MD_CTX_new();
	EVP_PKEY_CTX *pc = NULL;
	int ok = m && EVP_DigestVerifyInit(m, &pc, md, NULL, pk) == 1;

	if (ok && pad)
		ok = EVP_PKEY_CTX_set_rsa_padding(pc, pad) == 1;
	if (ok)
		ok = EVP_DigestVerify(m, sig, slen, msg, mlen) == 1;
	EVP_MD_CTX_free(m);
	return ok;
}

static EVP_PKEY *fromdata(const char *type, OSSL_PARAM_BLD *b)
{
	OSSL_PARAM *par = OSSL_PARAM_BLD_to_param(b);
	EVP_PKEY_CTX *c = EVP_PKEY_CTX_new_from_name(NULL, type, NULL);
	EVP_PKEY *pk = NULL;

	if (!par || !c || EVP_PKEY_fromdata_init(c) != 1 ||
	    EVP_PKEY_fromdata(c, &pk, EVP_PKEY_KEYPAIR, par) != 1)
		pk = NULL;
	OSSL_PARAM_free(par);
	EVP_PKEY_CTX_free(c);
	OSSL_PARAM_BLD_free(b);
	return pk;
}

static void push_bn(OSSL_PARAM_BLD *b, const char *name,
		    const struct der_buf *v, BIGNUM **keep)
{
	*keep = BN_bin2bn(v->p, (int)v->n, NULL);
	OSSL_PARAM_BLD_push_BN(b, name, *keep);
}

static const u8 msg[] = "KeyMint for Linux: DER import test message";

/* ---- keys --------------------------------------------------------------- */

static void check_pkcs8_and_spki(EVP_PKEY *pk, enum der_key_alg alg,
				 enum der_curve curve, u8 **p8, int *p8n,
				 u8 **spki, int *spkin, struct der_pkcs8 *k8,
				 struct der_spki *ks)
{
	PKCS8_PRIV_KEY_INFO *inf = EVP_PKEY2PKCS8(pk);
	u8 buf[4096];
	struct der_enc e;
	size_t n;

	*p8 = NULL;
	*spki = NULL;
	*p8n = inf ? i2d_PKCS8_PRIV_KEY_INFO(inf, p8) : -1;
	PKCS8_PRIV_KEY_INFO_free(inf);
	*spkin = i2d_PUBKEY(pk, spki);
	CHECK(*p8n > 0 && *spkin > 0);

	CHECK_EQ(der_parse_pkcs8(*p8, *p8n, k8), 0);
	CHECK_EQ(k8->algid.alg, alg);
	CHECK_EQ(k8->algid.curve, curve);
	check_truncations(p_pkcs8, *p8, *p8n, "pkcs8");

	CHECK_EQ(der_parse_spki(*spki, *spkin, ks), 0);
	CHECK_EQ(ks->algid.alg, alg);
	CHECK_EQ(ks->algid.curve, curve);
	check_truncations(p_spki, *spki, *spkin, "spki");

	/* our PKCS#8 wrapper around the same inner key: same bytes */
	der_enc_init(&e, buf, sizeof(buf));
	der_put_pkcs8(&e, alg, curve, k8->key, k8->key_len);
	if (CHECK_EQ(der_enc_finish(&e, &n), 0) && CHECK_EQ(n, *p8n))
		CHECK_MEM(buf, *p8, n);
	{
		const u8 *q = buf;
		EVP_PKEY *back = d2i_AutoPrivateKey(NULL, &q, (long)n);

		CHECK(back && EVP_PKEY_eq(back, pk) == 1);
		EVP_PKEY_free(back);
	}
}

static void check_spki_encoding(EVP_PKEY *pk, const u8 *want, size_t wn,
				struct der_enc *e, u8 *buf)
{
	size_t n;
	const u8 *q = buf;
	EVP_PKEY *back;

	if (!CHECK_EQ(der_enc_finish(e, &n), 0) || !CHECK_EQ(n, wn))
		return;
	CHECK_MEM(buf, want, n);
	back = d2i_PUBKEY(NULL, &q, (long)n);
	CHECK(back && EVP_PKEY_eq(back, pk) == 1);
	EVP_PKEY_free(back);
}

static void test_rsa(int bits)
{
	EVP_PKEY *pk = EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)bits);
	struct der_pkcs8 k8;
	struct der_spki ks;
	struct der_rsa_priv r;
	struct der_buf mod, pubexp;
	u8 *p8, *spki, buf[2048], s1[512], s2[512];
	int p8n, spkin;
	struct der_enc e;
	BIGNUM *keep[8];
	OSSL_PARAM_BLD *b;
	EVP_PKEY *mine;
	size_t n1, n2;
	int i;

	if (!CHECK(pk))
		return;
	check_pkcs8_and_spki(pk, DER_ALG_RSA, DER_CURVE_NONE, &p8, &p8n,
			     &spki, &spkin, &k8, &ks);
	if (!CHECK_EQ(der_parse_rsa_private(k8.key, k8.key_len, &r), 0))
		goto out;
	check_truncations(p_rsa, k8.key, k8.key_len, "RSAPrivateKey");
	CHECK(param_bn_eq(pk, OSSL_PKEY_PARAM_RSA_N, &r.n));
	CHECK(param_bn_eq(pk, OSSL_PKEY_PARAM_RSA_E, &r.e));
	CHECK(param_bn_eq(pk, OSSL_PKEY_PARAM_RSA_D, &r.d));
	CHECK(param_bn_eq(pk, OSSL_PKEY_PARAM_RSA_FACTOR1, &r.p));
	CHECK(param_bn_eq(pk, OSSL_PKEY_PARAM_RSA_FACTOR2, &r.q));
	CHECK(param_bn_eq(pk, OSSL_PKEY_PARAM_RSA_EXPONENT1, &r.dp));
	CHECK(param_bn_eq(pk, OSSL_PKEY_PARAM_RSA_EXPONENT2, &r.dq));
	CHECK(param_bn_eq(pk, OSSL_PKEY_PARAM_RSA_COEFFICIENT1, &r.qinv));
	CHECK_EQ(r.n.n, bits / 8);
	CHECK(r.n.p[0] & 0x80);			/* sign byte stripped */

	CHECK_EQ(der_parse_rsa_public(ks.key.p, ks.key.n, &mod, &pubexp), 0);
	CHECK(mod.n == r.n.n && !memcmp(mod.p, r.n.p, mod.n));
	CHECK(pubexp.n == r.e.n && !memcmp(pubexp.p, r.e.p, r.e.n));
	check_truncations(p_rsapub, ks.key.p, ks.key.n, "RSAPublicKey");

	der_enc_init(&e, buf, sizeof(buf));
	der_put_spki_rsa(&e, r.n.p, r.n.n, r.e.p, r.e.n);
	check_spki_encoding(pk, spki, spkin, &e, buf);

	/* rebuild the key from our components: identical PKCS#1 v1.5 sigs */
	b = OSSL_PARAM_BLD_new();
	push_bn(b, OSSL_PKEY_PARAM_RSA_N, &r.n, &keep[0]);
	push_bn(b, OSSL_PKEY_PARAM_RSA_E, &r.e, &keep[1]);
	push_bn(b, OSSL_PKEY_PARAM_RSA_D, &r.d, &keep[2]);
	push_bn(b, OSSL_PKEY_PARAM_RSA_FACTOR1, &r.p, &keep[3]);
	push_bn(b, OSSL_PKEY_PARAM_RSA_FACTOR2, &r.q, &keep[4]);
	push_bn(b, OSSL_PKEY_PARAM_RSA_EXPONENT1, &r.dp, &keep[5]);
	push_bn(b, OSSL_PKEY_PARAM_RSA_EXPONENT2, &r.dq, &keep[6]);
	push_bn(b, OSSL_PKEY_PARAM_RSA_COEFFICIENT1, &r.qinv, &keep[7]);
	mine = fromdata("RSA", b);
	for (i = 0; i < 8; i++)
		BN_free(keep[i]);
	if (CHECK(mine)) {
		n1 = sign(pk, EVP_sha256(), RSA_PKCS1_PADDING, msg,
			  sizeof(msg), s1, sizeof(s1));
		n2 = sign(mine, EVP_sha256(), RSA_PKCS1_PADDING, msg,
			  sizeof(msg), s2, sizeof(s2));
		CHECK(n1 == (size_t)bits / 8 && n1 == n2 && !memcmp(s1, s2, n1));
		n2 = sign(mine, EVP_sha256(), RSA_PKCS1_PSS_PADDING, msg,
			  sizeof(msg), s2, sizeof(s2));
		CHECK(n2 && verify(pk, EVP_sha256(), RSA_PKCS1_PSS_PADDING,
				   msg, sizeof(msg), s2, n2));
		s2[5] ^= 1;
		CHECK(!verify(pk, EVP_sha256(), RSA_PKCS1_PSS_PADDING,
			      msg, sizeof(msg), s2, n2));
	}
	EVP_PKEY_free(mine);
out:
	OPENSSL_free(p8);
	OPENSSL_free(spki);
	EVP_PKEY_free(pk);
}

static void test_ec(const char *name, enum der_curve curve, size_t flen)
{
	EVP_PKEY *pk = EVP_PKEY_Q_keygen(NULL, NULL, "EC", name);
	struct der_pkcs8 k8;
	struct der_spki ks;
	struct der_ec_priv ec;
	u8 *p8, *spki, buf[1024], pub[200], sig[200];
	int p8n, spkin;
	size_t publen = 0, siglen;
	struct der_enc e;
	BIGNUM *keep;
	OSSL_PARAM_BLD *b;
	EVP_PKEY *mine;

	if (!CHECK(pk))
		return;
	CHECK(EVP_PKEY_get_octet_string_param(pk, OSSL_PKEY_PARAM_PUB_KEY, pub,
					      sizeof(pub), &publen));
	CHECK_EQ(publen, 1 + 2 * flen);
	check_pkcs8_and_spki(pk, DER_ALG_EC, curve, &p8, &p8n, &spki, &spkin,
			     &k8, &ks);
	if (!CHECK_EQ(der_parse_ec_private(k8.key, k8.key_len, &ec), 0))
		goto out;
	check_truncations(p_ec, k8.key, k8.key_len, "ECPrivateKey");
	CHECK_EQ(ec.priv.n, flen);		/* RFC 5915: fixed width */
	CHECK(param_bn_eq(pk, OSSL_PKEY_PARAM_PRIV_KEY, &ec.priv));
	CHECK(ec.curve == DER_CURVE_NONE || ec.curve == curve);
	if (CHECK(ec.pub.p))
		CHECK(ec.pub.n == publen && !memcmp(ec.pub.p, pub, publen));
	CHECK(ks.key.n == publen && !memcmp(ks.key.p, pub, publen));

	der_enc_init(&e, buf, sizeof(buf));
	der_put_spki_ec(&e, curve, pub, publen);
	check_spki_encoding(pk, spki, spkin, &e, buf);

	/* key rebuilt from our parse signs; the original verifies */
	b = OSSL_PARAM_BLD_new();
	OSSL_PARAM_BLD_push_utf8_string(b, OSSL_PKEY_PARAM_GROUP_NAME,
					name, 0);
	push_bn(b, OSSL_PKEY_PARAM_PRIV_KEY, &ec.priv, &keep);
	OSSL_PARAM_BLD_push_octet_string(b, OSSL_PKEY_PARAM_PUB_KEY,
					 ec.pub.p, ec.pub.n);
	mine = fromdata("EC", b);
	BN_free(keep);
	if (CHECK(mine)) {
		struct der_buf rs[2];
		size_t n;

		siglen = sign(mine, EVP_sha256(), 0, msg, sizeof(msg), sig,
			      sizeof(sig));
		CHECK(siglen && verify(pk, EVP_sha256(), 0, msg, sizeof(msg),
				       sig, siglen));
		/* ECDSA-Sig-Value: parse, re-encode from padded r/s */
		if (CHECK_EQ(der_parse_ecdsa_sig(sig, siglen, &rs[0], &rs[1]),
			     0)) {
			u8 r[80] = { 0 }, s[80] = { 0 };

			check_truncations(p_sig, sig, siglen, "ECDSA-Sig");
			memcpy(r + flen - rs[0].n, rs[0].p, rs[0].n);
			memcpy(s + flen - rs[1].n, rs[1].p, rs[1].n);
			der_enc_init(&e, buf, sizeof(buf));
			der_put_ecdsa_sig(&e, r, flen, s, flen);
			if (CHECK_EQ(der_enc_finish(&e, &n), 0) &&
			    CHECK_EQ(n, siglen))
				CHECK_MEM(buf, sig, n);
		}
	}
	EVP_PKEY_free(mine);
out:
	OPENSSL_free(p8);
	OPENSSL_free(spki);
	EVP_PKEY_free(pk);
}

static void test_curve25519(const char *name, enum der_key_alg alg)
{
	EVP_PKEY *pk = EVP_PKEY_Q_keygen(NULL, NULL, name);
	struct der_pkcs8 k8;
	struct der_spki ks;
	struct der_buf key;
	u8 *p8, *spki, buf[256], raw[32], rawpub[32], s1[64], s2[64];
	int p8n, spkin;
	size_t rn = 32, pn = 32;
	struct der_enc e;

	if (!CHECK(pk))
		return;
	CHECK(EVP_PKEY_get_raw_private_key(pk, raw, &rn) && rn == 32);
	CHECK(EVP_PKEY_get_raw_public_key(pk, rawpub, &pn) && pn == 32);
	check_pkcs8_and_spki(pk, alg, DER_CURVE_NONE, &p8, &p8n, &spki,
			     &spkin, &k8, &ks);
	if (CHECK_EQ(der_parse_curve_private(k8.key, k8.key_len, &key), 0))
		CHECK(key.n == 32 && !memcmp(key.p, raw, 32));
	check_truncations(p_curve, k8.key, k8.key_len, "CurvePrivateKey");
	CHECK(ks.key.n == 32 && !memcmp(ks.key.p, rawpub, 32));

	der_enc_init(&e, buf, sizeof(buf));
	if (alg == DER_ALG_ED25519)
		der_put_spki_ed25519(&e, rawpub);
	else
		der_put_spki_x25519(&e, rawpub);
	check_spki_encoding(pk, spki, spkin, &e, buf);

	if (alg == DER_ALG_ED25519 && key.p) {
		EVP_PKEY *mine = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519,
							      NULL, key.p, 32);
		size_t n1, n2;

		n1 = sign(pk, NULL, 0, msg, sizeof(msg), s1, sizeof(s1));
		n2 = mine ? sign(mine, NULL, 0, msg, sizeof(msg), s2,
				 sizeof(s2)) : 0;
		CHECK(n1 == 64 && n2 == 64 && !memcmp(s1, s2, 64));
		EVP_PKEY_free(mine);
	}
	OPENSSL_free(p8);
	OPENSSL_free(spki);
	EVP_PKEY_free(pk);
}

/* ---- hand-made bad input -------------------------------------------------- */

static int unhex(const char *h, u8 *out, size_t cap)
{
	return check_unhex(h, out, cap);
}

static void test_bad_der(void)
{
	static const struct {
		const char *hex;
		int which;	/* 0 sig, 1 spki + 32 zero bytes, 3 spki, 2 tlv */
		int want;
		const char *what;
	} v[] = {
		{ "3006020101020101", 0, 0, "valid sig" },
		{ "30060201010201", 0, -EBADMSG, "truncated" },
		{ "300602010102010100", 0, -EBADMSG, "trailing byte" },
		{ "308106020101020101", 0, -EBADMSG, "non-minimal length" },
		{ "30820006020101020101", 0, -EBADMSG, "2-byte short length" },
		{ "30800201010201010000", 0, -EBADMSG, "indefinite length" },
		{ "3085000000000602010102", 0, -EBADMSG, "5 length bytes" },
		{ "3084ffffffff020101", 0, -EBADMSG, "huge length" },
		{ "3106020101020101", 0, -EBADMSG, "SET instead of SEQ" },
		{ "1006020101020101", 0, -EBADMSG, "primitive SEQ" },
		{ "300702020001020101", 0, -EBADMSG, "non-minimal INTEGER" },
		{ "30070202ff80020101", 0, -EBADMSG, "non-minimal negative" },
		{ "3006020181020101", 0, -EBADMSG, "negative r" },
		{ "30050200020101", 0, -EBADMSG, "empty INTEGER" },
		{ "3006040101020101", 0, -EBADMSG, "OCTET STRING for r" },
		{ "300702020080020101", 0, 0, "0x80 needs its sign byte" },
		{ "30080201010201010500", 0, -EBADMSG, "extra element" },
		/* SPKI */
		{ "302a300506032b6570032100", 1, 0,
		  "valid Ed25519 SPKI" },
		{ "302a300506032b6570032101", 1, -EBADMSG,
		  "unused bits in key" },
		{ "302b300506032b657003220000", 1, -EBADMSG,
		  "33-byte Ed25519 key" },
		{ "302c300706032b65700500032100", 1, -EBADMSG,
		  "Ed25519 with NULL params" },
		{ "302a300506032b6571032100", 1, -EOPNOTSUPP,
		  "Ed448 OID" },
		{ "302a300506032b8065032100", 1, -EBADMSG,
		  "non-minimal OID sub-identifier" },
		{ "3011300b06092a864886f70d010101030200ff", 3, -EBADMSG,
		  "RSA without NULL params" },
		{ "3019301306072a8648ce3d020106082a8648ce3d030101030200ff",
		  3, -EOPNOTSUPP, "P-192" },
		/* TLV level */
		{ "bf8554020500", 2, 0, "[724] high tag" },
		{ "bf80d4020500", 2, -EBADMSG, "high tag leading 0x80" },
		{ "bf1e020500", 2, -EBADMSG, "high form for tag 30" },
		{ "bf1f020500", 2, 0, "high form for tag 31" },
		{ "bf8f808080000100", 2, -EBADMSG, "tag over 28 bits" },
		{ "0481", 2, -EBADMSG, "length byte missing" },
		{ "048180", 2, -EBADMSG, "long length past end" },
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(v); i++) {
		u8 in[256] = { 0 };
		int n = unhex(v[i].hex, in, sizeof(in));
		int got;

		if (!CHECK(n > 0))
			continue;
		if (v[i].which == 1)
			n += 32;		/* the key: zero bytes */
		if (v[i].which == 0) {
			struct der_buf rs[2];

			got = der_parse_ecdsa_sig(in, n, &rs[0], &rs[1]);
		} else if (v[i].which == 1 || v[i].which == 3) {
			struct der_spki s;

			got = der_parse_spki(in, n, &s);
		} else {
			const u8 *p = in;
			struct der_tlv t;

			got = der_read_tlv(&p, in + n, &t);
			if (!got && p != in + n)
				got = 1;
		}
		if (!CHECK_EQ(got, v[i].want))
			fprintf(stderr, "     %s (%s)\n", v[i].hex, v[i].what);
	}
}

/* ---- SecureKeyWrapper (VTS wrapped_key vector) ------------------------- */

/* VTS KeyMintTest.cpp wrapped_key (also in system/keymint ta/src/tests.rs) */
static const u8 wrapped_key[] = {
	0x30, 0x82, 0x01, 0x79, 0x02, 0x01, 0x00, 0x04, 0x82, 0x01, 0x00,
	0xaa, 0xd9, 0x3e, 0xd5, 0x92, 0x4f, 0x28, 0x3b, 0x4b, 0xb5, 0x52,
	0x6f, 0xbe, 0x7a, 0x14, 0x12, 0xf9, 0xd9, 0x74, 0x9e, 0xc3, 0x0d,
	0xb9, 0x06, 0x2b, 0x29, 0xe5, 0x74, 0xa8, 0x54, 0x6f, 0x33, 0xc8,
	0x87, 0x32, 0x45, 0x2f, 0x5b, 0x8e, 0x6a, 0x39, 0x1e, 0xe7, 0x6c,
	0x39, 0xed, 0x17, 0x12, 0xc6, 0x1d, 0x8d, 0xf6, 0x21, 0x3d, 0xec,
	0x1c, 0xff, 0xbc, 0x17, 0xa8, 0xc6, 0xd0, 0x4c, 0x7b, 0x30, 0x89,
	0x3d, 0x8d, 0xaa, 0x9b, 0x20, 0x15, 0x21, 0x3e, 0x21, 0x94, 0x68,
	0x21, 0x55, 0x32, 0x07, 0xf8, 0xf9, 0x93, 0x1c, 0x4c, 0xab, 0xa2,
	0x3e, 0xd3, 0xbe, 0xe2, 0x8b, 0x36, 0x94, 0x7e, 0x47, 0xf1, 0x0e,
	0x0a, 0x5c, 0x3d, 0xc5, 0x1c, 0x98, 0x8a, 0x62, 0x8d, 0xaa, 0xd3,
	0xe5, 0xe1, 0xf4, 0x00, 0x5e, 0x79, 0xc2, 0xd5, 0xa9, 0x6c, 0x28,
	0x4b, 0x4b, 0x8d, 0x7e, 0x49, 0x48, 0xf3, 0x31, 0xe5, 0xb8, 0x5d,
	0xd5, 0xa2, 0x36, 0xf8, 0x55, 0x79, 0xf3, 0xea, 0x1d, 0x1b, 0x84,
	0x84, 0x87, 0x47, 0x0b, 0xdb, 0x0a, 0xb4, 0xf8, 0x1a, 0x12, 0xbe,
	0xe4, 0x2c, 0x99, 0xfe, 0x0d, 0xf4, 0xbe, 0xe3, 0x75, 0x94, 0x53,
	0xe6, 0x9a, 0xd1, 0xd6, 0x8a, 0x80, 0x9c, 0xe0, 0x6b, 0x94, 0x9f,
	0x76, 0x94, 0xa9, 0x90, 0x42, 0x9b, 0x2f, 0xe8, 0x1e, 0x06, 0x6f,
	0xf4, 0x3e, 0x56, 0xa2, 0x16, 0x02, 0xdb, 0x70, 0x75, 0x79, 0x22,
	0xa4, 0xbc, 0xc2, 0x3a, 0xb8, 0x9f, 0x1e, 0x35, 0xda, 0x77, 0x58,
	0x67, 0x75, 0xf4, 0x23, 0xe5, 0x19, 0xc2, 0xea, 0x39, 0x4c, 0xaf,
	0x48, 0xa2, 0x8d, 0x0c, 0x80, 0x20, 0xf1, 0xdc, 0xf6, 0xb3, 0xa6,
	0x8e, 0xc2, 0x46, 0xf6, 0x15, 0xae, 0x96, 0xda, 0xe9, 0xa0, 0x79,
	0xb1, 0xf6, 0xeb, 0x95, 0x90, 0x33, 0xc1, 0xaf, 0x5c, 0x12, 0x5f,
	0xd9, 0x41, 0x68, 0x04, 0x0c, 0x6d, 0x97, 0x21, 0xd0, 0x85, 0x89,
	0x58, 0x1a, 0xb4, 0x92, 0x04, 0xa3, 0x30, 0x2e, 0x02, 0x01, 0x03,
	0x30, 0x29, 0xa1, 0x08, 0x31, 0x06, 0x02, 0x01, 0x00, 0x02, 0x01,
	0x01, 0xa2, 0x03, 0x02, 0x01, 0x20, 0xa3, 0x04, 0x02, 0x02, 0x01,
	0x00, 0xa4, 0x05, 0x31, 0x03, 0x02, 0x01, 0x01, 0xa6, 0x05, 0x31,
	0x03, 0x02, 0x01, 0x40, 0xbf, 0x83, 0x77, 0x02, 0x05, 0x00, 0x04,
	0x20, 0xa6, 0x1c, 0x6e, 0x24, 0x7e, 0x25, 0xb3, 0xe6, 0xe6, 0x9a,
	0xa7, 0x8e, 0xb0, 0x3c, 0x2d, 0x4a, 0xc2, 0x0d, 0x1f, 0x99, 0xa9,
	0xa0, 0x24, 0xa7, 0x6f, 0x35, 0xc8, 0xe2, 0xca, 0xb9, 0xb6, 0x8d,
	0x04, 0x10, 0x25, 0x60, 0xc7, 0x01, 0x09, 0xae, 0x67, 0xc0, 0x30,
	0xf0, 0x0b, 0x98, 0xb5, 0x12, 0xa6, 0x70,
};

static void test_key_wrapper(void)
{
	static const u32 want_tags[] = { 1, 2, 3, 4, 6, 503 };
	u8 in[sizeof(wrapped_key)];
	int n = sizeof(wrapped_key);
	struct der_key_wrapper w;
	struct der_authlist_iter it;
	struct der_tlv v;
	u32 tag;
	size_t i = 0;
	int ret;
	s64 x;

	memcpy(in, wrapped_key, n);
	if (!CHECK_EQ(n, 0x17d) || !CHECK_EQ(der_parse_key_wrapper(in, n, &w), 0))
		return;
	CHECK_EQ(w.version, 0);
	CHECK(w.transport_key.n == 256 && w.transport_key.p == in + 11);
	CHECK(w.transport_key.p[0] == 0xaa && w.transport_key.p[255] == 0x68);
	CHECK(w.iv.n == 12 && w.iv.p[0] == 0x6d && w.iv.p[11] == 0xa3);
	CHECK_EQ(w.key_format, 3);
	CHECK(w.key_description.n == 0x30 && w.key_description.p[0] == 0x30 &&
	      w.key_description.p[1] == 0x2e);
	CHECK(w.key_description.p == in + 11 + 256 + 14);
	CHECK_EQ(w.auth_list.n, 0x29);
	CHECK(w.encrypted_key.n == 32 && w.encrypted_key.p[0] == 0xa6);
	CHECK(w.tag.n == 16 && w.tag.p[15] == 0x70);
	CHECK(w.tag.p + 16 == in + n);

	der_authlist_init(&it, &w.auth_list);
	while ((ret = der_authlist_next(&it, &tag, &v)) == 1) {
		if (!CHECK(i < ARRAY_SIZE(want_tags)))
			break;
		CHECK_EQ(tag, want_tags[i]);
		switch (tag) {
		case 1: {	/* purpose: SET { 0, 1 } */
			const u8 *p = v.val;
			struct der_tlv a, b;

			CHECK(v.cls == DER_CONSTRUCTED && v.tag == DER_TAG_SET);
			CHECK_EQ(der_read_tlv(&p, v.val + v.len, &a), 0);
			CHECK_EQ(der_read_tlv(&p, v.val + v.len, &b), 0);
			CHECK(!der_get_int(&a, &x) && x == 0);
			CHECK(!der_get_int(&b, &x) && x == 1);
			break;
		}
		case 2:
			CHECK(!der_get_int(&v, &x) && x == 32);
			break;
		case 3:
			CHECK(!der_get_int(&v, &x) && x == 256);
			break;
		case 503:
			CHECK(v.tag == DER_TAG_NULL && v.len == 0);
			break;
		default:
			CHECK(v.tag == DER_TAG_SET);
			break;
		}
		i++;
	}
	CHECK_EQ(ret, 0);
	CHECK_EQ(i, ARRAY_SIZE(want_tags));
	check_truncations(p_wrapper, in, n, "SecureKeyWrapper");

	/* out-of-order AuthorizationList elements are rejected */
	{
		static const u8 bad[] = { 0xa3, 0x03, 0x02, 0x01, 0x01,
					  0xa2, 0x03, 0x02, 0x01, 0x20 };
		struct der_buf l = { bad, sizeof(bad) };

		der_authlist_init(&it, &l);
		CHECK_EQ(der_authlist_next(&it, &tag, &v), 1);
		CHECK_EQ(der_authlist_next(&it, &tag, &v), -EBADMSG);
	}
	/* a wrapper holding two values is rejected */
	{
		static const u8 bad[] = { 0xa2, 0x06, 0x02, 0x01, 0x20,
					  0x02, 0x01, 0x20 };
		struct der_buf l = { bad, sizeof(bad) };

		der_authlist_init(&it, &l);
		CHECK_EQ(der_authlist_next(&it, &tag, &v), -EBADMSG);
	}
	/* version 1 is rejected */
	in[6] = 1;
	CHECK_EQ(der_parse_key_wrapper(in, n, &w), -EBADMSG);
}

/* ---- encoder details ----------------------------------------------------- */

static void test_encoder(void)
{
	static u8 big[70000], out[70016];
	static const u32 tags[] = { 0, 30, 31, 127, 128, 503, 724, 1000,
				    1001, 16383, 16384, 0x0fffffff };
	static const size_t lens[] = { 0, 1, 127, 128, 255, 256, 65535,
				       65536, 69990 };
	struct der_enc e;
	size_t i, n;

	/* tag numbers: round trip through der_read_tlv */
	for (i = 0; i < ARRAY_SIZE(tags); i++) {
		const u8 *p = out;
		struct der_tlv t;

		der_enc_init(&e, out, sizeof(out));
		der_begin_explicit(&e, tags[i]);
		der_put_null(&e);
		der_end(&e);
		CHECK_EQ(der_enc_finish(&e, &n), 0);
		CHECK_EQ(der_read_tlv(&p, out + n, &t), 0);
		CHECK(t.tag == tags[i] && t.cls == 0xa0 && p == out + n);
	}
	der_enc_init(&e, out, sizeof(out));
	der_begin_explicit(&e, 0x10000000);
	CHECK_EQ(der_enc_finish(&e, &n), -EINVAL);
	der_enc_init(&e, out, sizeof(out));
	der_begin_explicit(&e, 724);
	der_put_bool(&e, true);
	der_end(&e);
	CHECK_EQ(der_enc_finish(&e, &n), 0);
	CHECK(n == 7 && !memcmp(out, "\xbf\x85\x54\x03\x01\x01\xff", 7));

	/* length back-patching at the form boundaries, nested twice */
	for (i = 0; i < sizeof(big); i++)
		big[i] = (u8)(i * 7 + 3);
	for (i = 0; i < ARRAY_SIZE(lens); i++) {
		const u8 *p = out, *q;
		struct der_tlv t, in;
		size_t need;

		der_enc_init(&e, NULL, 0);
		der_begin_seq(&e);
		der_begin_octets(&e);
		der_put_raw(&e, big, lens[i]);
		der_end(&e);
		der_end(&e);
		CHECK_EQ(der_enc_finish(&e, &need), -EMSGSIZE);

		der_enc_init(&e, out, sizeof(out));
		der_begin_seq(&e);
		der_begin_octets(&e);
		der_put_raw(&e, big, lens[i]);
		der_end(&e);
		der_end(&e);
		CHECK_EQ(der_enc_finish(&e, &n), 0);
		CHECK_EQ(n, need);
		CHECK_EQ(der_read_tlv(&p, out + n, &t), 0);
		q = t.val;
		CHECK_EQ(der_read_tlv(&q, t.val + t.len, &in), 0);
		CHECK(in.len == lens[i] && !memcmp(in.val, big, lens[i]));

		/* too small by one: error, size still exact, no overrun */
		memset(out, 0x5a, sizeof(out));
		der_enc_init(&e, out, need - 1);
		der_begin_seq(&e);
		der_begin_octets(&e);
		der_put_raw(&e, big, lens[i]);
		der_end(&e);
		der_end(&e);
		CHECK_EQ(der_enc_finish(&e, &n), -EMSGSIZE);
		CHECK_EQ(n, need);
		CHECK_EQ(out[need - 1], 0x5a);
	}

	/* INTEGERs agree with OpenSSL */
	{
		static const s64 iv[] = { 0, 1, -1, 127, 128, -128, -129, 255,
					  256, 32767, 32768, -32768, -32769,
					  INT64_MAX, INT64_MIN, 1000000007 };
		static const u8 mag[][4] = { { 0 }, { 0, 0, 0x80 },
					     { 0x7f }, { 0, 1, 0 } };
		static const size_t magn[] = { 0, 3, 1, 3 };

		for (i = 0; i < ARRAY_SIZE(iv); i++) {
			ASN1_INTEGER *a = ASN1_INTEGER_new();
			u8 *d = NULL;
			int dn;

			ASN1_INTEGER_set_int64(a, iv[i]);
			dn = i2d_ASN1_INTEGER(a, &d);
			der_enc_init(&e, out, sizeof(out));
			der_put_int(&e, iv[i]);
			CHECK_EQ(der_enc_finish(&e, &n), 0);
			CHECK(dn > 0 && (size_t)dn == n && !memcmp(d, out, n));
			OPENSSL_free(d);
			ASN1_INTEGER_free(a);
		}
		for (i = 0; i < ARRAY_SIZE(mag); i++) {
			BIGNUM *bn = BN_bin2bn(mag[i], (int)magn[i], NULL);
			ASN1_INTEGER *a = BN_to_ASN1_INTEGER(bn, NULL);
			u8 *d = NULL;
			int dn = i2d_ASN1_INTEGER(a, &d);

			der_enc_init(&e, out, sizeof(out));
			der_put_int_bytes(&e, mag[i], magn[i]);
			CHECK_EQ(der_enc_finish(&e, &n), 0);
			CHECK(dn > 0 && (size_t)dn == n && !memcmp(d, out, n));
			OPENSSL_free(d);
			ASN1_INTEGER_free(a);
			BN_free(bn);
		}
	}

	/* argument errors are sticky */
	der_enc_init(&e, out, sizeof(out));
	der_end(&e);
	CHECK_EQ(der_enc_finish(&e, &n), -EINVAL);
	der_enc_init(&e, out, sizeof(out));
	der_begin_seq(&e);
	CHECK_EQ(der_enc_finish(&e, &n), -EINVAL);
	der_enc_init(&e, out, sizeof(out));
	for (i = 0; i <= DER_MAX_DEPTH; i++)
		der_begin_seq(&e);
	CHECK_EQ(der_enc_finish(&e, &n), -E2BIG);
	der_enc_init(&e, out, sizeof(out));
	der_put_printable(&e, "a@b", 3);
	CHECK_EQ(der_enc_finish(&e, &n), -EINVAL);
	der_enc_init(&e, out, sizeof(out));
	der_put_bits(&e, "\x01", 1, 1);
	CHECK_EQ(der_enc_finish(&e, &n), -EINVAL);
	der_enc_init(&e, out, sizeof(out));
	der_put_spki_ec(&e, DER_CURVE_NONE, (const u8 *)"\x04", 1);
	CHECK_EQ(der_enc_finish(&e, &n), -EINVAL);
}

/* ---- times ------------------------------------------------------------------ */

static void time_print(const ASN1_TIME *t, char *out, size_t cap)
{
	BIO *b = BIO_new(BIO_s_mem());
	int n;

	ASN1_TIME_print(b, t);
	n = BIO_read(b, out, (int)cap - 1);
	out[n > 0 ? n : 0] = 0;
	BIO_free(b);
}

static void check_time(s64 t)
{
	ASN1_TIME *o = ASN1_TIME_set(NULL, (time_t)t), *mine;
	u8 buf[32], *d = NULL;
	const u8 *q = buf;
	struct der_enc e;
	char p1[64], p2[64];
	size_t n;
	int dn;

	der_enc_init(&e, buf, sizeof(buf));
	der_put_time(&e, t);
	if (!CHECK(o) || !CHECK_EQ(der_enc_finish(&e, &n), 0)) {
		ASN1_TIME_free(o);
		return;
	}
	dn = i2d_ASN1_TIME(o, &d);
	if (!CHECK(dn > 0 && (size_t)dn == n && !memcmp(d, buf, n)))
		fprintf(stderr, "     time %lld: %.*s vs %.*s\n", (long long)t,
			(int)n - 2, buf + 2, dn - 2, d + 2);
	mine = d2i_ASN1_TIME(NULL, &q, (long)n);
	if (CHECK(mine && ASN1_TIME_check(mine))) {
		time_print(o, p1, sizeof(p1));
		time_print(mine, p2, sizeof(p2));
		CHECK(!strcmp(p1, p2));
	}
	ASN1_TIME_free(mine);
	ASN1_TIME_free(o);
	OPENSSL_free(d);
}

static void test_times(void)
{
	static const struct {
		s64 t;
		const char *text;
	} v[] = {
		{ 0, "700101000000Z" },
		{ -1, "691231235959Z" },
		{ -631152000, "500101000000Z" },
		{ -631152001, "19491231235959Z" },
		{ 2524607999LL, "491231235959Z" },
		{ 2524608000LL, "20500101000000Z" },
		{ 951782400, "000229000000Z" },
		{ 4107542400LL, "21000301000000Z" },
		{ 4107542399LL, "21000228235959Z" },
		{ -2203977600LL, "19000228000000Z" },
		{ 253402300799LL, "99991231235959Z" },
		{ -62167219200LL, "00000101000000Z" },
		{ 1709164800, "240229000000Z" },
	};
	struct der_enc e;
	u8 buf[32];
	size_t i, n;
	u64 x = 88172645463325252ULL;

	for (i = 0; i < ARRAY_SIZE(v); i++) {
		size_t want = strlen(v[i].text);
		u8 tag = want == 13 ? DER_TAG_UTCTIME : DER_TAG_GENERALIZEDTIME;

		der_enc_init(&e, buf, sizeof(buf));
		der_put_time(&e, v[i].t);
		CHECK_EQ(der_enc_finish(&e, &n), 0);
		if (!CHECK(n == want + 2 && buf[0] == tag && buf[1] == want &&
			   !memcmp(buf + 2, v[i].text, want)))
			fprintf(stderr, "     %lld -> %.*s\n",
				(long long)v[i].t, (int)n, buf);
		if (v[i].t >= -62135596800LL)	/* OpenSSL from year 1 */
			check_time(v[i].t);
	}
	/* random times across years 1..9999, compared with OpenSSL/libc */
	for (i = 0; i < 3000; i++) {
		s64 t;
		struct tm tm;
		time_t tt;
		u32 y, mo, d, h, mi, s;

		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		t = -62135596800LL + (s64)(x % (253402300799ULL + 62135596800ULL));
		check_time(t);
		tt = (time_t)t;
		gmtime_r(&tt, &tm);
		CHECK_EQ(der_civil_from_secs(t, &y, &mo, &d, &h, &mi, &s), 0);
		CHECK(y == (u32)tm.tm_year + 1900 && mo == (u32)tm.tm_mon + 1 &&
		      d == (u32)tm.tm_mday && h == (u32)tm.tm_hour &&
		      mi == (u32)tm.tm_min && s == (u32)tm.tm_sec);
	}
	der_enc_init(&e, buf, sizeof(buf));
	der_put_time(&e, 253402300800LL);
	CHECK_EQ(der_enc_finish(&e, &n), -ERANGE);
	der_enc_init(&e, buf, sizeof(buf));
	der_put_time(&e, -62167219201LL);
	CHECK_EQ(der_enc_finish(&e, &n), -ERANGE);
	der_enc_init(&e, buf, sizeof(buf));
	der_put_generalized_time(&e, 0);
	CHECK_EQ(der_enc_finish(&e, &n), 0);
	CHECK(n == 17 && !memcmp(buf + 2, "19700101000000Z", 15));
}

/* ---- a certificate assembled from the pieces ---------------------------- */

static void test_certificate(void)
{
	static const u8 ecdsa_sha256[] = { 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04,
					   0x03, 0x02 };
	static const u8 opaque_oid[] = { 0x2b, 0x06, 0x01, 0x04, 0x01, 0xd6,
					 0x79, 0x02, 0x01, 0x11 };
	static const u8 opaque_val[] = { 0x30, 0x03, 0x02, 0x01, 0x64 };
	static u8 tbs[2048], cert[2048], sig[128];
	EVP_PKEY *pk = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
	u8 pub[65], serial[] = { 0x01 };
	size_t publen, tbsn, certn, sign_n;
	struct der_enc e;
	X509 *x;
	const u8 *q = cert;
	char cn[64];

	if (!CHECK(pk))
		return;
	EVP_PKEY_get_octet_string_param(pk, OSSL_PKEY_PARAM_PUB_KEY, pub,
					sizeof(pub), &publen);
	der_enc_init(&e, tbs, sizeof(tbs));
	der_begin_seq(&e);
	der_begin_explicit(&e, 0);
	der_put_int(&e, 2);
	der_end(&e);
	der_put_int_bytes(&e, serial, 1);
	der_begin_seq(&e);
	der_put_oid(&e, ecdsa_sha256, sizeof(ecdsa_sha256));
	der_end(&e);
	der_put_name_cn(&e, "Android Keystore Key", 20);
	der_put_validity(&e, 0, 253402300799LL);
	der_put_name_cn(&e, "Android Keystore Key", 20);
	der_put_spki_ec(&e, DER_CURVE_P256, pub, publen);
	der_begin_explicit(&e, 3);
	der_begin_seq(&e);
	der_put_ext_key_usage(&e, 1 << 0 | 1 << 5);	/* sign, keyCertSign */
	der_put_ext_basic_constraints(&e, true, 0);
	der_put_ext(&e, opaque_oid, sizeof(opaque_oid), false, opaque_val,
		    sizeof(opaque_val));
	der_end(&e);
	der_end(&e);
	der_end(&e);
	if (!CHECK_EQ(der_enc_finish(&e, &tbsn), 0))
		goto out;
	sign_n = sign(pk, EVP_sha256(), 0, tbs, tbsn, sig, sizeof(sig));
	CHECK(sign_n > 0);
	der_enc_init(&e, cert, sizeof(cert));
	der_begin_seq(&e);
	der_put_raw(&e, tbs, tbsn);
	der_begin_seq(&e);
	der_put_oid(&e, ecdsa_sha256, sizeof(ecdsa_sha256));
	der_end(&e);
	der_put_bits(&e, sig, sign_n, 0);
	der_end(&e);
	if (!CHECK_EQ(der_enc_finish(&e, &certn), 0))
		goto out;
	x = d2i_X509(NULL, &q, (long)certn);
	if (CHECK(x && q == cert + certn)) {
		CHECK_EQ(X509_verify(x, pk), 1);
		CHECK_EQ(X509_get_key_usage(x),
			 KU_DIGITAL_SIGNATURE | KU_KEY_CERT_SIGN);
		CHECK(X509_get_extension_flags(x) & EXFLAG_CA);
		CHECK_EQ(X509_get_pathlen(x), 0);
		X509_NAME_get_text_by_NID(X509_get_subject_name(x),
					  NID_commonName, cn, sizeof(cn));
		CHECK(!strcmp(cn, "Android Keystore Key"));
		CHECK_EQ(ASN1_TIME_cmp_time_t(X509_get0_notBefore(x), 0), 0);
		{
			ASN1_OBJECT *o = OBJ_txt2obj("1.3.6.1.4.1.11129.2.1.17",
						     1);

			CHECK(o && X509_get_ext_by_OBJ(x, o, -1) >= 0);
			ASN1_OBJECT_free(o);
		}
		X509_free(x);
	}
out:
	EVP_PKEY_free(pk);
}

int main(void)
{
	test_rsa(2048);
	test_rsa(3072);
	test_rsa(4096);
	test_ec("P-224", DER_CURVE_P224, 28);
	test_ec("P-256", DER_CURVE_P256, 32);
	test_ec("P-384", DER_CURVE_P384, 48);
	test_ec("P-521", DER_CURVE_P521, 66);
	test_curve25519("ED25519", DER_ALG_ED25519);
	test_curve25519("X25519", DER_ALG_X25519);
	test_bad_der();
	test_key_wrapper();
	test_encoder();
	test_times();
	test_certificate();
	return check_summary("der");
}
