# SPDX-License-Identifier: GPL-2.0-only
UNIT_TESTS += ec
UNIT_ec_SRCS := tests/unit/ec_test.c tests/unit/ops_openssl.c lib/ec/ec_curves.c lib/ec/ec.c lib/ec/ecdsa.c lib/der/der.c lib/bn/bn.c
UNIT_ec_LDLIBS := -lcrypto
# Also built -O2 without sanitizers (build/unit-O2/ec, "ec-O2"): 3000
# random rounds per curve there.
UNIT_O2_TESTS += ec
