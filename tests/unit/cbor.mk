# SPDX-License-Identifier: GPL-2.0-only
UNIT_TESTS += cbor
UNIT_cbor_SRCS := tests/unit/cbor_test.c lib/cbor/cbor.c
