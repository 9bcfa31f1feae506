// SPDX-License-Identifier: GPL-2.0-only
/*
 * Unit test of lib/ta: km_ta_process() in userspace with OpenSSL-backed
 * crypto ops.  Every opcode's answer before and after start of day, the
 * set-once rules, the privileged SetBootInfo, the entropy limit, malformed
 * input and the RNG's dependence on both of its inputs.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/ta/ta.h"
#include "lib/wire/wire.h"
#include "tests/unit/check.h"
#include "tests/unit/km_reqs.h"
#include "tests/unit/ops_openssl.h"

static const struct km_caller priv = { .may_set_boot_info = true };
static const struct km_caller unpriv = { .may_set_boot_info = false };
static const u8 undecodable[] = { 0x82, 0x39, 0x03, 0xe7, 0x80 };

static u8 rsp[KM_TA_MAX_REQ];
static size_t rsp_len;

/* Run one request; return the response's error code (or 1000+ on error). */
static long call(struct km_ta *ta, const struct km_caller *c,
		 const u8 *req, size_t len)
{
	struct cbor_dec d;
	size_t n;
	s32 err;

	if (km_ta_process(ta, c, req, len, rsp, sizeof(rsp), &rsp_len))
		return 1001;
	cbor_dec_init(&d, rsp, rsp_len, CBOR_DEC_STRICT);
	if (cbor_enter_array(&d, &n) || n != 2 || cbor_get_s32(&d, &err))
		return 1002;
	if (cbor_skip(&d) || cbor_leave(&d) || cbor_dec_finish(&d))
		return 1003;
	return err;
}

static long call_hex(struct km_ta *ta, const struct km_caller *c,
		     const char *hex)
{
	static u8 req[4096];
	int n = check_unhex(hex, req, sizeof(req));

	if (n < 0)
		return 1004;
	return call(ta, c, req, n);
}

static long call_op(struct km_ta *ta, const struct km_caller *c, u32 op)
{
	static u8 req[4096];
	size_t n = build_req(op, req, sizeof(req));

	return n ? call(ta, c, req, n) : 1005;
}

/* The response is exactly [0, [[op, []]]]. */
static bool rsp_is_empty_ok(u32 op)
{
	u8 want[8];
	size_t n = 0;

	want[n++] = 0x82;
	want[n++] = 0x00;
	want[n++] = 0x81;
	want[n++] = 0x82;
	if (op >= 24)
		want[n++] = 0x18;
	want[n++] = (u8)op;
	want[n++] = 0x80;
	return rsp_len == n && !memcmp(rsp, want, n);
}

static size_t boot_info_req(u8 *out, size_t cap, size_t key_len, bool locked,
			    s64 state, u32 patch, u8 fill)
{
	u8 key[40], hash[32];
	struct cbor_enc e;
	size_t len = 0;

	memset(key, fill, sizeof(key));
	memset(hash, fill ^ 0xff, sizeof(hash));
	cbor_enc_init(&e, out, cap);
	cbor_put_array(&e, 2);
	cbor_put_uint(&e, KM_OP_SET_BOOT_INFO);
	cbor_put_array(&e, 5);
	cbor_put_bytes(&e, key, key_len);
	cbor_put_bool(&e, locked);
	cbor_put_int(&e, state);
	cbor_put_bytes(&e, hash, sizeof(hash));
	cbor_put_uint(&e, patch);
	return cbor_enc_finish(&e, &len) ? 0 : len;
}

static long set_boot(struct km_ta *ta, const struct km_caller *c,
		     size_t key_len, s64 state, u8 fill)
{
	u8 req[256];
	size_t n = boot_info_req(req, sizeof(req), key_len, true, state,
				 20250105, fill);

	return call(ta, c, req, n);
}

static long set_hal(struct km_ta *ta, u32 os_version)
{
	u8 req[64];
	struct cbor_enc e;
	size_t len = 0;

	cbor_enc_init(&e, req, sizeof(req));
	cbor_put_array(&e, 2);
	cbor_put_uint(&e, KM_OP_SET_HAL_INFO);
	cbor_put_array(&e, 3);
	cbor_put_uint(&e, os_version);
	cbor_put_uint(&e, 202501);
	cbor_put_uint(&e, 20250105);
	if (cbor_enc_finish(&e, &len))
		return 1006;
	return call(ta, &unpriv, req, len);
}

static long add_entropy(struct km_ta *ta, size_t n)
{
	static u8 req[4096], data[4096];
	struct cbor_enc e;
	size_t len = 0;

	memset(data, 0x5a, sizeof(data));
	cbor_enc_init(&e, req, sizeof(req));
	cbor_put_array(&e, 2);
	cbor_put_uint(&e, KM_OP_ADD_RNG_ENTROPY);
	cbor_put_array(&e, 1);
	cbor_put_bytes(&e, data, n);
	if (cbor_enc_finish(&e, &len))
		return 1007;
	return call(ta, &unpriv, req, len);
}

static void init_ta(struct km_ta *ta, const struct km_crypto_ops *ops)
{
	struct km_ta_platform plat = { .crypto = ops };

	memset(ta, 0, sizeof(*ta));
	CHECK_EQ(km_ta_init(ta, &plat), 0);
}

static bool is_early(u32 op)
{
	return op == KM_OP_GET_HARDWARE_INFO || op == KM_OP_ADD_RNG_ENTROPY ||
	       op == KM_OP_SET_HAL_INFO || op == KM_OP_SET_BOOT_INFO;
}

static bool is_rpc(u32 op)
{
	return op >= 0x41 && op <= 0x44;
}

static void test_init(void)
{
	struct km_crypto_ops no_rng = km_openssl_ops;
	struct km_ta_platform plat = { .crypto = NULL };
	struct km_ta ta;

	CHECK_EQ(km_ta_init(&ta, &plat), -EINVAL);
	no_rng.random = NULL;
	plat.crypto = &no_rng;
	CHECK_EQ(km_ta_init(&ta, &plat), -EINVAL);
	CHECK_EQ(km_ta_init(NULL, &plat), -EINVAL);
	km_ta_destroy(NULL);

	/* An uninitialised TA answers, but refuses everything. */
	memset(&ta, 0, sizeof(ta));
	CHECK_EQ(call_op(&ta, &priv, KM_OP_GET_HARDWARE_INFO),
		 KM_ERROR_HARDWARE_NOT_YET_AVAILABLE);
}

static void test_hardware_info(struct km_ta *ta)
{
	struct cbor_dec d;
	const char *s;
	size_t n, sl;
	s64 v;
	bool b;

	CHECK_EQ(call_op(ta, &unpriv, KM_OP_GET_HARDWARE_INFO), 0);
	cbor_dec_init(&d, rsp, rsp_len, CBOR_DEC_STRICT);
	CHECK(!cbor_enter_array(&d, &n) && n == 2);
	CHECK(!cbor_get_int(&d, &v) && v == 0);
	CHECK(!cbor_enter_array(&d, &n) && n == 1);
	CHECK(!cbor_enter_array(&d, &n) && n == 2);
	CHECK(!cbor_get_int(&d, &v) && v == KM_OP_GET_HARDWARE_INFO);
	CHECK(!cbor_enter_array(&d, &n) && n == 1);	/* response struct */
	CHECK(!cbor_enter_array(&d, &n) && n == 5);	/* hardware info */
	CHECK(!cbor_get_int(&d, &v) && v == 400);
	CHECK(!cbor_get_int(&d, &v) &&
	      v == KM_SECURITY_LEVEL_TRUSTED_ENVIRONMENT);
	CHECK(!cbor_get_text(&d, &s, &sl) && sl > 0);
	CHECK(sl == 13 && !memcmp(s, "Linux KeyMint", 13));
	CHECK(!cbor_get_text(&d, &s, &sl) && sl > 0);
	CHECK(!cbor_get_bool(&d, &b) && !b);
	for (n = 0; n < 5; n++)
		CHECK_EQ(cbor_leave(&d), 0);
	CHECK_EQ(cbor_dec_finish(&d), 0);
}

static void test_every_opcode(void)
{
	struct km_ta ta;
	unsigned int op;

	km_test_rng_seed(1);
	init_ta(&ta, &km_openssl_ops);
	CHECK_EQ(km_ta_state_flags(&ta), 0);

	/* Before start of day. */
	for (op = 0; op <= KM_OP_MAX; op++) {
		long want, got;

		if (!km_op_valid(op) || op == KM_OP_SET_HAL_INFO ||
		    op == KM_OP_SET_BOOT_INFO)
			continue;
		if (is_early(op))
			want = 0;
		else if (is_rpc(op))
			want = KM_RPC_STATUS_FAILED;
		else
			want = KM_ERROR_HARDWARE_NOT_YET_AVAILABLE;
		got = call_op(&ta, &unpriv, op);
		if (!CHECK_EQ(got, want))
			fprintf(stderr, "     op 0x%x before start of day\n", op);
		if (!want && op != KM_OP_GET_HARDWARE_INFO)
			CHECK(rsp_is_empty_ok(op));
		if (got)
			CHECK_EQ(rsp_len, 3 + (want <= -24) + (want < -255));
	}
	test_hardware_info(&ta);

	/* Boot info alone is not enough. */
	CHECK_EQ(set_boot(&ta, &priv, 32, KM_BOOT_STATE_VERIFIED, 1), 0);
	CHECK(rsp_is_empty_ok(KM_OP_SET_BOOT_INFO));
	CHECK_EQ(km_ta_state_flags(&ta), KM_TA_STATE_BOOT_INFO_SET);
	CHECK_EQ(call_op(&ta, &unpriv, KM_OP_GENERATE_KEY),
		 KM_ERROR_HARDWARE_NOT_YET_AVAILABLE);
	CHECK_EQ(set_hal(&ta, 160000), 0);
	CHECK(rsp_is_empty_ok(KM_OP_SET_HAL_INFO));
	CHECK_EQ(km_ta_state_flags(&ta),
		 KM_TA_STATE_BOOT_INFO_SET | KM_TA_STATE_HAL_INFO_SET);

	/* After start of day. */
	for (op = 0; op <= KM_OP_MAX; op++) {
		long want, got;

		if (!km_op_valid(op) || op == KM_OP_SET_HAL_INFO ||
		    op == KM_OP_SET_BOOT_INFO)
			continue;
		if (is_early(op))
			want = 0;
		else if (is_rpc(op))
			want = KM_RPC_STATUS_FAILED;
		else
			want = KM_ERROR_UNIMPLEMENTED;
		got = call_op(&ta, &unpriv, op);
		if (!CHECK_EQ(got, want))
			fprintf(stderr, "     op 0x%x after start of day\n", op);
	}
	test_hardware_info(&ta);
	km_ta_destroy(&ta);
}

static void test_start_of_day_rules(void)
{
	struct km_boot_info bi = { .verified_boot_state = 2 };
	struct km_ta ta;
	u8 req[256];
	size_t n;

	init_ta(&ta, &km_openssl_ops);

	/* SetBootInfo over the message path needs the privilege. */
	CHECK_EQ(set_boot(&ta, &unpriv, 32, 0, 1),
		 KM_ERROR_SECURE_HW_ACCESS_DENIED);
	CHECK_EQ(set_boot(&ta, NULL, 32, 0, 1),
		 KM_ERROR_SECURE_HW_ACCESS_DENIED);
	CHECK_EQ(km_ta_state_flags(&ta), 0);
	/* Bad sizes and states change nothing. */
	CHECK_EQ(set_boot(&ta, &priv, 31, 0, 1), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(set_boot(&ta, &priv, 33, 0, 1), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(set_boot(&ta, &priv, 0, 0, 1), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(set_boot(&ta, &priv, 32, 4, 1), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(set_boot(&ta, &priv, 32, -1, 1), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(set_boot(&ta, &priv, 32, 0x100000000LL, 1),
		 KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(km_ta_state_flags(&ta), 0);
	/* A boot patch level that is not a YYYYMMDD date is refused, unset. */
	n = boot_info_req(req, sizeof(req), 32, true, 3, 0, 7);
	CHECK_EQ(call(&ta, &priv, req, n), KM_ERROR_INVALID_ARGUMENT);
	n = boot_info_req(req, sizeof(req), 32, true, 3, 20251301, 7);
	CHECK_EQ(call(&ta, &priv, req, n), KM_ERROR_INVALID_ARGUMENT);
	n = boot_info_req(req, sizeof(req), 32, true, 3, 20250132, 7);
	CHECK_EQ(call(&ta, &priv, req, n), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(km_ta_state_flags(&ta), 0);
	/* Set once; identical repeat fine; different refused. */
	CHECK_EQ(set_boot(&ta, &priv, 32, 3, 7), 0);
	CHECK_EQ(set_boot(&ta, &priv, 32, 3, 7), 0);
	CHECK_EQ(set_boot(&ta, &priv, 32, 2, 7), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(set_boot(&ta, &priv, 32, 3, 8), KM_ERROR_INVALID_ARGUMENT);
	n = boot_info_req(req, sizeof(req), 32, false, 3, 20250105, 7);
	CHECK_EQ(call(&ta, &priv, req, n), KM_ERROR_INVALID_ARGUMENT);
	n = boot_info_req(req, sizeof(req), 32, true, 3, 20250106, 7);
	CHECK_EQ(call(&ta, &priv, req, n), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(ta.boot_info.verified_boot_state, 3);
	CHECK_EQ(ta.boot_info.verified_boot_key[0], 7);
	CHECK_EQ(ta.boot_info.boot_patchlevel, 20250105);
	CHECK(ta.boot_info.device_locked);

	/* The ioctl path: same rules, errno flavour. */
	memcpy(&bi, &ta.boot_info, sizeof(bi));
	CHECK_EQ(km_ta_set_boot_info(&ta, &bi), 0);
	bi.boot_patchlevel++;
	CHECK_EQ(km_ta_set_boot_info(&ta, &bi), -EALREADY);
	bi.boot_patchlevel--;
	bi.verified_boot_hash[31] ^= 1;
	CHECK_EQ(km_ta_set_boot_info(&ta, &bi), -EALREADY);
	bi.verified_boot_hash[31] ^= 1;
	bi.verified_boot_state = 4;
	CHECK_EQ(km_ta_set_boot_info(&ta, &bi), -EINVAL);
	CHECK_EQ(ta.boot_info.verified_boot_state, 3);

	/* SetHalInfo: once, identical repeat fine, different refused. */
	CHECK_EQ(set_hal(&ta, 150000), 0);
	CHECK_EQ(set_hal(&ta, 150000), 0);
	CHECK_EQ(set_hal(&ta, 160000), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(ta.hal_info.os_version, 150000);
	km_ta_destroy(&ta);

	/* A fresh TA: the ioctl path first, then the message repeats it. */
	init_ta(&ta, &km_openssl_ops);
	memset(&bi, 0, sizeof(bi));
	memset(bi.verified_boot_key, 7, 32);
	memset(bi.verified_boot_hash, 7 ^ 0xff, 32);
	bi.verified_boot_state = 3;
	bi.device_locked = true;
	bi.boot_patchlevel = 20250105;
	CHECK_EQ(km_ta_set_boot_info(&ta, &bi), 0);
	CHECK_EQ(km_ta_state_flags(&ta), KM_TA_STATE_BOOT_INFO_SET);
	CHECK_EQ(set_boot(&ta, &priv, 32, 3, 7), 0);
	CHECK_EQ(set_boot(&ta, &priv, 32, 0, 7), KM_ERROR_INVALID_ARGUMENT);
	km_ta_destroy(&ta);
}

static void test_entropy_limit(void)
{
	struct km_ta ta;

	init_ta(&ta, &km_openssl_ops);
	CHECK_EQ(add_entropy(&ta, 0), 0);
	CHECK_EQ(add_entropy(&ta, 1), 0);
	CHECK_EQ(add_entropy(&ta, KM_TA_MAX_ENTROPY), 0);
	CHECK(rsp_is_empty_ok(KM_OP_ADD_RNG_ENTROPY));
	CHECK_EQ(add_entropy(&ta, KM_TA_MAX_ENTROPY + 1),
		 KM_ERROR_INVALID_INPUT_LENGTH);
	CHECK_EQ(add_entropy(&ta, 4000), KM_ERROR_INVALID_INPUT_LENGTH);
	CHECK_EQ(km_ta_add_entropy(&ta, NULL, KM_TA_MAX_ENTROPY + 1), -EINVAL);
	km_ta_destroy(&ta);
}

static void test_malformed(void)
{
	static u8 big[KM_TA_MAX_REQ + 16];
	static const char * const bad[] = {
		"", "00", "ff", "80", "8113", "8213", "82138280",
		"8213828080ff", "83138080", "a0", "9f13828080ff", "82f41180",
		"82201180", "8218208080", "821b00000001000000118080",
		"5f41004101ff", "c082138280",
	};
	struct km_ta ta;
	size_t i, n;

	init_ta(&ta, &km_openssl_ops);
	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		u8 req[64];
		int len = check_unhex(bad[i], req, sizeof(req));

		CHECK(len >= 0);
		CHECK_EQ(km_ta_process(&ta, &priv, req, len, rsp, sizeof(rsp),
				       &rsp_len), 0);
		if (!CHECK(rsp_len == sizeof(undecodable) &&
			   !memcmp(rsp, undecodable, sizeof(undecodable))))
			fprintf(stderr, "     input %s\n", bad[i]);
	}
	/* Every truncation of every valid request gets an error response. */
	for (i = 0; i <= KM_OP_MAX; i++) {
		u8 req[1024];
		size_t k;

		if (!km_op_valid(i))
			continue;
		n = build_req(i, req, sizeof(req));
		for (k = 0; k < n; k++) {
			long got = call(&ta, &priv, req, k);

			CHECK(got < 0 || (is_rpc(i) && got == 1));
		}
	}
	/* Known op, wrong body: INVALID_ARGUMENT; RKP: STATUS_FAILED. */
	CHECK_EQ(call_hex(&ta, &priv, "82138180"), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(call_hex(&ta, &priv, "821380"), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(call_hex(&ta, &priv, "821181f6"), KM_ERROR_INVALID_ARGUMENT);
	CHECK_EQ(call_hex(&ta, &priv, "8218418101"), KM_RPC_STATUS_FAILED);
	CHECK_EQ(call_hex(&ta, &priv, "82138281821a300000630080"),
		 KM_ERROR_INVALID_TAG);
	CHECK_EQ(call_hex(&ta, &priv, "82138281821a700001f7f480"),
		 KM_ERROR_INVALID_ARGUMENT);
	/* Oversized: INVALID_INPUT_LENGTH without parsing. */
	memset(big, 0, sizeof(big));
	n = build_req(KM_OP_GET_HARDWARE_INFO, big, sizeof(big));
	CHECK_EQ(call(&ta, &priv, big, KM_TA_MAX_REQ + 1),
		 KM_ERROR_INVALID_INPUT_LENGTH);
	CHECK_EQ(call(&ta, &priv, big, KM_TA_MAX_REQ), KM_WIRE_UNDECODABLE);
	CHECK_EQ(call(&ta, &priv, big, n), 0);
	/* Deep nesting. */
	n = 0;
	big[n++] = 0x82;
	big[n++] = 0x13;
	for (i = 0; i < 40; i++)
		big[n++] = 0x81;
	big[n++] = 0x80;
	CHECK_EQ(call(&ta, &priv, big, n), KM_WIRE_UNDECODABLE);
	CHECK(rsp_len == sizeof(undecodable) &&
	      !memcmp(rsp, undecodable, sizeof(undecodable)));

	/* Response buffer bounds and argument checks. */
	n = build_req(KM_OP_GET_HARDWARE_INFO, big, sizeof(big));
	CHECK_EQ(km_ta_process(&ta, &priv, big, n, rsp, KM_TA_MIN_RSP_SIZE - 1,
			       &rsp_len), -EMSGSIZE);
	CHECK_EQ(km_ta_process(&ta, &priv, big, n, rsp, KM_TA_MIN_RSP_SIZE,
			       &rsp_len), 0);
	CHECK(rsp_len > 20 && rsp_len <= KM_TA_MIN_RSP_SIZE);
	CHECK_EQ(km_ta_process(&ta, &priv, NULL, 5, rsp, sizeof(rsp),
			       &rsp_len), -EINVAL);
	CHECK_EQ(km_ta_process(&ta, &priv, big, n, NULL, sizeof(rsp),
			       &rsp_len), -EINVAL);
	CHECK_EQ(km_ta_process(&ta, &priv, NULL, 0, rsp, sizeof(rsp),
			       &rsp_len), 0);
	CHECK(rsp_len == sizeof(undecodable) &&
	      !memcmp(rsp, undecodable, sizeof(undecodable)));
	km_ta_destroy(&ta);
}

/* Output of a fresh TA on the deterministic RNG after mixing @ent. */
static void rng_out(unsigned long long seed, const char *ent, u8 out[64])
{
	struct km_ta ta;

	km_test_rng_seed(seed);
	init_ta(&ta, &km_openssl_ops_det);
	if (ent)
		CHECK_EQ(km_ta_add_entropy(&ta, (const u8 *)ent, strlen(ent)),
			 0);
	CHECK_EQ(km_ta_random(&ta, out, 64), 0);
	km_ta_destroy(&ta);
}

static void test_rng(void)
{
	u8 a[64], b[64], c[64], d[64], e[64], zero[64] = { 0 };
	u8 big1[1000], big2[1000];
	struct km_ta ta;
	size_t i;

	/* Same platform stream, same entropy: same output (deterministic). */
	rng_out(42, "caller entropy", a);
	rng_out(42, "caller entropy", b);
	CHECK_MEM(a, b, 64);
	/* Same platform stream, different entropy: different output. */
	rng_out(42, "caller entropY", c);
	CHECK(memcmp(a, c, 64));
	rng_out(42, NULL, d);
	CHECK(memcmp(a, d, 64) && memcmp(c, d, 64));
	/* Same entropy, different platform stream: different output. */
	rng_out(43, "caller entropy", e);
	CHECK(memcmp(a, e, 64));
	CHECK(memcmp(a, zero, 64));

	/* Successive outputs differ; lengths not a block multiple work. */
	km_test_rng_seed(7);
	init_ta(&ta, &km_openssl_ops_det);
	CHECK_EQ(km_ta_random(&ta, a, 64), 0);
	CHECK_EQ(km_ta_random(&ta, b, 64), 0);
	CHECK(memcmp(a, b, 64));
	CHECK_EQ(km_ta_random(&ta, big1, sizeof(big1)), 0);
	CHECK_EQ(km_ta_random(&ta, big2, sizeof(big2)), 0);
	CHECK(memcmp(big1, big2, sizeof(big1)));
	/* No two 32-byte blocks of one output are equal. */
	for (i = 32; i + 32 <= sizeof(big1); i += 32)
		CHECK(memcmp(big1, big1 + i, 32));
	CHECK_EQ(km_ta_random(&ta, a, 0), 0);
	CHECK_EQ(km_ta_random(&ta, a, 1), 0);
	CHECK_EQ(ta.rng_counter, 6);
	km_ta_destroy(&ta);
	/* destroy wipes the pool key */
	CHECK(!memcmp(ta.rng_key, zero, sizeof(ta.rng_key)));
}

/* A few threads hammering process() and random() at once. */
static struct km_ta shared_ta;

static void *worker(void *arg)
{
	static const u8 hw[] = { 0x82, 0x11, 0x80 };
	u8 out[256], r[32];
	size_t len;
	long bad = 0;
	int i;

	for (i = 0; i < 200; i++) {
		if (km_ta_process(&shared_ta, &unpriv, hw, sizeof(hw), out,
				  sizeof(out), &len) || len < 20 || out[1])
			bad++;
		if (km_ta_random(&shared_ta, r, sizeof(r)))
			bad++;
		if (km_ta_add_entropy(&shared_ta, r, sizeof(r)))
			bad++;
		(void)km_ta_state_flags(&shared_ta);
	}
	return (void *)bad;
}

static void test_concurrency(void)
{
	pthread_t t[4];
	void *ret;
	int i;

	init_ta(&shared_ta, &km_openssl_ops);
	for (i = 0; i < 4; i++)
		CHECK_EQ(pthread_create(&t[i], NULL, worker, NULL), 0);
	for (i = 0; i < 4; i++) {
		CHECK_EQ(pthread_join(t[i], &ret), 0);
		CHECK(!ret);
	}
	CHECK_EQ(shared_ta.rng_counter, 800);
	km_ta_destroy(&shared_ta);
}

int main(void)
{
	test_init();
	test_every_opcode();
	test_start_of_day_rules();
	test_entropy_limit();
	test_malformed();
	test_rng();
	test_concurrency();
	return check_summary("ta");
}
