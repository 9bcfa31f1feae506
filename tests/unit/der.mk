# SPDX-License-Identifier: GPL-2.0-only
UNIT_TESTS += der
UNIT_der_SRCS := tests/unit/der_test.c lib/der/der.c
UNIT_der_LDLIBS := -lcrypto
