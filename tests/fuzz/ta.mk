# SPDX-License-Identifier: GPL-2.0-only
FUZZ_TARGETS += ta
FUZZ_ta_SRCS := tests/fuzz/ta.c tests/unit/ops_openssl.c lib/ta/ta.c \
	lib/wire/km_defs.c lib/wire/wire.c lib/cbor/cbor.c
FUZZ_ta_CFLAGS := -Wno-deprecated-declarations
FUZZ_ta_LDLIBS := -lcrypto -pthread
