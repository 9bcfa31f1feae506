/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * tests/unit/check.h - the assertion counter every userspace test uses.
 *
 * A test binary calls CHECK()/CHECK_EQ()/CHECK_MEM() as often as it likes
 * and ends with `return check_summary("suite");`, which prints exactly one
 * line "suite: N passed, N failed" on stdout and yields the exit status
 * (0 only when nothing failed and at least one check ran).  Failures print
 * the file, line and expression to stderr.  Nothing is ever skipped
 * silently: a check that cannot run is a failure.
 */
#ifndef KEYMINT_TESTS_CHECK_H
#define KEYMINT_TESTS_CHECK_H

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static unsigned long check_passed, check_failed;

static inline int check_report(int ok, const char *file, int line,
			       const char *expr)
{
	if (ok) {
		check_passed++;
	} else {
		check_failed++;
		fprintf(stderr, "FAIL %s:%d: %s\n", file, line, expr);
	}
	return ok;
}

#define CHECK(cond) check_report(!!(cond), __FILE__, __LINE__, #cond)

#define CHECK_EQ(a, b)							\
	({								\
		long long __a = (long long)(a), __b = (long long)(b);	\
		int __ok = check_report(__a == __b, __FILE__, __LINE__,	\
					#a " == " #b);			\
		if (!__ok)						\
			fprintf(stderr, "     got %lld, want %lld\n",	\
				__a, __b);				\
		__ok;							\
	})

#define CHECK_MEM(a, b, n)						\
	check_report(memcmp((a), (b), (n)) == 0, __FILE__, __LINE__,	\
		     "memcmp(" #a ", " #b ", " #n ") == 0")

static inline int check_summary(const char *suite)
{
	printf("%s: %lu passed, %lu failed\n", suite, check_passed,
	       check_failed);
	fflush(stdout);
	return (check_failed || !check_passed) ? 1 : 0;
}

/* Hex helpers for test vectors. */
static inline int check_unhex(const char *hex, unsigned char *out, size_t cap)
{
	size_t n = strlen(hex), i;

	if (n % 2 || n / 2 > cap)
		return -1;
	for (i = 0; i < n / 2; i++) {
		unsigned int v;

		if (sscanf(hex + 2 * i, "%2x", &v) != 1)
			return -1;
		out[i] = (unsigned char)v;
	}
	return (int)(n / 2);
}

#endif /* KEYMINT_TESTS_CHECK_H */
