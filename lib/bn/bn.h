/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * lib/bn - constant-time multi-precision arithmetic for lib/ec and lib/rsa.
 *
 * Numbers are little-endian arrays of 64-bit limbs with an explicit limb
 * count.  Unless a function says otherwise it runs in time that depends
 * only on the limb counts (never on the values), with no secret-dependent
 * branch or memory index: that is what lets lib/ec and lib/rsa handle
 * private scalars and primes.  Functions whose name ends in _vartime may
 * branch on their inputs and are only for public values (moduli, public
 * exponents, candidate rejection in prime search).
 *
 * No function allocates.  Anything larger than a few limbs comes from the
 * caller (struct bn_mont embeds its tables; modular exponentiation takes a
 * struct bn_exp_ws), so kernel stack frames stay small.
 *
 * Masks: a "mask" is a bn_limb that is either 0 or all ones (~0).
 */
#ifndef KEYMINT_LIB_BN_H
#define KEYMINT_LIB_BN_H

#include "../port.h"

typedef u64 bn_limb;

#define BN_LIMB_BITS	64
#define BN_LIMB_BYTES	8
/* Largest modulus: RSA-4096 (primes are half that). */
#define BN_MAX_BITS	4096
#define BN_MAX_LIMBS	(BN_MAX_BITS / BN_LIMB_BITS)
#define BN_LIMBS(bits)	(((bits) + BN_LIMB_BITS - 1) / BN_LIMB_BITS)

/**
 * struct bn_mont - Montgomery context for an odd modulus.
 * @n: limb count of the modulus (and of every residue used with it)
 * @bits: bit length of the modulus
 * @m0inv: -m^-1 mod 2^64
 * @m: the modulus
 * @rr: R^2 mod m, R = 2^(64 * @n)
 * @one: R mod m (1 in Montgomery form)
 */
struct bn_mont {
	size_t n;
	unsigned int bits;
	bn_limb m0inv;
	bn_limb m[BN_MAX_LIMBS];
	bn_limb rr[BN_MAX_LIMBS];
	bn_limb one[BN_MAX_LIMBS];
};

/* Window of the fixed-window exponentiation. */
#define BN_EXP_WINDOW	4
#define BN_EXP_TABLE	16	/* 2^BN_EXP_WINDOW */

/**
 * struct bn_exp_ws - scratch for bn_mod_exp().
 * @table: precomputed powers base^0 .. base^(2^BN_EXP_WINDOW - 1)
 * @t: temporaries
 */
struct bn_exp_ws {
	bn_limb table[BN_EXP_TABLE][BN_MAX_LIMBS];
	bn_limb t[3][BN_MAX_LIMBS];
};

/* Conversions.  Return 0, or -ERANGE if the value does not fit. */
int bn_from_be(bn_limb *r, size_t n, const u8 *in, size_t inlen);
int bn_to_be(u8 *out, size_t outlen, const bn_limb *a, size_t n);

/* Plain arithmetic on n-limb numbers; r may alias a or b. */
bn_limb bn_add(bn_limb *r, const bn_limb *a, const bn_limb *b, size_t n);
bn_limb bn_sub(bn_limb *r, const bn_limb *a, const bn_limb *b, size_t n);
bn_limb bn_lt_mask(const bn_limb *a, const bn_limb *b, size_t n);
bn_limb bn_eq_mask(const bn_limb *a, const bn_limb *b, size_t n);
bn_limb bn_is_zero_mask(const bn_limb *a, size_t n);
void bn_cmov(bn_limb *r, const bn_limb *a, bn_limb mask, size_t n);
void bn_cswap(bn_limb *a, bn_limb *b, bn_limb mask, size_t n);
void bn_set_word(bn_limb *r, bn_limb w, size_t n);
void bn_copy(bn_limb *r, const bn_limb *a, size_t n);
unsigned int bn_bits_vartime(const bn_limb *a, size_t n);
bn_limb bn_bit(const bn_limb *a, size_t n, unsigned int i);

/* Montgomery arithmetic: residues are n limbs and < m. */
int bn_mont_init(struct bn_mont *ctx, const bn_limb *m, size_t n);
/*
 * Same for a secret modulus already known to be odd and > 1 (an RSA prime)
 * whose bit length @bits is public: no check branches on the value.
 */
void bn_mont_init_secret(struct bn_mont *ctx, const bn_limb *m, size_t n,
			 unsigned int bits);
void bn_mont_mul(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a,
		 const bn_limb *b);
void bn_mont_sqr(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a);
void bn_to_mont(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a);
void bn_from_mont(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a);
void bn_mod_add(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a,
		const bn_limb *b);
void bn_mod_sub(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a,
		const bn_limb *b);
void bn_mod_neg(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a);
/* r = a mod m for an a of an limbs (any size); constant time in a's value. */
void bn_mod_reduce(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a,
		   size_t an);
/*
 * r = a^e mod m, a in Montgomery form, result in Montgomery form; e has
 * en limbs and only its limb count is public.
 */
void bn_mod_exp(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a,
		const bn_limb *e, size_t en, struct bn_exp_ws *ws);
/*
 * r = a^-1 mod m for a prime m (Fermat), Montgomery form in and out.
 * Uses ws->t[2] for the exponent m - 2.
 */
void bn_mod_inv_prime(const struct bn_mont *ctx, bn_limb *r,
		      const bn_limb *a, struct bn_exp_ws *ws);

/*
 * Additions for lib/rsa.
 *
 * Route to d = e^-1 mod lcm(p - 1, q - 1) (all constant time in p and q):
 * g = bn_gcd() of p - 1 and q - 1, lambda = (p - 1)(q - 1) / g with
 * bn_div() (bitwise long division), u = lambda mod e, k = -u^-1 mod e with
 * bn_mod_inv_odd() (e is odd), then d = (1 + k * lambda) / e with
 * bn_div_exact_word(), which is exact because e * d = 1 + k * lambda.
 */

/* r (an + bn limbs, no overlap with a or b) = a * b. */
void bn_mul(bn_limb *r, const bn_limb *a, size_t an, const bn_limb *b,
	    size_t bn);
/* r = a >> k (k < 64 * n is public); r may alias a. */
void bn_shr(bn_limb *r, const bn_limb *a, size_t n, unsigned int k);
/*
 * Long division, one bit at a time: q (an limbs, may be NULL) = a / d and
 * rem (dn limbs) = a mod d.  Constant time in a and d; d must be non-zero
 * (a zero d gives q = all ones, rem = a mod 2^(64 dn)).  No overlap.
 */
void bn_div(bn_limb *q, bn_limb *rem, const bn_limb *a, size_t an,
	    const bn_limb *d, size_t dn);
/*
 * r = gcd(a, b) for n-limb a, b not both zero; tmp holds 2 * n limbs.
 * Constant time.
 */
void bn_gcd(bn_limb *r, const bn_limb *a, const bn_limb *b, size_t n,
	    bn_limb *tmp);
/*
 * r = a^-1 mod m for an odd m > 1 and a < m, by a constant-time binary
 * extended gcd; tmp holds 4 * n limbs.  Returns a mask: ~0 when
 * gcd(a, m) = 1 (r is the inverse), 0 otherwise (r is then meaningless).
 */
bn_limb bn_mod_inv_odd(bn_limb *r, const bn_limb *a, const bn_limb *m,
		       size_t n, bn_limb *tmp);
/*
 * r = a / w for an odd w that divides a exactly (else r is garbage);
 * constant time in a.  r may alias a.
 */
void bn_div_exact_word(bn_limb *r, const bn_limb *a, size_t n, bn_limb w);
/*
 * r = a^e mod m for a public exponent (left-to-right binary), Montgomery
 * form in and out.  Time depends on e; r may alias a.
 */
void bn_mod_exp_vartime(const struct bn_mont *ctx, bn_limb *r,
			const bn_limb *a, const bn_limb *e, size_t en);

#endif /* KEYMINT_LIB_BN_H */
