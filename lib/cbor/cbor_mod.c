// SPDX-License-Identifier: GPL-2.0-only
/*
 * Module information for keymint_cbor.ko.
 * Kernel only: listed in lib/cbor/Kbuild, never in userspace builds.
 */
#include "cbor.h"

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KeyMint: strict non-allocating CBOR (RFC 8949) codec");
