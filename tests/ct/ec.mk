# SPDX-License-Identifier: GPL-2.0-only
CT_TESTS += ec
CT_ec_SRCS := tests/ct/ec.c tests/unit/ops_openssl.c lib/ec/ec_curves.c lib/ec/ec.c lib/ec/ecdsa.c lib/der/der.c lib/bn/bn.c
CT_ec_LDLIBS := -lcrypto
CT_ec_CFLAGS := -Wno-deprecated-declarations -DKM_CTGRIND
