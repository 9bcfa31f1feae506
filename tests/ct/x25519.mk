# SPDX-License-Identifier: GPL-2.0-only
CT_TESTS += x25519
CT_x25519_SRCS := tests/ct/x25519.c lib/ed25519/x25519.c lib/ed25519/ed25519.c
