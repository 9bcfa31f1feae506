UNIT_TESTS += ed25519
UNIT_ed25519_SRCS := tests/unit/ed25519_test.c tests/unit/ops_openssl.c lib/ed25519/ed25519.c
UNIT_ed25519_LDLIBS := -lcrypto
