/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * bench/bench.h - the timing helpers every userspace benchmark shares.
 * Figures only: nothing here asserts a time.
 */
#ifndef KEYMINT_BENCH_BENCH_H
#define KEYMINT_BENCH_BENCH_H

#include <time.h>

/* Monotonic time in seconds. */
static inline double bench_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Calls of fn() per second, in batches of 100, over at least @seconds. */
static inline double bench_rate(void (*fn)(void), double seconds)
{
	double t0 = bench_now(), t;
	unsigned long n = 0;

	do {
		int i;

		for (i = 0; i < 100; i++)
			fn();
		n += 100;
		t = bench_now() - t0;
	} while (t < seconds);
	return n / t;
}

#endif /* KEYMINT_BENCH_BENCH_H */
