# SPDX-License-Identifier: GPL-2.0-only
UNIT_TESTS += rsa
UNIT_rsa_SRCS := tests/unit/rsa_test.c tests/unit/ops_openssl.c lib/rsa/rsa.c lib/rsa/rsa_pad.c lib/bn/bn.c lib/der/der.c
UNIT_rsa_LDLIBS := -lcrypto
# Also built -O2 without sanitizers (build/unit-O2/rsa, "rsa-O2"): the
# large per-size counts of plans[] in rsa_test.c.
UNIT_O2_TESTS += rsa
