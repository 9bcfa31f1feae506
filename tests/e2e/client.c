// SPDX-License-Identifier: GPL-2.0-only
/*
 * client.c - end to end in the guest: libkeymint and the keymint CLI
 * against the real /dev/keymint, freshly loaded (no boot or HAL info yet).
 * Typed calls, the ioctls, KeyMint errors versus client errors, and the
 * CLI's exit codes (when the CLI is in the image).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../unit/check.h"
#include "../../userspace/lib/keymint.h"

#define EXPECT_CLIENT(rc, e) CHECK_EQ((rc), KM_CLIENT_ERR(e))

/* What boot_info(&bi, 0x33) sets, as CLI arguments. */
#define KEY33	"3333333333333333333333333333333333333333333333333333333333333333"
#define HASH5C	"5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c"
#define SAME_BOOT "boot set --state unverified --unlocked " \
	"--patchlevel 20250301 --key " KEY33 " --hash " HASH5C
#define HAL_PL "--os-patchlevel 202503 --vendor-patchlevel 20250301"

static uint32_t state(struct km_dev *dev)
{
	struct keymint_version v;

	memset(&v, 0, sizeof(v));
	if (!CHECK_EQ(km_get_version(dev, &v), 0))
		return ~0U;
	CHECK_EQ(v.abi_version, KEYMINT_ABI_VERSION);
	CHECK_EQ(v.max_msg_size, KEYMINT_MAX_MSG_SIZE);
	CHECK_EQ(v.keymint_version, 400);
	return v.flags;
}

static void boot_info(struct keymint_boot_info *bi, uint8_t key)
{
	memset(bi, 0, sizeof(*bi));
	memset(bi->verified_boot_key, key, sizeof(bi->verified_boot_key));
	memset(bi->verified_boot_hash, 0x5c, sizeof(bi->verified_boot_hash));
	bi->verified_boot_state = KEYMINT_BOOT_STATE_UNVERIFIED;
	bi->device_locked = 0;
	bi->boot_patchlevel = 20250301;
}

/* Exit status of `keymint ARGS` via the shell, or -1. */
static int cli(const char *args)
{
	char cmd[512];
	int st;

	snprintf(cmd, sizeof(cmd), "keymint %s >/dev/null 2>&1", args);
	st = system(cmd);
	return st >= 0 && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void test_cli(void)
{
	if (!CHECK_EQ(system("command -v keymint >/dev/null"), 0)) {
		fprintf(stderr, "keymint CLI not in the guest image\n");
		return;
	}
	CHECK_EQ(cli("info"), 0);
	CHECK_EQ(cli("info --json"), 0);
	CHECK_EQ(cli("boot status"), 0);
	CHECK_EQ(cli("raw 821180"), 0);
	CHECK_EQ(cli("raw ff"), 3);
	CHECK_EQ(cli("rng add --file /proc/version"), 0);
	CHECK_EQ(cli("--device /dev/nonexistent info"), 2);
	CHECK_EQ(cli("boot set --state verified"), 1);
	/* boot info is set by now (below): different data is refused */
	CHECK_EQ(cli("boot set --state verified --locked --patchlevel 20250101"),
		 5);
	CHECK_EQ(cli("boot set --state verified --locked --patchlevel 20250101 --via-message"),
		 3);
	/* identical data is accepted again, through both paths */
	CHECK_EQ(cli(SAME_BOOT), 0);
	CHECK_EQ(cli(SAME_BOOT " --via-message"), 0);
	CHECK_EQ(cli("hal set --os-version 160000 " HAL_PL), 0);
	CHECK_EQ(cli("hal set --os-version 1 " HAL_PL), 3);
}

int main(void)
{
	static uint8_t ent[KM_RNG_ENTROPY_MAX + 1], rsp[KEYMINT_MAX_MSG_SIZE];
	struct keymint_boot_info bi, other;
	struct km_hardware_info hi;
	struct km_dev *dev = NULL;
	const uint8_t *body;
	size_t n;
	int r;

	r = km_dev_open(NULL, &dev);
	if (!CHECK_EQ(r, 0))
		return check_summary("client");
	CHECK(!strcmp(km_dev_name(dev), "device"));
	CHECK_EQ(state(dev), 0);

	memset(&hi, 0, sizeof(hi));
	CHECK_EQ(km_get_hardware_info(dev, &hi), 0);
	CHECK_EQ(hi.version_number, 400);
	CHECK_EQ(hi.security_level, 1);
	CHECK(hi.name[0] && hi.author[0]);

	memset(ent, 0x3c, sizeof(ent));
	CHECK_EQ(km_add_rng_entropy(dev, ent, KM_RNG_ENTROPY_MAX), 0);
	CHECK_EQ(km_add_rng_entropy(dev, ent, sizeof(ent)), -21);

	/* Before start of day other commands are refused by the TA. */
	r = km_call_raw(dev, 0x61, (const uint8_t *)"\x81\x01", 2, rsp,
			sizeof(rsp), &body, &n);
	CHECK_EQ(r, -85);
	/* Garbage gets [UNKNOWN_ERROR, []]; oversize never leaves the host. */
	CHECK_EQ(km_transact(dev, (const uint8_t *)"\xff", 1, rsp, sizeof(rsp),
			     &n), 0);
	CHECK_EQ(km_decode_response(0x11, rsp, n, &body, &n), -1000);
	EXPECT_CLIENT(km_transact(dev, rsp, KEYMINT_MAX_MSG_SIZE + 1, rsp,
				  sizeof(rsp), &n), EMSGSIZE);

	/* A response too big for the caller's buffer is drained, not stuck. */
	EXPECT_CLIENT(km_call_raw(dev, 0x11, (const uint8_t *)"\x80", 1, rsp, 4,
				  &body, &n), EMSGSIZE);
	CHECK_EQ(km_get_hardware_info(dev, &hi), 0);

	/* Boot info: bad fields, then once through the ioctl. */
	boot_info(&bi, 0x33);
	bi.flags = 1;
	EXPECT_CLIENT(km_set_boot_info(dev, &bi), EINVAL);
	boot_info(&bi, 0x33);
	bi.verified_boot_state = 7;
	EXPECT_CLIENT(km_set_boot_info(dev, &bi), EINVAL);
	CHECK_EQ(state(dev), 0);
	boot_info(&bi, 0x33);
	CHECK_EQ(km_set_boot_info(dev, &bi), 0);
	CHECK_EQ(state(dev), KEYMINT_STATE_BOOT_INFO_SET);
	CHECK_EQ(km_set_boot_info(dev, &bi), 0);
	CHECK_EQ(km_set_boot_info_msg(dev, &bi), 0);
	boot_info(&other, 0x44);
	EXPECT_CLIENT(km_set_boot_info(dev, &other), EALREADY);
	CHECK_EQ(km_set_boot_info_msg(dev, &other), -38);

	km_dev_close(dev);
	test_cli();
	return check_summary("client");
}
