# SPDX-License-Identifier: GPL-2.0-only
UNIT_TESTS += wire
UNIT_wire_SRCS := tests/unit/wire_test.c lib/wire/km_defs.c lib/wire/wire.c lib/cbor/cbor.c
