// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * messages - KeyMint messages through /dev/keymint inside the test guest:
 * getHardwareInfo, the start-of-day gate (HARDWARE_NOT_YET_AVAILABLE until
 * both SetHalInfo and the boot info are set), addRngEntropy limits,
 * malformed / truncated / oversized / deeply nested CBOR and opcodes
 * without a handler.  Expects a freshly loaded module.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/ioctl.h>

#include "e2e_util.h"

#define OP_DESTROY_ATTESTATION_IDS	0x19
#define OP_GET_ROT_CHALLENGE		0x71

/* The TA's fixed answer to anything that is not [opcode, body]. */
static const uint8_t undecodable[] = { 0x82, 0x39, 0x03, 0xe7, 0x80 };

static uint8_t rsp[KEYMINT_MAX_MSG_SIZE];

static ssize_t call(const void *req, size_t len)
{
	int fd = e2e_open(0);
	ssize_t n;

	if (fd < 0)
		return -errno;
	n = e2e_call(fd, req, len, rsp, sizeof(rsp));
	close(fd);
	return n;
}

static int64_t err_of(const void *req, size_t len)
{
	const uint8_t *body;
	int64_t err;
	ssize_t n = call(req, len);

	if (n <= 0 || rsp_envelope(rsp, n, &err, &body))
		return INT64_MIN;
	return err;
}

static int is_undecodable(const void *req, size_t len)
{
	ssize_t n = call(req, len);

	return n == sizeof(undecodable) && !memcmp(rsp, undecodable, n);
}

static int64_t empty_op(unsigned int op)
{
	uint8_t req[8], *p = req;

	p = cb_head(p, 4, 2);
	p = cb_int(p, op);
	p = cb_head(p, 4, 0);
	return err_of(req, p - req);
}

static int flags(void)
{
	struct keymint_version v;
	int fd = e2e_open(0), ret = -1;

	if (fd >= 0 && !ioctl(fd, KEYMINT_IOC_GET_VERSION, &v))
		ret = v.flags;
	if (fd >= 0)
		close(fd);
	return ret;
}

static int skip_text(const uint8_t **p, const uint8_t *end, uint64_t *len)
{
	unsigned int mt;

	if (cb_get_head(p, end, &mt, len) || mt != 3 ||
	    (uint64_t)(end - *p) < *len)
		return -1;
	*p += *len;
	return 0;
}

/*
 * [0, [[0x11, [[400, 1 (TEE), name, author, bool]]]]] with non-empty names
 * (GetHardwareInfoResponse is the one-field struct [ret]).
 */
static void test_hardware_info(void)
{
	static const uint8_t req[] = { 0x82, OP_GET_HARDWARE_INFO, 0x80 };
	const uint8_t *p, *end;
	unsigned int mt;
	uint64_t v, name_len = 0, author_len = 0;
	int64_t err = -1;
	ssize_t n = call(req, sizeof(req));
	int ok;

	CHECK(n > 0);
	if (n <= 0)
		return;
	end = rsp + n;
	ok = rsp_envelope(rsp, n, &err, &p) == 0 && err == 0 && p;
	ok = ok && !cb_get_head(&p, end, &mt, &v) && mt == 4 && v == 2;
	ok = ok && !cb_get_head(&p, end, &mt, &v) && mt == 0 &&
	     v == OP_GET_HARDWARE_INFO;
	ok = ok && !cb_get_head(&p, end, &mt, &v) && mt == 4 && v == 1;
	ok = ok && !cb_get_head(&p, end, &mt, &v) && mt == 4 && v == 5;
	ok = ok && !cb_get_head(&p, end, &mt, &v) && mt == 0 && v == 400;
	ok = ok && !cb_get_head(&p, end, &mt, &v) && mt == 0 && v == 1;
	ok = ok && !skip_text(&p, end, &name_len);
	ok = ok && !skip_text(&p, end, &author_len);
	ok = ok && p < end && (*p == 0xf4 || *p == 0xf5) && p + 1 == end;
	CHECK(ok);
	CHECK(name_len > 0);
	CHECK(author_len > 0);
}

static int64_t entropy(size_t len)
{
	static uint8_t req[KEYMINT_MAX_MSG_SIZE];
	static uint8_t data[KEYMINT_MAX_MSG_SIZE];
	uint8_t *p = req;

	memset(data, 0x3c, sizeof(data));
	p = cb_head(p, 4, 2);
	p = cb_int(p, OP_ADD_RNG_ENTROPY);
	p = cb_head(p, 4, 1);
	p = cb_bstr(p, data, len);
	return err_of(req, p - req);
}

static void test_entropy(void)
{
	CHECK_EQ(entropy(0), KM_ERR_OK);
	CHECK_EQ(entropy(1), KM_ERR_OK);
	CHECK_EQ(entropy(2048), KM_ERR_OK);
	CHECK_EQ(entropy(2049), KM_ERR_INVALID_INPUT_LENGTH);
	/* the largest bstr that still fits a maximal request */
	CHECK_EQ(entropy(KEYMINT_MAX_MSG_SIZE - 8), KM_ERR_INVALID_INPUT_LENGTH);
}

static void test_malformed(void)
{
	static uint8_t deep[64];
	static const uint8_t not_array[] = { 0x11 };
	static const uint8_t empty[] = { 0x80 };
	static const uint8_t one[] = { 0x81, 0x11 };
	static const uint8_t three[] = { 0x83, 0x11, 0x80, 0x80 };
	static const uint8_t trailing[] = { 0x82, 0x11, 0x80, 0x00 };
	static const uint8_t truncated_env[] = { 0x82, 0x11 };
	static const uint8_t truncated_bstr[] = { 0x82, 0x12, 0x81, 0x45, 1, 2 };
	static const uint8_t unknown_op[] = { 0x82, 0x10, 0x80 };
	static const uint8_t huge_op[] = { 0x82, 0x1b, 0xff, 0xff, 0xff, 0xff,
					   0xff, 0xff, 0xff, 0xff, 0x80 };
	static const uint8_t neg_op[] = { 0x82, 0x20, 0x80 };
	static const uint8_t indefinite[] = { 0x9f, 0x11, 0x80, 0xff };
	static const uint8_t reserved_ai[] = { 0x82, 0x1c, 0x80 };
	static const uint8_t huge_len[] = { 0x82, 0x12, 0x81, 0x5b, 0xff, 0xff,
					    0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
	static const uint8_t wrong_type[] = { 0x82, 0x12, 0x81, 0x05 };
	static const uint8_t extra_field[] = { 0x82, 0x11, 0x81, 0x00 };
	uint8_t zero = 0;
	size_t i, n = 0;

	CHECK(is_undecodable(&zero, 1));
	CHECK(is_undecodable(not_array, sizeof(not_array)));
	CHECK(is_undecodable(empty, sizeof(empty)));
	CHECK(is_undecodable(one, sizeof(one)));
	CHECK(is_undecodable(three, sizeof(three)));
	CHECK(is_undecodable(trailing, sizeof(trailing)));
	CHECK(is_undecodable(truncated_env, sizeof(truncated_env)));
	CHECK(is_undecodable(unknown_op, sizeof(unknown_op)));
	CHECK(is_undecodable(huge_op, sizeof(huge_op)));
	CHECK(is_undecodable(neg_op, sizeof(neg_op)));
	CHECK(is_undecodable(indefinite, sizeof(indefinite)));
	CHECK(is_undecodable(reserved_ai, sizeof(reserved_ai)));

	/* a body that is CBOR but not the opcode's schema */
	CHECK_EQ(err_of(wrong_type, sizeof(wrong_type)), KM_ERR_INVALID_ARGUMENT);
	CHECK_EQ(err_of(extra_field, sizeof(extra_field)),
		 KM_ERR_INVALID_ARGUMENT);
	/* truncated or impossible lengths never read past the request */
	CHECK(err_of(truncated_bstr, sizeof(truncated_bstr)) < 0);
	CHECK(err_of(huge_len, sizeof(huge_len)) < 0);

	/* [0x11, [[[[...]]]]] nested 40 deep */
	deep[n++] = 0x82;
	deep[n++] = OP_GET_HARDWARE_INFO;
	for (i = 0; i < 40; i++)
		deep[n++] = 0x81;
	deep[n++] = 0x80;
	CHECK(err_of(deep, n) < 0);
	for (i = 0; i < sizeof(deep); i++)
		deep[i] = 0x81;
	CHECK(is_undecodable(deep, sizeof(deep)));
}

static void test_start_of_day(void)
{
	struct keymint_boot_info bi;
	uint8_t req[32], *p = req;
	int fd;

	CHECK_EQ(flags(), 0);
	CHECK_EQ(empty_op(OP_DESTROY_ATTESTATION_IDS),
		 KM_ERR_HARDWARE_NOT_YET_AVAILABLE);
	CHECK_EQ(empty_op(OP_GET_ROT_CHALLENGE),
		 KM_ERR_HARDWARE_NOT_YET_AVAILABLE);

	/* SetHalInfo [160000, 202504, 20250405] */
	p = cb_head(p, 4, 2);
	p = cb_int(p, OP_SET_HAL_INFO);
	p = cb_head(p, 4, 3);
	p = cb_int(p, 160000);
	p = cb_int(p, 202504);
	p = cb_int(p, 20250405);
	CHECK_EQ(err_of(req, p - req), KM_ERR_OK);
	CHECK_EQ(flags(), KEYMINT_STATE_HAL_INFO_SET);
	CHECK_EQ(err_of(req, p - req), KM_ERR_OK);	/* identical repeat */
	/* half-way: still not available */
	CHECK_EQ(empty_op(OP_DESTROY_ATTESTATION_IDS),
		 KM_ERR_HARDWARE_NOT_YET_AVAILABLE);

	memset(&bi, 0, sizeof(bi));
	bi.verified_boot_state = KEYMINT_BOOT_STATE_UNVERIFIED;
	bi.boot_patchlevel = 20250405;
	fd = e2e_open(0);
	CHECK(fd >= 0 && ioctl(fd, KEYMINT_IOC_SET_BOOT_INFO, &bi) == 0);
	close(fd);
	CHECK_EQ(flags(), KEYMINT_STATE_HAL_INFO_SET |
			  KEYMINT_STATE_BOOT_INFO_SET);

	/* now the commands without a handler say so */
	CHECK_EQ(empty_op(OP_DESTROY_ATTESTATION_IDS), KM_ERR_UNIMPLEMENTED);
	CHECK_EQ(empty_op(OP_GET_ROT_CHALLENGE), KM_ERR_UNIMPLEMENTED);
	test_hardware_info();
	test_entropy();
}

int main(void)
{
	if (access(E2E_DEV, F_OK)) {
		CHECK(!"/dev/keymint exists");
		return check_summary("messages");
	}
	/* before start of day: the early commands work */
	test_hardware_info();
	test_entropy();
	test_malformed();
	test_start_of_day();
	test_malformed();
	return check_summary("messages");
}
