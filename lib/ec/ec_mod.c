// SPDX-License-Identifier: GPL-2.0-only
/*
 * Module information for keymint_ec.ko (kernel only).
 */
#include <linux/module.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KeyMint: NIST P-224/P-256/P-384/P-521 ECDSA, ECDH and keys");
