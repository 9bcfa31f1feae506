// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit suite keymint_dispatch: the TA core (lib/ta) in the kernel, with
 * the kernel crypto API behind km_kernel_crypto_ops().  Start-of-day
 * gating, set-once rules, the privileged SetBootInfo, the entropy limit,
 * undecodable input and the RNG.
 */
#include <kunit/test.h>
#include <linux/slab.h>

#include "../lib/ta/ta.h"
#include "../lib/wire/wire.h"
#include "../drivers/keymint/km_crypto.h"

#define TA_KUNIT_RSP	512

/**
 * struct ta_kunit - per-case fixture.
 * @ta: the TA under test
 * @rsp: response buffer
 * @rsp_len: length of the last response
 * @req: request scratch buffer
 */
struct ta_kunit {
	struct km_ta ta;
	u8 rsp[TA_KUNIT_RSP];
	size_t rsp_len;
	u8 req[KM_TA_MAX_ENTROPY + 64];
};

static const struct km_caller ta_priv = { .may_set_boot_info = true };
static const struct km_caller ta_unpriv = { .may_set_boot_info = false };
static const u8 ta_undecodable[] = { 0x82, 0x39, 0x03, 0xe7, 0x80 };

static int ta_kunit_init(struct kunit *test)
{
	struct km_ta_platform plat = { .crypto = km_kernel_crypto_ops() };
	struct ta_kunit *f = kunit_kzalloc(test, sizeof(*f), GFP_KERNEL);

	if (!f || !plat.crypto)
		return -ENOMEM;
	if (km_ta_init(&f->ta, &plat))
		return -EINVAL;
	test->priv = f;
	return 0;
}

static void ta_kunit_exit(struct kunit *test)
{
	struct ta_kunit *f = test->priv;

	km_ta_destroy(&f->ta);
}

/* Process f->req[0..len) and return the response's error code. */
static s32 ta_call(struct kunit *test, const struct km_caller *c, size_t len)
{
	struct ta_kunit *f = test->priv;
	struct cbor_dec d;
	size_t n;
	s32 err = 1000;

	KUNIT_ASSERT_EQ(test, km_ta_process(&f->ta, c, f->req, len, f->rsp,
					    sizeof(f->rsp), &f->rsp_len), 0);
	cbor_dec_init(&d, f->rsp, f->rsp_len, CBOR_DEC_STRICT);
	KUNIT_EXPECT_EQ(test, cbor_enter_array(&d, &n), 0);
	KUNIT_EXPECT_EQ(test, n, 2);
	KUNIT_EXPECT_EQ(test, cbor_get_s32(&d, &err), 0);
	KUNIT_EXPECT_EQ(test, cbor_skip(&d), 0);
	KUNIT_EXPECT_EQ(test, cbor_leave(&d), 0);
	KUNIT_EXPECT_EQ(test, cbor_dec_finish(&d), 0);
	return err;
}

/* [op, []] */
static s32 ta_call_empty(struct kunit *test, u32 op)
{
	struct ta_kunit *f = test->priv;
	struct cbor_enc e;
	size_t len = 0;

	cbor_enc_init(&e, f->req, sizeof(f->req));
	cbor_put_array(&e, 2);
	cbor_put_uint(&e, op);
	cbor_put_array(&e, 0);
	KUNIT_ASSERT_EQ(test, cbor_enc_finish(&e, &len), 0);
	return ta_call(test, &ta_unpriv, len);
}

static s32 ta_set_boot(struct kunit *test, const struct km_caller *c,
		       size_t key_len, s64 state)
{
	struct ta_kunit *f = test->priv;
	u8 key[33] = { 0 }, hash[32] = { 0 };
	struct cbor_enc e;
	size_t len = 0;

	cbor_enc_init(&e, f->req, sizeof(f->req));
	cbor_put_array(&e, 2);
	cbor_put_uint(&e, KM_OP_SET_BOOT_INFO);
	cbor_put_array(&e, 5);
	cbor_put_bytes(&e, key, key_len);
	cbor_put_bool(&e, true);
	cbor_put_int(&e, state);
	cbor_put_bytes(&e, hash, sizeof(hash));
	cbor_put_uint(&e, 20250105);
	KUNIT_ASSERT_EQ(test, cbor_enc_finish(&e, &len), 0);
	return ta_call(test, c, len);
}

static s32 ta_set_hal(struct kunit *test, u32 os_version)
{
	struct ta_kunit *f = test->priv;
	struct cbor_enc e;
	size_t len = 0;

	cbor_enc_init(&e, f->req, sizeof(f->req));
	cbor_put_array(&e, 2);
	cbor_put_uint(&e, KM_OP_SET_HAL_INFO);
	cbor_put_array(&e, 3);
	cbor_put_uint(&e, os_version);
	cbor_put_uint(&e, 202501);
	cbor_put_uint(&e, 20250105);
	KUNIT_ASSERT_EQ(test, cbor_enc_finish(&e, &len), 0);
	return ta_call(test, &ta_unpriv, len);
}

static s32 ta_entropy(struct kunit *test, size_t n)
{
	struct ta_kunit *f = test->priv;
	struct cbor_enc e;
	size_t len = 0;
	u8 *data = kunit_kzalloc(test, n + 1, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, data);
	cbor_enc_init(&e, f->req, sizeof(f->req));
	cbor_put_array(&e, 2);
	cbor_put_uint(&e, KM_OP_ADD_RNG_ENTROPY);
	cbor_put_array(&e, 1);
	cbor_put_bytes(&e, data, n);
	KUNIT_ASSERT_EQ(test, cbor_enc_finish(&e, &len), 0);
	return ta_call(test, &ta_unpriv, len);
}

static void ta_start_of_day_test(struct kunit *test)
{
	struct ta_kunit *f = test->priv;

	KUNIT_EXPECT_EQ(test, km_ta_state_flags(&f->ta), 0);
	KUNIT_EXPECT_EQ(test, ta_call_empty(test, KM_OP_GET_HARDWARE_INFO), 0);
	KUNIT_EXPECT_EQ(test, ta_call_empty(test, KM_OP_DELETE_ALL_KEYS),
			KM_ERROR_HARDWARE_NOT_YET_AVAILABLE);
	KUNIT_EXPECT_EQ(test, ta_call_empty(test, KM_OP_RPC_GET_HARDWARE_INFO),
			KM_RPC_STATUS_FAILED);
	KUNIT_EXPECT_EQ(test, ta_set_boot(test, &ta_priv, 32, 0), 0);
	KUNIT_EXPECT_EQ(test, ta_call_empty(test, KM_OP_DELETE_ALL_KEYS),
			KM_ERROR_HARDWARE_NOT_YET_AVAILABLE);
	KUNIT_EXPECT_EQ(test, ta_set_hal(test, 160000), 0);
	KUNIT_EXPECT_EQ(test, km_ta_state_flags(&f->ta),
			KM_TA_STATE_BOOT_INFO_SET | KM_TA_STATE_HAL_INFO_SET);
	KUNIT_EXPECT_EQ(test, ta_call_empty(test, KM_OP_DELETE_ALL_KEYS),
			KM_ERROR_UNIMPLEMENTED);
	KUNIT_EXPECT_EQ(test, ta_call_empty(test, KM_OP_EARLY_BOOT_ENDED),
			KM_ERROR_UNIMPLEMENTED);
	KUNIT_EXPECT_EQ(test, ta_call_empty(test, KM_OP_RPC_GET_HARDWARE_INFO),
			KM_RPC_STATUS_FAILED);
	KUNIT_EXPECT_EQ(test, ta_call_empty(test, KM_OP_GET_HARDWARE_INFO), 0);
}

static void ta_set_once_test(struct kunit *test)
{
	struct ta_kunit *f = test->priv;
	struct km_boot_info bi = { .verified_boot_state = 0 };

	KUNIT_EXPECT_EQ(test, ta_set_boot(test, &ta_unpriv, 32, 0),
			KM_ERROR_SECURE_HW_ACCESS_DENIED);
	KUNIT_EXPECT_EQ(test, ta_set_boot(test, &ta_priv, 31, 0),
			KM_ERROR_INVALID_ARGUMENT);
	KUNIT_EXPECT_EQ(test, ta_set_boot(test, &ta_priv, 32, 4),
			KM_ERROR_INVALID_ARGUMENT);
	KUNIT_EXPECT_EQ(test, km_ta_state_flags(&f->ta), 0);
	KUNIT_EXPECT_EQ(test, ta_set_boot(test, &ta_priv, 32, 2), 0);
	KUNIT_EXPECT_EQ(test, ta_set_boot(test, &ta_priv, 32, 2), 0);
	KUNIT_EXPECT_EQ(test, ta_set_boot(test, &ta_priv, 32, 1),
			KM_ERROR_INVALID_ARGUMENT);
	/* the ioctl path shares the rules */
	bi.verified_boot_state = 2;
	bi.device_locked = true;
	bi.boot_patchlevel = 20250105;
	KUNIT_EXPECT_EQ(test, km_ta_set_boot_info(&f->ta, &bi), 0);
	bi.boot_patchlevel = 20250106;
	KUNIT_EXPECT_EQ(test, km_ta_set_boot_info(&f->ta, &bi), -EALREADY);
	bi.verified_boot_state = 9;
	KUNIT_EXPECT_EQ(test, km_ta_set_boot_info(&f->ta, &bi), -EINVAL);

	KUNIT_EXPECT_EQ(test, ta_set_hal(test, 150000), 0);
	KUNIT_EXPECT_EQ(test, ta_set_hal(test, 150000), 0);
	KUNIT_EXPECT_EQ(test, ta_set_hal(test, 160000),
			KM_ERROR_INVALID_ARGUMENT);
}

static void ta_entropy_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, ta_entropy(test, 16), 0);
	KUNIT_EXPECT_EQ(test, ta_entropy(test, KM_TA_MAX_ENTROPY), 0);
	KUNIT_EXPECT_EQ(test, ta_entropy(test, KM_TA_MAX_ENTROPY + 1),
			KM_ERROR_INVALID_INPUT_LENGTH);
}

static void ta_malformed_test(struct kunit *test)
{
	static const u8 bad[][6] = {
		{ 0x00 },				/* not an array */
		{ 0x81, 0x11 },				/* one element */
		{ 0x82, 0x18, 0x20, 0x80 },		/* unknown opcode */
		{ 0x82, 0x11, 0x80, 0x00 },		/* trailing byte */
		{ 0x82, 0x20, 0x80 },			/* negative opcode */
	};
	static const size_t bad_len[] = { 1, 2, 4, 4, 3 };
	struct ta_kunit *f = test->priv;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		memcpy(f->req, bad[i], bad_len[i]);
		ta_call(test, &ta_priv, bad_len[i]);
		KUNIT_EXPECT_EQ(test, f->rsp_len, sizeof(ta_undecodable));
		KUNIT_EXPECT_MEMEQ(test, f->rsp, ta_undecodable,
				   sizeof(ta_undecodable));
	}
	/* known opcode, body of the wrong shape */
	f->req[0] = 0x82;
	f->req[1] = 0x13;
	f->req[2] = 0x81;
	f->req[3] = 0x80;
	KUNIT_EXPECT_EQ(test, ta_call(test, &ta_priv, 4),
			KM_ERROR_INVALID_ARGUMENT);
	/* too small a response buffer */
	KUNIT_EXPECT_EQ(test, km_ta_process(&f->ta, &ta_priv, f->req, 4,
					    f->rsp, KM_TA_MIN_RSP_SIZE - 1,
					    &f->rsp_len), -EMSGSIZE);
}

static void ta_rng_test(struct kunit *test)
{
	struct ta_kunit *f = test->priv;
	u8 a[48], b[48];

	KUNIT_EXPECT_EQ(test, km_ta_random(&f->ta, a, sizeof(a)), 0);
	KUNIT_EXPECT_EQ(test, km_ta_random(&f->ta, b, sizeof(b)), 0);
	KUNIT_EXPECT_NE(test, memcmp(a, b, sizeof(a)), 0);
	KUNIT_EXPECT_EQ(test, km_ta_add_entropy(&f->ta, a, sizeof(a)), 0);
	KUNIT_EXPECT_EQ(test, km_ta_random(&f->ta, b, sizeof(b)), 0);
	KUNIT_EXPECT_NE(test, memcmp(a, b, sizeof(a)), 0);
	KUNIT_EXPECT_EQ(test, f->ta.rng_counter, 3);
}

static struct kunit_case keymint_dispatch_cases[] = {
	KUNIT_CASE(ta_start_of_day_test),
	KUNIT_CASE(ta_set_once_test),
	KUNIT_CASE(ta_entropy_test),
	KUNIT_CASE(ta_malformed_test),
	KUNIT_CASE(ta_rng_test),
	{}
};

static struct kunit_suite keymint_dispatch_suite = {
	.name = "keymint_dispatch",
	.init = ta_kunit_init,
	.exit = ta_kunit_exit,
	.test_cases = keymint_dispatch_cases,
};

kunit_test_suite(keymint_dispatch_suite);
