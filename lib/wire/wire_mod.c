// SPDX-License-Identifier: GPL-2.0-only
/*
 * Module information for keymint_wire.ko.
 * Kernel only: listed in lib/wire/Kbuild, never in userspace builds.
 */
#include "wire.h"

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KeyMint: v4 tag/error/enum tables and kmr-wire CBOR codec");
