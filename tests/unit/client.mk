# libkeymint against scripted fake backends (no TA needed).
UNIT_TESTS += client
UNIT_client_SRCS := tests/unit/client_test.c userspace/lib/transport.c \
	userspace/lib/msg.c userspace/lib/names.c userspace/lib/diag.c \
	lib/cbor/cbor.c lib/wire/km_defs.c
