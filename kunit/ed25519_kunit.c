// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit suite keymint_ed25519: lib/ed25519 in the kernel with SHA-512 from
 * the kernel crypto API (km_kernel_crypto_ops()).  RFC 8032 section 7.1
 * known answers (public key, signature, verification), rejection of
 * corrupted signatures, S >= L and non-canonical or small-order keys.
 */
#include <kunit/test.h>
#include <linux/slab.h>

#include "../lib/ed25519/ed25519.h"
#include "../drivers/keymint/km_crypto.h"
#include "ed25519_vectors.h"

static void ed25519_vec_desc(const struct rfc_vec *v, char *desc)
{
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "seed %.16s...", v->seed);
}

KUNIT_ARRAY_PARAM(ed25519_rfc, rfc_vecs, ed25519_vec_desc);

static void ed25519_rfc8032_test(struct kunit *test)
{
	const struct rfc_vec *v = test->param_value;
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	struct km_ed25519_ws *ws = kunit_kzalloc(test, sizeof(*ws), GFP_KERNEL);
	const char *mhex = v->msg ? v->msg : rfc_msg1023;
	size_t mlen = strlen(mhex) / 2;
	u8 *msg = kunit_kzalloc(test, mlen + 1, GFP_KERNEL);
	u8 seed[32], pub[32], want_pub[32], sig[64], want_sig[64];
	struct km_ed25519_key key;

	KUNIT_ASSERT_NOT_NULL(test, ops);
	KUNIT_ASSERT_NOT_NULL(test, ws);
	KUNIT_ASSERT_NOT_NULL(test, msg);
	KUNIT_ASSERT_EQ(test, hex2bin(seed, v->seed, 32), 0);
	KUNIT_ASSERT_EQ(test, hex2bin(want_pub, v->pub, 32), 0);
	KUNIT_ASSERT_EQ(test, hex2bin(want_sig, v->sig, 64), 0);
	KUNIT_ASSERT_EQ(test, hex2bin(msg, mhex, mlen), 0);

	KUNIT_EXPECT_EQ(test, km_ed25519_public_key(ops, seed, pub), 0);
	KUNIT_EXPECT_MEMEQ(test, pub, want_pub, 32);
	KUNIT_EXPECT_EQ(test, km_ed25519_sign(ops, seed, msg, mlen, sig), 0);
	KUNIT_EXPECT_MEMEQ(test, sig, want_sig, 64);
	KUNIT_EXPECT_EQ(test, km_ed25519_expand(ops, seed, &key), 0);
	KUNIT_EXPECT_MEMEQ(test, key.pub, want_pub, 32);
	KUNIT_EXPECT_EQ(test, km_ed25519_sign_key(ops, &key, msg, mlen, sig), 0);
	KUNIT_EXPECT_MEMEQ(test, sig, want_sig, 64);
	memzero_explicit(&key, sizeof(key));

	KUNIT_EXPECT_EQ(test, km_ed25519_verify(ops, ws, want_pub, msg, mlen,
						want_sig), 0);
	/* One flipped bit anywhere must fail. */
	want_sig[5] ^= 0x10;
	KUNIT_EXPECT_EQ(test, km_ed25519_verify(ops, ws, want_pub, msg, mlen,
						want_sig), -EKEYREJECTED);
	want_sig[5] ^= 0x10;
	want_sig[40] ^= 0x01;
	KUNIT_EXPECT_NE(test, km_ed25519_verify(ops, ws, want_pub, msg, mlen,
						want_sig), 0);
	want_sig[40] ^= 0x01;
	/* The message grows by one byte: no longer the signed message. */
	KUNIT_EXPECT_EQ(test, km_ed25519_verify(ops, ws, want_pub, msg,
						mlen + 1, want_sig),
			-EKEYREJECTED);
}

static void ed25519_reject_test(struct kunit *test)
{
	static const u8 l[32] = {
		0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58,
		0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
	};
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	struct km_ed25519_ws *ws = kunit_kzalloc(test, sizeof(*ws), GFP_KERNEL);
	u8 pub[32], sig[64], enc[32];

	KUNIT_ASSERT_NOT_NULL(test, ws);
	KUNIT_ASSERT_EQ(test, hex2bin(pub, rfc_vecs[0].pub, 32), 0);
	KUNIT_ASSERT_EQ(test, hex2bin(sig, rfc_vecs[0].sig, 64), 0);
	KUNIT_EXPECT_EQ(test, km_ed25519_check_public_key(pub), 0);

	/* S = L is not a canonical scalar. */
	memcpy(sig + 32, l, 32);
	KUNIT_EXPECT_EQ(test, km_ed25519_verify(ops, ws, pub, NULL, 0, sig),
			-EBADMSG);

	/* y = p: non-canonical encoding of y = 0. */
	memset(enc, 0xff, 32);
	enc[0] = 0xed;
	enc[31] = 0x7f;
	KUNIT_EXPECT_EQ(test, km_ed25519_check_public_key(enc), -EINVAL);
	/* The identity (small order) and x = 0 with the sign bit set. */
	memset(enc, 0, 32);
	enc[0] = 1;
	KUNIT_EXPECT_EQ(test, km_ed25519_check_public_key(enc), -EINVAL);
	enc[31] = 0x80;
	KUNIT_EXPECT_EQ(test, km_ed25519_check_public_key(enc), -EINVAL);
	/* y = 2 is not on the curve. */
	memset(enc, 0, 32);
	enc[0] = 2;
	KUNIT_EXPECT_EQ(test, km_ed25519_check_public_key(enc), -EINVAL);
	/* With a canonical S, the bad key is what verify reports. */
	KUNIT_ASSERT_EQ(test, hex2bin(sig, rfc_vecs[0].sig, 64), 0);
	KUNIT_EXPECT_EQ(test, km_ed25519_verify(ops, ws, enc, NULL, 0, sig),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, km_ed25519_verify(ops, ws, pub, NULL, 0, sig), 0);
}

static struct kunit_case ed25519_cases[] = {
	KUNIT_CASE_PARAM(ed25519_rfc8032_test, ed25519_rfc_gen_params),
	KUNIT_CASE(ed25519_reject_test),
	{}
};

static struct kunit_suite ed25519_suite = {
	.name = "keymint_ed25519",
	.test_cases = ed25519_cases,
};

kunit_test_suite(ed25519_suite);
