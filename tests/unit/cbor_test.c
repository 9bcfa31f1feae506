// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * Userspace unit test of lib/cbor: RFC 8949 Appendix A vectors (decode to
 * diagnostic notation, re-encode byte for byte), malformed input (every
 * truncation of every vector, the categories of RFC 8949 Appendix F),
 * typed getters, container accounting and the encoder's size counting.
 */
#include <stdlib.h>

#include "tests/unit/check.h"
#include "kunit/cbor_rfc8949_vectors.h"

#define BUFSZ 512

static void test_rfc_vectors(void)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(cbor_rfc8949_vecs); i++) {
		const struct cbor_vec *v = &cbor_rfc8949_vecs[i];
		u8 in[BUFSZ], out[BUFSZ];
		char diag[BUFSZ];
		size_t outlen = 0, cut;
		int n = cbor_t_unhex(v->hex, in, sizeof(in));
		int ret;

		if (!CHECK(n > 0))
			continue;
		ret = cbor_diag(in, n, 0, diag, sizeof(diag));
		if (!CHECK_EQ(ret, 0) || !CHECK(strcmp(diag, v->diag) == 0))
			fprintf(stderr, "     %s: got \"%s\" want \"%s\"\n",
				v->hex, diag, v->diag);

		/* strict mode: same result, or rejected if non-preferred */
		ret = cbor_diag(in, n, CBOR_DEC_STRICT, diag, sizeof(diag));
		if (v->strict_ok) {
			CHECK_EQ(ret, 0);
			CHECK(strcmp(diag, v->diag) == 0);
		} else {
			CHECK_EQ(ret, -EBADMSG);
		}

		/* the structural walker agrees */
		CHECK_EQ(cbor_skip_all(in, n, 0), 0);
		CHECK_EQ(cbor_skip_all(in, n, CBOR_DEC_STRICT),
			 v->strict_ok ? 0 : -EBADMSG);

		/* re-encode token by token: identical bytes */
		ret = cbor_reencode(in, n, out, sizeof(out), &outlen);
		if (CHECK_EQ(ret, 0) && CHECK_EQ(outlen, n))
			CHECK_MEM(out, in, n);

		/* every proper prefix is rejected and nothing reads past it */
		for (cut = 0; cut < (size_t)n; cut++) {
			u8 *t = malloc(cut ? cut : 1);	/* ASan-tight copy */

			memcpy(t, in, cut);
			if (!CHECK_EQ(cbor_skip_all(t, cut, 0), -EBADMSG))
				fprintf(stderr, "     %s cut at %zu\n", v->hex,
					cut);
			CHECK(cbor_diag(t, cut, 0, diag, sizeof(diag)) < 0);
			free(t);
		}
	}
}

static void test_bad_vectors(void)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(cbor_bad_vecs); i++) {
		const struct cbor_bad *v = &cbor_bad_vecs[i];
		u8 in[BUFSZ];
		int n = cbor_t_unhex(v->hex, in, sizeof(in));
		u8 *t;
		int a, b;

		if (!CHECK(n > 0))
			continue;
		t = malloc(n);
		memcpy(t, in, n);
		a = cbor_skip_all(t, n, 0);
		b = cbor_skip_all(t, n, CBOR_DEC_STRICT);
		if (!CHECK_EQ(a, v->lax) || !CHECK_EQ(b, v->strict))
			fprintf(stderr, "     %s (%s)\n", v->hex, v->what);
		/* the tokenizer-based printer never accepts what skip rejects */
		{
			char diag[BUFSZ];

			if (v->lax)
				CHECK(cbor_diag(t, n, 0, diag, sizeof(diag)) < 0);
			if (v->strict)
				CHECK(cbor_diag(t, n, CBOR_DEC_STRICT, diag,
						sizeof(diag)) < 0);
		}
		free(t);
	}
}

static void test_depth(void)
{
	u8 in[64];
	struct cbor_dec d;
	size_t i, c;

	/* 16 nested arrays are fine, 17 are not: cbor_skip */
	for (i = 0; i < 16; i++)
		in[i] = 0x81;
	in[16] = 0x00;
	CHECK_EQ(cbor_skip_all(in, 17, 0), 0);
	in[16] = 0x81;
	in[17] = 0x00;
	CHECK_EQ(cbor_skip_all(in, 18, 0), -E2BIG);
	/* also with indefinite and empty containers */
	memset(in, 0x9f, 17);
	memset(in + 17, 0xff, 17);
	CHECK_EQ(cbor_skip_all(in, 34, 0), -E2BIG);
	CHECK_EQ(cbor_skip_all(in + 1, 32, 0), 0);
	memset(in, 0x81, 16);
	in[16] = 0x80;
	CHECK_EQ(cbor_skip_all(in, 17, 0), -E2BIG);

	/* getters: entered depth counts towards the limit of cbor_skip */
	memset(in, 0x81, 17);
	in[17] = 0x00;
	cbor_dec_init(&d, in, 18, 0);
	for (i = 0; i < 10; i++)
		CHECK_EQ(cbor_enter_array(&d, &c), 0);
	CHECK_EQ(cbor_skip(&d), -E2BIG);
	CHECK(d.p == in + 10);			/* did not move */

	cbor_dec_init(&d, in, 18, 0);
	for (i = 0; i < 16; i++)
		CHECK_EQ(cbor_enter_array(&d, &c), 0);
	CHECK_EQ(cbor_enter_array(&d, &c), -E2BIG);
	CHECK(d.p == in + 16);

	/* long tag chains are not nesting: bounded by the input only */
	{
		static u8 tags[4001];

		memset(tags, 0xc0, 4000);
		tags[4000] = 0x00;
		CHECK_EQ(cbor_skip_all(tags, sizeof(tags), CBOR_DEC_STRICT), 0);
		CHECK_EQ(cbor_skip_all(tags, 4000, 0), -EBADMSG);
	}
}

static int dec(struct cbor_dec *d, const char *hex, u8 *buf, size_t cap,
	       unsigned int flags)
{
	int n = cbor_t_unhex(hex, buf, cap);

	cbor_dec_init(d, buf, n < 0 ? 0 : n, flags);
	return n;
}

static void test_getters(void)
{
	u8 b[64];
	struct cbor_dec d;
	u64 u;
	u32 u32v;
	s64 s;
	s32 s32v;
	bool bl;
	size_t c, n;
	const u8 *p;
	const char *t;

	/* a KeyMint-like message: [0x11, h'00ff', "ab", true, null, 40001(-3)] */
	dec(&d, "86114200ff626162f5f6d99c4122", b, sizeof(b),
	    CBOR_DEC_STRICT);
	CHECK_EQ(cbor_peek(&d), CBOR_T_ARRAY);
	CHECK_EQ(cbor_enter_array(&d, &c), 0);
	CHECK_EQ(c, 6);
	CHECK_EQ(cbor_get_u32(&d, &u32v), 0);
	CHECK_EQ(u32v, 0x11);
	CHECK_EQ(cbor_get_bytes(&d, &p, &n), 0);
	CHECK(n == 2 && p == b + 3 && p[1] == 0xff);
	CHECK_EQ(cbor_get_text(&d, &t, &n), 0);
	CHECK(n == 2 && !memcmp(t, "ab", 2));
	CHECK_EQ(cbor_get_bool(&d, &bl), 0);
	CHECK(bl);
	CHECK_EQ(cbor_get_null(&d), 0);
	CHECK_EQ(cbor_get_tag(&d, &u), 0);
	CHECK_EQ(u, 40001);
	CHECK_EQ(cbor_peek(&d), CBOR_T_NINT);
	CHECK_EQ(cbor_get_s32(&d, &s32v), 0);
	CHECK_EQ(s32v, -3);
	CHECK_EQ(cbor_peek(&d), CBOR_T_NONE);	/* end of container */
	CHECK_EQ(cbor_leave(&d), 0);
	CHECK_EQ(cbor_dec_finish(&d), 0);

	/* reading past the end of an entered container */
	dec(&d, "82010203", b, sizeof(b), 0);
	CHECK_EQ(cbor_enter_array(&d, &c), 0);
	CHECK_EQ(cbor_get_uint(&d, &u), 0);
	CHECK_EQ(cbor_get_uint(&d, &u), 0);
	CHECK_EQ(cbor_get_uint(&d, &u), -EPROTO);
	CHECK_EQ(u, 2);				/* untouched */
	CHECK_EQ(cbor_leave(&d), -EPROTO);	/* sticky */

	/* leaving with items unread */
	dec(&d, "820102", b, sizeof(b), 0);
	CHECK_EQ(cbor_enter_array(&d, &c), 0);
	CHECK_EQ(cbor_get_uint(&d, &u), 0);
	CHECK_EQ(cbor_leave(&d), -EPROTO);

	/* cbor_skip() inside a container counts one element */
	dec(&d, "a2018201020304", b, sizeof(b), 0);
	CHECK_EQ(cbor_enter_map(&d, &c), 0);
	CHECK_EQ(c, 2);
	CHECK_EQ(cbor_get_uint(&d, &u), 0);
	CHECK_EQ(cbor_skip(&d), 0);
	CHECK_EQ(cbor_get_uint(&d, &u), 0);
	CHECK_EQ(u, 3);
	CHECK_EQ(cbor_skip(&d), 0);
	CHECK_EQ(cbor_skip(&d), -EPROTO);

	/* type mismatch: -EPROTO, sticky, position unchanged */
	dec(&d, "4100", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_uint(&d, &u), -EPROTO);
	CHECK(d.p == b);
	CHECK_EQ(cbor_get_bytes(&d, &p, &n), -EPROTO);
	CHECK_EQ(cbor_dec_finish(&d), -EPROTO);

	/* indefinite items, floats and simple values are not for getters */
	dec(&d, "5f4100ff", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_bytes(&d, &p, &n), -EPROTO);
	dec(&d, "9fff", b, sizeof(b), 0);
	CHECK_EQ(cbor_enter_array(&d, &c), -EPROTO);
	dec(&d, "f93c00", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_int(&d, &s), -EPROTO);
	dec(&d, "f7", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_null(&d), -EPROTO);
	dec(&d, "ff", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_null(&d), -EBADMSG);
	dec(&d, "", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_null(&d), -EBADMSG);

	/* integer ranges */
	dec(&d, "1b7fffffffffffffff", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_int(&d, &s), 0);
	CHECK(s == INT64_MAX);
	dec(&d, "1b8000000000000000", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_int(&d, &s), -ERANGE);
	dec(&d, "3b7fffffffffffffff", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_int(&d, &s), 0);
	CHECK(s == INT64_MIN);
	dec(&d, "3b8000000000000000", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_int(&d, &s), -ERANGE);
	dec(&d, "20", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_uint(&d, &u), -EPROTO);
	dec(&d, "1affffffff", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_u32(&d, &u32v), 0);
	CHECK(u32v == 0xffffffffU);
	dec(&d, "1b0000000100000000", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_u32(&d, &u32v), -ERANGE);
	CHECK(u32v == 0xffffffffU);
	dec(&d, "1a7fffffff", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_s32(&d, &s32v), 0);
	CHECK_EQ(s32v, INT32_MAX);
	dec(&d, "1a80000000", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_s32(&d, &s32v), -ERANGE);
	dec(&d, "3a7fffffff", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_s32(&d, &s32v), 0);
	CHECK_EQ(s32v, INT32_MIN);
	dec(&d, "3a80000000", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_s32(&d, &s32v), -ERANGE);

	/* a tag must be followed by an item inside the container count */
	dec(&d, "81c0", b, sizeof(b), 0);
	CHECK_EQ(cbor_enter_array(&d, &c), 0);
	CHECK_EQ(cbor_get_tag(&d, &u), 0);
	CHECK_EQ(cbor_get_uint(&d, &u), -EBADMSG);
	dec(&d, "80c0", b, sizeof(b), 0);
	CHECK_EQ(cbor_enter_array(&d, &c), 0);
	CHECK_EQ(cbor_get_tag(&d, &u), -EPROTO);

	/* huge announced counts fail at once */
	dec(&d, "9bffffffffffffffff00", b, sizeof(b), 0);
	CHECK_EQ(cbor_enter_array(&d, &c), -EBADMSG);
	dec(&d, "bb400000000000000000", b, sizeof(b), 0);
	CHECK_EQ(cbor_enter_map(&d, &c), -EBADMSG);
	dec(&d, "a200010203", b, sizeof(b), 0);
	CHECK_EQ(cbor_enter_map(&d, &c), 0);
	CHECK_EQ(d.left[0], 4);

	/* finish: trailing bytes, open containers */
	dec(&d, "0001", b, sizeof(b), 0);
	CHECK_EQ(cbor_get_uint(&d, &u), 0);
	CHECK_EQ(cbor_dec_finish(&d), -EBADMSG);
	dec(&d, "8100", b, sizeof(b), 0);
	CHECK_EQ(cbor_enter_array(&d, &c), 0);
	CHECK_EQ(cbor_dec_finish(&d), -EPROTO);
	dec(&d, "00", b, sizeof(b), 0);
	CHECK_EQ(cbor_leave(&d), -EPROTO);

	/* cbor_next at the end of input: 0 and CBOR_T_NONE */
	{
		struct cbor_item it;

		dec(&d, "01", b, sizeof(b), 0);
		CHECK_EQ(cbor_next(&d, &it), 0);
		CHECK_EQ(it.type, CBOR_T_UINT);
		CHECK_EQ(cbor_next(&d, &it), 0);
		CHECK_EQ(it.type, CBOR_T_NONE);
		CHECK_EQ(cbor_dec_finish(&d), 0);
		/* indefinite string start reports the total length */
		dec(&d, "5f42010243030405ff", b, sizeof(b), 0);
		CHECK_EQ(cbor_next(&d, &it), 0);
		CHECK(it.type == CBOR_T_BYTES && it.indef && it.len == 5);
	}
}

static void test_encoder(void)
{
	u8 b[32];
	struct cbor_enc e;
	size_t n, i;
	static const u8 want[] = {
		0xa2, 0x01, 0x39, 0x03, 0xe7, 0x63, 'a', 'b', 'c', 0x83,
		0xf5, 0xf4, 0xf6, 0xd9, 0x9c, 0x41, 0x40,
	};

	/* exact output via the typed API */
	cbor_enc_init(&e, b, sizeof(b));
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
	if (CHECK_EQ(cbor_enc_finish(&e, &n), 0) && CHECK_EQ(n, sizeof(want)))
		CHECK_MEM(b, want, sizeof(want));

	/* integer boundaries pick the shortest head */
	{
		static const struct { s64 v; const char *hex; } iv[] = {
			{ 0, "00" }, { 23, "17" }, { 24, "1818" },
			{ 255, "18ff" }, { 256, "190100" },
			{ 65535, "19ffff" }, { 65536, "1a00010000" },
			{ 4294967295LL, "1affffffff" },
			{ 4294967296LL, "1b0000000100000000" },
			{ -1, "20" }, { -24, "37" }, { -25, "3818" },
			{ -256, "38ff" }, { -257, "390100" },
			{ INT64_MAX, "1b7fffffffffffffff" },
			{ INT64_MIN, "3b7fffffffffffffff" },
		};

		for (i = 0; i < ARRAY_SIZE(iv); i++) {
			u8 w[16];
			int wn = cbor_t_unhex(iv[i].hex, w, sizeof(w));

			cbor_enc_init(&e, b, sizeof(b));
			cbor_put_int(&e, iv[i].v);
			if (CHECK_EQ(cbor_enc_finish(&e, &n), 0) &&
			    CHECK_EQ(n, wn))
				CHECK_MEM(b, w, wn);
		}
	}

	/* size calculation with no buffer, then overflow with one */
	cbor_enc_init(&e, NULL, 0);
	cbor_put_array(&e, 2);
	cbor_put_bytes(&e, "0123456789012345678901234", 25);
	cbor_put_uint(&e, 1000000);
	CHECK_EQ(cbor_enc_finish(&e, &n), -EMSGSIZE);
	CHECK_EQ(n, 1 + 2 + 25 + 5);
	memset(b, 0xaa, sizeof(b));
	cbor_enc_init(&e, b, 10);
	cbor_put_array(&e, 2);
	cbor_put_bytes(&e, "0123456789012345678901234", 25);
	cbor_put_uint(&e, 1000000);
	CHECK_EQ(cbor_enc_finish(&e, &n), -EMSGSIZE);
	CHECK_EQ(n, 33);
	for (i = 10; i < sizeof(b); i++)
		CHECK_EQ(b[i], 0xaa);		/* nothing past cap */
	/* exact fit */
	cbor_enc_init(&e, b, 3);
	cbor_put_bytes(&e, "ab", 2);
	CHECK_EQ(cbor_enc_finish(&e, &n), 0);
	CHECK_EQ(n, 3);
	cbor_put_null(&e);
	CHECK_EQ(cbor_enc_finish(&e, &n), -EMSGSIZE);
	CHECK_EQ(n, 4);

	/* invalid requests are sticky -EINVAL and stop counting */
	cbor_enc_init(&e, b, sizeof(b));
	cbor_put_simple(&e, 24);
	cbor_put_uint(&e, 1);
	CHECK_EQ(cbor_enc_finish(&e, &n), -EINVAL);
	CHECK_EQ(n, 0);
	cbor_enc_init(&e, b, sizeof(b));
	cbor_put_float_bits(&e, 0x10000, 2);
	CHECK_EQ(cbor_enc_finish(&e, &n), -EINVAL);
	cbor_enc_init(&e, b, sizeof(b));
	cbor_put_float_bits(&e, 0, 3);
	CHECK_EQ(cbor_enc_finish(&e, &n), -EINVAL);
	cbor_enc_init(&e, b, sizeof(b));
	cbor_put_indef(&e, CBOR_MAJOR_TAG);
	CHECK_EQ(cbor_enc_finish(&e, &n), -EINVAL);
	cbor_enc_init(&e, b, sizeof(b));
	cbor_put_cstr(&e, NULL);
	CHECK_EQ(cbor_enc_finish(&e, &n), -EINVAL);
	cbor_enc_init(&e, b, sizeof(b));
	cbor_put_simple(&e, 32);
	cbor_put_simple(&e, 19);
	CHECK_EQ(cbor_enc_finish(&e, &n), 0);
	CHECK(n == 3 && b[0] == 0xf8 && b[1] == 32 && b[2] == 0xf3);
}

int main(void)
{
	test_rfc_vectors();
	test_bad_vectors();
	test_depth();
	test_getters();
	test_encoder();
	return check_summary("cbor");
}
