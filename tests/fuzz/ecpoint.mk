# SPDX-License-Identifier: GPL-2.0-only
FUZZ_TARGETS += ecpoint
FUZZ_ecpoint_SRCS := tests/fuzz/ecpoint.c lib/ec/ec_curves.c lib/ec/ec.c lib/ec/ecdsa.c lib/der/der.c lib/bn/bn.c
FUZZ_ecpoint_CFLAGS := -Wno-deprecated-declarations
FUZZ_ecpoint_LDLIBS := -lcrypto
