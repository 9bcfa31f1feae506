# SPDX-License-Identifier: GPL-2.0-only
FUZZ_TARGETS += der
FUZZ_der_SRCS := tests/fuzz/der.c lib/der/der.c
