// SPDX-License-Identifier: GPL-2.0-only
/*
 * Module information for keymint_ta.ko.
 * Kernel only: listed in lib/ta/Kbuild, never in userspace builds.
 */
#include "ta.h"

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KeyMint: portable TA core (message dispatcher, start of day, RNG)");
