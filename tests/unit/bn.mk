# SPDX-License-Identifier: GPL-2.0-only
UNIT_TESTS += bn
UNIT_bn_SRCS := tests/unit/bn_test.c lib/bn/bn.c
UNIT_bn_LDLIBS := -lcrypto
