// SPDX-License-Identifier: GPL-2.0-only
/*
 * Module glue for keymint_ed25519.ko (kernel
 * builds only; userspace tests link ed25519.c and x25519.c alone).
 */
#include <linux/module.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KeyMint: Ed25519 signatures (RFC 8032) and X25519 (RFC 7748)");
