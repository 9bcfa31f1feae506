# libkeymint round trips against lib/ta through the loopback backend.
UNIT_TESTS += client_ta
UNIT_client_ta_SRCS := tests/unit/client_ta_test.c \
	userspace/lib/transport.c userspace/lib/msg.c userspace/lib/names.c \
	userspace/lib/diag.c userspace/lib/loopback.c \
	lib/cbor/cbor.c lib/wire/km_defs.c lib/wire/wire.c lib/ta/ta.c \
	tests/unit/ops_openssl.c
UNIT_client_ta_LDLIBS := -lcrypto -pthread
