# The keymint CLI (compiled in, with the TEST-ONLY --loopback backend).
UNIT_TESTS += cli
UNIT_cli_SRCS := tests/unit/cli_test.c \
	userspace/lib/transport.c userspace/lib/msg.c userspace/lib/names.c \
	userspace/lib/diag.c userspace/lib/loopback.c \
	lib/cbor/cbor.c lib/wire/km_defs.c lib/wire/wire.c lib/ta/ta.c \
	tests/unit/ops_openssl.c
UNIT_cli_CFLAGS := -DKM_WITH_LOOPBACK
UNIT_cli_LDLIBS := -lcrypto -pthread
