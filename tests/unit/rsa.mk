# SPDX-License-Identifier: GPL-2.0-only
UNIT_TESTS += rsa
UNIT_rsa_SRCS := tests/unit/rsa_test.c tests/unit/ops_openssl.c lib/rsa/rsa.c lib/rsa/rsa_pad.c lib/bn/bn.c lib/der/der.c
UNIT_rsa_LDLIBS := -lcrypto
