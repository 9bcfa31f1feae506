// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * lib/kdf: HKDF-SHA256 and CKDF.
 *
 *  - RFC 5869 test cases 1-3 (SHA-256);
 *  - Wycheproof hkdf_sha256_test.json (invalid cases: output too long);
 *  - Wycheproof aes_cmac_test.json against the ops table's aes_cmac (here
 *    the OpenSSL backend; KUnit runs KATs against the kernel backend);
 *  - CKDF: the known answer from the KeyMint reference tests, and random
 *    inputs cross-checked against a straightforward computation with
 *    OpenSSL's CMAC over a concatenated buffer;
 *  - HKDF random inputs cross-checked against OpenSSL's EVP_PKEY_HKDF;
 *  - argument errors leave the output untouched or zeroed as documented.
 */
#include <stdlib.h>

#include <openssl/cmac.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include "check.h"
#include "wyche.h"
#include "ops_openssl.h"
#include "../../lib/kdf/kdf.h"
#include "../../kunit/kdf_vectors.h"

static void rfc5869_cases(void)
{
	u8 ikm[80], salt[80], info[80], prk[32], want_prk[32], okm[82],
	   want[82];
	size_t i;

	for (i = 0; i < ARRAY_SIZE(rfc5869_vecs); i++) {
		const struct rfc5869_vec *c = &rfc5869_vecs[i];
		int il = check_unhex(c->ikm, ikm, sizeof(ikm));
		int sl = check_unhex(c->salt, salt, sizeof(salt));
		int nl = check_unhex(c->info, info, sizeof(info));
		int ol = check_unhex(c->okm, want, sizeof(want));
		struct km_seg seg = { info, (size_t)nl };
		/* The same info split into three pieces. */
		struct km_seg split[3] = {
			{ info, (size_t)nl / 3 },
			{ info + nl / 3, 0 },
			{ info + nl / 3, (size_t)nl - nl / 3 },
		};

		CHECK(il > 0 && sl >= 0 && nl >= 0 && ol > 0);
		CHECK_EQ(check_unhex(c->prk, want_prk, 32), 32);
		CHECK_EQ(km_hkdf_sha256_extract(&km_openssl_ops, salt, sl, ikm,
						il, prk), 0);
		CHECK_MEM(prk, want_prk, 32);
		CHECK_EQ(km_hkdf_sha256_expand(&km_openssl_ops, prk, 32, &seg, 1,
					       okm, ol), 0);
		CHECK_MEM(okm, want, ol);
		memset(okm, 0, sizeof(okm));
		CHECK_EQ(km_hkdf_sha256(&km_openssl_ops, salt, sl, ikm, il,
					split, 3, okm, ol), 0);
		CHECK_MEM(okm, want, ol);
	}
}

static void hkdf_wycheproof(void)
{
	static u8 ikm[1024], salt[1024], info[1024], okm[8192], want[8192];
	struct wyche w;

	if (wyche_open(&w, "hkdf_sha256_test.json")) {
		CHECK(0);
		return;
	}
	while (wyche_next(&w)) {
		int il = wyche_hex(&w, "ikm", ikm, sizeof(ikm));
		int sl = wyche_hex(&w, "salt", salt, sizeof(salt));
		int nl = wyche_hex(&w, "info", info, sizeof(info));
		int ol = wyche_hex(&w, "okm", want, sizeof(want));
		const char *sz = wyche_get(&w, "size");
		long size = sz ? strtol(sz, NULL, 10) : -1;
		struct km_seg seg = { info, (size_t)nl };
		int ret, ok;

		if (il < 0 || sl < 0 || nl < 0 || size < 0 ||
		    size > (long)sizeof(okm)) {
			wyche_tally(&w, 0);
			continue;
		}
		ret = km_hkdf_sha256(&km_openssl_ops, salt, sl, ikm, il, &seg, 1,
				     okm, size);
		if (wyche_is(&w, "valid"))
			ok = !ret && ol == size && !memcmp(okm, want, size);
		else
			ok = ret == -EINVAL;
		wyche_tally(&w, ok);
	}
	wyche_close(&w);
}

static void cmac_wycheproof(void)
{
	static u8 msg[4096];
	u8 key[64], tag[16], want[16];
	struct wyche w;

	if (wyche_open(&w, "aes_cmac_test.json")) {
		CHECK(0);
		return;
	}
	while (wyche_next(&w)) {
		int kl = wyche_hex(&w, "key", key, sizeof(key));
		int ml = wyche_hex(&w, "msg", msg, sizeof(msg));
		int tl = wyche_hex(&w, "tag", want, sizeof(want));
		struct km_seg seg = { msg, (size_t)ml };
		int ret, ok;

		if (kl < 0 || ml < 0 || tl < 0) {
			wyche_tally(&w, 0);
			continue;
		}
		ret = km_openssl_ops.aes_cmac(NULL, key, kl, &seg, 1, tag);
		ok = !ret && tl > 0 && !km_memneq(tag, want, tl);
		if (wyche_is(&w, "valid"))
			wyche_tally(&w, ok);
		else
			wyche_tally(&w, !ok);
	}
	wyche_close(&w);
}

/* Independent CKDF: concatenate the whole input and call OpenSSL CMAC. */
static int ref_ckdf(const u8 *key, size_t kl, const u8 *label, size_t ll,
		    const u8 *ctx, size_t cl, u8 *out, size_t ol)
{
	static u8 buf[8192];
	const EVP_CIPHER *ci = kl == 16 ? EVP_aes_128_cbc() :
			       kl == 24 ? EVP_aes_192_cbc() : EVP_aes_256_cbc();
	size_t n = 0, i, blocks = (ol + 15) / 16;
	u8 t[16];

	for (i = 1; i <= blocks; i++) {
		CMAC_CTX *c = CMAC_CTX_new();
		size_t tl;
		int ok;

		n = 0;
		buf[n++] = i >> 24;
		buf[n++] = i >> 16;
		buf[n++] = i >> 8;
		buf[n++] = i;
		memcpy(buf + n, label, ll);
		n += ll;
		buf[n++] = 0;
		memcpy(buf + n, ctx, cl);
		n += cl;
		buf[n++] = (ol * 8) >> 24;
		buf[n++] = (ol * 8) >> 16;
		buf[n++] = (ol * 8) >> 8;
		buf[n++] = ol * 8;
		ok = c && CMAC_Init(c, key, kl, ci, NULL) &&
		     CMAC_Update(c, buf, n) && CMAC_Final(c, t, &tl);
		CMAC_CTX_free(c);
		if (!ok)
			return -1;
		memcpy(out + (i - 1) * 16, t, min(16, ol - (i - 1) * 16));
	}
	return 0;
}

static void cmac_kats(void)
{
	u8 key[32], msg[64], want[16], tag[16];
	size_t i;

	for (i = 0; i < ARRAY_SIZE(cmac_vecs); i++) {
		int kl = check_unhex(cmac_vecs[i].key, key, sizeof(key));
		int ml = check_unhex(cmac_vecs[i].msg, msg, sizeof(msg));
		struct km_seg seg[2] = { { msg, (size_t)ml / 2 },
					 { msg + ml / 2, (size_t)ml - ml / 2 } };

		CHECK(kl > 0 && ml >= 0);
		CHECK_EQ(check_unhex(cmac_vecs[i].tag, want, 16), 16);
		CHECK_EQ(km_openssl_ops.aes_cmac(NULL, key, kl, seg, 2, tag), 0);
		CHECK_MEM(tag, want, 16);
	}
}

static void ckdf_tests(void)
{
	static const u8 label[] = CKDF_KAT_LABEL;
	const u8 (*v)[4] = ckdf_kat_ctx;
	const u8 *want = ckdf_kat_out;
	const struct km_seg ctx[4] = {
		{ v[0], 4 }, { v[1], 4 }, { v[2], 4 }, { v[3], 4 },
	};
	static u8 cbuf[1024], lbuf[64], out[4096], ref[4096];
	u8 key[32] = { 0 };
	struct km_seg segs[KM_KDF_MAX_SEGS + 1];
	unsigned long i, bad = 0;

	/* Known answer from the KeyMint reference tests (tests/src/lib.rs). */
	CHECK_EQ(km_ckdf(&km_openssl_ops, key, 32, label, 18, ctx, 4, out, 32),
		 0);
	CHECK_MEM(out, want, 32);
	CHECK_EQ(ref_ckdf(key, 32, label, 18, (const u8 *)v, 16, ref, 32), 0);
	CHECK_MEM(ref, want, 32);

	/* Random keys, labels, contexts split in random segments, lengths. */
	for (i = 0; i < 500; i++) {
		u8 r[4];
		size_t kl, ll, cl, ol, off = 0;
		unsigned int ns = 0;

		CHECK(RAND_bytes(r, 4) == 1);
		kl = 16 + 8 * (r[0] % 3);
		ll = r[1] % 40;
		cl = (r[2] * 3) % sizeof(cbuf);
		ol = 1 + (r[3] * 7 + i) % 300;
		CHECK(RAND_bytes(key, 32) == 1 && RAND_bytes(lbuf, 64) == 1 &&
		      RAND_bytes(cbuf, sizeof(cbuf)) == 1);
		while (off < cl && ns < KM_KDF_MAX_SEGS - 1) {
			size_t n = min(cl - off, (size_t)(1 + (r[ns % 4] ^ ns) % 97));

			segs[ns].p = cbuf + off;
			segs[ns++].len = n;
			off += n;
		}
		if (off < cl) {
			segs[ns].p = cbuf + off;
			segs[ns++].len = cl - off;
		}
		CHECK_EQ(km_ckdf(&km_openssl_ops, key, kl, lbuf, ll, segs, ns,
				 out, ol), 0);
		CHECK_EQ(ref_ckdf(key, kl, lbuf, ll, cbuf, cl, ref, ol), 0);
		bad += memcmp(out, ref, ol) != 0;
	}
	CHECK_EQ(bad, 0);

	/* Bad arguments. */
	memset(out, 0x5a, 64);
	CHECK_EQ(km_ckdf(&km_openssl_ops, key, 20, label, 18, ctx, 4, out, 32),
		 -EINVAL);
	CHECK_EQ(km_ckdf(&km_openssl_ops, key, 32, label, 18, ctx, 4, out, 0),
		 -EINVAL);
	CHECK_EQ(km_ckdf(&km_openssl_ops, key, 32, label, 18, ctx, 4, out,
			 KM_CKDF_MAX_OUT + 1), -EINVAL);
	CHECK_EQ(km_ckdf(&km_openssl_ops, key, 32, NULL, 18, ctx, 4, out, 32),
		 -EINVAL);
	CHECK_EQ(km_ckdf(&km_openssl_ops, key, 32, label, 18, NULL, 4, out, 32),
		 -EINVAL);
	CHECK_EQ(km_ckdf(&km_openssl_ops, key, 32, label, 18, segs,
			 KM_KDF_MAX_SEGS + 1, out, 32), -E2BIG);
	CHECK(out[0] == 0x5a && out[31] == 0x5a);
	/* Maximum size works and matches. */
	CHECK_EQ(km_ckdf(&km_openssl_ops, key, 32, label, 18, ctx, 4, out,
			 KM_CKDF_MAX_OUT), 0);
	CHECK_EQ(ref_ckdf(key, 32, label, 18, (const u8 *)v, 16, ref,
			  KM_CKDF_MAX_OUT), 0);
	CHECK_MEM(out, ref, KM_CKDF_MAX_OUT);
}

static int ossl_hkdf(const u8 *salt, size_t sl, const u8 *ikm, size_t il,
		     const u8 *info, size_t nl, u8 *out, size_t ol)
{
	EVP_PKEY_CTX *pc = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, NULL);
	int ok = pc && EVP_PKEY_derive_init(pc) == 1 &&
		 EVP_PKEY_CTX_set_hkdf_md(pc, EVP_sha256()) == 1 &&
		 EVP_PKEY_CTX_set1_hkdf_salt(pc, salt, (int)sl) == 1 &&
		 EVP_PKEY_CTX_set1_hkdf_key(pc, ikm, (int)il) == 1 &&
		 EVP_PKEY_CTX_add1_hkdf_info(pc, info, (int)nl) == 1 &&
		 EVP_PKEY_derive(pc, out, &ol) == 1;

	EVP_PKEY_CTX_free(pc);
	return ok ? 0 : -1;
}

static void hkdf_tests(void)
{
	static u8 ikm[200], salt[200], info[200], out[1100], ref[1100];
	u8 prk[40];
	struct km_seg segs[KM_KDF_MAX_SEGS + 1];
	unsigned long i, bad = 0;

	for (i = 0; i < 300; i++) {
		u8 r[4];
		size_t il, sl, nl, ol;
		struct km_seg s[2];

		CHECK(RAND_bytes(r, 4) == 1);
		il = 1 + r[0] % 199;
		sl = 1 + r[1] % 199;
		nl = r[2] % 200;
		ol = 1 + (r[3] * 5 + i) % 1024;
		CHECK(RAND_bytes(ikm, il) == 1 && RAND_bytes(salt, sl) == 1 &&
		      RAND_bytes(info, 200) == 1);
		s[0].p = info;
		s[0].len = nl / 2;
		s[1].p = info + nl / 2;
		s[1].len = nl - nl / 2;
		CHECK_EQ(km_hkdf_sha256(&km_openssl_ops, salt, sl, ikm, il, s, 2,
					out, ol), 0);
		CHECK_EQ(ossl_hkdf(salt, sl, ikm, il, info, nl, ref, ol), 0);
		bad += memcmp(out, ref, ol) != 0;
	}
	CHECK_EQ(bad, 0);

	/* Bad arguments. */
	memset(prk, 1, sizeof(prk));
	memset(out, 0x5a, 64);
	CHECK_EQ(km_hkdf_sha256_expand(&km_openssl_ops, prk, 31, NULL, 0, out,
				       32), -EINVAL);
	CHECK_EQ(km_hkdf_sha256_expand(&km_openssl_ops, prk, 32, NULL, 0, out,
				       0), -EINVAL);
	CHECK_EQ(km_hkdf_sha256_expand(&km_openssl_ops, prk, 32, NULL, 0, out,
				       KM_HKDF_SHA256_MAX_OUT + 1), -EINVAL);
	CHECK_EQ(km_hkdf_sha256_expand(&km_openssl_ops, prk, 32, NULL, 1, out,
				       32), -EINVAL);
	CHECK_EQ(km_hkdf_sha256_expand(&km_openssl_ops, prk, 32, segs,
				       KM_KDF_MAX_SEGS + 1, out, 32), -E2BIG);
	CHECK_EQ(km_hkdf_sha256_extract(&km_openssl_ops, NULL, 3, ikm, 3, prk),
		 -EINVAL);
	CHECK_EQ(km_hkdf_sha256(&km_openssl_ops, NULL, 0, ikm, 3, NULL, 0, out,
				8161), -EINVAL);
	CHECK(out[0] == 0x5a && out[63] == 0x5a);
	/* A 40-byte PRK is allowed; no info and empty IKM too. */
	CHECK_EQ(km_hkdf_sha256_expand(&km_openssl_ops, prk, 40, NULL, 0, out,
				       32), 0);
	CHECK_EQ(km_hkdf_sha256(&km_openssl_ops, NULL, 0, NULL, 0, NULL, 0, out,
				32), 0);
}

int main(void)
{
	rfc5869_cases();
	hkdf_wycheproof();
	cmac_wycheproof();
	cmac_kats();
	ckdf_tests();
	hkdf_tests();
	return check_summary("kdf");
}
