/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * lib/rsa internals shared by rsa.c and rsa_pad.c.
 *
 * The constant-time test (tests/ct/rsa.c) builds lib/rsa with KM_CTGRIND
 * and runs it under valgrind with the key marked undefined.  Values that
 * are derived from secrets but public by design (the checked result of the
 * private operation, the valid/invalid verdict of a padding check and, on
 * success only, the message length) are declassified where the code makes
 * them public.  In every other build this is a no-op.
 */
#ifndef KEYMINT_LIB_RSA_INT_H
#define KEYMINT_LIB_RSA_INT_H

#include "rsa.h"

#ifdef KM_CTGRIND
#include <valgrind/memcheck.h>
#define rsa_declassify(p, n)	VALGRIND_MAKE_MEM_DEFINED((p), (n))
#else
#define rsa_declassify(p, n)	do { (void)(p); (void)(n); } while (0)
#endif

#endif /* KEYMINT_LIB_RSA_INT_H */
