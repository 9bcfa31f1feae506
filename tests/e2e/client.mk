# libkeymint and the keymint CLI against the real device.
E2E_TESTS += client
E2E_client_SRCS := tests/e2e/client.c userspace/lib/transport.c \
	userspace/lib/msg.c userspace/lib/names.c userspace/lib/diag.c \
	lib/cbor/cbor.c lib/wire/km_defs.c
