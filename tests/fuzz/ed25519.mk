# SPDX-License-Identifier: GPL-2.0-only
FUZZ_TARGETS += ed25519
FUZZ_ed25519_SRCS := tests/fuzz/ed25519.c tests/unit/ops_openssl.c lib/ed25519/ed25519.c
FUZZ_ed25519_CFLAGS := -Wno-deprecated-declarations
FUZZ_ed25519_LDLIBS := -lcrypto
