# SPDX-License-Identifier: GPL-2.0-only
BENCH += x25519
BENCH_x25519_SRCS := bench/x25519.c lib/ed25519/x25519.c lib/ed25519/ed25519.c
BENCH_x25519_LDLIBS := -lcrypto
