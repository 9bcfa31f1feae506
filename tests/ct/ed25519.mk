# SPDX-License-Identifier: GPL-2.0-only
CT_TESTS += ed25519
CT_ed25519_SRCS := tests/ct/ed25519.c tests/unit/ops_openssl.c lib/ed25519/ed25519.c
CT_ed25519_LDLIBS := -lcrypto
CT_ed25519_CFLAGS := -Wno-deprecated-declarations
