/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * Word primitives with carries for lib/bn and the field code of lib/ec:
 * add with carry, subtract with borrow, and the 64 x 64 -> 128-bit product.
 *
 * GCC compiles chains of unsigned __int128 additions into long sequences of
 * moves and zero-extensions; on x86-64 its add-with-carry builtins become
 * plain adc/sbb chains instead (no ADX or other extension is needed, so they
 * suit the kernel's baseline x86-64 and UML).  Elsewhere the same helpers
 * fall back to portable C made of comparisons (tests/unit/bn_word_test.c
 * and the bn-portable unit test check that variant; KM_BN_WORD_PORTABLE
 * selects it on x86-64 too).
 */
#ifndef KEYMINT_LIB_BN_WORD_H
#define KEYMINT_LIB_BN_WORD_H

#include "bn.h"

/*
 * GCC names the subtract-with-borrow builtin __builtin_ia32_sbb_u64, clang
 * __builtin_ia32_subborrow_u64; both have __builtin_ia32_addcarryx_u64.
 */
#if defined(__x86_64__) && !defined(KM_BN_WORD_PORTABLE) && \
	defined(__has_builtin)
#if __has_builtin(__builtin_ia32_addcarryx_u64) && \
	__has_builtin(__builtin_ia32_sbb_u64)
#define BN_WORD_SBB	__builtin_ia32_sbb_u64
#elif __has_builtin(__builtin_ia32_addcarryx_u64) && \
	__has_builtin(__builtin_ia32_subborrow_u64)
#define BN_WORD_SBB	__builtin_ia32_subborrow_u64
#endif
#endif

/* *r = a + b + c (c is 0 or 1); returns the carry out. */
static __always_inline u8 bn_addcarry(u8 c, bn_limb a, bn_limb b, bn_limb *r)
{
#ifdef BN_WORD_SBB
	unsigned long long t;

	c = __builtin_ia32_addcarryx_u64(c, a, b, &t);
	*r = t;
	return c;
#else
	bn_limb t = a + c;
	u8 c1 = t < c;

	*r = t + b;
	return c1 | (*r < b);
#endif
}

/* *r = a - b - c (c is 0 or 1); returns the borrow out. */
static __always_inline u8 bn_subborrow(u8 c, bn_limb a, bn_limb b,
				       bn_limb *r)
{
#ifdef BN_WORD_SBB
	unsigned long long t;

	c = BN_WORD_SBB(c, a, b, &t);
	*r = t;
	return c;
#else
	bn_limb t = a - b;
	u8 b1 = a < b;

	*r = t - c;
	return b1 | (t < c);
#endif
}

/* Returns the low half of a * b and stores the high half in *hi. */
static __always_inline bn_limb bn_mulw(bn_limb a, bn_limb b, bn_limb *hi)
{
	unsigned __int128 p = (unsigned __int128)a * b;

	*hi = (bn_limb)(p >> 64);
	return (bn_limb)p;
}

#endif /* KEYMINT_LIB_BN_WORD_H */
