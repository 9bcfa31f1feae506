// SPDX-License-Identifier: GPL-2.0-only
/*
 * Unit test of lib/wire: KeyMint v4 tables, kmr-wire golden encodings from
 * the reference implementation, the KeyParam codec and strict decoding of
 * every request body.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/wire/wire.h"
#include "tests/unit/check.h"
#include "tests/unit/km_reqs.h"

static u8 buf[4096];

static size_t unhex(const char *hex, u8 *out)
{
	int n = check_unhex(hex, out, 4096);

	if (n < 0) {
		fprintf(stderr, "bad hex %s\n", hex);
		exit(2);
	}
	return (size_t)n;
}

static int decode_hex(const char *hex, struct km_req *r)
{
	size_t n = unhex(hex, buf);

	return km_wire_decode_request(buf, n, r);
}

static void test_tables(void)
{
	unsigned int n_tags = 0, n_err = 0, n_ops = 0, i;
	unsigned int by_type[16] = { 0 };
	const struct km_tag_info *ti;
	const struct km_error_info *ei;

	for (i = 0; (ti = km_tag_at(i)); i++) {
		n_tags++;
		by_type[ti->tag >> 28]++;
		CHECK(km_tag_lookup(ti->tag) == ti);
		CHECK(ti->name && ti->name[0]);
		CHECK(!strcmp(km_tag_name(ti->tag), ti->name));
	}
	CHECK_EQ(n_tags, 66);
	CHECK_EQ(n_tags, KM_NUM_TAGS);
	CHECK_EQ(by_type[7], 14);	/* BOOL */
	CHECK_EQ(by_type[9], 20);	/* BYTES */
	CHECK_EQ(by_type[3], 13);	/* UINT */
	CHECK_EQ(by_type[6], 6);	/* DATE */
	CHECK_EQ(by_type[1], 5);	/* ENUM */
	CHECK_EQ(by_type[2], 5);	/* ENUM_REP */
	CHECK_EQ(by_type[5], 1);	/* ULONG */
	CHECK_EQ(by_type[10], 1);	/* ULONG_REP */
	CHECK_EQ(by_type[8], 1);	/* BIGNUM */
	CHECK_EQ(by_type[4], 0);	/* UINT_REP: no v4 tag */

	for (i = 0; (ei = km_error_at(i)); i++) {
		n_err++;
		CHECK(!strcmp(km_error_name(ei->value), ei->name));
	}
	CHECK_EQ(n_err, 88);
	CHECK_EQ(n_err, KM_NUM_ERRORS);

	for (i = 0; i < 0x200; i++)
		if (km_op_valid(i)) {
			n_ops++;
			CHECK(!!km_op_name(i));
		}
	CHECK_EQ(n_ops, KM_NUM_OPS);

	/* Spot checks against the AIDL / generated.cddl numbers. */
	CHECK_EQ(KM_TAG_KEY_SIZE, 805306371);
	CHECK_EQ((s32)KM_TAG_USER_SECURE_ID, -1610612234);
	CHECK_EQ((s32)KM_TAG_CERTIFICATE_SERIAL, -2147482642);
	CHECK_EQ((s32)KM_TAG_MODULE_HASH, -1879047468);
	CHECK_EQ(KM_TAG_MAX_BOOT_LEVEL, 805307378);
	CHECK(!strcmp(km_tag_name(KM_TAG_ATTESTATION_ID_SECOND_IMEI),
		      "ATTESTATION_ID_SECOND_IMEI"));
	CHECK(!strcmp(km_tag_type_name(KM_TAG_USER_SECURE_ID), "ULONG_REP"));
	CHECK(!km_tag_lookup(0));
	CHECK(!km_tag_lookup(KM_TAG_TYPE_BYTES | 3));	/* wrong type */
	CHECK(!km_tag_lookup(KM_TAG_TYPE_UINT | 9));
	CHECK(!strcmp(km_error_name(-38), "INVALID_ARGUMENT"));
	CHECK(!strcmp(km_error_name(-1000), "UNKNOWN_ERROR"));
	CHECK(!strcmp(km_error_name(-86), "MODULE_HASH_ALREADY_SET"));
	CHECK(!km_error_name(-42));
	CHECK(!km_error_name(-87));
	CHECK(!km_error_name(1));
	CHECK(!strcmp(km_op_name(0x13), "DeviceGenerateKey"));
	CHECK(!strcmp(km_op_name(0x91), "SetAdditionalAttestationInfo"));
	CHECK(!km_op_name(0x20));
	CHECK(!km_op_name(0x1f));
	CHECK(!strcmp(km_enum_name(KM_ENUM_DIGEST, 4), "SHA_2_256"));
	CHECK(!strcmp(km_enum_name(KM_ENUM_ALGORITHM, 128), "HMAC"));
	CHECK(!strcmp(km_enum_name(KM_ENUM_HW_AUTH_TYPE, -1), "ANY"));
	CHECK(!strcmp(km_enum_name(KM_ENUM_EC_CURVE, 4), "CURVE_25519"));
	CHECK(!km_enum_name(KM_ENUM_ALGORITHM, 2));
	CHECK(!km_enum_name(KM_ENUM_KEY_PURPOSE, 4));
	CHECK(!km_enum_name(KM_ENUM_NONE, 0));
	CHECK(!km_enum_name(KM_ENUM_COUNT, 0));
	CHECK(km_tag_value_valid(KM_TAG_PURPOSE, KM_PURPOSE_ATTEST_KEY));
	CHECK(!km_tag_value_valid(KM_TAG_PURPOSE, 4));
	CHECK(km_tag_value_valid(KM_TAG_PADDING, KM_PAD_PKCS7));
	CHECK(!km_tag_value_valid(KM_TAG_PADDING, 0));
	CHECK(km_tag_value_valid(KM_TAG_RSA_OAEP_MGF_DIGEST, 6));
	CHECK(!km_tag_value_valid(KM_TAG_RSA_OAEP_MGF_DIGEST, 7));
	CHECK(!km_tag_value_valid(0x12345678, 0));
}

/* The reference implementation's golden encodings (hal/src/tests.rs). */
static void test_golden(void)
{
	static const u8 ok_rsp[] = {
		0x82, 0x00, 0x81, 0x82, 0x13, 0x81, 0x83, 0x41, 0x01, 0x80,
		0x80 };
	static const u8 err_rsp[] = { 0x82, 0x21, 0x80 };
	static const u8 unk_rsp[] = { 0x82, 0x39, 0x03, 0xe7, 0x80 };
	static const u8 blob[] = { 0x01 };
	struct cbor_enc e;
	struct km_req r;
	size_t len = 0;

	CHECK_EQ(decode_hex("8213828080", &r), 0);
	CHECK_EQ(r.op, KM_OP_GENERATE_KEY);
	CHECK_EQ(r.generate_key.params.count, 0);
	CHECK(!r.generate_key.has_attest_key);

	cbor_enc_init(&e, buf, sizeof(buf));
	km_wire_put_ok(&e, KM_OP_GENERATE_KEY);
	km_wire_put_key_creation_result(&e, blob, 1, NULL, 0, NULL, 0);
	CHECK_EQ(cbor_enc_finish(&e, &len), 0);
	CHECK_EQ(len, sizeof(ok_rsp));
	CHECK_MEM(buf, ok_rsp, sizeof(ok_rsp));

	cbor_enc_init(&e, buf, sizeof(buf));
	km_wire_put_error(&e, KM_ERROR_UNSUPPORTED_PURPOSE);
	CHECK_EQ(cbor_enc_finish(&e, &len), 0);
	CHECK_EQ(len, sizeof(err_rsp));
	CHECK_MEM(buf, err_rsp, sizeof(err_rsp));

	cbor_enc_init(&e, buf, sizeof(buf));
	km_wire_put_error(&e, KM_ERROR_UNKNOWN_ERROR);
	CHECK_EQ(cbor_enc_finish(&e, &len), 0);
	CHECK_EQ(len, sizeof(unk_rsp));
	CHECK_MEM(buf, unk_rsp, sizeof(unk_rsp));
}

/* One parameter of every wire kind. */
static const u8 app_id[] = "app-id";
static struct km_param sample[] = {
	{ .tag = KM_TAG_PURPOSE, .v32 = KM_PURPOSE_SIGN },
	{ .tag = KM_TAG_ALGORITHM, .v32 = KM_ALGORITHM_EC },
	{ .tag = KM_TAG_KEY_SIZE, .v32 = 256 },
	{ .tag = KM_TAG_DIGEST, .v32 = KM_DIGEST_SHA_2_256 },
	{ .tag = KM_TAG_EC_CURVE, .v32 = KM_EC_CURVE_P_256 },
	{ .tag = KM_TAG_RSA_PUBLIC_EXPONENT, .v64 = 65537 },
	{ .tag = KM_TAG_USER_SECURE_ID, .v64 = 0xfedcba9876543210ULL },
	{ .tag = KM_TAG_NO_AUTH_REQUIRED, .b = true },
	{ .tag = KM_TAG_ACTIVE_DATETIME, .date = -5 },
	{ .tag = KM_TAG_CERTIFICATE_NOT_AFTER, .date = 253402300799000LL },
	{ .tag = KM_TAG_APPLICATION_ID, .blob = { app_id, 6 } },
	{ .tag = KM_TAG_USER_AUTH_TYPE, .v32 = 0xffffffffU },
	{ .tag = KM_TAG_CERTIFICATE_SERIAL, .blob = { app_id, 3 } },
	{ .tag = KM_TAG_MODULE_HASH, .blob = { app_id, 0 } },
};

static void test_params_roundtrip(void)
{
	struct km_param out[KM_MAX_PARAMS];
	struct km_list list;
	struct cbor_enc e;
	struct cbor_dec d;
	size_t len = 0, i;
	int n;

	cbor_enc_init(&e, buf, sizeof(buf));
	km_wire_put_params(&e, sample, ARRAY_SIZE(sample));
	CHECK_EQ(cbor_enc_finish(&e, &len), 0);

	cbor_dec_init(&d, buf, len, CBOR_DEC_STRICT);
	CHECK_EQ(km_wire_get_params(&d, &list), 0);
	CHECK_EQ(cbor_dec_finish(&d), 0);
	CHECK_EQ(list.count, ARRAY_SIZE(sample));
	CHECK(list.cbor == buf && list.len == len);

	n = km_params_decode(&list, out, ARRAY_SIZE(out));
	CHECK_EQ(n, (int)ARRAY_SIZE(sample));
	for (i = 0; i < ARRAY_SIZE(sample) && n > 0; i++) {
		CHECK_EQ(out[i].tag, sample[i].tag);
		switch (km_tag_type(sample[i].tag)) {
		case KM_TAG_TYPE_BYTES:
		case KM_TAG_TYPE_BIGNUM:
			CHECK_EQ(out[i].blob.len, sample[i].blob.len);
			CHECK(!out[i].blob.len ||
			      !memcmp(out[i].blob.p, sample[i].blob.p,
				      out[i].blob.len));
			break;
		case KM_TAG_TYPE_ULONG:
		case KM_TAG_TYPE_ULONG_REP:
			CHECK(out[i].v64 == sample[i].v64);
			break;
		case KM_TAG_TYPE_DATE:
			CHECK(out[i].date == sample[i].date);
			break;
		case KM_TAG_TYPE_BOOL:
			CHECK(out[i].b);
			break;
		default:
			CHECK_EQ(out[i].v32, sample[i].v32);
		}
	}
	/* Too small a caller array. */
	CHECK_EQ(km_params_decode(&list, out, 3), KM_ERROR_INVALID_ARGUMENT);

	/* Encoding a tag kmr-wire cannot carry fails the encoder. */
	{
		struct km_param bad = { .tag = KM_TAG_HARDWARE_TYPE, .v32 = 1 };

		cbor_enc_init(&e, buf, sizeof(buf));
		km_wire_put_param(&e, &bad);
		CHECK(cbor_enc_finish(&e, &len) != 0);
	}
}

static int param_hex(const char *hex)
{
	struct cbor_dec d;
	struct km_param p;
	size_t n = unhex(hex, buf);
	int ret;

	cbor_dec_init(&d, buf, n, CBOR_DEC_STRICT);
	ret = km_wire_get_param(&d, &p);
	if (!ret && cbor_dec_finish(&d))
		ret = 1;
	return ret;
}

static void test_param_negative(void)
{
	/* KEY_SIZE = 0x30000003 = 805306371 -> 1a30000003 */
	CHECK_EQ(param_hex("821a30000003190100"), 0);
	/* wrong type: KEY_SIZE as bytes, as negative, as text */
	CHECK_EQ(param_hex("821a300000034101"), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(param_hex("821a3000000320"), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(param_hex("821a300000036161"), KM_ERROR_INVALID_ARGUMENT);
	/* UINT beyond 32 bits */
	CHECK_EQ(param_hex("821a300000031b0000000100000000"),
		 KM_ERROR_INVALID_ARGUMENT);
	/* unknown tag number, valid type bits */
	CHECK_EQ(param_hex("821a3000006300"), KM_ERROR_INVALID_TAG);
	/* known number, wrong type bits (BYTES|3) */
	CHECK_EQ(param_hex("823a6ffffffc4100"), KM_ERROR_INVALID_TAG);
	/* tag kmr-wire does not carry: HARDWARE_TYPE = 0x10000130 */
	CHECK_EQ(param_hex("821a1000013001"), KM_ERROR_INVALID_TAG);
	/* INVALID tag 0 */
	CHECK_EQ(param_hex("820000"), KM_ERROR_INVALID_TAG);
	/* tag encoded as a uint above INT32_MAX (0x90000259 APPLICATION_ID) */
	CHECK_EQ(param_hex("821a900002594100"), KM_ERROR_INVALID_ARGUMENT);
	/* APPLICATION_ID = -1879047591 -> 3a 6ffffda6 */
	CHECK_EQ(param_hex("823a6ffffda6426162"), 0);
	/* bad enum: ALGORITHM (0x10000002) = 2, = -1 */
	CHECK_EQ(param_hex("821a1000000202"), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(param_hex("821a1000000220"), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(param_hex("821a1000000203"), 0);
	/* BOOL: NO_AUTH_REQUIRED (0x700001f7) must be true */
	CHECK_EQ(param_hex("821a700001f7f5"), 0);
	CHECK_EQ(param_hex("821a700001f7f4"), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(param_hex("821a700001f7f6"), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(param_hex("821a700001f701"), KM_ERROR_INVALID_ARGUMENT);
	/* CALLER_NONCE (0x70000007) too */
	CHECK_EQ(param_hex("821a70000007f4"), KM_ERROR_INVALID_ARGUMENT);
	/* wrong arity */
	CHECK_EQ(param_hex("831a300000030100"), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(param_hex("811a30000003"), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(param_hex("a11a3000000301"), KM_ERROR_INVALID_ARGUMENT);
	/* truncated */
	CHECK_EQ(param_hex("821a300000"), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(param_hex("821a30000003"), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(param_hex("823a6ffffda64261"), KM_ERROR_INVALID_ARGUMENT);
	/* non-preferred integer encoding is rejected in strict mode */
	CHECK_EQ(param_hex("821a300000031800"), KM_ERROR_INVALID_ARGUMENT);
}

/* GenerateKey with @n copies of KEY_SIZE=1, optionally trailing bytes. */
static size_t gen_key_req(unsigned int n, u8 *out, size_t cap)
{
	struct km_param p = { .tag = KM_TAG_KEY_SIZE, .v32 = 1 };
	struct cbor_enc e;
	size_t len = 0;
	unsigned int i;

	cbor_enc_init(&e, out, cap);
	cbor_put_array(&e, 2);
	cbor_put_uint(&e, KM_OP_GENERATE_KEY);
	cbor_put_array(&e, 2);
	cbor_put_array(&e, n);
	for (i = 0; i < n; i++)
		km_wire_put_param(&e, &p);
	cbor_put_array(&e, 0);
	if (cbor_enc_finish(&e, &len))
		return 0;
	return len;
}

static void test_envelope(void)
{
	static u8 big[8192];
	struct km_req r;
	size_t n, i;

	CHECK_EQ(km_wire_decode_request(buf, 0, &r), KM_WIRE_UNDECODABLE);
	CHECK_EQ(decode_hex("00", &r), KM_WIRE_UNDECODABLE);
	CHECK_EQ(decode_hex("8113", &r), KM_WIRE_UNDECODABLE);
	CHECK_EQ(decode_hex("831380f6", &r), KM_WIRE_UNDECODABLE);
	CHECK_EQ(decode_hex("a11380", &r), KM_WIRE_UNDECODABLE);
	/* trailing byte after the envelope */
	CHECK_EQ(decode_hex("821380808000", &r), KM_WIRE_UNDECODABLE);
	CHECK_EQ(decode_hex("82138280800000", &r), KM_WIRE_UNDECODABLE);
	/* unknown / negative / huge opcodes */
	CHECK_EQ(decode_hex("82182080", &r), KM_WIRE_UNDECODABLE);
	CHECK_EQ(decode_hex("820080", &r), KM_WIRE_UNDECODABLE);
	CHECK_EQ(decode_hex("823280", &r), KM_WIRE_UNDECODABLE);
	CHECK_EQ(decode_hex("821b000000010000001180", &r), KM_WIRE_UNDECODABLE);
	CHECK_EQ(decode_hex("8219101180", &r), KM_WIRE_UNDECODABLE);
	/* opcode not a uint */
	CHECK_EQ(decode_hex("82411380", &r), KM_WIRE_UNDECODABLE);
	/* truncated envelope: every strict prefix of a valid request */
	n = unhex("82148480034080", big);
	CHECK_EQ(km_wire_decode_request(big, n, &r), 0);
	for (i = 0; i < n; i++)
		CHECK(km_wire_decode_request(big, i, &r) != 0);
	/* indefinite-length envelope is not preferred serialisation */
	CHECK_EQ(decode_hex("9f13828080ff", &r), KM_WIRE_UNDECODABLE);

	/* known opcode, wrong body -> INVALID_ARGUMENT with op kept */
	CHECK_EQ(decode_hex("82138180", &r), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(r.op, KM_OP_GENERATE_KEY);
	CHECK_EQ(decode_hex("821383808080", &r), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(decode_hex("821380", &r), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(decode_hex("8213f6", &r), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(decode_hex("821182f6f6", &r), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(decode_hex("821181f6", &r), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(decode_hex("821180", &r), 0);
	/* Option with two elements */
	CHECK_EQ(decode_hex("8213828082f6f6", &r), KM_ERROR_INVALID_ARGUMENT);
	/* unknown tag inside a body -> INVALID_TAG */
	CHECK_EQ(decode_hex("82138281821a300000630080", &r),
		 KM_ERROR_INVALID_TAG);
	CHECK_EQ(r.op, KM_OP_GENERATE_KEY);

	/* parameter count bound */
	n = gen_key_req(KM_MAX_PARAMS, big, sizeof(big));
	CHECK(n > 0);
	CHECK_EQ(km_wire_decode_request(big, n, &r), 0);
	CHECK_EQ(r.generate_key.params.count, KM_MAX_PARAMS);
	n = gen_key_req(KM_MAX_PARAMS + 1, big, sizeof(big));
	CHECK(n > 0);
	CHECK_EQ(km_wire_decode_request(big, n, &r), KM_ERROR_INVALID_ARGUMENT);

	/* nesting: [0x13, [[...[]...], []]] deeper than CBOR_MAX_DEPTH */
	n = 0;
	big[n++] = 0x82;
	big[n++] = 0x13;
	big[n++] = 0x82;
	for (i = 0; i < CBOR_MAX_DEPTH + 4; i++)
		big[n++] = 0x81;
	big[n++] = 0x80;
	big[n++] = 0x80;
	CHECK_EQ(km_wire_decode_request(big, n, &r), KM_WIRE_UNDECODABLE);
	/* nesting that fits the bound but not the schema: INVALID_ARGUMENT */
	CHECK_EQ(decode_hex("8213828181818080", &r), KM_ERROR_INVALID_ARGUMENT);
}

/* Build a valid body for every opcode (km_reqs.h), then decode it. */
static void test_every_request(void)
{
	static u8 req[1024], mut[1024];
	unsigned int op, nops = 0;

	for (op = 0; op <= KM_OP_MAX; op++) {
		size_t body = op < 24 ? 2 : 3;	/* after [opcode, */
		struct km_req r;
		size_t n, i;
		int ret;

		if (!km_op_valid(op))
			continue;
		nops++;
		n = build_req(op, req, sizeof(req));
		CHECK(n > 0);
		ret = km_wire_decode_request(req, n, &r);
		if (!CHECK_EQ(ret, 0))
			fprintf(stderr, "     op 0x%x\n", op);
		CHECK_EQ(r.op, op);

		/* Every truncation is rejected. */
		for (i = 0; i < n; i++)
			CHECK(km_wire_decode_request(req, i, &r) != 0);

		/*
		 * An extra field in the body struct: bump the body's array
		 * header (always a short array here) and append a
		 * null.  Must be INVALID_ARGUMENT, never success.
		 */
		memcpy(mut, req, n);
		CHECK((mut[body] & 0xe0) == 0x80 && (mut[body] & 0x1f) < 23);
		mut[body]++;
		mut[n] = 0xf6;
		ret = km_wire_decode_request(mut, n + 1, &r);
		if (!CHECK_EQ(ret, KM_ERROR_INVALID_ARGUMENT))
			fprintf(stderr, "     op 0x%x (extra field)\n", op);

		/* Body replaced by a bare integer. */
		mut[body] = 0x01;
		ret = km_wire_decode_request(mut, body + 1, &r);
		if (!CHECK_EQ(ret, KM_ERROR_INVALID_ARGUMENT))
			fprintf(stderr, "     op 0x%x (int body)\n", op);
	}
	CHECK_EQ(nops, KM_NUM_OPS);
}

static void test_body_fields(void)
{
	struct km_req r;

	/* Begin: purpose 4 is not a KeyPurpose */
	CHECK_EQ(decode_hex("82181a84044262628080", &r),
		 KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(decode_hex("82181a84024262628080", &r), 0);
	CHECK_EQ(r.begin.purpose, KM_PURPOSE_SIGN);
	CHECK_EQ(r.begin.key_blob.len, 2);
	CHECK(!r.begin.has_auth_token);
	/* ImportKey: key format 2 is not a KeyFormat */
	CHECK_EQ(decode_hex("82148480024080", &r), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(decode_hex("82148480034080", &r), 0);
	/* GetRootOfTrust: challenge must be 16 bytes */
	CHECK_EQ(decode_hex("8218728141aa", &r), KM_ERROR_INVALID_ARGUMENT);
	/* SetHalInfo: negative version */
	CHECK_EQ(decode_hex("82188183200102", &r), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(decode_hex("82188183000102", &r), 0);
	CHECK_EQ(r.set_hal_info.os_patchlevel, 1);
	CHECK_EQ(r.set_hal_info.vendor_patchlevel, 2);
	/* AddRngEntropy: text instead of bytes */
	CHECK_EQ(decode_hex("8212816161", &r), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(decode_hex("8212814161", &r), 0);
	CHECK_EQ(r.add_rng_entropy.data.len, 1);
	CHECK_EQ(r.add_rng_entropy.data.p[0], 0x61);
	/* HardwareAuthToken with authenticator type 3 (not a member) */
	/* Update [op_handle 1, input h'', Some(HAT type 3), None] */
	CHECK_EQ(decode_hex("82183284014081860102030381004080", &r),
		 KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(decode_hex("82183284014081860102032081004080", &r), 0);
	CHECK(r.update.has_auth_token);
	CHECK_EQ(r.update.auth_token.authenticator_type, -1);
	CHECK(!r.update.has_timestamp_token);
}

int main(void)
{
	test_tables();
	test_golden();
	test_params_roundtrip();
	test_param_negative();
	test_envelope();
	test_every_request();
	test_body_fields();
	return check_summary("wire");
}
