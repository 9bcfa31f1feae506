E2E_TESTS += bootinfo
E2E_bootinfo_SRCS := tests/e2e/bootinfo.c
