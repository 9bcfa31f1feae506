# SPDX-License-Identifier: GPL-2.0-only
BENCH += ec
BENCH_ec_SRCS := bench/ec.c tests/unit/ops_openssl.c lib/ec/ec_curves.c lib/ec/ec.c lib/ec/ecdsa.c lib/der/der.c lib/bn/bn.c
BENCH_ec_LDLIBS := -lcrypto
