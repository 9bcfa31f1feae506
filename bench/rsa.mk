# SPDX-License-Identifier: GPL-2.0-only
BENCH += rsa
BENCH_rsa_SRCS := bench/rsa.c tests/unit/ops_openssl.c lib/rsa/rsa.c lib/rsa/rsa_pad.c lib/bn/bn.c
BENCH_rsa_LDLIBS := -lcrypto
