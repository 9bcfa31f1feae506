// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit suite keymint_cbor: lib/cbor in the kernel, through its exported
 * API only.  Runs the RFC 8949 Appendix A vectors (decode to diagnostic
 * notation, strict mode, structural walk, byte-exact re-encode, every
 * truncation) and the malformed-input table shared with the userspace
 * test, plus depth, accounting and encoder cases.
 */
#include <kunit/test.h>
#include <linux/slab.h>

#include "cbor_rfc8949_vectors.h"

#define CBOR_KUNIT_BUF	256

static void cbor_vec_desc(const struct cbor_vec *v, char *desc)
{
	strscpy(desc, v->hex, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(cbor_rfc, cbor_rfc8949_vecs, cbor_vec_desc);

static void cbor_bad_desc(const struct cbor_bad *v, char *desc)
{
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "%s: %s", v->what, v->hex);
}

KUNIT_ARRAY_PARAM(cbor_bad, cbor_bad_vecs, cbor_bad_desc);

static void cbor_rfc8949_test(struct kunit *test)
{
	const struct cbor_vec *v = test->param_value;
	u8 *in = kunit_kzalloc(test, CBOR_KUNIT_BUF, GFP_KERNEL);
	u8 *out = kunit_kzalloc(test, CBOR_KUNIT_BUF, GFP_KERNEL);
	char *diag = kunit_kzalloc(test, CBOR_KUNIT_BUF, GFP_KERNEL);
	size_t outlen = 0, cut;
	int n;

	KUNIT_ASSERT_NOT_NULL(test, in);
	KUNIT_ASSERT_NOT_NULL(test, out);
	KUNIT_ASSERT_NOT_NULL(test, diag);
	n = cbor_t_unhex(v->hex, in, CBOR_KUNIT_BUF);
	KUNIT_ASSERT_GT(test, n, 0);

	KUNIT_EXPECT_EQ(test, cbor_diag(in, n, 0, diag, CBOR_KUNIT_BUF), 0);
	KUNIT_EXPECT_STREQ(test, diag, v->diag);
	if (v->strict_ok) {
		KUNIT_EXPECT_EQ(test, cbor_diag(in, n, CBOR_DEC_STRICT, diag,
						CBOR_KUNIT_BUF), 0);
		KUNIT_EXPECT_STREQ(test, diag, v->diag);
	} else {
		KUNIT_EXPECT_EQ(test, cbor_diag(in, n, CBOR_DEC_STRICT, diag,
						CBOR_KUNIT_BUF), -EBADMSG);
	}
	KUNIT_EXPECT_EQ(test, cbor_skip_all(in, n, 0), 0);
	KUNIT_EXPECT_EQ(test, cbor_skip_all(in, n, CBOR_DEC_STRICT),
			v->strict_ok ? 0 : -EBADMSG);

	KUNIT_EXPECT_EQ(test, cbor_reencode(in, n, out, CBOR_KUNIT_BUF,
					    &outlen), 0);
	KUNIT_ASSERT_EQ(test, outlen, (size_t)n);
	KUNIT_EXPECT_EQ(test, memcmp(out, in, n), 0);

	for (cut = 0; cut < (size_t)n; cut++) {
		KUNIT_EXPECT_EQ_MSG(test, cbor_skip_all(in, cut, 0), -EBADMSG,
				    "cut at %zu", cut);
		KUNIT_EXPECT_LT(test, cbor_diag(in, cut, 0, diag,
						CBOR_KUNIT_BUF), 0);
	}
}

static void cbor_malformed_test(struct kunit *test)
{
	const struct cbor_bad *v = test->param_value;
	u8 *in = kunit_kzalloc(test, CBOR_KUNIT_BUF, GFP_KERNEL);
	int n;

	KUNIT_ASSERT_NOT_NULL(test, in);
	n = cbor_t_unhex(v->hex, in, CBOR_KUNIT_BUF);
	KUNIT_ASSERT_GT(test, n, 0);
	KUNIT_EXPECT_EQ(test, cbor_skip_all(in, n, 0), v->lax);
	KUNIT_EXPECT_EQ(test, cbor_skip_all(in, n, CBOR_DEC_STRICT),
			v->strict);
}

static void cbor_depth_test(struct kunit *test)
{
	u8 in[40];
	struct cbor_dec d;
	size_t c;
	int i;

	memset(in, 0x81, sizeof(in));
	in[16] = 0x00;
	KUNIT_EXPECT_EQ(test, cbor_skip_all(in, 17, 0), 0);
	in[17] = 0x00;
	in[16] = 0x81;
	KUNIT_EXPECT_EQ(test, cbor_skip_all(in, 18, 0), -E2BIG);

	cbor_dec_init(&d, in, 18, 0);
	for (i = 0; i < CBOR_MAX_DEPTH; i++)
		KUNIT_EXPECT_EQ(test, cbor_enter_array(&d, &c), 0);
	KUNIT_EXPECT_EQ(test, cbor_enter_array(&d, &c), -E2BIG);
	KUNIT_EXPECT_PTR_EQ(test, d.p, (const u8 *)in + CBOR_MAX_DEPTH);

	memset(in, 0x9f, 17);
	memset(in + 17, 0xff, 17);
	KUNIT_EXPECT_EQ(test, cbor_skip_all(in, 34, 0), -E2BIG);
	KUNIT_EXPECT_EQ(test, cbor_skip_all(in + 1, 32, 0), 0);
}

static void cbor_getters_test(struct kunit *test)
{
	/* [0x11, h'00ff', "ab", true, null, 40001(-3)] */
	static const u8 msg[] = {
		0x86, 0x11, 0x42, 0x00, 0xff, 0x62, 'a', 'b', 0xf5, 0xf6,
		0xd9, 0x9c, 0x41, 0x22,
	};
	static const u8 big[] = { 0x1b, 0x80, 0, 0, 0, 0, 0, 0, 0 };
	struct cbor_dec d;
	size_t c, n;
	const u8 *p;
	const char *t;
	u32 u32v;
	s32 s32v;
	s64 s;
	u64 u;
	bool b;

	cbor_dec_init(&d, msg, sizeof(msg), CBOR_DEC_STRICT);
	KUNIT_EXPECT_EQ(test, cbor_enter_array(&d, &c), 0);
	KUNIT_EXPECT_EQ(test, c, 6);
	KUNIT_EXPECT_EQ(test, cbor_get_u32(&d, &u32v), 0);
	KUNIT_EXPECT_EQ(test, u32v, 0x11);
	KUNIT_EXPECT_EQ(test, cbor_get_bytes(&d, &p, &n), 0);
	KUNIT_EXPECT_EQ(test, n, 2);
	KUNIT_EXPECT_PTR_EQ(test, p, msg + 3);
	KUNIT_EXPECT_EQ(test, cbor_get_text(&d, &t, &n), 0);
	KUNIT_EXPECT_EQ(test, n, 2);
	KUNIT_EXPECT_EQ(test, memcmp(t, "ab", 2), 0);
	KUNIT_EXPECT_EQ(test, cbor_get_bool(&d, &b), 0);
	KUNIT_EXPECT_TRUE(test, b);
	KUNIT_EXPECT_EQ(test, cbor_get_null(&d), 0);
	KUNIT_EXPECT_EQ(test, cbor_get_tag(&d, &u), 0);
	KUNIT_EXPECT_EQ(test, u, 40001);
	KUNIT_EXPECT_EQ(test, cbor_get_s32(&d, &s32v), 0);
	KUNIT_EXPECT_EQ(test, s32v, -3);
	KUNIT_EXPECT_EQ(test, cbor_peek(&d), CBOR_T_NONE);
	KUNIT_EXPECT_EQ(test, cbor_get_null(&d), -EPROTO);
	KUNIT_EXPECT_EQ(test, cbor_leave(&d), -EPROTO);	/* sticky */

	cbor_dec_init(&d, msg, sizeof(msg), 0);
	KUNIT_EXPECT_EQ(test, cbor_enter_array(&d, &c), 0);
	KUNIT_EXPECT_EQ(test, cbor_skip(&d), 0);
	KUNIT_EXPECT_EQ(test, cbor_leave(&d), -EPROTO);	/* 5 left */

	cbor_dec_init(&d, msg, sizeof(msg), 0);
	KUNIT_EXPECT_EQ(test, cbor_get_uint(&d, &u), -EPROTO);
	KUNIT_EXPECT_PTR_EQ(test, d.p, (const u8 *)msg);

	cbor_dec_init(&d, big, sizeof(big), 0);
	KUNIT_EXPECT_EQ(test, cbor_get_int(&d, &s), -ERANGE);
	cbor_dec_init(&d, big, sizeof(big), 0);
	KUNIT_EXPECT_EQ(test, cbor_get_uint(&d, &u), 0);
	KUNIT_EXPECT_EQ(test, u, 1ULL << 63);
	KUNIT_EXPECT_EQ(test, cbor_dec_finish(&d), 0);
}

static void cbor_encoder_test(struct kunit *test)
{
	static const u8 want[] = {
		0xa2, 0x01, 0x39, 0x03, 0xe7, 0x63, 'a', 'b', 'c', 0x83,
		0xf5, 0xf4, 0xf6, 0xd9, 0x9c, 0x41, 0x40,
	};
	u8 buf[24];
	struct cbor_enc e;
	size_t n, i;

	cbor_enc_init(&e, buf, sizeof(buf));
	cbor_put_map(&e, 2);
	cbor_put_uint(&e, 1);
	cbor_put_int(&e, -1000);
	cbor_put_cstr(&e, "abc");
	cbor_put_array(&e, 3);
	cbor_put_bool(&e, true);
	cbor_put_bool(&e, false);
	cbor_put_null(&e);
	cbor_put_tag(&e, 40001);
	cbor_put_bytes(&e, NULL, 0);
	KUNIT_EXPECT_EQ(test, cbor_enc_finish(&e, &n), 0);
	KUNIT_ASSERT_EQ(test, n, sizeof(want));
	KUNIT_EXPECT_EQ(test, memcmp(buf, want, sizeof(want)), 0);

	/* too small: keeps counting, writes nothing past the end */
	memset(buf, 0xaa, sizeof(buf));
	cbor_enc_init(&e, buf, 4);
	cbor_put_bytes(&e, "0123456789", 10);
	cbor_put_uint(&e, 1000000);
	KUNIT_EXPECT_EQ(test, cbor_enc_finish(&e, &n), -EMSGSIZE);
	KUNIT_EXPECT_EQ(test, n, 16);
	for (i = 4; i < sizeof(buf); i++)
		KUNIT_EXPECT_EQ(test, buf[i], 0xaa);

	cbor_enc_init(&e, NULL, 0);
	cbor_put_cstr(&e, "hello");
	KUNIT_EXPECT_EQ(test, cbor_enc_finish(&e, &n), -EMSGSIZE);
	KUNIT_EXPECT_EQ(test, n, 6);

	cbor_enc_init(&e, buf, sizeof(buf));
	cbor_put_simple(&e, 28);
	KUNIT_EXPECT_EQ(test, cbor_enc_finish(&e, &n), -EINVAL);
}

static struct kunit_case keymint_cbor_cases[] = {
	KUNIT_CASE_PARAM(cbor_rfc8949_test, cbor_rfc_gen_params),
	KUNIT_CASE_PARAM(cbor_malformed_test, cbor_bad_gen_params),
	KUNIT_CASE(cbor_depth_test),
	KUNIT_CASE(cbor_getters_test),
	KUNIT_CASE(cbor_encoder_test),
	{}
};

static struct kunit_suite keymint_cbor_suite = {
	.name = "keymint_cbor",
	.test_cases = keymint_cbor_cases,
};

kunit_test_suite(keymint_cbor_suite);
