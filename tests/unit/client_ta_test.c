// SPDX-License-Identifier: GPL-2.0-only
/*
 * client_ta_test.c - libkeymint round trips against the userspace build of
 * lib/ta through the TEST-ONLY loopback backend: every typed call, the
 * ioctl emulation, KeyMint errors versus client errors, and raw requests.
 */
#include <errno.h>
#include <string.h>

#include "check.h"
#include "ops_openssl.h"
#include "../../userspace/lib/keymint.h"
#include "../../userspace/lib/loopback.h"

#define EXPECT_CLIENT(rc, e) CHECK_EQ((rc), KM_CLIENT_ERR(e))
static bool is_km_error(int rc)
{
	return rc < 0 && !km_is_client_err(rc);
}

static void boot_info(struct keymint_boot_info *bi, uint8_t key)
{
	memset(bi, 0, sizeof(*bi));
	memset(bi->verified_boot_key, key, sizeof(bi->verified_boot_key));
	memset(bi->verified_boot_hash, 0x22, sizeof(bi->verified_boot_hash));
	bi->verified_boot_state = KEYMINT_BOOT_STATE_VERIFIED;
	bi->device_locked = 1;
	bi->boot_patchlevel = 20250101;
}

static uint32_t flags(struct km_dev *dev)
{
	struct keymint_version v;

	memset(&v, 0xff, sizeof(v));
	if (!CHECK_EQ(km_get_version(dev, &v), 0))
		return ~0U;
	CHECK_EQ(v.abi_version, KEYMINT_ABI_VERSION);
	CHECK_EQ(v.max_msg_size, KEYMINT_MAX_MSG_SIZE);
	CHECK_EQ(v.keymint_version, 400);
	return v.flags;
}

static void test_device_calls(struct km_dev *dev)
{
	static uint8_t ent[KM_RNG_ENTROPY_MAX + 1];
	struct km_hardware_info hi;
	int r;

	CHECK_EQ(flags(dev), 0);
	memset(&hi, 0, sizeof(hi));
	CHECK_EQ(km_get_hardware_info(dev, &hi), 0);
	CHECK_EQ(hi.version_number, 400);
	CHECK_EQ(hi.security_level, 1);
	CHECK(hi.name[0] != '\0');
	CHECK(hi.author[0] != '\0');

	memset(ent, 0x42, sizeof(ent));
	CHECK_EQ(km_add_rng_entropy(dev, ent, KM_RNG_ENTROPY_MAX), 0);
	CHECK_EQ(km_add_rng_entropy(dev, ent, 1), 0);
	r = km_add_rng_entropy(dev, ent, sizeof(ent));
	CHECK_EQ(r, -21);	/* INVALID_INPUT_LENGTH */
	CHECK(!km_is_client_err(r));
	CHECK(!strcmp(km_strerror(r), "INVALID_INPUT_LENGTH (-21)"));
}

static void test_start_of_day(struct km_dev *dev)
{
	struct keymint_boot_info bi, other;
	int r;

	/* HAL info: once; identical repeat fine, different refused. */
	CHECK_EQ(km_set_hal_info(dev, 160000, 202501, 20250105), 0);
	CHECK_EQ(flags(dev), KEYMINT_STATE_HAL_INFO_SET);
	CHECK_EQ(km_set_hal_info(dev, 160000, 202501, 20250105), 0);
	r = km_set_hal_info(dev, 150000, 202501, 20250105);
	CHECK(is_km_error(r));
	CHECK_EQ(flags(dev), KEYMINT_STATE_HAL_INFO_SET);

	/* Bad ioctl fields are refused before the TA sees them. */
	boot_info(&bi, 0x11);
	bi.verified_boot_state = 4;
	EXPECT_CLIENT(km_set_boot_info(dev, &bi), EINVAL);
	boot_info(&bi, 0x11);
	bi.reserved[0] = 1;
	EXPECT_CLIENT(km_set_boot_info(dev, &bi), EINVAL);
	boot_info(&bi, 0x11);
	bi.device_locked = 2;
	EXPECT_CLIENT(km_set_boot_info(dev, &bi), EINVAL);
	CHECK_EQ(flags(dev), KEYMINT_STATE_HAL_INFO_SET);

	/* Boot info via the message, then the same via the ioctl. */
	boot_info(&bi, 0x11);
	CHECK_EQ(km_set_boot_info_msg(dev, &bi), 0);
	CHECK_EQ(flags(dev), KEYMINT_STATE_HAL_INFO_SET |
		 KEYMINT_STATE_BOOT_INFO_SET);
	CHECK_EQ(km_set_boot_info(dev, &bi), 0);
	CHECK_EQ(km_set_boot_info_msg(dev, &bi), 0);
	/* Different data: errno through the ioctl, ErrorCode as a message. */
	boot_info(&other, 0x33);
	EXPECT_CLIENT(km_set_boot_info(dev, &other), EALREADY);
	r = km_set_boot_info_msg(dev, &other);
	CHECK_EQ(r, -38);	/* INVALID_ARGUMENT */
	other = bi;
	other.boot_patchlevel++;
	EXPECT_CLIENT(km_set_boot_info(dev, &other), EALREADY);
}

static void test_raw(struct km_dev *dev)
{
	static uint8_t rsp[KEYMINT_MAX_MSG_SIZE];
	const uint8_t empty[] = { 0x80 };
	const uint8_t *body;
	size_t n, len;
	int r;

	/* getHardwareInfo by hand: body [[400, 1, name, author, false]] */
	r = km_call_raw(dev, 0x11, empty, 1, rsp, sizeof(rsp), &body, &n);
	CHECK_EQ(r, 0);
	CHECK(n > 6 && body[0] == 0x81 && body[1] == 0x85 &&
	      body[2] == 0x19 && body[3] == 0x01 && body[4] == 0x90);

	/* Not implemented yet: a KeyMint error, not a client error. */
	r = km_call_raw(dev, 0x61, (const uint8_t *)"\x81\x01", 2, rsp,
			sizeof(rsp), &body, &n);
	CHECK(is_km_error(r));
	/* RKP opcodes answer with a positive IRPC status. */
	r = km_call_raw(dev, 0x41, empty, 1, rsp, sizeof(rsp), &body, &n);
	CHECK(r > 0);

	/* Garbage: the TA answers [UNKNOWN_ERROR, []]. */
	CHECK_EQ(km_transact(dev, (const uint8_t *)"\xff\x00", 2, rsp,
			     sizeof(rsp), &len), 0);
	CHECK_EQ(len, 5);
	CHECK_EQ(km_decode_response(0x11, rsp, len, &body, &n), -1000);
	/* A request with a body of the wrong shape. */
	r = km_call_raw(dev, 0x12, empty, 1, rsp, sizeof(rsp), &body, &n);
	CHECK(is_km_error(r));
}

int main(void)
{
	struct km_dev *dev = NULL;
	int r;

	EXPECT_CLIENT(km_loopback_open(NULL, &dev), EINVAL);
	r = km_loopback_open(&km_openssl_ops, &dev);
	if (!CHECK_EQ(r, 0))
		return check_summary("client_ta");
	CHECK(!strcmp(km_dev_name(dev), "loopback"));
	test_device_calls(dev);
	test_start_of_day(dev);
	test_raw(dev);
	km_dev_close(dev);
	return check_summary("client_ta");
}
