# SPDX-License-Identifier: GPL-2.0-only
FUZZ_TARGETS += x25519
FUZZ_x25519_SRCS := tests/fuzz/x25519.c tests/unit/ops_openssl.c lib/ed25519/x25519.c lib/ed25519/ed25519.c
FUZZ_x25519_CFLAGS := -Wno-deprecated-declarations
FUZZ_x25519_LDLIBS := -lcrypto
