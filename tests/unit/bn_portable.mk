# SPDX-License-Identifier: GPL-2.0-only
# lib/bn once more with the portable carry helpers of lib/bn/bn_word.h (the
# variant non-x86-64 builds use), result line "bn-portable".
UNIT_TESTS += bn_portable
UNIT_bn_portable_SRCS := tests/unit/bn_test.c lib/bn/bn.c
UNIT_bn_portable_CFLAGS := -DKM_BN_WORD_PORTABLE
UNIT_bn_portable_LDLIBS := -lcrypto
