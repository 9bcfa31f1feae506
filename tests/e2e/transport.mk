E2E_TESTS += transport
E2E_transport_SRCS := tests/e2e/transport.c
