# SPDX-License-Identifier: GPL-2.0-only
UNIT_TESTS += ta
UNIT_ta_SRCS := tests/unit/ta_test.c lib/ta/ta.c lib/wire/km_defs.c \
	lib/wire/wire.c lib/cbor/cbor.c tests/unit/ops_openssl.c
UNIT_ta_LDLIBS := -lcrypto -pthread
