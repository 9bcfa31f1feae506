# SPDX-License-Identifier: GPL-2.0-only
CT_TESTS += rsa
CT_rsa_SRCS := tests/ct/rsa.c tests/unit/ops_openssl.c lib/rsa/rsa.c lib/rsa/rsa_pad.c lib/bn/bn.c
CT_rsa_LDLIBS := -lcrypto
CT_rsa_CFLAGS := -Wno-deprecated-declarations -DKM_CTGRIND
