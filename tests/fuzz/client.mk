# SPDX-License-Identifier: GPL-2.0-only
FUZZ_TARGETS += client
FUZZ_client_SRCS := tests/fuzz/client.c userspace/lib/transport.c \
	userspace/lib/msg.c userspace/lib/names.c userspace/lib/diag.c \
	lib/cbor/cbor.c lib/wire/km_defs.c
