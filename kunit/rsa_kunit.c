// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit suite keymint_rsa: lib/rsa in the kernel through its exported API,
 * with digests and randomness from the kernel crypto API
 * (km_kernel_crypto_ops()).  Known answers with a fixed RSA-1024 key
 * (rsa_vectors.h): the PKCS #1 v1.5 signature of "abc" is byte-identical
 * to OpenSSL's, OpenSSL's OAEP and PKCS #1 v1.5 ciphertexts decrypt; plus
 * a PSS round trip, the fault check and one key generation.
 */
#include <kunit/test.h>
#include <linux/slab.h>

#include "../lib/rsa/rsa.h"
#include "../drivers/keymint/km_crypto.h"
#include "rsa_vectors.h"

static const u8 rsa_kat_e[] = { 0x01, 0x00, 0x01 };
static const u8 rsa_kat_pt[] = { 'k', 'e', 'y', 'm', 'i', 'n', 't' };

struct rsa_kunit_ctx {
	struct rsa_priv key;
	struct rsa_ws ws;
	u8 buf[3][RSA_MAX_BYTES];
};

static struct rsa_kunit_ctx *rsa_kunit_setup(struct kunit *test)
{
	struct rsa_kunit_ctx *c = kunit_kzalloc(test, sizeof(*c), GFP_KERNEL);
	struct km_seg seg[RSA_NCOMP] = {
		[RSA_COMP_N] = { rsa_kat_n, sizeof(rsa_kat_n) },
		[RSA_COMP_E] = { rsa_kat_e, sizeof(rsa_kat_e) },
		[RSA_COMP_D] = { rsa_kat_d, sizeof(rsa_kat_d) },
		[RSA_COMP_P] = { rsa_kat_p, sizeof(rsa_kat_p) },
		[RSA_COMP_Q] = { rsa_kat_q, sizeof(rsa_kat_q) },
		[RSA_COMP_DP] = { rsa_kat_dp, sizeof(rsa_kat_dp) },
		[RSA_COMP_DQ] = { rsa_kat_dq, sizeof(rsa_kat_dq) },
		[RSA_COMP_QINV] = { rsa_kat_qinv, sizeof(rsa_kat_qinv) },
	};

	KUNIT_ASSERT_NOT_NULL(test, c);
	KUNIT_ASSERT_EQ(test, rsa_import(&c->key, seg, &c->ws), 0);
	KUNIT_ASSERT_EQ(test, rsa_bytes(&c->key), sizeof(rsa_kat_n));
	return c;
}

static void rsa_sign_pkcs1_kat_test(struct kunit *test)
{
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	struct rsa_kunit_ctx *c = rsa_kunit_setup(test);
	struct km_seg msg = { (const u8 *)"abc", 3 };
	size_t k = rsa_bytes(&c->key);
	u8 h[32];

	KUNIT_ASSERT_EQ(test, ops->digest(ops->ctx, KM_DIGEST_SHA_2_256, &msg,
					  1, h), 0);
	KUNIT_ASSERT_EQ(test, rsa_sign_pkcs1(&c->key, KM_DIGEST_SHA_2_256, h,
					     sizeof(h), c->buf[0], ops,
					     &c->ws), 0);
	KUNIT_EXPECT_MEMEQ(test, c->buf[0], rsa_kat_sig_abc, k);
	/* the public operation recovers the encoding */
	KUNIT_ASSERT_EQ(test, rsa_public(rsa_kat_n, k, 65537, c->buf[1],
					 c->buf[0], k, &c->ws), 0);
	KUNIT_ASSERT_EQ(test, rsa_pkcs1_sig_encode(KM_DIGEST_SHA_2_256, h,
						   sizeof(h), c->buf[2], k), 0);
	KUNIT_EXPECT_MEMEQ(test, c->buf[1], c->buf[2], k);
}

static void rsa_decrypt_kat_test(struct kunit *test)
{
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	struct rsa_kunit_ctx *c = rsa_kunit_setup(test);
	size_t k = rsa_bytes(&c->key), outlen = 0;
	u8 *ct = c->buf[1];

	KUNIT_ASSERT_EQ(test, rsa_decrypt_oaep(&c->key, KM_DIGEST_SHA_2_256,
					       KM_DIGEST_SHA_2_256, NULL, 0,
					       rsa_kat_ct_oaep, k, c->buf[0],
					       k, &outlen, ops, &c->ws), 0);
	KUNIT_EXPECT_EQ(test, outlen, sizeof(rsa_kat_pt));
	KUNIT_EXPECT_MEMEQ(test, c->buf[0], rsa_kat_pt, sizeof(rsa_kat_pt));
	/* a different label is a decryption error */
	KUNIT_EXPECT_EQ(test, rsa_decrypt_oaep(&c->key, KM_DIGEST_SHA_2_256,
					       KM_DIGEST_SHA_2_256,
					       rsa_kat_pt, 1, rsa_kat_ct_oaep,
					       k, c->buf[0], k, &outlen, ops,
					       &c->ws), -EBADMSG);

	outlen = 0;
	KUNIT_ASSERT_EQ(test, rsa_decrypt_pkcs1(&c->key, rsa_kat_ct_pkcs1, k,
						c->buf[0], k, &outlen, ops,
						&c->ws), 0);
	KUNIT_EXPECT_EQ(test, outlen, sizeof(rsa_kat_pt));
	KUNIT_EXPECT_MEMEQ(test, c->buf[0], rsa_kat_pt, sizeof(rsa_kat_pt));
	/* the OAEP ciphertext does not decrypt as PKCS #1 v1.5 */
	memcpy(ct, rsa_kat_ct_oaep, k);
	KUNIT_EXPECT_EQ(test, rsa_decrypt_pkcs1(&c->key, ct, k, c->buf[0], k,
						&outlen, ops, &c->ws),
			-EBADMSG);
	/* wrong length is an argument error */
	KUNIT_EXPECT_EQ(test, rsa_decrypt_pkcs1(&c->key, ct, k - 1, c->buf[0],
						k, &outlen, ops, &c->ws),
			-EINVAL);
}

static void rsa_pss_roundtrip_test(struct kunit *test)
{
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	struct rsa_kunit_ctx *c = rsa_kunit_setup(test);
	size_t k = rsa_bytes(&c->key);
	unsigned int embits = c->key.bits - 1;
	u8 h[32];

	memset(h, 0xa5, sizeof(h));
	KUNIT_ASSERT_EQ(test, rsa_sign_pss(&c->key, KM_DIGEST_SHA_2_256, h,
					   sizeof(h), c->buf[0], ops, &c->ws),
			0);
	KUNIT_ASSERT_EQ(test, rsa_public(rsa_kat_n, k, 65537, c->buf[1],
					 c->buf[0], k, &c->ws), 0);
	memcpy(c->buf[2], c->buf[1], k);
	KUNIT_EXPECT_EQ(test, rsa_pss_verify(KM_DIGEST_SHA_2_256, h, sizeof(h),
					     embits, c->buf[1], ops), 0);
	h[0] ^= 1;
	KUNIT_EXPECT_EQ(test, rsa_pss_verify(KM_DIGEST_SHA_2_256, h, sizeof(h),
					     embits, c->buf[2], ops),
			-EKEYREJECTED);
}

static void rsa_fault_check_test(struct kunit *test)
{
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	struct rsa_kunit_ctx *c = rsa_kunit_setup(test);
	size_t k = rsa_bytes(&c->key);

	memset(c->buf[0], 0, k);
	c->buf[0][k - 1] = 7;
	c->key.dq[1] ^= 0x100;
	memset(c->buf[1], 0x5a, k);
	KUNIT_EXPECT_EQ(test, rsa_private(&c->key, c->buf[1], c->buf[0], k,
					  ops, &c->ws), -EIO);
	KUNIT_EXPECT_EQ(test, c->buf[1][0], 0);
	/* an input >= n is rejected */
	KUNIT_EXPECT_EQ(test, rsa_private(&c->key, c->buf[1], rsa_kat_n, k, ops,
					  &c->ws), -EINVAL);
}

static void rsa_keygen_test(struct kunit *test)
{
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	struct rsa_kunit_ctx *c = kunit_kzalloc(test, sizeof(*c), GFP_KERNEL);
	size_t k;
	u8 h[32];

	KUNIT_ASSERT_NOT_NULL(test, c);
	KUNIT_ASSERT_EQ(test, rsa_generate(&c->key, 1024, 65537, ops, &c->ws),
			0);
	KUNIT_EXPECT_EQ(test, c->key.bits, 1024);
	k = rsa_bytes(&c->key);
	memset(h, 0x3c, sizeof(h));
	KUNIT_ASSERT_EQ(test, rsa_sign_pkcs1(&c->key, KM_DIGEST_SHA_2_256, h,
					     sizeof(h), c->buf[0], ops,
					     &c->ws), 0);
	KUNIT_ASSERT_EQ(test, rsa_export(&c->key, RSA_COMP_N, c->buf[2], k), 0);
	KUNIT_ASSERT_EQ(test, rsa_public(c->buf[2], k, 65537, c->buf[1],
					 c->buf[0], k, &c->ws), 0);
	KUNIT_ASSERT_EQ(test, rsa_pkcs1_sig_encode(KM_DIGEST_SHA_2_256, h,
						   sizeof(h), c->buf[2], k), 0);
	KUNIT_EXPECT_MEMEQ(test, c->buf[1], c->buf[2], k);
	KUNIT_EXPECT_EQ(test, rsa_generate(&c->key, 1000, 65537, ops, &c->ws),
			-EOPNOTSUPP);
}

static struct kunit_case rsa_cases[] = {
	KUNIT_CASE(rsa_sign_pkcs1_kat_test),
	KUNIT_CASE(rsa_decrypt_kat_test),
	KUNIT_CASE(rsa_pss_roundtrip_test),
	KUNIT_CASE(rsa_fault_check_test),
	KUNIT_CASE_SLOW(rsa_keygen_test),
	{}
};

static struct kunit_suite rsa_suite = {
	.name = "keymint_rsa",
	.test_cases = rsa_cases,
};

kunit_test_suite(rsa_suite);
