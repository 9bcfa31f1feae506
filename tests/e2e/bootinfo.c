// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * bootinfo - the start-of-day ioctls of /dev/keymint inside the test guest:
 * KEYMINT_IOC_GET_VERSION, and KEYMINT_IOC_SET_BOOT_INFO's permission
 * check (CAP_SYS_ADMIN at ioctl time), reserved/flags/range validation
 * that changes nothing, set-once semantics, and the SetBootInfo (0x82)
 * message path that depends on the opener's CAP_SYS_ADMIN.  Expects a
 * freshly loaded module (no boot info set yet).
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <linux/capability.h>

#include "e2e_util.h"

#define KM_ERR_SECURE_HW_ACCESS_DENIED	(-45)

static int get_flags(int fd)
{
	struct keymint_version v;

	if (ioctl(fd, KEYMINT_IOC_GET_VERSION, &v))
		return -1;
	return v.flags;
}

static void good_info(struct keymint_boot_info *bi)
{
	memset(bi, 0, sizeof(*bi));
	memset(bi->verified_boot_key, 0xa5, sizeof(bi->verified_boot_key));
	memset(bi->verified_boot_hash, 0x5a, sizeof(bi->verified_boot_hash));
	bi->verified_boot_state = KEYMINT_BOOT_STATE_VERIFIED;
	bi->device_locked = 1;
	bi->boot_patchlevel = 20250405;
}

static int set_errno(int fd, const struct keymint_boot_info *bi)
{
	errno = 0;
	return ioctl(fd, KEYMINT_IOC_SET_BOOT_INFO, bi) ? errno : 0;
}

/* [0x82, [key, locked, state, hash, patchlevel]] from @bi. */
static size_t boot_info_msg(uint8_t *buf, const struct keymint_boot_info *bi)
{
	uint8_t *p = buf;

	p = cb_head(p, 4, 2);
	p = cb_int(p, OP_SET_BOOT_INFO);
	p = cb_head(p, 4, 5);
	p = cb_bstr(p, bi->verified_boot_key, sizeof(bi->verified_boot_key));
	*p++ = bi->device_locked ? 0xf5 : 0xf4;
	p = cb_int(p, bi->verified_boot_state);
	p = cb_bstr(p, bi->verified_boot_hash, sizeof(bi->verified_boot_hash));
	p = cb_int(p, bi->boot_patchlevel);
	return p - buf;
}

static int64_t msg_error_on(int fd, const uint8_t *req, size_t len)
{
	static uint8_t rsp[KEYMINT_MAX_MSG_SIZE];
	const uint8_t *body;
	int64_t err;
	ssize_t n = e2e_call(fd, req, len, rsp, sizeof(rsp));

	if (n <= 0 || rsp_envelope(rsp, n, &err, &body))
		return INT64_MIN;
	return err;
}

static void test_version(int fd)
{
	struct keymint_version v;

	memset(&v, 0xff, sizeof(v));
	CHECK_EQ(ioctl(fd, KEYMINT_IOC_GET_VERSION, &v), 0);
	CHECK_EQ(v.abi_version, KEYMINT_ABI_VERSION);
	CHECK_EQ(v.max_msg_size, KEYMINT_MAX_MSG_SIZE);
	CHECK_EQ(v.keymint_version, 400);
	CHECK_EQ(v.flags, 0);
	errno = 0;
	CHECK(syscall(SYS_ioctl, fd, KEYMINT_IOC_GET_VERSION, 16L) == -1 &&
	      errno == EFAULT);
}

static void test_unknown_cmds(int fd)
{
	struct keymint_boot_info bi;
	char big[256] = { 0 };

	good_info(&bi);
	errno = 0;
	CHECK(ioctl(fd, _IO(KEYMINT_IOC_MAGIC, 0x7f)) == -1 && errno == ENOTTY);
	/* same number, other sizes or directions are other commands */
	errno = 0;
	CHECK(ioctl(fd, _IOW(KEYMINT_IOC_MAGIC, 0x01, char[88]), &bi) == -1 &&
	      errno == ENOTTY);
	errno = 0;
	CHECK(ioctl(fd, _IOW(KEYMINT_IOC_MAGIC, 0x01, char[104]), big) == -1 &&
	      errno == ENOTTY);
	errno = 0;
	CHECK(ioctl(fd, _IOWR(KEYMINT_IOC_MAGIC, 0x01,
			      struct keymint_boot_info), &bi) == -1 &&
	      errno == ENOTTY);
	errno = 0;
	CHECK(ioctl(fd, _IOW(KEYMINT_IOC_MAGIC, 0x00, struct keymint_version),
		    big) == -1 && errno == ENOTTY);
	CHECK_EQ(get_flags(fd), 0);
}

static void test_invalid(int fd)
{
	static const uint32_t bad_pl[] = { 0, 1, 20251300, 20250001, 20250132,
					   100000000, 0xffffffff };
	struct keymint_boot_info bi;
	size_t i;

	good_info(&bi);
	bi.flags = 1;
	CHECK_EQ(set_errno(fd, &bi), EINVAL);
	good_info(&bi);
	bi.flags = 0x80000000;
	CHECK_EQ(set_errno(fd, &bi), EINVAL);
	good_info(&bi);
	bi.reserved[0] = 1;
	CHECK_EQ(set_errno(fd, &bi), EINVAL);
	good_info(&bi);
	bi.reserved[1] = 1ULL << 63;
	CHECK_EQ(set_errno(fd, &bi), EINVAL);
	good_info(&bi);
	bi.verified_boot_state = KEYMINT_BOOT_STATE_FAILED + 1;
	CHECK_EQ(set_errno(fd, &bi), EINVAL);
	good_info(&bi);
	bi.verified_boot_state = 0xffffffff;
	CHECK_EQ(set_errno(fd, &bi), EINVAL);
	good_info(&bi);
	bi.device_locked = 2;
	CHECK_EQ(set_errno(fd, &bi), EINVAL);
	for (i = 0; i < ARRAY_SIZE(bad_pl); i++) {
		good_info(&bi);
		bi.boot_patchlevel = bad_pl[i];
		CHECK_EQ(set_errno(fd, &bi), EINVAL);
	}
	errno = 0;
	CHECK(syscall(SYS_ioctl, fd, KEYMINT_IOC_SET_BOOT_INFO, 16L) == -1 &&
	      errno == EFAULT);
	/* none of that changed anything */
	CHECK_EQ(get_flags(fd), 0);
}

/*
 * In a child: drop CAP_SYS_ADMIN (keeping uid 0, so the 0600 node still
 * opens), then the ioctl is refused even on a file opened with the
 * capability, and the 0x82 message is refused on a file opened without it.
 * Returns a bit mask of failed expectations.
 */
static int child_no_cap(int inherited_fd)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];
	struct keymint_boot_info bi;
	uint8_t msg[128];
	int fails = 0, fd;

	if (syscall(SYS_capget, &h, d))
		return 1;
	d[0].effective &= ~(1u << CAP_SYS_ADMIN);
	d[0].permitted &= ~(1u << CAP_SYS_ADMIN);
	if (syscall(SYS_capset, &h, d))
		return 2;

	good_info(&bi);
	if (set_errno(inherited_fd, &bi) != EPERM)
		fails |= 4;
	fd = e2e_open(0);
	if (fd < 0)
		return fails | 8;
	if (msg_error_on(fd, msg, boot_info_msg(msg, &bi)) !=
	    KM_ERR_SECURE_HW_ACCESS_DENIED)
		fails |= 16;
	if (set_errno(fd, &bi) != EPERM)
		fails |= 32;
	if (get_flags(fd) != 0)		/* GET_VERSION needs no privilege */
		fails |= 64;
	close(fd);
	return fails;
}

/* In a child: as user nobody the 0600 node does not open at all. */
static int child_nobody(void)
{
	if (setgid(65534) || setuid(65534))
		return 1;
	errno = 0;
	if (open(E2E_DEV, O_RDWR) != -1 || errno != EACCES)
		return 2;
	return 0;
}

static int run_child(int (*fn)(int), int arg)
{
	int st;
	pid_t pid = fork();

	if (pid == 0)
		_exit(fn(arg));
	if (pid < 0 || waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

static int nobody_wrap(int unused)
{
	return child_nobody();
}

static void test_set_once(int fd)
{
	struct keymint_boot_info bi, other;
	uint8_t msg[128];

	good_info(&bi);
	CHECK_EQ(set_errno(fd, &bi), 0);
	CHECK_EQ(get_flags(fd), KEYMINT_STATE_BOOT_INFO_SET);
	/* identical repeat is harmless, on the ioctl and the message path */
	CHECK_EQ(set_errno(fd, &bi), 0);
	CHECK_EQ(msg_error_on(fd, msg, boot_info_msg(msg, &bi)), KM_ERR_OK);

	other = bi;
	other.verified_boot_hash[31] ^= 1;
	CHECK_EQ(set_errno(fd, &other), EALREADY);
	other = bi;
	other.verified_boot_state = KEYMINT_BOOT_STATE_UNVERIFIED;
	CHECK_EQ(set_errno(fd, &other), EALREADY);
	other = bi;
	other.device_locked = 0;
	CHECK_EQ(set_errno(fd, &other), EALREADY);
	other = bi;
	other.boot_patchlevel = 20250501;
	CHECK_EQ(set_errno(fd, &other), EALREADY);
	other = bi;
	other.verified_boot_key[0] ^= 0x80;
	CHECK_EQ(msg_error_on(fd, msg, boot_info_msg(msg, &other)),
		 KM_ERR_INVALID_ARGUMENT);
	CHECK_EQ(get_flags(fd), KEYMINT_STATE_BOOT_INFO_SET);
}

int main(void)
{
	int fd = e2e_open(0);

	CHECK(fd >= 0);
	if (fd < 0)
		return check_summary("bootinfo");
	test_version(fd);
	test_unknown_cmds(fd);
	test_invalid(fd);
	CHECK_EQ(run_child(child_no_cap, fd), 0);
	CHECK_EQ(run_child(nobody_wrap, 0), 0);
	CHECK_EQ(get_flags(fd), 0);
	test_set_once(fd);
	close(fd);
	return check_summary("bootinfo");
}
