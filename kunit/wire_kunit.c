// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit suite keymint_wire: lib/wire in the kernel through its exported
 * API.  Table sizes, the reference implementation's golden encodings and
 * a few strict-decoding cases.
 */
#include <kunit/test.h>
#include <linux/slab.h>

#include "../lib/wire/wire.h"

static void wire_tables_test(struct kunit *test)
{
	unsigned int i, n = 0, ops = 0;

	for (i = 0; km_tag_at(i); i++)
		n++;
	KUNIT_EXPECT_EQ(test, n, 66);
	for (n = 0, i = 0; km_error_at(i); i++)
		n++;
	KUNIT_EXPECT_EQ(test, n, 88);
	for (i = 0; i < 0x100; i++)
		ops += km_op_valid(i);
	KUNIT_EXPECT_EQ(test, ops, KM_NUM_OPS);
	KUNIT_EXPECT_STREQ(test, km_tag_name(KM_TAG_KEY_SIZE), "KEY_SIZE");
	KUNIT_EXPECT_STREQ(test, km_error_name(-85),
			   "HARDWARE_NOT_YET_AVAILABLE");
	KUNIT_EXPECT_STREQ(test, km_op_name(0x82), "SetBootInfo");
	KUNIT_EXPECT_NULL(test, km_error_name(-42));
	KUNIT_EXPECT_TRUE(test, km_tag_value_valid(KM_TAG_ALGORITHM, 3));
	KUNIT_EXPECT_FALSE(test, km_tag_value_valid(KM_TAG_ALGORITHM, 2));
}

static void wire_golden_test(struct kunit *test)
{
	static const u8 gen_req[] = { 0x82, 0x13, 0x82, 0x80, 0x80 };
	static const u8 ok_rsp[] = {
		0x82, 0x00, 0x81, 0x82, 0x13, 0x81, 0x83, 0x41, 0x01, 0x80,
		0x80 };
	static const u8 err_rsp[] = { 0x82, 0x21, 0x80 };
	static const u8 unk_rsp[] = { 0x82, 0x39, 0x03, 0xe7, 0x80 };
	static const u8 blob[] = { 0x01 };
	struct km_req *r = kunit_kzalloc(test, sizeof(*r), GFP_KERNEL);
	u8 *buf = kunit_kzalloc(test, 64, GFP_KERNEL);
	struct cbor_enc e;
	size_t len = 0;

	KUNIT_ASSERT_NOT_NULL(test, r);
	KUNIT_ASSERT_NOT_NULL(test, buf);
	KUNIT_EXPECT_EQ(test, km_wire_decode_request(gen_req, sizeof(gen_req),
						     r), 0);
	KUNIT_EXPECT_EQ(test, r->op, KM_OP_GENERATE_KEY);
	KUNIT_EXPECT_EQ(test, r->generate_key.params.count, 0);
	KUNIT_EXPECT_FALSE(test, r->generate_key.has_attest_key);

	cbor_enc_init(&e, buf, 64);
	km_wire_put_ok(&e, KM_OP_GENERATE_KEY);
	km_wire_put_key_creation_result(&e, blob, 1, NULL, 0, NULL, 0);
	KUNIT_EXPECT_EQ(test, cbor_enc_finish(&e, &len), 0);
	KUNIT_EXPECT_EQ(test, len, sizeof(ok_rsp));
	KUNIT_EXPECT_MEMEQ(test, buf, ok_rsp, sizeof(ok_rsp));

	cbor_enc_init(&e, buf, 64);
	km_wire_put_error(&e, KM_ERROR_UNSUPPORTED_PURPOSE);
	KUNIT_EXPECT_EQ(test, cbor_enc_finish(&e, &len), 0);
	KUNIT_EXPECT_EQ(test, len, sizeof(err_rsp));
	KUNIT_EXPECT_MEMEQ(test, buf, err_rsp, sizeof(err_rsp));

	cbor_enc_init(&e, buf, 64);
	km_wire_put_error(&e, KM_ERROR_UNKNOWN_ERROR);
	KUNIT_EXPECT_EQ(test, cbor_enc_finish(&e, &len), 0);
	KUNIT_EXPECT_MEMEQ(test, buf, unk_rsp, sizeof(unk_rsp));
}

static void wire_strict_test(struct kunit *test)
{
	/* [0x13, [[[KEY_SIZE, 1]], []]] and broken variants */
	static const u8 ok[] = { 0x82, 0x13, 0x82, 0x81, 0x82, 0x1a, 0x30,
				 0x00, 0x00, 0x03, 0x01, 0x80 };
	struct km_req *r = kunit_kzalloc(test, sizeof(*r), GFP_KERNEL);
	u8 *b = kunit_kzalloc(test, sizeof(ok) + 1, GFP_KERNEL);
	size_t i;

	KUNIT_ASSERT_NOT_NULL(test, r);
	KUNIT_ASSERT_NOT_NULL(test, b);
	memcpy(b, ok, sizeof(ok));
	KUNIT_EXPECT_EQ(test, km_wire_decode_request(b, sizeof(ok), r), 0);
	KUNIT_EXPECT_EQ(test, r->generate_key.params.count, 1);
	/* every truncation fails */
	for (i = 0; i < sizeof(ok); i++)
		KUNIT_EXPECT_NE(test, km_wire_decode_request(b, i, r), 0);
	/* trailing byte */
	KUNIT_EXPECT_EQ(test, km_wire_decode_request(b, sizeof(ok) + 1, r),
			KM_WIRE_UNDECODABLE);
	/* unknown tag number 0x63 */
	b[9] = 0x63;
	KUNIT_EXPECT_EQ(test, km_wire_decode_request(b, sizeof(ok), r),
			KM_ERROR_INVALID_TAG);
	KUNIT_EXPECT_EQ(test, r->op, KM_OP_GENERATE_KEY);
	/* KEY_SIZE as bytes */
	b[9] = 0x03;
	b[10] = 0x40;
	KUNIT_EXPECT_EQ(test, km_wire_decode_request(b, sizeof(ok), r),
			KM_ERROR_INVALID_ARGUMENT);
	/* unknown opcode 0x10 */
	memcpy(b, ok, sizeof(ok));
	b[1] = 0x10;
	KUNIT_EXPECT_EQ(test, km_wire_decode_request(b, sizeof(ok), r),
			KM_WIRE_UNDECODABLE);
}

static struct kunit_case keymint_wire_cases[] = {
	KUNIT_CASE(wire_tables_test),
	KUNIT_CASE(wire_golden_test),
	KUNIT_CASE(wire_strict_test),
	{}
};

static struct kunit_suite keymint_wire_suite = {
	.name = "keymint_wire",
	.test_cases = keymint_wire_cases,
};

kunit_test_suite(keymint_wire_suite);
