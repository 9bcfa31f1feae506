/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * Known answers for lib/kdf and the AES-CMAC op, transcribed as data and
 * shared by kunit/kdf_kunit.c and tests/unit/kdf_test.c:
 *  - RFC 5869 appendix A test cases 1-3 (HKDF-SHA256);
 *  - RFC 4493 section 4 (AES-128-CMAC) and NIST SP 800-38B appendix D.3
 *    (AES-256-CMAC) examples;
 *  - the CKDF answer of the Android KeyMint reference tests
 *    (key 32 zero bytes, label "KeymasterSharedMac", context 00000000
 *    01010101 02020202 03030303 given as four pieces, 32 bytes out).
 */
#ifndef KEYMINT_KUNIT_KDF_VECTORS_H
#define KEYMINT_KUNIT_KDF_VECTORS_H

/**
 * struct rfc5869_vec - one HKDF-SHA256 case, all fields hex.
 * @ikm: input keying material
 * @salt: salt ("" for none)
 * @info: info ("" for none)
 * @prk: expected pseudorandom key
 * @okm: expected output (its length is the L of the case)
 */
struct rfc5869_vec {
	const char *ikm, *salt, *info, *prk, *okm;
};

static const struct rfc5869_vec rfc5869_vecs[] __maybe_unused = {
	{ "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b",
	  "000102030405060708090a0b0c",
	  "f0f1f2f3f4f5f6f7f8f9",
	  "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5",
	  "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865" },
	{ "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f",
	  "606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeaf",
	  "b0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff",
	  "06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244",
	  "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87" },
	{ "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "", "",
	  "19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04",
	  "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8" },
};

/**
 * struct cmac_vec - one AES-CMAC case, all fields hex.
 * @key: AES key
 * @msg: message ("" for empty)
 * @tag: expected 16-byte tag
 */
struct cmac_vec {
	const char *key, *msg, *tag;
};

#define RFC4493_KEY	"2b7e151628aed2a6abf7158809cf4f3c"
#define SP800_38B_KEY256 \
	"603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"

static const struct cmac_vec cmac_vecs[] __maybe_unused = {
	{ RFC4493_KEY, "", "bb1d6929e95937287fa37d129b756746" },
	{ RFC4493_KEY, "6bc1bee22e409f96e93d7e117393172a",
	  "070a16b46b4d4144f79bdd9dd04a287c" },
	{ RFC4493_KEY,
	  "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411",
	  "dfa66747de9ae63030ca32611497c827" },
	{ RFC4493_KEY,
	  "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
	  "51f0bebf7e3b9d92fc49741779363cfe" },
	{ SP800_38B_KEY256, "", "028962f61b7bf89efc6b551f4667d983" },
	{ SP800_38B_KEY256, "6bc1bee22e409f96e93d7e117393172a",
	  "28a7023f452e8f82bd4bf28d8c37c35c" },
};

/* CKDF known answer (KeyMint reference, tests/src/lib.rs test_ckdf). */
static const u8 ckdf_kat_out[32] __maybe_unused = {
	0xac, 0x9a, 0xf8, 0x8a, 0x02, 0x24, 0x1f, 0x53,
	0xd4, 0x30, 0x56, 0xa4, 0x67, 0x6c, 0x42, 0xee,
	0xf0, 0x68, 0x25, 0x75, 0x5e, 0x41, 0x9e, 0x7b,
	0xd2, 0x0f, 0x4e, 0x57, 0x48, 0x77, 0x17, 0xaa,
};

static const u8 ckdf_kat_ctx[4][4] __maybe_unused = {
	{ 0, 0, 0, 0 }, { 1, 1, 1, 1 }, { 2, 2, 2, 2 }, { 3, 3, 3, 3 },
};

#define CKDF_KAT_LABEL	"KeymasterSharedMac"

#endif /* KEYMINT_KUNIT_KDF_VECTORS_H */
