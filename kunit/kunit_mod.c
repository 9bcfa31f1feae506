// SPDX-License-Identifier: GPL-2.0-only
/*
 * Module information for keymint_kunit.ko, the module that the KUnit suites
 * in this folder (one <area>_kunit.c each, listed in kunit/Kbuild) are
 * linked into.  Each suite registers itself with kunit_test_suite().
 */
#include <linux/module.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KUnit suites for KeyMint for Linux");
