// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * tests/unit/kdf_test.c - lib/kdf: HKDF-SHA256 and CKDF.
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

struct rfc5869 {
	const char *ikm, *salt, *info, *prk, *okm;
};

static const struct rfc5869 rfc_cases[] = {
	{ "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b",
	  "000102030405060708090a0b0c",
	  "f0f1f2f3f4f5f6f7f8f9",
	  "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5",
	  "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
	  "34007208d5b887185865" },
	{ "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
	  "202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f"
	  "404142434445464748494a4b4c4d4e4f",
	  "606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f"
	  "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"
	  "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf",
	  "b0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecf"
	  "d0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeef"
	  "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff",
	  "06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244",
	  "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
	  "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
	  "cc30c58179ec3e87c14c01d5c1f3434f1d87" },
	{ "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "", "",
	  "19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04",
	  "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
	  "9d201395faa4b61a96c8" },
};

static void rfc5869_cases(void)
{
	u8 ikm[80], salt[80], info[80], prk[32], want_prk[32], okm[82],
	   want[82];
	size_t i;

	for (i = 0; i < ARRAY_SIZE(rfc_cases); i++) {
		const struct rfc5869 *c = &rfc_cases[i];
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

static void ckdf_tests(void)
{
	static const u8 want[32] = {
		0xac, 0x9a, 0xf8, 0x8a, 0x02, 0x24, 0x1f, 0x53,
		0xd4, 0x30, 0x56, 0xa4, 0x67, 0x6c, 0x42, 0xee,
		0xf0, 0x68, 0x25, 0x75, 0x5e, 0x41, 0x9e, 0x7b,
		0xd2, 0x0f, 0x4e, 0x57, 0x48, 0x77, 0x17, 0xaa,
	};
	static const u8 label[] = "KeymasterSharedMac";
	static const u8 v[4][4] = {
		{ 0, 0, 0, 0 }, { 1, 1, 1, 1 }, { 2, 2, 2, 2 }, { 3, 3, 3, 3 },
	};
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
	ckdf_tests();
	hkdf_tests();
	return check_summary("kdf");
}
