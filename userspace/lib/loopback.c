// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * loopback.c - TEST-ONLY in-process transport: lib/ta behind struct
 * km_backend.  See loopback.h.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../../lib/ta/ta.h"
#include "keymint.h"
#include "loopback.h"

static int km_lb_transact(void *ctx, const uint8_t *req, size_t len,
			  uint8_t *rsp, size_t cap, size_t *rsplen)
{
	const struct km_caller caller = { .may_set_boot_info = true };
	size_t n = 0;
	int r;

	r = km_ta_process(ctx, &caller, req, len, rsp, cap, &n);
	if (r)
		return r < 0 ? r : -EIO;
	*rsplen = n;
	return 0;
}

static int km_lb_get_version(void *ctx, struct keymint_version *ver)
{
	memset(ver, 0, sizeof(*ver));
	ver->abi_version = KEYMINT_ABI_VERSION;
	ver->max_msg_size = KEYMINT_MAX_MSG_SIZE;
	ver->keymint_version = KM_TA_KEYMINT_VERSION;
	ver->flags = km_ta_state_flags(ctx);
	return 0;
}

static int km_lb_set_boot_info(void *ctx, const struct keymint_boot_info *bi)
{
	struct km_boot_info kbi;
	int r;

	if (bi->flags || bi->reserved[0] || bi->reserved[1] ||
	    bi->verified_boot_state > KEYMINT_BOOT_STATE_FAILED ||
	    bi->device_locked > 1)
		return -EINVAL;
	memset(&kbi, 0, sizeof(kbi));
	memcpy(kbi.verified_boot_key, bi->verified_boot_key,
	       sizeof(kbi.verified_boot_key));
	memcpy(kbi.verified_boot_hash, bi->verified_boot_hash,
	       sizeof(kbi.verified_boot_hash));
	kbi.verified_boot_state = bi->verified_boot_state;
	kbi.device_locked = bi->device_locked;
	kbi.boot_patchlevel = bi->boot_patchlevel;
	r = km_ta_set_boot_info(ctx, &kbi);
	return r ? (r < 0 && r > -4096 ? r : -EIO) : 0;
}

static void km_lb_close(void *ctx)
{
	km_ta_destroy(ctx);
	free(ctx);
}

static const struct km_backend km_loopback_backend = {
	.name = "loopback",
	.transact = km_lb_transact,
	.get_version = km_lb_get_version,
	.set_boot_info = km_lb_set_boot_info,
	.close = km_lb_close,
};

/**
 * km_loopback_open() - start an in-process TA and connect to it (tests)
 * @ops: crypto primitives for the TA (e.g. OpenSSL-backed in tests)
 * @ret_dev: receives the connection; untouched on failure
 *
 * Return: 0, or KM_CLIENT_ERR(errno) if the TA could not start.
 */
int km_loopback_open(const struct km_crypto_ops *ops, struct km_dev **ret_dev)
{
	struct km_ta_platform plat = { .crypto = ops };
	struct km_ta *ta;
	int r;

	if (!ops || !ret_dev)
		return KM_CLIENT_ERR(EINVAL);
	ta = calloc(1, sizeof(*ta));
	if (!ta)
		return KM_CLIENT_ERR(ENOMEM);
	r = km_ta_init(ta, &plat);
	if (r) {
		free(ta);
		return KM_CLIENT_ERR(r < 0 && r > -4096 ? -r : EIO);
	}
	r = km_dev_open_backend(&km_loopback_backend, ta, ret_dev);
	if (r)
		km_lb_close(ta);
	return r;
}
