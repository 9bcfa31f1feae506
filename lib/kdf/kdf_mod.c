// SPDX-License-Identifier: GPL-2.0-only
/*
 * Module glue for keymint_kdf.ko (kernel builds only;
 * userspace tests link kdf.c alone).
 */
#include <linux/module.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KeyMint: HKDF-SHA256 and AES-CMAC counter-mode KDF");
