E2E_TESTS += messages
E2E_messages_SRCS := tests/e2e/messages.c
