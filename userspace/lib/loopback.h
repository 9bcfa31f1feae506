/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * loopback.h - TEST-ONLY libkeymint backend that runs the userspace build
 * of lib/ta in-process, so the library and the keymint tool can be
 * exercised without a kernel.  It is not part of libkeymint.a: only test
 * programs (tests/unit/client_test, build/userspace/keymint-loopback) link
 * it, together with lib/ta, lib/cbor and a struct km_crypto_ops.
 *
 * The loopback caller counts as privileged (CAP_SYS_ADMIN): it may send
 * SetBootInfo.  Boot info set through km_set_boot_info() is checked the
 * way the kernel checks the ioctl (zero flags/reserved, state <= 3,
 * locked <= 1).
 */
#ifndef KEYMINT_USERSPACE_LOOPBACK_H
#define KEYMINT_USERSPACE_LOOPBACK_H

#include "keymint.h"

struct km_crypto_ops;

int km_loopback_open(const struct km_crypto_ops *ops, struct km_dev **ret_dev);

#endif /* KEYMINT_USERSPACE_LOOPBACK_H */
