// SPDX-License-Identifier: GPL-2.0-only
/*
 * Module boilerplate for keymint_bn.ko (kernel only).
 */
#include <linux/module.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KeyMint constant-time bignum arithmetic");
