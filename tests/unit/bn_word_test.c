// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * tests/unit/bn_word_test.c - the portable (non-x86-64) variant of
 * lib/bn/bn_word.h against unsigned __int128 arithmetic: every pair of a
 * set of edge words with both carry/borrow inputs, then random words.
 * The x86-64 builtins are covered by every lib/ec test.
 */
#define KM_BN_WORD_PORTABLE 1

#include <stdlib.h>

#include "check.h"
#include "../../lib/bn/bn_word.h"

static u64 rnd64(void)
{
	u64 v = 0;
	int i;

	for (i = 0; i < 4; i++)
		v = (v << 16) ^ (u64)(rand() & 0xffff);
	return v;
}

static void one(u64 a, u64 b, u8 c)
{
	unsigned __int128 s = (unsigned __int128)a + b + c;
	unsigned __int128 d = (unsigned __int128)a - b - c;
	bn_limb r, hi;
	u8 co;

	co = bn_addcarry(c, a, b, &r);
	CHECK(r == (u64)s && co == (u8)(s >> 64));
	co = bn_subborrow(c, a, b, &r);
	CHECK(r == (u64)d && co == ((u8)(d >> 64) & 1));
	r = bn_mulw(a, b, &hi);
	s = (unsigned __int128)a * b;
	CHECK(r == (u64)s && hi == (u64)(s >> 64));
}

int main(void)
{
	static const u64 edge[] = {
		0, 1, 2, 0x7fffffffffffffffULL, 0x8000000000000000ULL,
		0xfffffffffffffffeULL, 0xffffffffffffffffULL,
		0x00000000ffffffffULL, 0xffffffff00000001ULL,
	};
	unsigned int i, j, k;

	for (i = 0; i < ARRAY_SIZE(edge); i++)
		for (j = 0; j < ARRAY_SIZE(edge); j++)
			for (k = 0; k < 2; k++)
				one(edge[i], edge[j], (u8)k);
	srand(77);
	for (i = 0; i < 20000; i++)
		one(rnd64(), rnd64(), (u8)(i & 1));
	return check_summary("bn_word");
}
