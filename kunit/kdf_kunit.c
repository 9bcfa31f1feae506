// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit suite keymint_kdf: lib/kdf and the kernel AES-CMAC backend, with
 * the kernel crypto API behind km_kernel_crypto_ops().  RFC 5869 HKDF
 * cases 1-3, RFC 4493 / SP 800-38B AES-CMAC examples, the KeyMint CKDF
 * known answer, and argument errors.
 */
#include <kunit/test.h>
#include <linux/slab.h>

#include "../lib/kdf/kdf.h"
#include "../drivers/keymint/km_crypto.h"
#include "kdf_vectors.h"

/* Decode hex into a test-managed buffer; returns its length. */
static size_t kdf_unhex(struct kunit *test, const char *hex, u8 **out)
{
	size_t n = strlen(hex) / 2;

	*out = kunit_kzalloc(test, n + 1, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, *out);
	KUNIT_ASSERT_EQ(test, hex2bin(*out, hex, n), 0);
	return n;
}

static void rfc5869_desc(const struct rfc5869_vec *v, char *desc)
{
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "okm %.16s...", v->okm);
}

KUNIT_ARRAY_PARAM(kdf_rfc5869, rfc5869_vecs, rfc5869_desc);

static void kdf_hkdf_rfc5869_test(struct kunit *test)
{
	const struct rfc5869_vec *v = test->param_value;
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	u8 *ikm, *salt, *info, *want_prk, *want, *okm, prk[32];
	size_t il, sl, nl, ol;
	struct km_seg seg[2];

	KUNIT_ASSERT_NOT_NULL(test, ops);
	il = kdf_unhex(test, v->ikm, &ikm);
	sl = kdf_unhex(test, v->salt, &salt);
	nl = kdf_unhex(test, v->info, &info);
	ol = kdf_unhex(test, v->okm, &want);
	KUNIT_ASSERT_EQ(test, kdf_unhex(test, v->prk, &want_prk), 32);
	okm = kunit_kzalloc(test, ol, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, okm);

	KUNIT_EXPECT_EQ(test, km_hkdf_sha256_extract(ops, salt, sl, ikm, il,
						     prk), 0);
	KUNIT_EXPECT_MEMEQ(test, prk, want_prk, 32);
	seg[0].p = info;
	seg[0].len = nl / 2;
	seg[1].p = info + nl / 2;
	seg[1].len = nl - nl / 2;
	KUNIT_EXPECT_EQ(test, km_hkdf_sha256_expand(ops, prk, 32, seg, 2, okm,
						    ol), 0);
	KUNIT_EXPECT_MEMEQ(test, okm, want, ol);
	memset(okm, 0, ol);
	KUNIT_EXPECT_EQ(test, km_hkdf_sha256(ops, salt, sl, ikm, il, seg, 2,
					     okm, ol), 0);
	KUNIT_EXPECT_MEMEQ(test, okm, want, ol);
}

static void cmac_desc(const struct cmac_vec *v, char *desc)
{
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "tag %s", v->tag);
}

KUNIT_ARRAY_PARAM(kdf_cmac, cmac_vecs, cmac_desc);

static void kdf_aes_cmac_test(struct kunit *test)
{
	const struct cmac_vec *v = test->param_value;
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	u8 *key, *msg, *want, tag[16];
	size_t kl, ml;
	struct km_seg seg[3];

	KUNIT_ASSERT_NOT_NULL(test, ops);
	kl = kdf_unhex(test, v->key, &key);
	ml = kdf_unhex(test, v->msg, &msg);
	KUNIT_ASSERT_EQ(test, kdf_unhex(test, v->tag, &want), 16);
	/* Whole, then split in three uneven pieces. */
	seg[0].p = msg;
	seg[0].len = ml;
	KUNIT_EXPECT_EQ(test, ops->aes_cmac(ops->ctx, key, kl, seg, 1, tag), 0);
	KUNIT_EXPECT_MEMEQ(test, tag, want, 16);
	seg[0].len = ml / 3;
	seg[1].p = msg + ml / 3;
	seg[1].len = ml / 2 - ml / 3;
	seg[2].p = msg + ml / 2;
	seg[2].len = ml - ml / 2;
	memset(tag, 0, sizeof(tag));
	KUNIT_EXPECT_EQ(test, ops->aes_cmac(ops->ctx, key, kl, seg, 3, tag), 0);
	KUNIT_EXPECT_MEMEQ(test, tag, want, 16);
}

static void kdf_ckdf_test(struct kunit *test)
{
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	static const u8 label[] = CKDF_KAT_LABEL;
	struct km_seg ctx[4];
	u8 key[32] = { 0 }, out[32];
	int i;

	KUNIT_ASSERT_NOT_NULL(test, ops);
	for (i = 0; i < 4; i++) {
		ctx[i].p = ckdf_kat_ctx[i];
		ctx[i].len = 4;
	}
	KUNIT_EXPECT_EQ(test, km_ckdf(ops, key, 32, label, sizeof(label) - 1,
				      ctx, 4, out, 32), 0);
	KUNIT_EXPECT_MEMEQ(test, out, ckdf_kat_out, 32);

	/* Bad arguments change nothing. */
	memset(out, 0x5a, sizeof(out));
	KUNIT_EXPECT_EQ(test, km_ckdf(ops, key, 20, label, sizeof(label) - 1,
				      ctx, 4, out, 32), -EINVAL);
	KUNIT_EXPECT_EQ(test, km_ckdf(ops, key, 32, label, sizeof(label) - 1,
				      ctx, 4, out, 0), -EINVAL);
	KUNIT_EXPECT_EQ(test, km_ckdf(ops, key, 32, label, sizeof(label) - 1,
				      ctx, KM_KDF_MAX_SEGS + 1, out, 32),
			-E2BIG);
	KUNIT_EXPECT_EQ(test, km_hkdf_sha256_expand(ops, key, 31, NULL, 0, out,
						    32), -EINVAL);
	KUNIT_EXPECT_EQ(test, km_hkdf_sha256_expand(ops, key, 32, NULL, 0, out,
						    KM_HKDF_SHA256_MAX_OUT + 1),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, out[0], 0x5a);
	KUNIT_EXPECT_EQ(test, out[31], 0x5a);
}

static struct kunit_case kdf_cases[] = {
	KUNIT_CASE_PARAM(kdf_hkdf_rfc5869_test, kdf_rfc5869_gen_params),
	KUNIT_CASE_PARAM(kdf_aes_cmac_test, kdf_cmac_gen_params),
	KUNIT_CASE(kdf_ckdf_test),
	{}
};

static struct kunit_suite kdf_suite = {
	.name = "keymint_kdf",
	.test_cases = kdf_cases,
};

kunit_test_suite(kdf_suite);
