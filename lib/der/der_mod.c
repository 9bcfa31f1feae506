// SPDX-License-Identifier: GPL-2.0-only
/*
 * Module information for keymint_der.ko.
 * Kernel only: listed in lib/der/Kbuild, never in userspace builds.
 */
#include "der.h"

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KeyMint: ASN.1 DER encoder and strict parser");
