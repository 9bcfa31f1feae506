# SPDX-License-Identifier: GPL-2.0-only
UNIT_TESTS += bn_word
UNIT_bn_word_SRCS := tests/unit/bn_word_test.c
