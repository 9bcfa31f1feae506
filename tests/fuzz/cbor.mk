# SPDX-License-Identifier: GPL-2.0-only
FUZZ_TARGETS += cbor
FUZZ_cbor_SRCS := tests/fuzz/cbor.c lib/cbor/cbor.c
