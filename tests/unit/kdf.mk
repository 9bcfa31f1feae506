UNIT_TESTS += kdf
UNIT_kdf_SRCS := tests/unit/kdf_test.c tests/unit/ops_openssl.c lib/kdf/kdf.c
UNIT_kdf_LDLIBS := -lcrypto
