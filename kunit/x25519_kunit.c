// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit suite keymint_x25519: lib/ed25519's X25519 in the kernel, and the
 * cross-check that justifies using the kernel's own curve25519() (lib/crypto)
 * for KeyMint X25519 keys: both give the RFC 7748 answers, and they agree
 * on random scalar/point pairs (including u with bit 255 set and u >= p)
 * and on the refusal of points of small order.
 */
#include <kunit/test.h>
#include <linux/random.h>
#include <crypto/curve25519.h>

#include "../lib/ed25519/x25519.h"
#include "x25519_vectors.h"

#define X25519_RANDOM_ROUNDS	300

static const u8 x25519_nine[32] = { 9 };

static void x25519_vec_desc(const struct x25519_vec *v, char *desc)
{
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "scalar %.16s...", v->scalar);
}

KUNIT_ARRAY_PARAM(x25519_rfc, x25519_rfc_vecs, x25519_vec_desc);

/* RFC 7748 section 5.2 function vectors, ours and the kernel's. */
static void x25519_rfc7748_test(struct kunit *test)
{
	const struct x25519_vec *v = test->param_value;
	u8 k[32], u[32], want[32], out[32];

	KUNIT_ASSERT_EQ(test, hex2bin(k, v->scalar, 32), 0);
	KUNIT_ASSERT_EQ(test, hex2bin(u, v->u, 32), 0);
	KUNIT_ASSERT_EQ(test, hex2bin(want, v->out, 32), 0);

	memset(out, 0xaa, sizeof(out));
	KUNIT_EXPECT_EQ(test, km_x25519(out, k, u), 0);
	KUNIT_EXPECT_MEMEQ(test, out, want, 32);

	memset(out, 0xaa, sizeof(out));
	KUNIT_EXPECT_TRUE(test, curve25519(out, k, u));
	KUNIT_EXPECT_MEMEQ(test, out, want, 32);
}

/* RFC 7748 section 5.2 iterated test, 1 and 1,000 iterations. */
static void x25519_iterated_test(struct kunit *test)
{
	u8 k[32], u[32], out[32], want1[32], want1000[32];
	int i;

	KUNIT_ASSERT_EQ(test, hex2bin(want1, x25519_iter1, 32), 0);
	KUNIT_ASSERT_EQ(test, hex2bin(want1000, x25519_iter1000, 32), 0);
	memcpy(k, x25519_nine, 32);
	memcpy(u, x25519_nine, 32);
	for (i = 1; i <= 1000; i++) {
		KUNIT_ASSERT_EQ(test, km_x25519(out, k, u), 0);
		memcpy(u, k, 32);
		memcpy(k, out, 32);
		if (i == 1)
			KUNIT_EXPECT_MEMEQ(test, k, want1, 32);
	}
	KUNIT_EXPECT_MEMEQ(test, k, want1000, 32);
}

/* RFC 7748 section 6.1: key pairs and the shared secret, both ways. */
static void x25519_dh_test(struct kunit *test)
{
	u8 a[32], b[32], apub[32], bpub[32], want[32], out[32], kout[32];

	KUNIT_ASSERT_EQ(test, hex2bin(a, x25519_alice_priv, 32), 0);
	KUNIT_ASSERT_EQ(test, hex2bin(b, x25519_bob_priv, 32), 0);

	KUNIT_EXPECT_EQ(test, km_x25519_public_key(apub, a), 0);
	KUNIT_ASSERT_EQ(test, hex2bin(want, x25519_alice_pub, 32), 0);
	KUNIT_EXPECT_MEMEQ(test, apub, want, 32);
	KUNIT_EXPECT_TRUE(test, curve25519_generate_public(kout, a));
	KUNIT_EXPECT_MEMEQ(test, kout, want, 32);

	KUNIT_EXPECT_EQ(test, km_x25519_public_key(bpub, b), 0);
	KUNIT_ASSERT_EQ(test, hex2bin(want, x25519_bob_pub, 32), 0);
	KUNIT_EXPECT_MEMEQ(test, bpub, want, 32);

	KUNIT_ASSERT_EQ(test, hex2bin(want, x25519_shared, 32), 0);
	KUNIT_EXPECT_EQ(test, km_x25519(out, a, bpub), 0);
	KUNIT_EXPECT_MEMEQ(test, out, want, 32);
	KUNIT_EXPECT_EQ(test, km_x25519(out, b, apub), 0);
	KUNIT_EXPECT_MEMEQ(test, out, want, 32);
	KUNIT_EXPECT_TRUE(test, curve25519(kout, b, apub));
	KUNIT_EXPECT_MEMEQ(test, kout, want, 32);
	memzero_explicit(a, sizeof(a));
	memzero_explicit(b, sizeof(b));
}

/* u = p + add (little endian), add < 19. */
static void x25519_p_plus(u8 u[32], u8 add)
{
	memset(u, 0xff, 32);
	u[0] = 0xed + add;
	u[31] = 0x7f;
}

/*
 * Random scalars and points: our public key equals
 * curve25519_generate_public(), our shared secret equals curve25519(),
 * and both refuse exactly the same (all-zero) results.
 */
static void x25519_kernel_agree_test(struct kunit *test)
{
	u8 k[32], u[32], out[32], kout[32];
	int i, ret, mismatch = 0, refused = 0;
	bool kok;

	for (i = 0; i < X25519_RANDOM_ROUNDS; i++) {
		get_random_bytes(k, sizeof(k));
		get_random_bytes(u, sizeof(u));
		if (i % 8 == 5)
			x25519_p_plus(u, u[0] % 19);	/* u >= p */
		if (i % 8 == 6)
			memcpy(u, x25519_nine, 32);

		KUNIT_EXPECT_EQ(test, km_x25519_public_key(out, k), 0);
		KUNIT_EXPECT_TRUE(test, curve25519_generate_public(kout, k));
		mismatch += memcmp(out, kout, 32) != 0;

		memset(out, 0xaa, sizeof(out));
		ret = km_x25519(out, k, u);
		kok = curve25519(kout, k, u);
		mismatch += (ret == 0) != kok;
		mismatch += memcmp(out, kout, 32) != 0;
		refused += ret != 0;
	}
	memzero_explicit(k, sizeof(k));
	kunit_info(test, "%d random rounds, %d mismatches, %d refused by both\n",
		   X25519_RANDOM_ROUNDS, mismatch, refused);
	KUNIT_EXPECT_EQ(test, mismatch, 0);
}

/*
 * Points of small order (0, 1, p - 1, p, p + 1 and the two of order 8,
 * with and without bit 255): both implementations refuse, output zero.
 */
static void x25519_low_order_test(struct kunit *test)
{
	static const char * const order8[] = {
		"e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
		"5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
	};
	static const u8 zero[32];
	u8 k[32], u[32], out[32];
	int i, top;

	KUNIT_ASSERT_EQ(test, hex2bin(k, x25519_rfc_vecs[0].scalar, 32), 0);
	for (i = 0; i < 7; i++) {
		memset(u, 0, 32);
		if (i < 2) {
			KUNIT_ASSERT_EQ(test, hex2bin(u, order8[i], 32), 0);
		} else if (i == 3) {
			u[0] = 1;
		} else if (i > 3) {
			/* p - 1, p, p + 1 */
			x25519_p_plus(u, 0);
			u[0] = 0xec + (i - 4);
		}
		for (top = 0; top < 2; top++) {
			u[31] |= top << 7;
			memset(out, 0xaa, sizeof(out));
			KUNIT_EXPECT_EQ(test, km_x25519(out, k, u), -EINVAL);
			KUNIT_EXPECT_MEMEQ(test, out, zero, 32);
			KUNIT_EXPECT_FALSE(test, curve25519(out, k, u));
			KUNIT_EXPECT_MEMEQ(test, out, zero, 32);
		}
	}
}

static struct kunit_case x25519_test_cases[] = {
	KUNIT_CASE_PARAM(x25519_rfc7748_test, x25519_rfc_gen_params),
	KUNIT_CASE(x25519_iterated_test),
	KUNIT_CASE(x25519_dh_test),
	KUNIT_CASE(x25519_kernel_agree_test),
	KUNIT_CASE(x25519_low_order_test),
	{}
};

static struct kunit_suite x25519_test_suite = {
	.name = "keymint_x25519",
	.test_cases = x25519_test_cases,
};

kunit_test_suite(x25519_test_suite);
