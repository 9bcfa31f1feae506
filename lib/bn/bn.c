// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * Constant-time multi-precision arithmetic for lib/ec and lib/rsa (see
 * bn.h).
 *
 * Every loop bound below is a limb or bit count, never a value; every
 * value-dependent choice is a mask.  The only exceptions are the
 * functions named _vartime and the public shift count of bn_shr().
 */
#include "bn.h"
#include "bn_word.h"

/* lo(a * b + c + *carry), *carry = hi(...); cannot overflow. */
static __always_inline bn_limb bn_mac(bn_limb a, bn_limb b, bn_limb c,
				      bn_limb *carry)
{
	bn_limb hi, lo = bn_mulw(a, b, &hi);
	u8 k;

	k = bn_addcarry(0, lo, c, &lo);
	bn_addcarry(k, hi, 0, &hi);
	k = bn_addcarry(0, lo, *carry, &lo);
	bn_addcarry(k, hi, 0, carry);
	return lo;
}

/* a + b + *carry (carry in 0/1), carry out in *carry. */
static __always_inline bn_limb bn_adc(bn_limb a, bn_limb b, bn_limb *carry)
{
	bn_limb r;

	*carry = bn_addcarry((u8)*carry, a, b, &r);
	return r;
}

/* a - b - *borrow (borrow in 0/1), borrow out in *borrow. */
static __always_inline bn_limb bn_sbb(bn_limb a, bn_limb b, bn_limb *borrow)
{
	bn_limb r;

	*borrow = bn_subborrow((u8)*borrow, a, b, &r);
	return r;
}

/* ~0 if w == 0, else 0. */
static __always_inline bn_limb bn_word_is_zero_mask(bn_limb w)
{
	return ((w | (0 - w)) >> 63) - 1;
}

/* ~0 if a < b (as unsigned words), else 0. */
static __always_inline bn_limb bn_word_lt_mask(bn_limb a, bn_limb b)
{
	bn_limb borrow = 0;

	bn_sbb(a, b, &borrow);
	return 0 - borrow;
}

/**
 * bn_from_be() - load a big-endian byte string.
 * @r: destination, @n limbs
 * @n: limb count of @r
 * @in: big-endian bytes
 * @inlen: length of @in; leading zero bytes beyond 8 * @n are allowed
 *
 * Return: 0, or -ERANGE if the value needs more than @n limbs (@r is then
 * zeroed).
 */
int bn_from_be(bn_limb *r, size_t n, const u8 *in, size_t inlen)
{
	bn_limb extra = 0;
	size_t i;

	for (i = 0; i < n; i++)
		r[i] = 0;
	for (i = 0; i < inlen; i++) {
		size_t pos = inlen - 1 - i;	/* byte significance */

		if (pos / BN_LIMB_BYTES < n)
			r[pos / BN_LIMB_BYTES] |=
				(bn_limb)in[i] << (8 * (pos % BN_LIMB_BYTES));
		else
			extra |= in[i];
	}
	if (extra) {
		for (i = 0; i < n; i++)
			r[i] = 0;
		return -ERANGE;
	}
	return 0;
}

KM_EXPORT(bn_from_be);

/**
 * bn_to_be() - store as a fixed-length big-endian byte string.
 * @out: destination
 * @outlen: length of @out (the value is left-padded with zeros)
 * @a: number
 * @n: limb count of @a
 *
 * Return: 0, or -ERANGE if the value does not fit in @outlen bytes (@out is
 * then zeroed).
 */
int bn_to_be(u8 *out, size_t outlen, const bn_limb *a, size_t n)
{
	bn_limb extra = 0;
	size_t i;

	for (i = 0; i < outlen; i++) {
		size_t pos = outlen - 1 - i;

		out[i] = pos / BN_LIMB_BYTES < n ?
			 (u8)(a[pos / BN_LIMB_BYTES] >>
			      (8 * (pos % BN_LIMB_BYTES))) : 0;
	}
	for (i = 0; i < n * BN_LIMB_BYTES; i++)
		if (i >= outlen)
			extra |= (u8)(a[i / BN_LIMB_BYTES] >>
				      (8 * (i % BN_LIMB_BYTES)));
	if (extra) {
		km_wipe(out, outlen);
		return -ERANGE;
	}
	return 0;
}

KM_EXPORT(bn_to_be);

/**
 * bn_add() - r = a + b.
 * @r: result (may alias @a or @b)
 * @a: addend
 * @b: addend
 * @n: limb count
 *
 * Return: the carry out (0 or 1).
 */
bn_limb bn_add(bn_limb *r, const bn_limb *a, const bn_limb *b, size_t n)
{
	bn_limb c = 0;
	size_t i;

	for (i = 0; i < n; i++)
		r[i] = bn_adc(a[i], b[i], &c);
	return c;
}

KM_EXPORT(bn_add);

/**
 * bn_sub() - r = a - b.
 * @r: result (may alias @a or @b)
 * @a: minuend
 * @b: subtrahend
 * @n: limb count
 *
 * Return: the borrow out (0 or 1).
 */
bn_limb bn_sub(bn_limb *r, const bn_limb *a, const bn_limb *b, size_t n)
{
	bn_limb c = 0;
	size_t i;

	for (i = 0; i < n; i++)
		r[i] = bn_sbb(a[i], b[i], &c);
	return c;
}

KM_EXPORT(bn_sub);

/**
 * bn_lt_mask() - compare.
 * @a: number
 * @b: number
 * @n: limb count
 *
 * Return: ~0 if a < b, else 0.
 */
bn_limb bn_lt_mask(const bn_limb *a, const bn_limb *b, size_t n)
{
	bn_limb c = 0;
	size_t i;

	for (i = 0; i < n; i++)
		bn_sbb(a[i], b[i], &c);
	return 0 - c;
}

KM_EXPORT(bn_lt_mask);

/**
 * bn_eq_mask() - equality.
 * @a: number
 * @b: number
 * @n: limb count
 *
 * Return: ~0 if a == b, else 0.
 */
bn_limb bn_eq_mask(const bn_limb *a, const bn_limb *b, size_t n)
{
	bn_limb d = 0;
	size_t i;

	for (i = 0; i < n; i++)
		d |= a[i] ^ b[i];
	return bn_word_is_zero_mask(d);
}

KM_EXPORT(bn_eq_mask);

/**
 * bn_is_zero_mask() - zero test.
 * @a: number
 * @n: limb count
 *
 * Return: ~0 if a == 0, else 0.
 */
bn_limb bn_is_zero_mask(const bn_limb *a, size_t n)
{
	bn_limb d = 0;
	size_t i;

	for (i = 0; i < n; i++)
		d |= a[i];
	return bn_word_is_zero_mask(d);
}

KM_EXPORT(bn_is_zero_mask);

/**
 * bn_cmov() - conditional copy: r = mask ? a : r.
 * @r: destination
 * @a: source
 * @mask: 0 or ~0
 * @n: limb count
 */
void bn_cmov(bn_limb *r, const bn_limb *a, bn_limb mask, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		r[i] ^= (r[i] ^ a[i]) & mask;
}

KM_EXPORT(bn_cmov);

/**
 * bn_cswap() - conditional swap of @a and @b when @mask is ~0.
 * @a: number
 * @b: number
 * @mask: 0 or ~0
 * @n: limb count
 */
void bn_cswap(bn_limb *a, bn_limb *b, bn_limb mask, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		bn_limb t = (a[i] ^ b[i]) & mask;

		a[i] ^= t;
		b[i] ^= t;
	}
}

KM_EXPORT(bn_cswap);

/**
 * bn_set_word() - r = w.
 * @r: destination
 * @w: value
 * @n: limb count of @r (at least 1)
 */
void bn_set_word(bn_limb *r, bn_limb w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		r[i] = 0;
	if (n)
		r[0] = w;
}

KM_EXPORT(bn_set_word);

/**
 * bn_copy() - r = a.
 * @r: destination
 * @a: source (may be equal to @r; must not otherwise overlap it)
 * @n: limb count
 */
void bn_copy(bn_limb *r, const bn_limb *a, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		r[i] = a[i];
}

KM_EXPORT(bn_copy);

/**
 * bn_bits_vartime() - bit length (public values only).
 * @a: number
 * @n: limb count
 *
 * Return: the index of the highest set bit plus one, 0 for zero.
 */
unsigned int bn_bits_vartime(const bn_limb *a, size_t n)
{
	size_t i = n;

	while (i--) {
		if (a[i])
			return (unsigned int)(i * BN_LIMB_BITS) + 64 -
			       (unsigned int)__builtin_clzll(a[i]);
	}
	return 0;
}

KM_EXPORT(bn_bits_vartime);

/**
 * bn_bit() - one bit.
 * @a: number
 * @n: limb count
 * @i: bit index (public); bits at or above 64 * @n read as 0
 *
 * Return: 0 or 1.
 */
bn_limb bn_bit(const bn_limb *a, size_t n, unsigned int i)
{
	if (i / BN_LIMB_BITS >= n)
		return 0;
	return (a[i / BN_LIMB_BITS] >> (i % BN_LIMB_BITS)) & 1;
}

KM_EXPORT(bn_bit);

/*
 * r = a + b mod m, a and b < m, in two passes so r may alias both and no
 * temporary is needed: first find whether a + b >= m, then subtract m
 * under that mask while adding.
 */
static void bn_mod_add_n(bn_limb *r, const bn_limb *a, const bn_limb *b,
			 const bn_limb *m, size_t n)
{
	bn_limb c = 0, bw = 0, mask, c2 = 0, b2 = 0;
	size_t i;

	for (i = 0; i < n; i++)
		bn_sbb(bn_adc(a[i], b[i], &c), m[i], &bw);
	/* a + b >= m iff carry out, or no borrow from (a + b mod R) - m */
	mask = (0 - c) | (bw - 1);
	for (i = 0; i < n; i++)
		r[i] = bn_sbb(bn_adc(a[i], b[i], &c2), m[i] & mask, &b2);
}

/* r = a - b mod m, a and b < m; r may alias both. */
static void bn_mod_sub_n(bn_limb *r, const bn_limb *a, const bn_limb *b,
			 const bn_limb *m, size_t n)
{
	bn_limb bw = 0, mask, c = 0;
	size_t i;

	for (i = 0; i < n; i++)
		r[i] = bn_sbb(a[i], b[i], &bw);
	mask = 0 - bw;
	for (i = 0; i < n; i++)
		r[i] = bn_adc(r[i], m[i] & mask, &c);
}

/*
 * Final step of Montgomery reduction: t (n limbs) plus top word hi (0 or
 * 1) is < 2m; r = t - m if that is >= 0, else t.  r may alias t.
 */
static void bn_mont_final_sub(bn_limb *r, const bn_limb *t, bn_limb hi,
			      const bn_limb *m, size_t n)
{
	bn_limb bw = 0, keep, c = 0;
	size_t i;

	for (i = 0; i < n; i++)
		bn_sbb(t[i], m[i], &bw);
	/* negative iff no top word and a borrow */
	keep = 0 - (bw & (hi ^ 1));
	for (i = 0; i < n; i++)
		r[i] = bn_sbb(t[i], m[i] & ~keep, &c);
}

static void bn_mont_mul_core(const struct bn_mont *ctx, bn_limb *r,
			     const bn_limb *a, const bn_limb *b, size_t bn);

/**
 * bn_mont_init() - set up Montgomery arithmetic modulo @m.
 * @ctx: context to fill
 * @m: odd modulus > 1 (may be secret, e.g. an RSA prime)
 * @n: limb count of @m, 1..BN_MAX_LIMBS
 *
 * Return: 0, or -EINVAL for a bad size or an even modulus or a modulus
 * equal to 1.
 */
int bn_mont_init(struct bn_mont *ctx, const bn_limb *m, size_t n)
{
	bn_limb one;
	size_t i;

	if (!n || n > BN_MAX_LIMBS || !(m[0] & 1))
		return -EINVAL;
	one = 1;
	for (i = 1; i < n; i++)
		one = m[i] ? 0 : one;
	if (one && m[0] == 1)
		return -EINVAL;
	bn_mont_init_secret(ctx, m, n, bn_bits_vartime(m, n));
	return 0;
}

KM_EXPORT(bn_mont_init);

/**
 * bn_mont_init_secret() - bn_mont_init() without branches on the modulus.
 * @ctx: context to fill
 * @m: odd modulus > 1 (not checked)
 * @n: limb count of @m, 1..BN_MAX_LIMBS (not checked)
 * @bits: bit length of @m (public)
 */
void bn_mont_init_secret(struct bn_mont *ctx, const bn_limb *m, size_t n,
			 unsigned int bits)
{
	bn_limb inv;
	size_t i, j;
	int k;

	ctx->n = n;
	bn_copy(ctx->m, m, n);
	ctx->bits = bits;
	/* Newton: each step doubles the number of correct low bits. */
	inv = m[0];			/* correct to 3 bits for odd m */
	for (k = 0; k < 5; k++)
		inv *= 2 - m[0] * inv;
	ctx->m0inv = 0 - inv;
	/*
	 * one = R mod m: 2^(bits - 1) < m, doubled up to 2^(64n).  Then with
	 * 64n = j * 2^s (j odd), j more doublings give R * 2^j, which is
	 * 2^j in Montgomery form, and s Montgomery squarings raise it to
	 * 2^(64n) = R in Montgomery form, i.e. R^2 mod m.  The bit length
	 * of m is public in every use (RSA primes have their top bit set).
	 */
	bn_set_word(ctx->one, 0, n);
	i = ctx->bits - 1;
	ctx->one[i / BN_LIMB_BITS] = (bn_limb)1 << (i % BN_LIMB_BITS);
	for (; i < n * BN_LIMB_BITS; i++)
		bn_mod_add_n(ctx->one, ctx->one, ctx->one, m, n);
	bn_copy(ctx->rr, ctx->one, n);
	j = n * BN_LIMB_BITS;
	for (k = 0; !(j & 1); k++)
		j >>= 1;
	for (i = 0; i < j; i++)
		bn_mod_add_n(ctx->rr, ctx->rr, ctx->rr, m, n);
	while (k--)
		bn_mont_sqr(ctx, ctx->rr, ctx->rr);
}

KM_EXPORT(bn_mont_init_secret);

/*
 * Montgomery multiplication r = a * b / R mod m, finely integrated
 * operand scanning: each outer step adds a * b[i] and u * m in one pass
 * with two carry chains and shifts by one limb.  a may be any value below
 * R and b must be below m (or the reverse): the accumulator then stays
 * below 2m and one masked subtraction finishes.
 */
static void bn_mont_mul_core(const struct bn_mont *ctx, bn_limb *r,
			     const bn_limb *a, const bn_limb *b, size_t bn)
{
	const bn_limb *m = ctx->m;
	size_t n = ctx->n, i, j;
	bn_limb t[BN_MAX_LIMBS + 1];
	bn_limb c1, c2, k1, k2, u, bi, lo, x;

	for (j = 0; j <= n; j++)
		t[j] = 0;
	for (i = 0; i < n; i++) {
		bi = i < bn ? b[i] : 0;
		c1 = 0;
		lo = bn_mac(a[0], bi, t[0], &c1);
		/* u makes the low limb of t + a * bi + u * m vanish */
		u = lo * ctx->m0inv;
		c2 = 0;
		bn_mac(u, m[0], lo, &c2);
		for (j = 1; j < n; j++) {
			x = bn_mac(a[j], bi, t[j], &c1);
			t[j - 1] = bn_mac(u, m[j], x, &c2);
		}
		k1 = 0;
		k2 = 0;
		x = bn_adc(t[n], c1, &k1);
		t[n - 1] = bn_adc(x, c2, &k2);
		t[n] = k1 + k2;
	}
	bn_mont_final_sub(r, t, t[n], m, n);
	km_wipe(t, sizeof(t));
}

/**
 * bn_mont_mul() - Montgomery product r = a * b * R^-1 mod m.
 * @ctx: Montgomery context
 * @r: result (may alias @a or @b)
 * @a: residue < m
 * @b: residue < m
 */
void bn_mont_mul(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a,
		 const bn_limb *b)
{
	bn_mont_mul_core(ctx, r, a, b, ctx->n);
}

KM_EXPORT(bn_mont_mul);

/**
 * bn_mont_sqr() - Montgomery square r = a^2 * R^-1 mod m.
 * @ctx: Montgomery context
 * @r: result (may alias @a)
 * @a: residue < m
 */
void bn_mont_sqr(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a)
{
	bn_mont_mul_core(ctx, r, a, a, ctx->n);
}

KM_EXPORT(bn_mont_sqr);

/**
 * bn_to_mont() - r = a * R mod m.
 * @ctx: Montgomery context
 * @r: result (may alias @a)
 * @a: any n-limb value (need not be reduced)
 */
void bn_to_mont(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a)
{
	bn_mont_mul_core(ctx, r, a, ctx->rr, ctx->n);
}

KM_EXPORT(bn_to_mont);

/**
 * bn_from_mont() - r = a * R^-1 mod m.
 * @ctx: Montgomery context
 * @r: result (may alias @a)
 * @a: any n-limb value
 */
void bn_from_mont(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a)
{
	static const bn_limb one = 1;

	bn_mont_mul_core(ctx, r, a, &one, 1);
}

KM_EXPORT(bn_from_mont);

/**
 * bn_mod_add() - r = a + b mod m.
 * @ctx: Montgomery context (only the modulus is used)
 * @r: result (may alias @a or @b)
 * @a: residue < m
 * @b: residue < m
 */
void bn_mod_add(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a,
		const bn_limb *b)
{
	bn_mod_add_n(r, a, b, ctx->m, ctx->n);
}

KM_EXPORT(bn_mod_add);

/**
 * bn_mod_sub() - r = a - b mod m.
 * @ctx: Montgomery context (only the modulus is used)
 * @r: result (may alias @a or @b)
 * @a: residue < m
 * @b: residue < m
 */
void bn_mod_sub(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a,
		const bn_limb *b)
{
	bn_mod_sub_n(r, a, b, ctx->m, ctx->n);
}

KM_EXPORT(bn_mod_sub);

/**
 * bn_mod_neg() - r = -a mod m.
 * @ctx: Montgomery context (only the modulus is used)
 * @r: result (may alias @a)
 * @a: residue < m
 */
void bn_mod_neg(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a)
{
	bn_limb z = ~bn_is_zero_mask(a, ctx->n), bw = 0;
	size_t i;

	for (i = 0; i < ctx->n; i++)
		r[i] = bn_sbb(ctx->m[i], a[i], &bw) & z;
}

KM_EXPORT(bn_mod_neg);

/**
 * bn_mod_reduce() - r = a mod m for a number of any length.
 * @ctx: Montgomery context
 * @r: result, n limbs; must not overlap @a
 * @a: number
 * @an: limb count of @a (public)
 *
 * Horner's rule on n-limb chunks in Montgomery form: each chunk c enters
 * as c * R (to_mont accepts any chunk below R), the accumulator is
 * multiplied by R with one more product by R^2, and a final
 * from_mont undoes the scaling.  Constant time in the values.
 */
void bn_mod_reduce(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a,
		   size_t an)
{
	size_t n = ctx->n, chunks = (an + n - 1) / n, i, j;
	bn_limb c[BN_MAX_LIMBS];

	bn_set_word(r, 0, n);
	for (i = chunks; i-- > 0;) {
		for (j = 0; j < n; j++)
			c[j] = i * n + j < an ? a[i * n + j] : 0;
		bn_to_mont(ctx, c, c);
		bn_mont_mul(ctx, r, r, ctx->rr);
		bn_mod_add(ctx, r, r, c);
	}
	bn_from_mont(ctx, r, r);
	km_wipe(c, sizeof(c));
}

KM_EXPORT(bn_mod_reduce);

/* Constant-time table scan: r = table[idx] for idx < 2^BN_EXP_WINDOW. */
static void bn_table_select(bn_limb *r, const struct bn_exp_ws *ws,
			    bn_limb idx, size_t n)
{
	bn_limb k;

	bn_set_word(r, 0, n);
	for (k = 0; k < BN_EXP_TABLE; k++)
		bn_cmov(r, ws->table[k], bn_word_is_zero_mask(k ^ idx), n);
}

/**
 * bn_mod_exp() - constant-time modular exponentiation.
 * @ctx: Montgomery context
 * @r: result in Montgomery form (may alias @a)
 * @a: base in Montgomery form
 * @e: exponent (secret), @en limbs
 * @en: limb count of @e (public)
 * @ws: workspace (table and ws->t[0], ws->t[1])
 *
 * Fixed 4-bit windows: every window costs four squarings and one
 * multiplication by an entry fetched with a full table scan.
 */
void bn_mod_exp(const struct bn_mont *ctx, bn_limb *r, const bn_limb *a,
		const bn_limb *e, size_t en, struct bn_exp_ws *ws)
{
	size_t n = ctx->n, k;
	unsigned int nbits = (unsigned int)(en * BN_LIMB_BITS), i;
	bn_limb *acc = ws->t[0], *t = ws->t[1];

	bn_copy(ws->table[0], ctx->one, n);
	bn_copy(ws->table[1], a, n);
	for (k = 2; k < BN_EXP_TABLE; k++)
		bn_mont_mul(ctx, ws->table[k], ws->table[k - 1], a);

	bn_copy(acc, ctx->one, n);
	for (i = nbits; i > 0; i -= BN_EXP_WINDOW) {
		unsigned int lo = i - BN_EXP_WINDOW;
		bn_limb w = (e[lo / BN_LIMB_BITS] >> (lo % BN_LIMB_BITS)) &
			    (BN_EXP_TABLE - 1);

		for (k = 0; k < BN_EXP_WINDOW; k++)
			bn_mont_sqr(ctx, acc, acc);
		bn_table_select(t, ws, w, n);
		bn_mont_mul(ctx, acc, acc, t);
	}
	bn_copy(r, acc, n);
	km_wipe(ws, sizeof(*ws));
}

KM_EXPORT(bn_mod_exp);

/**
 * bn_mod_inv_prime() - inverse modulo a prime by Fermat: r = a^(m-2).
 * @ctx: Montgomery context of a prime m > 2
 * @r: result in Montgomery form (may alias @a); 0 if @a is 0
 * @a: value in Montgomery form
 * @ws: workspace
 */
void bn_mod_inv_prime(const struct bn_mont *ctx, bn_limb *r,
		      const bn_limb *a, struct bn_exp_ws *ws)
{
	bn_limb *e = ws->t[2], bw = 0;
	size_t i;

	for (i = 0; i < ctx->n; i++)
		e[i] = bn_sbb(ctx->m[i], i ? 0 : 2, &bw);
	bn_mod_exp(ctx, r, a, e, ctx->n, ws);
}

KM_EXPORT(bn_mod_inv_prime);

/**
 * bn_mul() - schoolbook product.
 * @r: result, @an + @bn limbs; must not overlap @a or @b
 * @a: factor
 * @an: limb count of @a
 * @b: factor
 * @bn: limb count of @b
 */
void bn_mul(bn_limb *r, const bn_limb *a, size_t an, const bn_limb *b,
	    size_t bn)
{
	size_t i, j;

	for (i = 0; i < an + bn; i++)
		r[i] = 0;
	for (i = 0; i < bn; i++) {
		bn_limb c = 0;

		for (j = 0; j < an; j++)
			r[i + j] = bn_mac(a[j], b[i], r[i + j], &c);
		r[i + an] = c;
	}
}

KM_EXPORT(bn_mul);

/**
 * bn_shr() - right shift by a public count.
 * @r: result (may alias @a)
 * @a: number
 * @n: limb count
 * @k: shift count (public)
 */
void bn_shr(bn_limb *r, const bn_limb *a, size_t n, unsigned int k)
{
	size_t w = k / BN_LIMB_BITS, i;
	unsigned int s = k % BN_LIMB_BITS;

	for (i = 0; i < n; i++) {
		bn_limb lo = i + w < n ? a[i + w] : 0;
		bn_limb hi = i + w + 1 < n ? a[i + w + 1] : 0;

		r[i] = s ? (lo >> s) | (hi << (BN_LIMB_BITS - s)) : lo;
	}
}

KM_EXPORT(bn_shr);

/* Shift right by one bit under a mask, shifting @in (0/1) into the top. */
static void bn_cshr1(bn_limb *a, size_t n, bn_limb in, bn_limb mask)
{
	size_t i;

	for (i = 0; i < n; i++) {
		bn_limb hi = i + 1 < n ? a[i + 1] : in;
		bn_limb s = (a[i] >> 1) | (hi << (BN_LIMB_BITS - 1));

		a[i] ^= (a[i] ^ s) & mask;
	}
}

/**
 * bn_div() - constant-time long division.
 * @q: quotient, @an limbs, or NULL
 * @rem: remainder, @dn limbs
 * @a: dividend
 * @an: limb count of @a
 * @d: divisor (non-zero)
 * @dn: limb count of @d
 */
void bn_div(bn_limb *q, bn_limb *rem, const bn_limb *a, size_t an,
	    const bn_limb *d, size_t dn)
{
	size_t i, j;

	bn_set_word(rem, 0, dn);
	if (q)
		bn_set_word(q, 0, an);
	for (i = an * BN_LIMB_BITS; i-- > 0;) {
		bn_limb top = rem[dn - 1] >> (BN_LIMB_BITS - 1);
		bn_limb bit = (a[i / BN_LIMB_BITS] >> (i % BN_LIMB_BITS)) & 1;
		bn_limb bw = 0, ge, c = 0;

		/* rem = 2 * rem + bit; top holds bit 64 * dn. */
		for (j = dn; j-- > 1;)
			rem[j] = (rem[j] << 1) | (rem[j - 1] >> 63);
		rem[0] = (rem[0] << 1) | bit;
		for (j = 0; j < dn; j++)
			bn_sbb(rem[j], d[j], &bw);
		ge = (0 - top) | (bw - 1);
		for (j = 0; j < dn; j++)
			rem[j] = bn_sbb(rem[j], d[j] & ge, &c);
		if (q)
			q[i / BN_LIMB_BITS] |= (ge & 1) << (i % BN_LIMB_BITS);
	}
}

KM_EXPORT(bn_div);

/**
 * bn_gcd() - constant-time binary gcd.
 * @r: result, @n limbs
 * @a: number
 * @b: number (not both zero)
 * @n: limb count
 * @tmp: scratch, 2 * @n limbs
 *
 * Each round subtracts the smaller from the larger when both are odd and
 * halves the even ones, counting rounds where both were even; 128 * n
 * rounds exhaust both bit lengths, leaving gcd / 2^shift in one of them.
 */
void bn_gcd(bn_limb *r, const bn_limb *a, const bn_limb *b, size_t n,
	    bn_limb *tmp)
{
	bn_limb *x = tmp, *y = tmp + n, shift = 0;
	size_t i, j;

	bn_copy(x, a, n);
	bn_copy(y, b, n);
	for (i = 0; i < 2 * n * BN_LIMB_BITS; i++) {
		bn_limb odd = 0 - (x[0] & y[0] & 1);
		bn_limb lt = bn_lt_mask(x, y, n) & odd;
		bn_limb xe, ye, bw = 0;

		bn_cswap(x, y, lt, n);
		/* x >= y when both odd: x -= y */
		for (j = 0; j < n; j++)
			x[j] = bn_sbb(x[j], y[j] & odd, &bw);
		xe = (x[0] & 1) - 1;
		ye = (y[0] & 1) - 1;
		shift += xe & ye & 1;
		bn_cshr1(x, n, 0, xe);
		bn_cshr1(y, n, 0, ye);
	}
	for (j = 0; j < n; j++)
		r[j] = x[j] | y[j];
	/* r <<= shift, one masked bit at a time */
	for (i = 0; i < n * BN_LIMB_BITS; i++) {
		bn_limb m = bn_word_lt_mask(i, shift);

		for (j = n; j-- > 0;) {
			bn_limb s = (r[j] << 1) | (j ? r[j - 1] >> 63 : 0);

			r[j] ^= (r[j] ^ s) & m;
		}
	}
	km_wipe(tmp, 2 * n * sizeof(*tmp));
}

KM_EXPORT(bn_gcd);

/**
 * bn_mod_inv_odd() - constant-time inverse modulo an odd number.
 * @r: result, @n limbs
 * @a: value < @m
 * @m: odd modulus > 1
 * @n: limb count
 * @tmp: scratch, 4 * @n limbs
 *
 * Binary extended gcd keeping A = U * a and B = V * a (mod m) with B odd;
 * 128 * n rounds always suffice, after which A = 0 and B = gcd(a, m).
 *
 * Return: ~0 if gcd(a, m) = 1 and @r holds the inverse, else 0.
 */
bn_limb bn_mod_inv_odd(bn_limb *r, const bn_limb *a, const bn_limb *m,
		       size_t n, bn_limb *tmp)
{
	bn_limb *x = tmp, *y = tmp + n, *u = tmp + 2 * n, *v = tmp + 3 * n;
	bn_limb ok;
	size_t i, j;

	bn_copy(x, a, n);
	bn_copy(y, m, n);
	bn_set_word(u, 1, n);
	bn_set_word(v, 0, n);
	for (i = 0; i < 2 * n * BN_LIMB_BITS; i++) {
		bn_limb odd = 0 - (x[0] & 1);
		bn_limb lt = bn_lt_mask(x, y, n) & odd;
		bn_limb bw = 0, b2 = 0, c1 = 0, c2 = 0, neg, oddu, xp, sp;

		/* swap if x < y (x odd); x -= y, u -= v when x is odd */
		for (j = 0; j < n; j++) {
			bn_limb d = (x[j] ^ y[j]) & lt;
			bn_limb e = (u[j] ^ v[j]) & lt;

			y[j] ^= d;
			v[j] ^= e;
			x[j] = bn_sbb(x[j] ^ d, y[j] & odd, &bw);
			u[j] = bn_sbb(u[j] ^ e, v[j] & odd, &b2);
		}
		/* u += m if negative; then x /= 2 and u = u / 2 mod m */
		neg = 0 - b2;
		sp = bn_adc(u[0], m[0] & neg, &c1);
		oddu = 0 - (sp & 1);
		sp = bn_adc(sp, m[0] & oddu, &c2);
		xp = x[0];
		for (j = 1; j < n; j++) {
			bn_limb t = bn_adc(u[j], m[j] & neg, &c1), xn = x[j];
			bn_limb s = bn_adc(t, m[j] & oddu, &c2);

			u[j - 1] = (sp >> 1) | (s << (BN_LIMB_BITS - 1));
			x[j - 1] = (xp >> 1) | (xn << (BN_LIMB_BITS - 1));
			sp = s;
			xp = xn;
		}
		u[n - 1] = (sp >> 1) | (c2 << (BN_LIMB_BITS - 1));
		x[n - 1] = xp >> 1;
	}
	bn_set_word(x, 1, n);
	ok = bn_eq_mask(y, x, n);
	bn_copy(r, v, n);
	km_wipe(tmp, 4 * n * sizeof(*tmp));
	return ok;
}

KM_EXPORT(bn_mod_inv_odd);

/**
 * bn_div_exact_word() - exact division by an odd word.
 * @r: quotient (may alias @a)
 * @a: dividend, a multiple of @w
 * @n: limb count
 * @w: odd divisor
 *
 * Multiplies limb by limb with w^-1 mod 2^64, carrying the high halves of
 * q * w as a borrow (Jebelean's exact division).
 */
void bn_div_exact_word(bn_limb *r, const bn_limb *a, size_t n, bn_limb w)
{
	bn_limb inv = w, borrow = 0;
	size_t i;
	int k;

	for (k = 0; k < 5; k++)
		inv *= 2 - w * inv;
	for (i = 0; i < n; i++) {
		bn_limb b1 = 0, t = bn_sbb(a[i], borrow, &b1);
		bn_limb q = t * inv, hi;

		r[i] = q;
		bn_mulw(q, w, &hi);
		borrow = hi + b1;
	}
}

KM_EXPORT(bn_div_exact_word);

/**
 * bn_mod_exp_vartime() - modular exponentiation with a public exponent.
 * @ctx: Montgomery context
 * @r: result in Montgomery form (may alias @a)
 * @a: base in Montgomery form
 * @e: exponent (public)
 * @en: limb count of @e
 */
void bn_mod_exp_vartime(const struct bn_mont *ctx, bn_limb *r,
			const bn_limb *a, const bn_limb *e, size_t en)
{
	bn_limb base[BN_MAX_LIMBS];
	unsigned int i = bn_bits_vartime(e, en);

	bn_copy(base, a, ctx->n);
	bn_copy(r, ctx->one, ctx->n);
	while (i--) {
		bn_mont_sqr(ctx, r, r);
		if (bn_bit(e, en, i))
			bn_mont_mul(ctx, r, r, base);
	}
	km_wipe(base, sizeof(base));
}

KM_EXPORT(bn_mod_exp_vartime);
