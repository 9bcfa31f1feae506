// SPDX-License-Identifier: GPL-2.0-only
/*
 * Module boilerplate for keymint_rsa.ko (kernel only).
 */
#include <linux/module.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KeyMint RSA key generation, private operations and PKCS #1 encodings");
