// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit suite keymint_kernel_crypto: the kernel-backed struct
 * km_crypto_ops of keymint.ko (km_kernel_crypto_ops()) against published
 * vectors (FIPS 180 "abc", RFC 4231, RFC 4493) and, for HMAC, against the
 * kernel's own hmac() template over many key and message lengths.
 */
#include <crypto/hash.h>
#include <kunit/test.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "../drivers/keymint/km_crypto.h"

/* An expected output in hex, split in two to keep lines short. */
struct kc_vec {
	enum km_digest alg;
	const char *hex;
	const char *hex2;
};

static void kc_unhex(struct kunit *test, const struct kc_vec *v, u8 *out,
		     size_t *len)
{
	size_t n1 = strlen(v->hex) / 2, n2 = v->hex2 ? strlen(v->hex2) / 2 : 0;

	*len = n1 + n2;
	KUNIT_ASSERT_LE(test, *len, (size_t)KM_MAX_DIGEST_SIZE);
	KUNIT_ASSERT_EQ(test, hex2bin(out, v->hex, n1), 0);
	if (n2)
		KUNIT_ASSERT_EQ(test, hex2bin(out + n1, v->hex2, n2), 0);
}

static void kc_digest_abc(struct kunit *test)
{
	static const struct kc_vec v[] = {
		{ KM_DIGEST_MD5, "900150983cd24fb0d6963f7d28e17f72" },
		{ KM_DIGEST_SHA1, "a9993e364706816aba3e25717850c26c9cd0d89d" },
		{ KM_DIGEST_SHA_2_224,
		  "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7" },
		{ KM_DIGEST_SHA_2_256,
		  "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
		{ KM_DIGEST_SHA_2_384,
		  "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded163",
		  "1a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7" },
		{ KM_DIGEST_SHA_2_512,
		  "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a",
		  "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f" },
	};
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	/* "abc" as three segments, one of them empty */
	const struct km_seg in[] = {
		{ (const u8 *)"a", 1 }, { NULL, 0 }, { (const u8 *)"bc", 2 },
	};
	u8 want[KM_MAX_DIGEST_SIZE], got[KM_MAX_DIGEST_SIZE];
	size_t i, n;

	for (i = 0; i < ARRAY_SIZE(v); i++) {
		kc_unhex(test, &v[i], want, &n);
		KUNIT_EXPECT_EQ(test, n, km_digest_size(v[i].alg));
		memset(got, 0, sizeof(got));
		KUNIT_EXPECT_EQ(test, ops->digest(ops->ctx, v[i].alg, in,
						  ARRAY_SIZE(in), got), 0);
		KUNIT_EXPECT_MEMEQ(test, got, want, n);
	}
}

static void kc_hmac_rfc4231(struct kunit *test)
{
	/* key 0x0b x 20, "Hi There" (RFC 4231 case 1; MD5 from OpenSSL) */
	static const struct kc_vec c1[] = {
		{ KM_DIGEST_MD5, "5ccec34ea9656392457fa1ac27f08fbc" },
		{ KM_DIGEST_SHA_2_256,
		  "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7" },
		{ KM_DIGEST_SHA_2_384,
		  "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec6",
		  "82aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6" },
		{ KM_DIGEST_SHA_2_512,
		  "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde",
		  "daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854" },
	};
	/* key 0xaa x 131 (longer than a block: hashed first), RFC 4231 case 6 */
	static const struct kc_vec c6[] = {
		{ KM_DIGEST_SHA_2_256,
		  "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54" },
		{ KM_DIGEST_SHA_2_512,
		  "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f352",
		  "6b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598" },
	};
	static const char m6[] =
		"Test Using Larger Than Block-Size Key - Hash Key First";
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	const struct km_seg in1[] = { { (const u8 *)"Hi ", 3 },
				      { (const u8 *)"There", 5 } };
	const struct km_seg in6 = { (const u8 *)m6, sizeof(m6) - 1 };
	u8 key[131], want[KM_MAX_DIGEST_SIZE], got[KM_MAX_DIGEST_SIZE];
	size_t i, n;

	memset(key, 0x0b, 20);
	for (i = 0; i < ARRAY_SIZE(c1); i++) {
		kc_unhex(test, &c1[i], want, &n);
		KUNIT_EXPECT_EQ(test, ops->hmac(ops->ctx, c1[i].alg, key, 20,
						in1, ARRAY_SIZE(in1), got), 0);
		KUNIT_EXPECT_MEMEQ(test, got, want, n);
	}
	memset(key, 0xaa, sizeof(key));
	for (i = 0; i < ARRAY_SIZE(c6); i++) {
		kc_unhex(test, &c6[i], want, &n);
		KUNIT_EXPECT_EQ(test, ops->hmac(ops->ctx, c6[i].alg, key,
						sizeof(key), &in6, 1, got), 0);
		KUNIT_EXPECT_MEMEQ(test, got, want, n);
	}
}

/* Our HMAC composition must equal the kernel's hmac() template. */
static void kc_hmac_vs_template(struct kunit *test, enum km_digest alg,
				const char *tmpl)
{
	static const size_t keylens[] = { 0, 1, 31, 64, 65, 127, 128, 129, 200 };
	static const size_t msglens[] = { 0, 1, 55, 56, 63, 64, 65, 111, 112,
					  127, 128, 129, 300 };
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	size_t ds = km_digest_size(alg), k, m;
	u8 want[KM_MAX_DIGEST_SIZE], got[KM_MAX_DIGEST_SIZE];
	struct crypto_shash *tfm;
	u8 *key, *msg;

	key = kunit_kmalloc(test, 200, GFP_KERNEL);
	msg = kunit_kmalloc(test, 300, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, key);
	KUNIT_ASSERT_NOT_NULL(test, msg);
	for (k = 0; k < 200; k++)
		key[k] = k * 7 + 1;
	for (m = 0; m < 300; m++)
		msg[m] = m * 13 + 5;

	tfm = crypto_alloc_shash(tmpl, 0, 0);
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(tfm), "%s unavailable", tmpl);
	for (k = 0; k < ARRAY_SIZE(keylens); k++) {
		for (m = 0; m < ARRAY_SIZE(msglens); m++) {
			struct km_seg in = { msg, msglens[m] };

			/* hmac() refuses an empty key; RFC 2104 allows it */
			if (!keylens[k])
				continue;
			KUNIT_ASSERT_EQ(test, crypto_shash_setkey(tfm, key,
								  keylens[k]), 0);
			KUNIT_ASSERT_EQ(test,
					crypto_shash_tfm_digest(tfm, msg,
								msglens[m],
								want), 0);
			KUNIT_EXPECT_EQ(test, ops->hmac(ops->ctx, alg, key,
							keylens[k], &in, 1,
							got), 0);
			KUNIT_EXPECT_MEMEQ_MSG(test, got, want, ds,
					       "keylen %zu msglen %zu",
					       keylens[k], msglens[m]);
		}
	}
	crypto_free_shash(tfm);
}

static void kc_hmac_sha256_vs_template(struct kunit *test)
{
	kc_hmac_vs_template(test, KM_DIGEST_SHA_2_256, "hmac(sha256)");
}

static void kc_hmac_sha512_vs_template(struct kunit *test)
{
	kc_hmac_vs_template(test, KM_DIGEST_SHA_2_512, "hmac(sha512)");
}

static void kc_cmac_rfc4493(struct kunit *test)
{
	static const u8 k128[16] = {
		0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
		0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c,
	};
	static const u8 m16[16] = {
		0x6b, 0xc1, 0xbe, 0xe2, 0x2e, 0x40, 0x9f, 0x96,
		0xe9, 0x3d, 0x7e, 0x11, 0x73, 0x93, 0x17, 0x2a,
	};
	static const u8 t_empty[16] = {
		0xbb, 0x1d, 0x69, 0x29, 0xe9, 0x59, 0x37, 0x28,
		0x7f, 0xa3, 0x7d, 0x12, 0x9b, 0x75, 0x67, 0x46,
	};
	static const u8 t_m16[16] = {
		0x07, 0x0a, 0x16, 0xb4, 0x6b, 0x4d, 0x41, 0x44,
		0xf7, 0x9b, 0xdd, 0x9d, 0xd0, 0x4a, 0x28, 0x7c,
	};
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	const struct km_seg split[] = { { m16, 5 }, { m16 + 5, 11 } };
	u8 out[16];

	KUNIT_EXPECT_EQ(test, ops->aes_cmac(ops->ctx, k128, 16, NULL, 0, out),
			0);
	KUNIT_EXPECT_MEMEQ(test, out, t_empty, 16);
	KUNIT_EXPECT_EQ(test, ops->aes_cmac(ops->ctx, k128, 16, split, 2, out),
			0);
	KUNIT_EXPECT_MEMEQ(test, out, t_m16, 16);
}

static void kc_random(struct kunit *test)
{
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	u8 a[32], b[32];

	memset(a, 0, sizeof(a));
	memset(b, 0, sizeof(b));
	KUNIT_EXPECT_EQ(test, ops->random(ops->ctx, a, sizeof(a)), 0);
	KUNIT_EXPECT_EQ(test, ops->random(ops->ctx, b, sizeof(b)), 0);
	KUNIT_EXPECT_NE(test, memcmp(a, b, sizeof(a)), 0);
	KUNIT_EXPECT_EQ(test, ops->random(ops->ctx, NULL, 0), 0);
}

static void kc_bad_args(struct kunit *test)
{
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	const struct km_seg null_seg = { NULL, 4 };
	u8 key[16] = { 0 }, out[KM_MAX_DIGEST_SIZE];

	KUNIT_EXPECT_EQ(test, ops->digest(ops->ctx, KM_DIGEST_NONE, NULL, 0,
					  out), -EINVAL);
	KUNIT_EXPECT_EQ(test, ops->digest(ops->ctx, (enum km_digest)7, NULL, 0,
					  out), -EINVAL);
	KUNIT_EXPECT_EQ(test, ops->digest(ops->ctx, KM_DIGEST_SHA_2_256,
					  &null_seg, 1, out), -EINVAL);
	KUNIT_EXPECT_EQ(test, ops->hmac(ops->ctx, KM_DIGEST_NONE, key, 16,
					NULL, 0, out), -EINVAL);
	KUNIT_EXPECT_EQ(test, ops->hmac(ops->ctx, KM_DIGEST_SHA_2_256, NULL, 16,
					NULL, 0, out), -EINVAL);
	KUNIT_EXPECT_EQ(test, ops->aes_cmac(ops->ctx, key, 15, NULL, 0, out),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, ops->aes_cmac(ops->ctx, key, 16, &null_seg, 1,
					    out), -EINVAL);
}

static struct kunit_case keymint_kernel_crypto_cases[] = {
	KUNIT_CASE(kc_digest_abc),
	KUNIT_CASE(kc_hmac_rfc4231),
	KUNIT_CASE(kc_hmac_sha256_vs_template),
	KUNIT_CASE(kc_hmac_sha512_vs_template),
	KUNIT_CASE(kc_cmac_rfc4493),
	KUNIT_CASE(kc_random),
	KUNIT_CASE(kc_bad_args),
	{}
};

static struct kunit_suite keymint_kernel_crypto_suite = {
	.name = "keymint_kernel_crypto",
	.test_cases = keymint_kernel_crypto_cases,
};

kunit_test_suite(keymint_kernel_crypto_suite);
