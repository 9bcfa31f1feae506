# SPDX-License-Identifier: GPL-2.0-only
UNIT_TESTS += x25519
UNIT_x25519_SRCS := tests/unit/x25519_test.c tests/unit/ops_openssl.c lib/ed25519/x25519.c lib/ed25519/ed25519.c
UNIT_x25519_LDLIBS := -lcrypto
# Also built -O2 without sanitizers (build/unit-O2/x25519, "x25519-O2"):
# 10000 random rounds there.
UNIT_O2_TESTS += x25519
