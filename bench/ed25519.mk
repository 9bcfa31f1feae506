# SPDX-License-Identifier: GPL-2.0-only
BENCH += ed25519
BENCH_ed25519_SRCS := bench/ed25519.c tests/unit/ops_openssl.c lib/ed25519/ed25519.c
BENCH_ed25519_LDLIBS := -lcrypto
