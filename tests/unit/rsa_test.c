// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * tests/unit/rsa_test.c - lib/rsa against OpenSSL, per key size (1024,
 * 2048, 3072, 4096):
 *  - message rounds with OpenSSL-generated keys, imported alternately
 *    through rsa_import() and as PKCS #8 DER through lib/der (e = 65537,
 *    every third key e = 3): our PKCS #1 v1.5 signatures are
 *    byte-identical to OpenSSL's (all digests and raw), our PSS
 *    signatures verify under OpenSSL and OpenSSL's under ours, OpenSSL's
 *    OAEP and PKCS #1 v1.5 ciphertexts decrypt with ours and ours with
 *    OpenSSL, corrupted ones and wrong labels fail;
 *  - keys we generate pass RSA_check_key and the FIPS 186-5 size checks,
 *    and each goes through a few message rounds;
 *  - argument and key validation, the fault check of the private op;
 *  - Wycheproof: rsa_pkcs1_2048_sig_gen, rsa_oaep_2048_*, rsa_pkcs1_2048
 *    (decryption).
 *
 * Built twice (tests/unit/rsa.mk, UNIT_O2_TESTS): the ASan+UBSan build
 * runs a few dozen rounds, the -O2 build (KM_UNIT_O2, result line
 * "rsa-O2") the large counts of plans[] below.  RSA_MSGS_<bits> and
 * RSA_GEN_<bits> (environment) override the message rounds and generated
 * keys of one size in either build.
 */
#include <stdlib.h>
#include <time.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include "check.h"
#include "wyche.h"
#include "ops_openssl.h"
#include "../../lib/rsa/rsa.h"
#include "../../lib/der/der.h"

#ifndef KM_UNIT_O2
#define KM_UNIT_O2 0
#endif
#define SUITE	(KM_UNIT_O2 ? "rsa-O2" : "rsa")

static struct rsa_ws ws;
static const struct km_crypto_ops *ops = &km_openssl_ops;

static enum km_digest digest_by_name(const char *s)
{
	if (!s)
		return KM_DIGEST_NONE;
	if (!strcmp(s, "SHA-1"))
		return KM_DIGEST_SHA1;
	if (!strcmp(s, "SHA-224"))
		return KM_DIGEST_SHA_2_224;
	if (!strcmp(s, "SHA-256"))
		return KM_DIGEST_SHA_2_256;
	if (!strcmp(s, "SHA-384"))
		return KM_DIGEST_SHA_2_384;
	if (!strcmp(s, "SHA-512"))
		return KM_DIGEST_SHA_2_512;
	return KM_DIGEST_NONE;
}

/* Our key -> OpenSSL RSA. */
static RSA *to_ossl(const struct rsa_priv *key)
{
	BIGNUM *b[RSA_NCOMP];
	u8 buf[RSA_MAX_BYTES];
	RSA *rsa = RSA_new();
	int i;

	for (i = 0; i < RSA_NCOMP; i++) {
		size_t l = rsa_comp_len(key, i);

		rsa_export(key, i, buf, l);
		b[i] = BN_bin2bn(buf, (int)l, NULL);
	}
	RSA_set0_key(rsa, b[RSA_COMP_N], b[RSA_COMP_E], b[RSA_COMP_D]);
	RSA_set0_factors(rsa, b[RSA_COMP_P], b[RSA_COMP_Q]);
	RSA_set0_crt_params(rsa, b[RSA_COMP_DP], b[RSA_COMP_DQ],
			    b[RSA_COMP_QINV]);
	return rsa;
}

/* OpenSSL RSA -> our key through rsa_import(). */
static int from_ossl(struct rsa_priv *key, const RSA *rsa)
{
	const BIGNUM *b[RSA_NCOMP];
	static u8 buf[RSA_NCOMP][RSA_MAX_BYTES];
	struct km_seg seg[RSA_NCOMP];
	int i;

	RSA_get0_key(rsa, &b[RSA_COMP_N], &b[RSA_COMP_E], &b[RSA_COMP_D]);
	RSA_get0_factors(rsa, &b[RSA_COMP_P], &b[RSA_COMP_Q]);
	RSA_get0_crt_params(rsa, &b[RSA_COMP_DP], &b[RSA_COMP_DQ],
			    &b[RSA_COMP_QINV]);
	for (i = 0; i < RSA_NCOMP; i++) {
		seg[i].p = buf[i];
		seg[i].len = BN_bn2bin(b[i], buf[i]);
	}
	return rsa_import(key, seg, &ws);
}

static void hash(enum km_digest alg, const u8 *m, size_t len, u8 *out)
{
	struct km_seg s = { .p = m, .len = len };

	ops->digest(ops->ctx, alg, &s, 1, out);
}

static const enum km_digest all_digests[] = {
	KM_DIGEST_MD5, KM_DIGEST_SHA1, KM_DIGEST_SHA_2_224,
	KM_DIGEST_SHA_2_256, KM_DIGEST_SHA_2_384, KM_DIGEST_SHA_2_512,
};

static int nid_of(enum km_digest alg)
{
	return EVP_MD_type(km_openssl_md(alg));
}

/* A round of sign/verify/encrypt/decrypt checks between us and OpenSSL. */
static void cross_check(const struct rsa_priv *key, RSA *rsa, int rounds)
{
	size_t k = rsa_bytes(key);
	u8 msg[256], h[64], sig[RSA_MAX_BYTES], ref[RSA_MAX_BYTES];
	u8 em[RSA_MAX_BYTES], ct[RSA_MAX_BYTES], pt[RSA_MAX_BYTES];
	unsigned int siglen;
	size_t outlen;
	int i;

	for (i = 0; i < rounds; i++) {
		enum km_digest alg = all_digests[i % 6];
		enum km_digest mgf = all_digests[1 + (i / 6) % 5];
		size_t hlen = km_digest_size(alg), mlen = rand() % sizeof(msg);
		int n;

		RAND_bytes(msg, sizeof(msg));
		hash(alg, msg, mlen, h);

		/* PKCS #1 v1.5 signatures: byte-identical */
		CHECK_EQ(rsa_sign_pkcs1(key, alg, h, hlen, sig, ops, &ws), 0);
		CHECK(RSA_sign(nid_of(alg), h, (unsigned int)hlen, ref,
			       &siglen, rsa) == 1);
		CHECK(siglen == k && !memcmp(sig, ref, k));

		/* raw (KeyMint DIGEST_NONE) */
		mlen = rand() % (k - 11 + 1);
		CHECK_EQ(rsa_sign_pkcs1(key, KM_DIGEST_NONE, msg,
					min(mlen, sizeof(msg)), sig, ops, &ws),
			 0);
		n = RSA_private_encrypt((int)min(mlen, sizeof(msg)), msg, ref,
					rsa, RSA_PKCS1_PADDING);
		CHECK(n == (int)k && !memcmp(sig, ref, k));

		/* PSS, salt = digest length: OpenSSL verifies, so do we */
		if (alg != KM_DIGEST_MD5 && k >= 2 * hlen + 2) {
			CHECK_EQ(rsa_sign_pss(key, alg, h, hlen, sig, ops, &ws),
				 0);
			n = RSA_public_decrypt((int)k, sig, em, rsa,
					       RSA_NO_PADDING);
			CHECK(n == (int)k &&
			      RSA_verify_PKCS1_PSS_mgf1(rsa, h, km_openssl_md(alg),
							km_openssl_md(alg), em,
							(int)hlen) == 1);
			rsa_export(key, RSA_COMP_N, ref, k);
			CHECK_EQ(rsa_public(ref, k, key->e, em, sig, k, &ws), 0);
			CHECK_EQ(rsa_pss_verify(alg, h, hlen, key->bits - 1,
						em + (k - (key->bits + 6) / 8),
						ops), 0);
			/* OpenSSL's PSS signature, we verify */
			CHECK(RSA_padding_add_PKCS1_PSS_mgf1(rsa, em, h,
							     km_openssl_md(alg),
							     km_openssl_md(alg),
							     (int)hlen) == 1);
			n = RSA_private_encrypt((int)k, em, sig, rsa,
						RSA_NO_PADDING);
			CHECK(n == (int)k);
			CHECK_EQ(rsa_public(ref, k, key->e, em, sig, k, &ws), 0);
			CHECK_EQ(rsa_pss_verify(alg, h, hlen, key->bits - 1,
						em + (k - (key->bits + 6) / 8),
						ops), 0);
			/* altered digest */
			h[i % hlen] ^= 0x80;
			CHECK_EQ(rsa_public(ref, k, key->e, em, sig, k, &ws), 0);
			CHECK(rsa_pss_verify(alg, h, hlen, key->bits - 1,
					     em + (k - (key->bits + 6) / 8),
					     ops) != 0);
			h[i % hlen] ^= 0x80;
		}

		/* OAEP: OpenSSL encrypts, we decrypt */
		if (k < 2 * hlen + 2) {	/* SHA-512 with RSA-1024 */
			CHECK_EQ(rsa_oaep_encode(alg, mgf, NULL, 0, msg, 0, em,
						 k, ops), -EMSGSIZE);
			CHECK_EQ(rsa_oaep_decode(alg, mgf, NULL, 0, em, k, pt,
						 sizeof(pt), &outlen, ops),
				 -EINVAL);
		} else if (alg != KM_DIGEST_MD5) {
			mlen = rand() % (k - 2 * hlen - 2 + 1);
			mlen = min(mlen, sizeof(msg));
			CHECK(RSA_padding_add_PKCS1_OAEP_mgf1(em, (int)k, msg,
							      (int)mlen, h, i % 3,
							      km_openssl_md(alg),
							      km_openssl_md(mgf)) == 1);
			CHECK(RSA_public_encrypt((int)k, em, ct, rsa,
						 RSA_NO_PADDING) == (int)k);
			CHECK_EQ(rsa_decrypt_oaep(key, alg, mgf, h, i % 3, ct, k,
						  pt, sizeof(pt), &outlen, ops,
						  &ws), 0);
			CHECK(outlen == mlen && !memcmp(pt, msg, mlen));
			/* wrong label, wrong mgf, corrupted ciphertext */
			CHECK_EQ(rsa_decrypt_oaep(key, alg, mgf, h, i % 3 + 1,
						  ct, k, pt, sizeof(pt), &outlen,
						  ops, &ws), -EBADMSG);
			ct[rand() % k] ^= 1 << (rand() % 8);
			n = rsa_decrypt_oaep(key, alg, mgf, h, i % 3, ct, k, pt,
					     sizeof(pt), &outlen, ops, &ws);
			CHECK(n == -EBADMSG || n == -EINVAL);
			/* and the other way round */
			CHECK_EQ(rsa_oaep_encode(alg, mgf, NULL, 0, msg, mlen,
						 em, k, ops), 0);
			rsa_export(key, RSA_COMP_N, ref, k);
			CHECK_EQ(rsa_public(ref, k, key->e, ct, em, k, &ws), 0);
			n = RSA_private_decrypt((int)k, ct, em, rsa,
						RSA_NO_PADDING);
			CHECK(n == (int)k);
			n = RSA_padding_check_PKCS1_OAEP_mgf1(pt, (int)k,
							      em + 1,
							      (int)k - 1,
							      (int)k, NULL, 0,
							      km_openssl_md(alg),
							      km_openssl_md(mgf));
			CHECK(n == (int)mlen && !memcmp(pt, msg, mlen));
		}

		/* PKCS #1 v1.5 encryption */
		mlen = rand() % (k - 11 + 1);
		mlen = min(mlen, sizeof(msg));
		CHECK(RSA_public_encrypt((int)mlen, msg, ct, rsa,
					 RSA_PKCS1_PADDING) == (int)k);
		CHECK_EQ(rsa_decrypt_pkcs1(key, ct, k, pt, sizeof(pt), &outlen,
					   ops, &ws), 0);
		CHECK(outlen == mlen && !memcmp(pt, msg, mlen));
		ct[rand() % k] ^= 1 << (rand() % 8);
		n = rsa_decrypt_pkcs1(key, ct, k, pt, sizeof(pt), &outlen, ops,
				      &ws);
		/* a corrupted ciphertext may (rarely) still pad correctly */
		CHECK(n == -EBADMSG || n == -EINVAL ||
		      (n == 0 && (outlen != mlen || memcmp(pt, msg, mlen))));
		CHECK_EQ(rsa_pkcs1_enc_encode(msg, mlen, em, k, ops), 0);
		rsa_export(key, RSA_COMP_N, ref, k);
		CHECK_EQ(rsa_public(ref, k, key->e, ct, em, k, &ws), 0);
		n = RSA_private_decrypt((int)k, ct, pt, rsa, RSA_PKCS1_PADDING);
		CHECK(n == (int)mlen && !memcmp(pt, msg, mlen));
	}
}

static void test_keygen(unsigned int bits, u64 e, int rounds)
{
	static struct rsa_priv key;
	RSA *rsa;

	if (!CHECK_EQ(rsa_generate(&key, bits, e, ops, &ws), 0) ||
	    !CHECK_EQ(key.bits, bits))
		return;
	CHECK_EQ(key.e, e);
	rsa = to_ossl(&key);
	CHECK(RSA_check_key(rsa) == 1);
	ERR_clear_error();
	/* FIPS 186-5 extras: d > 2^(nlen/2), |p - q| > 2^(nlen/2 - 100) */
	{
		const BIGNUM *p, *q, *d;
		BIGNUM *t = BN_new();

		RSA_get0_factors(rsa, &p, &q);
		RSA_get0_key(rsa, NULL, NULL, &d);
		CHECK(BN_num_bits(d) > (int)bits / 2);
		BN_sub(t, p, q);
		BN_set_negative(t, 0);
		CHECK(BN_num_bits(t) > (int)bits / 2 - 100);
		CHECK(BN_num_bits(p) == (int)bits / 2 &&
		      BN_num_bits(q) == (int)bits / 2);
		BN_free(t);
	}
	cross_check(&key, rsa, rounds);
	RSA_free(rsa);
}

static void test_errors(void)
{
	static struct rsa_priv key, bad;
	u8 in[RSA_MAX_BYTES], out[RSA_MAX_BYTES], n[RSA_MAX_BYTES];
	size_t k, outlen;
	BIGNUM *be = BN_new();
	RSA *rsa = RSA_new();

	BN_set_word(be, 65537);
	RSA_generate_key_ex(rsa, 2048, be, NULL);
	CHECK_EQ(from_ossl(&key, rsa), 0);
	k = rsa_bytes(&key);
	CHECK_EQ(k, 256);
	rsa_export(&key, RSA_COMP_N, n, k);

	/* input >= n, wrong lengths */
	CHECK_EQ(rsa_private(&key, out, n, k, ops, &ws), -EINVAL);
	memset(in, 0xff, k);
	CHECK_EQ(rsa_private(&key, out, in, k, ops, &ws), -EINVAL);
	CHECK_EQ(rsa_private(&key, out, in, k - 1, ops, &ws), -EINVAL);
	CHECK_EQ(rsa_public(n, k, 65537, out, n, k, &ws), -EINVAL);
	CHECK_EQ(rsa_public(n, k, 65537, out, in, k + 1, &ws), -EINVAL);
	/* zero and one are fixed points */
	memset(in, 0, k);
	CHECK_EQ(rsa_private(&key, out, in, k, ops, &ws), 0);
	CHECK(!memcmp(in, out, k));
	in[k - 1] = 1;
	CHECK_EQ(rsa_private(&key, out, in, k, ops, &ws), 0);
	CHECK(!memcmp(in, out, k));

	/* a corrupted CRT exponent is caught before the result leaves */
	bad = key;
	bad.dp[3] ^= 0x10;
	in[5] = 0x42;
	memset(out, 0x5a, k);
	CHECK_EQ(rsa_private(&bad, out, in, k, ops, &ws), -EIO);
	CHECK(out[0] == 0 && out[k - 1] == 0);
	bad = key;
	bad.qinv[0] ^= 1;
	CHECK_EQ(rsa_private(&bad, out, in, k, ops, &ws), -EIO);

	/* encodings that do not fit */
	CHECK_EQ(rsa_sign_pkcs1(&key, KM_DIGEST_NONE, in, k - 10, out, ops,
				&ws), -EMSGSIZE);
	CHECK_EQ(rsa_sign_pkcs1(&key, KM_DIGEST_SHA_2_256, in, 31, out, ops,
				&ws), -EINVAL);
	CHECK_EQ(rsa_oaep_encode(KM_DIGEST_SHA_2_512, KM_DIGEST_SHA1, NULL, 0,
				 in, k - 2 * 64 - 1, out, k, ops), -EMSGSIZE);
	CHECK_EQ(rsa_pkcs1_enc_encode(in, k - 10, out, k, ops), -EMSGSIZE);
	CHECK_EQ(rsa_pkcs1_enc_decode(in, k, out, k - 12, &outlen),
		 -EMSGSIZE);
	/* PKCS #1 v1.5 decode edge cases */
	memset(in, 0x11, k);
	in[0] = 0;
	in[1] = 2;
	in[9] = 0;	/* separator after only 7 padding bytes */
	CHECK_EQ(rsa_pkcs1_enc_decode(in, k, out, k, &outlen), -EBADMSG);
	in[9] = 0x11;
	in[10] = 0;	/* 8 padding bytes: fine */
	CHECK_EQ(rsa_pkcs1_enc_decode(in, k, out, k, &outlen), 0);
	CHECK_EQ(outlen, k - 11);
	in[10] = 0x11;	/* no separator */
	CHECK_EQ(rsa_pkcs1_enc_decode(in, k, out, k, &outlen), -EBADMSG);
	in[k - 1] = 0;	/* empty message */
	CHECK_EQ(rsa_pkcs1_enc_decode(in, k, out, k, &outlen), 0);
	CHECK_EQ(outlen, 0);
	in[1] = 1;
	CHECK_EQ(rsa_pkcs1_enc_decode(in, k, out, k, &outlen), -EBADMSG);

	/* key validation */
	{
		struct km_seg seg[RSA_NCOMP];
		static u8 buf[RSA_NCOMP][RSA_MAX_BYTES];
		int i;

		for (i = 0; i < RSA_NCOMP; i++) {
			seg[i].p = buf[i];
			seg[i].len = rsa_comp_len(&key, i);
			rsa_export(&key, i, buf[i], seg[i].len);
		}
		CHECK_EQ(rsa_import(&bad, seg, &ws), 0);
		CHECK(!memcmp(&bad, &key, sizeof(bad)));
		buf[RSA_COMP_P][10] ^= 4;	/* n != p * q */
		CHECK_EQ(rsa_import(&bad, seg, &ws), -EINVAL);
		CHECK(bad.nl == 0);
		buf[RSA_COMP_P][10] ^= 4;
		buf[RSA_COMP_E][7] = 0x10;	/* even e */
		CHECK_EQ(rsa_import(&bad, seg, &ws), -EINVAL);
		buf[RSA_COMP_E][7] = 0x01;
		seg[RSA_COMP_N].len = 10;
		CHECK_EQ(rsa_import(&bad, seg, &ws), -EOPNOTSUPP);
	}
	CHECK_EQ(rsa_generate(&bad, 2000, 65537, ops, &ws), -EOPNOTSUPP);
	CHECK_EQ(rsa_generate(&bad, 2048, 65536, ops, &ws), -EINVAL);
	CHECK_EQ(rsa_generate(&bad, 2048, 1, ops, &ws), -EINVAL);
	RSA_free(rsa);
	BN_free(be);
}

/*
 * An OpenSSL-generated key, imported into ours through rsa_import() from
 * its numbers or (@der) as PKCS #8 DER parsed by lib/der, then @rounds
 * message rounds.
 */
static void test_imported(unsigned int bits, u64 e, int der, int rounds)
{
	static struct rsa_priv key;
	static u8 buf[4096];
	struct km_seg seg[RSA_NCOMP];
	struct der_rsa_priv rp;
	struct der_pkcs8 p8;
	BIGNUM *be = BN_new();
	RSA *rsa = RSA_new();
	EVP_PKEY *pk;
	PKCS8_PRIV_KEY_INFO *p8i;
	u8 *q = buf;
	int len;

	BN_set_word(be, e);
	if (!CHECK(RSA_generate_key_ex(rsa, (int)bits, be, NULL) == 1))
		goto out;
	if (!der) {
		CHECK_EQ(from_ossl(&key, rsa), 0);
		goto check;
	}
	pk = EVP_PKEY_new();
	EVP_PKEY_set1_RSA(pk, rsa);
	p8i = EVP_PKEY2PKCS8(pk);
	len = p8i ? i2d_PKCS8_PRIV_KEY_INFO(p8i, NULL) : -1;
	if (CHECK(len > 0 && len <= (int)sizeof(buf)))
		len = i2d_PKCS8_PRIV_KEY_INFO(p8i, &q);
	PKCS8_PRIV_KEY_INFO_free(p8i);
	EVP_PKEY_free(pk);
	if (!CHECK(len > 0 && len <= (int)sizeof(buf)))
		goto out;
	CHECK_EQ(der_parse_pkcs8(buf, len, &p8), 0);
	CHECK_EQ(p8.algid.alg, DER_ALG_RSA);
	CHECK_EQ(der_parse_rsa_private(p8.key, p8.key_len, &rp), 0);
	seg[RSA_COMP_N] = (struct km_seg){ rp.n.p, rp.n.n };
	seg[RSA_COMP_E] = (struct km_seg){ rp.e.p, rp.e.n };
	seg[RSA_COMP_D] = (struct km_seg){ rp.d.p, rp.d.n };
	seg[RSA_COMP_P] = (struct km_seg){ rp.p.p, rp.p.n };
	seg[RSA_COMP_Q] = (struct km_seg){ rp.q.p, rp.q.n };
	seg[RSA_COMP_DP] = (struct km_seg){ rp.dp.p, rp.dp.n };
	seg[RSA_COMP_DQ] = (struct km_seg){ rp.dq.p, rp.dq.n };
	seg[RSA_COMP_QINV] = (struct km_seg){ rp.qinv.p, rp.qinv.n };
	CHECK_EQ(rsa_import(&key, seg, &ws), 0);
check:
	CHECK_EQ(key.bits, bits);
	CHECK_EQ(key.e, e);
	if (key.bits == bits)
		cross_check(&key, rsa, rounds);
out:
	RSA_free(rsa);
	BN_free(be);
}

/* Wycheproof: the private key comes as PKCS #8; decode with OpenSSL. */
static int wyche_key(const struct wyche *w, struct rsa_priv *key)
{
	static u8 der[4096];
	const u8 *p = der;
	int n = wyche_hex(w, "privateKeyPkcs8", der, sizeof(der)), ret;
	EVP_PKEY *pk;
	RSA *rsa;

	if (n < 0)
		return -1;
	pk = d2i_AutoPrivateKey(NULL, &p, n);
	if (!pk)
		return -1;
	rsa = EVP_PKEY_get1_RSA(pk);
	ret = rsa ? from_ossl(key, rsa) : -1;
	RSA_free(rsa);
	EVP_PKEY_free(pk);
	return ret;
}

static void wyche_sig_gen(const char *file)
{
	static struct rsa_priv key;
	static u8 msg[4096], sig[RSA_MAX_BYTES], out[RSA_MAX_BYTES];
	struct wyche w;

	if (wyche_open(&w, file)) {
		CHECK(0);
		return;
	}
	while (wyche_next(&w)) {
		enum km_digest alg = digest_by_name(wyche_get(&w, "sha"));
		int ml = wyche_hex(&w, "msg", msg, sizeof(msg));
		int sl = wyche_hex(&w, "sig", sig, sizeof(sig));
		u8 h[64];
		int ok;

		if (wyche_key(&w, &key) || ml < 0 || sl < 0 ||
		    alg == KM_DIGEST_NONE) {
			wyche_tally(&w, 0);
			continue;
		}
		hash(alg, msg, ml, h);
		ok = rsa_sign_pkcs1(&key, alg, h, km_digest_size(alg), out,
				    ops, &ws) == 0 &&
		     (size_t)sl == rsa_bytes(&key) && !memcmp(out, sig, sl);
		/* every case in this file is valid or acceptable */
		wyche_tally(&w, ok == !wyche_is(&w, "invalid"));
	}
	wyche_close(&w);
}

static void wyche_decrypt(const char *file, int oaep)
{
	static struct rsa_priv key;
	static u8 msg[RSA_MAX_BYTES], ct[RSA_MAX_BYTES + 8],
		out[RSA_MAX_BYTES], label[1024];
	struct wyche w;

	if (wyche_open(&w, file)) {
		CHECK(0);
		return;
	}
	while (wyche_next(&w)) {
		enum km_digest alg = digest_by_name(wyche_get(&w, "sha"));
		enum km_digest mgf = digest_by_name(wyche_get(&w, "mgfSha"));
		int ml = wyche_hex(&w, "msg", msg, sizeof(msg));
		int cl = wyche_hex(&w, "ct", ct, sizeof(ct));
		int ll = oaep ? wyche_hex(&w, "label", label, sizeof(label)) : 0;
		size_t outlen = 0;
		int ret, ok;

		if (wyche_key(&w, &key) || ml < 0 || cl < 0 || ll < 0) {
			wyche_tally(&w, 0);
			continue;
		}
		if (oaep)
			ret = rsa_decrypt_oaep(&key, alg, mgf, label, ll, ct, cl,
					       out, sizeof(out), &outlen, ops,
					       &ws);
		else
			ret = rsa_decrypt_pkcs1(&key, ct, cl, out, sizeof(out),
						&outlen, ops, &ws);
		ok = ret == 0 && outlen == (size_t)ml && !memcmp(out, msg, ml);
		if (wyche_is(&w, "valid"))
			wyche_tally(&w, ok);
		else	/* invalid: must fail, with the one error or a bad length */
			wyche_tally(&w, ret == -EBADMSG || ret == -EINVAL);
	}
	wyche_close(&w);
}

/*
 * Per key size: message rounds spread over imported OpenSSL keys (at most
 * MSGS_PER_KEY each), then keys we generate, each with GEN_MSGS rounds.
 * The -O2 counts fit about two minutes of one core; the ASan+UBSan build
 * covers the same paths with far fewer.
 */
#define MSGS_PER_KEY	100
#define GEN_MSGS	3

struct plan {
	unsigned int bits;
	int msgs, gen;		/* ASan+UBSan build */
	int msgs_o2, gen_o2;	/* -O2 build */
};

static const struct plan plans[] = {
	{ 1024, 60, 2, 1000, 20 },
	{ 2048, 72, 3, 1000, 100 },
	{ 3072, 9, 1, 300, 10 },
	{ 4096, 3, 1, 100, 5 },
};

static int count(const char *what, unsigned int bits, int def)
{
	char name[32];
	const char *e;

	snprintf(name, sizeof(name), "RSA_%s_%u", what, bits);
	e = getenv(name);
	return e && *e ? atoi(e) : def;
}

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void run_plan(const struct plan *pl)
{
	int msgs = count("MSGS", pl->bits, KM_UNIT_O2 ? pl->msgs_o2 : pl->msgs);
	int gen = count("GEN", pl->bits, KM_UNIT_O2 ? pl->gen_o2 : pl->gen);
	int nkeys = (msgs + MSGS_PER_KEY - 1) / MSGS_PER_KEY, j, done = 0;
	unsigned long failed = check_failed;
	double t0 = now(), t1;

	if (nkeys < 3 && msgs > 0)	/* both import paths, e = 3 */
		nkeys = min(msgs, 3);
	for (j = 0; j < nkeys; j++) {
		int r = (msgs - done) / (nkeys - j);

		test_imported(pl->bits, j % 3 == 2 ? 3 : 65537, j % 2, r);
		done += r;
	}
	t1 = now();
	for (j = 0; j < gen; j++)
		test_keygen(pl->bits, j % 4 == 1 ? 3 : 65537, GEN_MSGS);
	printf("%s %u: %d message rounds over %d imported keys (%.1f s), ",
	       SUITE, pl->bits, done, nkeys, t1 - t0);
	printf("%d generated keys x %d rounds (%.1f s), %lu failed checks\n",
	       gen, GEN_MSGS, now() - t1, check_failed - failed);
	fflush(stdout);
}

int main(void)
{
	size_t i;

	srand(1234);
	test_errors();
	for (i = 0; i < ARRAY_SIZE(plans); i++)
		run_plan(&plans[i]);
	wyche_sig_gen("rsa_pkcs1_2048_sig_gen_test.json");
	wyche_decrypt("rsa_oaep_2048_sha1_mgf1sha1_test.json", 1);
	wyche_decrypt("rsa_oaep_2048_sha256_mgf1sha1_test.json", 1);
	wyche_decrypt("rsa_oaep_2048_sha256_mgf1sha256_test.json", 1);
	wyche_decrypt("rsa_pkcs1_2048_test.json", 0);
	return check_summary(SUITE);
}
