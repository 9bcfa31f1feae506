// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * Point arithmetic, constant-time scalar multiplication,
 * point encoding and validation, key generation and ECDH.
 *
 * Points are projective (X:Y:Z) with coordinates in Montgomery form.  Sums
 * and doublings use the complete formulas of Renes, Costello and Batina,
 * "Complete addition formulas for prime order elliptic curves" (EUROCRYPT
 * 2016), algorithms 4 (addition) and 6 (doubling) for a = -3.  They are
 * correct for every pair of inputs, the point at infinity (0:1:0) and P + P
 * included, so the scalar multiplication never branches on the values it
 * adds.
 */
#include "ec_int.h"
#include "../bn/bn_word.h"

/*
 * The field loops below run over a constant limb count; the pragmas have
 * the compiler unroll them completely (-O2 alone leaves them as loops).
 */

/*
 * Field arithmetic in Montgomery form, written for a limb count @n that is
 * a compile-time constant at every call site (the point formulas below are
 * instantiated for 4, 6 and 9 limbs), so the compiler unrolls the loops.
 * Every loop bound is @n and every value-dependent choice is a mask.
 */

/*
 * t[0 .. n] += a[0 .. n-1] * w; returns the carry out of t[n].  The low
 * and high halves of the n products are first summed in one carry chain,
 * then added to t in a second: GCC keeps such chains in adc sequences.
 */
static __always_inline u8 fe_mac_row(size_t n, bn_limb *t, const bn_limb *a,
				     bn_limb w)
{
	bn_limb lo[EC_MAX_LIMBS], hi[EC_MAX_LIMBS], top;
	u8 c = 0;
	size_t j;

#pragma GCC unroll 10
	for (j = 0; j < n; j++)
		lo[j] = bn_mulw(a[j], w, &hi[j]);
#pragma GCC unroll 10
	for (j = 1; j < n; j++)
		c = bn_addcarry(c, lo[j], hi[j - 1], &lo[j]);
	bn_addcarry(c, hi[n - 1], 0, &top);	/* a * w < 2^(64(n+1)) */
	c = 0;
#pragma GCC unroll 10
	for (j = 0; j < n; j++)
		c = bn_addcarry(c, t[j], lo[j], &t[j]);
	return bn_addcarry(c, t[n], top, &t[n]);
}

/*
 * r = t mod m for t < 2m given as t[0 .. n-1] plus a top bit @top:
 * subtract m unless that borrows past the top bit.
 */
static __always_inline void fe_final_sub(const bn_limb *mm, size_t n,
					 bn_limb *r, const bn_limb *t,
					 bn_limb top)
{
	bn_limb s[EC_MAX_LIMBS], keep, junk;
	u8 bw = 0;
	size_t j;

#pragma GCC unroll 10
	for (j = 0; j < n; j++)
		bw = bn_subborrow(bw, t[j], mm[j], &s[j]);
	keep = 0 - (bn_limb)bn_subborrow(bw, top, 0, &junk);
#pragma GCC unroll 10
	for (j = 0; j < n; j++)
		r[j] = (t[j] & keep) | (s[j] & ~keep);
}

/*
 * t[0 .. 2n-1] = a^2: the n(n-1)/2 products a[i] * a[j] (i < j) are
 * computed once and doubled, then the n diagonal squares added.
 */
static __always_inline void fe_sqr_wide(size_t n, bn_limb *t,
					const bn_limb *a)
{
	bn_limb d, h;
	size_t i, j;
	u8 c;

#pragma GCC unroll 20
	for (j = 0; j < 2 * n; j++)
		t[j] = 0;
	/* Off-diagonal products: row i adds into t[2i + 1 .. i + n]. */
#pragma GCC unroll 10
	for (i = 0; i + 1 < n; i++)
		fe_mac_row(n - 1 - i, &t[2 * i + 1], &a[i + 1], a[i]);
	/* Double them (the sum is below a^2 / 2, nothing shifts out). */
	c = 0;
#pragma GCC unroll 20
	for (j = 1; j < 2 * n - 1; j++)
		c = bn_addcarry(c, t[j], t[j], &t[j]);
	t[2 * n - 1] = c;
	/* Add the squares a[i]^2 at t[2i], t[2i + 1]. */
	c = 0;
#pragma GCC unroll 10
	for (i = 0; i < n; i++) {
		d = bn_mulw(a[i], a[i], &h);
		c = bn_addcarry(c, t[2 * i], d, &t[2 * i]);
		c = bn_addcarry(c, t[2 * i + 1], h, &t[2 * i + 1]);
	}
}

/* t[0 .. 2n-1] = a * b, one fe_mac_row() per limb of b. */
static __always_inline void fe_mul_wide(size_t n, bn_limb *t,
					const bn_limb *a, const bn_limb *b)
{
	size_t i;

#pragma GCC unroll 20
	for (i = 0; i < 2 * n; i++)
		t[i] = 0;
#pragma GCC unroll 10
	for (i = 0; i < n; i++)
		fe_mac_row(n, &t[i], a, b[i]);
}

/*
 * r = a * b / R mod m (CIOS: per limb of b, add a * b[i], then u * m with
 * u = t[0] * m0inv, which clears t[0], and shift); a, b < m; r may alias a
 * or b.  t stays below 2m, so n + 1 limbs and a carry bit hold it.
 */
static __always_inline void fe_mul_core(const bn_limb *mm, bn_limb m0inv,
					size_t n, bn_limb *r,
					const bn_limb *a, const bn_limb *b)
{
	bn_limb t[EC_MAX_LIMBS + 2];
	size_t i, j;

#pragma GCC unroll 10
	for (j = 0; j < n + 2; j++)
		t[j] = 0;
#pragma GCC unroll 10
	for (i = 0; i < n; i++) {
		t[n + 1] = fe_mac_row(n, t, a, b[i]);
		t[n + 1] += fe_mac_row(n, t, mm, t[0] * m0inv);
#pragma GCC unroll 10
		for (j = 0; j <= n; j++)
			t[j] = t[j + 1];
	}
	fe_final_sub(mm, n, r, t, t[n]);
}

static __always_inline void fe_mul_n(const struct bn_mont *m, size_t n,
				     bn_limb *r, const bn_limb *a,
				     const bn_limb *b)
{
	fe_mul_core(m->m, m->m0inv, n, r, a, b);
}

/*
 * The P-256 prime as a compile-time constant: with m0inv = 1 and a zero
 * limb the compiler drops a quarter of the reduction's multiplications.
 * It must equal p256_fp.m of ec_curves.c; any difference would fail every
 * P-256 test against OpenSSL.
 */
static const bn_limb ec_p256_p[4] = {
	0xffffffffffffffffULL, 0x00000000ffffffffULL,
	0x0000000000000000ULL, 0xffffffff00000001ULL,
};

/*
 * One Montgomery step of the P-256 reduction on t[i .. i + 4]: with
 * u = t[i], -p^-1 = 1 mod 2^64 and
 * u * p = u * 2^256 - u * 2^224 + u * 2^192 + u * 2^96 - u, adding u * p
 * clears t[i] and adds u << 32 at limb i + 1 and u * 0xffffffff00000001 at
 * limb i + 3.  Returns the carry out of limb i + 4.
 */
static __always_inline u8 p256_red_step(bn_limb t0, bn_limb *t1, bn_limb *t2,
					bn_limb *t3, bn_limb *t4)
{
	bn_limb hi, lo = bn_mulw(t0, ec_p256_p[3], &hi);
	u8 c;

	c = bn_addcarry(0, *t1, t0 << 32, t1);
	c = bn_addcarry(c, *t2, t0 >> 32, t2);
	c = bn_addcarry(c, *t3, lo, t3);
	return bn_addcarry(c, *t4, hi, t4);
}

/*
 * Reduce the 512-bit t (< p * 2^256) to r = t / 2^256 mod p: four
 * p256_red_step()s, then one conditional subtraction of p.
 */
static __always_inline void p256_reduce(bn_limb *r, bn_limb *t)
{
	bn_limb top;
	u8 c;

	c = p256_red_step(t[0], &t[1], &t[2], &t[3], &t[4]);
	c = bn_addcarry(c, t[5], 0, &t[5]);
	c = bn_addcarry(c, t[6], 0, &t[6]);
	top = bn_addcarry(c, t[7], 0, &t[7]);
	c = p256_red_step(t[1], &t[2], &t[3], &t[4], &t[5]);
	c = bn_addcarry(c, t[6], 0, &t[6]);
	top += bn_addcarry(c, t[7], 0, &t[7]);
	c = p256_red_step(t[2], &t[3], &t[4], &t[5], &t[6]);
	top += bn_addcarry(c, t[7], 0, &t[7]);
	top += p256_red_step(t[3], &t[4], &t[5], &t[6], &t[7]);
	fe_final_sub(ec_p256_p, 4, r, &t[4], top);	/* < 2p */
}

/*
 * r = a * b / 2^256 mod p for the P-256 prime; a, b < p; r may alias a or
 * b.  Schoolbook product, then p256_reduce().
 */
static void fe_mul_p256(const struct bn_mont *m, bn_limb *r,
			const bn_limb *a, const bn_limb *b)
{
	bn_limb t[8];

	fe_mul_wide(4, t, a, b);
	p256_reduce(r, t);
}

/* r = a^2 / 2^256 mod p for the P-256 prime; a < p; r may alias a. */
static void fe_sqr_p256(const struct bn_mont *m, bn_limb *r,
			const bn_limb *a)
{
	bn_limb t[8];

	fe_sqr_wide(4, t, a);
	p256_reduce(r, t);
}

/*
 * One out-of-line copy per limb count keeps the kernel stack frames of the
 * callers small (every inlined copy would bring its own temporaries); the
 * compiler keeps them out of line as long as they are this large.
 */
static void fe_mul4(const struct bn_mont *m, bn_limb *r,
		    const bn_limb *a, const bn_limb *b)
{
	fe_mul_n(m, 4, r, a, b);
}

static void fe_mul6(const struct bn_mont *m, bn_limb *r,
		    const bn_limb *a, const bn_limb *b)
{
	fe_mul_n(m, 6, r, a, b);
}

static void fe_mul9(const struct bn_mont *m, bn_limb *r,
		    const bn_limb *a, const bn_limb *b)
{
	fe_mul_n(m, 9, r, a, b);
}

/*
 * r = t / R mod m for a 2n-limb t < m * R: n Montgomery steps, each
 * clearing limb i, then one conditional subtraction.
 */
static __always_inline void fe_redc_wide(const bn_limb *mm, bn_limb m0inv,
					 size_t n, bn_limb *r, bn_limb *t)
{
	bn_limb top = 0;
	size_t i, j;
	u8 c;

#pragma GCC unroll 10
	for (i = 0; i < n; i++) {
		c = fe_mac_row(n, &t[i], mm, t[i] * m0inv);
#pragma GCC unroll 10
		for (j = i + n + 1; j < 2 * n; j++)
			c = bn_addcarry(c, t[j], 0, &t[j]);
		top += c;
	}
	/* t[n..2n-1] + top * R < 2m */
	fe_final_sub(mm, n, r, &t[n], top);
}

/* r = a * a / R mod m; a < m; r may alias a.  No branch, no index. */
static __always_inline void fe_sqr_core(const bn_limb *mm, bn_limb m0inv,
					size_t n, bn_limb *r,
					const bn_limb *a)
{
	bn_limb t[2 * EC_MAX_LIMBS];

	fe_sqr_wide(n, t, a);
	fe_redc_wide(mm, m0inv, n, r, t);
}

/*
 * Montgomery reduction modulo the P-521 prime p = 2^521 - 1 (R = 2^576):
 * -p^-1 = 1 mod 2^64 and u * p = u * 2^521 - u, so each step adds
 * u << 9 at limb i + 8 (and the bits shifted out at limb i + 9) and clears
 * limb i, with no multiplication at all.
 */
static void p521_redc(const bn_limb *mm, bn_limb *r, bn_limb *t)
{
	bn_limb top = 0, u;
	size_t i, j;
	u8 c;

#pragma GCC unroll 10
	for (i = 0; i < 9; i++) {
		u = t[i];
		c = bn_addcarry(0, t[i + 8], u << 9, &t[i + 8]);
		c = bn_addcarry(c, t[i + 9], u >> 55, &t[i + 9]);
#pragma GCC unroll 10
		for (j = i + 10; j < 18; j++)
			c = bn_addcarry(c, t[j], 0, &t[j]);
		top += c;
	}
	fe_final_sub(mm, 9, r, &t[9], top);
}

/* r = a * b / R and a^2 / R modulo the P-521 prime (@m is ec_p521_fp). */
static void fe_mul_p521(const struct bn_mont *m, bn_limb *r,
			const bn_limb *a, const bn_limb *b)
{
	bn_limb t[18];

	fe_mul_wide(9, t, a, b);
	p521_redc(m->m, r, t);
}

static void fe_sqr_p521(const struct bn_mont *m, bn_limb *r,
			const bn_limb *a)
{
	bn_limb t[18];

	fe_sqr_wide(9, t, a);
	p521_redc(m->m, r, t);
}

static void fe_sqr4(const struct bn_mont *m, bn_limb *r, const bn_limb *a)
{
	fe_sqr_core(m->m, m->m0inv, 4, r, a);
}

static void fe_sqr6(const struct bn_mont *m, bn_limb *r, const bn_limb *a)
{
	fe_sqr_core(m->m, m->m0inv, 6, r, a);
}

static void fe_sqr9(const struct bn_mont *m, bn_limb *r, const bn_limb *a)
{
	fe_sqr_core(m->m, m->m0inv, 9, r, a);
}

/* r = a^2 / R mod m, dispatched like fe_mul(). */
static __always_inline void fe_sqr(const struct bn_mont *m, size_t n,
				   bool p256, bn_limb *r, const bn_limb *a)
{
	if (p256)
		fe_sqr_p256(m, r, a);
	else if (n == 4)
		fe_sqr4(m, r, a);
	else if (n == 6)
		fe_sqr6(m, r, a);
	else if (m == &ec_p521_fp)
		fe_sqr_p521(m, r, a);
	else
		fe_sqr9(m, r, a);
}

/*
 * Dispatch on a limb count (and P-256 flag) that are constants where this
 * is inlined.
 */
static __always_inline void fe_mul(const struct bn_mont *m, size_t n,
				   bool p256, bn_limb *r, const bn_limb *a,
				   const bn_limb *b)
{
	if (p256)
		fe_mul_p256(m, r, a, b);
	else if (n == 4)
		fe_mul4(m, r, a, b);
	else if (n == 6)
		fe_mul6(m, r, a, b);
	else if (m == &ec_p521_fp)
		fe_mul_p521(m, r, a, b);
	else
		fe_mul9(m, r, a, b);
}

/*
 * r = a + b mod m; a, b < m; r may alias a or b.  @mm is the modulus;
 * ec_p256_p for P-256, so that the compiler folds its constant limbs.
 */
static __always_inline void fe_add(const bn_limb *mm, size_t n,
				   bn_limb *r, const bn_limb *a,
				   const bn_limb *b)
{
	bn_limb t[EC_MAX_LIMBS];
	u8 c = 0;
	size_t j;

#pragma GCC unroll 10
	for (j = 0; j < n; j++)
		c = bn_addcarry(c, a[j], b[j], &t[j]);
	fe_final_sub(mm, n, r, t, c);		/* a + b < 2m */
}

/* r = a - b mod m (@mm as for fe_add()); r may alias a or b. */
static __always_inline void fe_sub(const bn_limb *mm, size_t n,
				   bn_limb *r, const bn_limb *a,
				   const bn_limb *b)
{
	bn_limb mask;
	u8 c = 0;
	size_t j;

#pragma GCC unroll 10
	for (j = 0; j < n; j++)
		c = bn_subborrow(c, a[j], b[j], &r[j]);
	mask = 0 - (bn_limb)c;
	c = 0;
#pragma GCC unroll 10
	for (j = 0; j < n; j++)
		c = bn_addcarry(c, r[j], mm[j] & mask, &r[j]);
}

/*
 * r = a^(m-2) = a^-1 mod a prime m, Montgomery form in and out (0 for 0).
 * The exponent is public, so plain 4-bit windows indexed by it are fine;
 * the time depends on m only.
 */
static __always_inline void ec_inv_n(const struct bn_mont *m, size_t n,
				     bool p256, bn_limb *r, const bn_limb *a,
				     struct ec_ws *ws)
{
	unsigned __int128 d;
	bn_limb (*tab)[EC_MAX_LIMBS] = ws->inv, *e = ws->inv_e;
	bn_limb *acc = ws->inv_acc, bw = 0;
	unsigned int i, k, w;
	size_t j;

	for (j = 0; j < n; j++) {
		d = (unsigned __int128)m->m[j] - (j ? 0 : 2) - bw;
		e[j] = (bn_limb)d;
		bw = (bn_limb)(d >> 64) & 1;
	}
	bn_copy(tab[1], a, n);
	for (k = 2; k < 16; k++)
		fe_mul(m, n, p256, tab[k], tab[k - 1], a);
	bn_copy(acc, m->one, n);
	for (i = (unsigned int)(n * BN_LIMB_BITS); i > 0; i -= 4) {
		w = (e[(i - 4) / BN_LIMB_BITS] >> ((i - 4) % BN_LIMB_BITS)) & 15;
		for (k = 0; k < 4; k++)
			fe_sqr(m, n, p256, acc, acc);
		if (w)
			fe_mul(m, n, p256, acc, acc, tab[w]);
	}
	bn_copy(r, acc, n);
}

static void ec_inv4(const struct bn_mont *m, bn_limb *r, const bn_limb *a,
		    struct ec_ws *ws)
{
	ec_inv_n(m, 4, false, r, a, ws);
}

static void ec_inv6(const struct bn_mont *m, bn_limb *r, const bn_limb *a,
		    struct ec_ws *ws)
{
	ec_inv_n(m, 6, false, r, a, ws);
}

static void ec_inv9(const struct bn_mont *m, bn_limb *r, const bn_limb *a,
		    struct ec_ws *ws)
{
	ec_inv_n(m, 9, false, r, a, ws);
}

/* r = a^(2^k) * b modulo the P-256 prime; r may alias a or b. */
static void ec_p256_sqr_mul(const struct bn_mont *m, bn_limb *r,
			    const bn_limb *a, unsigned int k,
			    const bn_limb *b)
{
	unsigned int i;

	bn_copy(r, a, 4);
	for (i = 0; i < k; i++)
		fe_sqr_p256(m, r, r);
	fe_mul_p256(m, r, r, b);
}

/*
 * Inverse modulo the P-256 prime (not its order): a^(p-2) with a fixed
 * addition chain, 255 squarings and 12 multiplications.  From the top,
 * p - 2 is 32 ones, 31 zeros, a one, 96 zeros, 94 ones, a zero and a one.
 * With xk = a^(2^k - 1): x2, x3, x6, x12, x15, x30, x32, then
 * ((((x32^(2^32) a)^(2^128) x32)^(2^32) x32)^(2^30) x30)^(2^2) a.
 */
static void ec_inv_p256(const struct bn_mont *m, bn_limb *r,
			const bn_limb *a, struct ec_ws *ws)
{
	bn_limb *x2 = ws->inv[0], *x3 = ws->inv[1], *x6 = ws->inv[2];
	bn_limb *x15 = ws->inv[3], *x30 = ws->inv[4], *x32 = ws->inv[5];
	bn_limb *t = ws->inv_acc, *a1 = ws->inv[6];

	bn_copy(a1, a, 4);			/* r may alias a */
	a = a1;
	ec_p256_sqr_mul(m, x2, a, 1, a);
	ec_p256_sqr_mul(m, x3, x2, 1, a);
	ec_p256_sqr_mul(m, x6, x3, 3, x3);
	ec_p256_sqr_mul(m, t, x6, 6, x6);		/* x12 */
	ec_p256_sqr_mul(m, x15, t, 3, x3);
	ec_p256_sqr_mul(m, x30, x15, 15, x15);
	ec_p256_sqr_mul(m, x32, x30, 2, x2);
	ec_p256_sqr_mul(m, t, x32, 32, a);
	ec_p256_sqr_mul(m, t, t, 128, x32);
	ec_p256_sqr_mul(m, t, t, 32, x32);
	ec_p256_sqr_mul(m, t, t, 30, x30);
	ec_p256_sqr_mul(m, r, t, 2, a);
}

/**
 * ec_mont_inv() - inverse modulo the field prime or the group order.
 * @m: c->fp or c->fn of a curve (a prime with 4, 6 or 9 limbs)
 * @r: receives a^-1 in Montgomery form (0 when @a is 0); may alias @a
 * @a: value in Montgomery form, secret
 * @ws: workspace; uses ws->inv, ws->inv_e and ws->inv_acc
 *
 * Fermat's little theorem with a fixed exponent: constant time in @a.
 */
void ec_mont_inv(const struct bn_mont *m, bn_limb *r, const bn_limb *a,
		 struct ec_ws *ws)
{
	switch (m->n) {
	case 4:
		ec_inv4(m, r, a, ws);
		break;
	case 6:
		ec_inv6(m, r, a, ws);
		break;
	default:
		ec_inv9(m, r, a, ws);
		break;
	}
}

/**
 * ec_base_point() - the base point G of a curve.
 * @c: the curve
 * @p: receives G in projective Montgomery form (Z = 1)
 */
void ec_base_point(const struct ec_curve *c, struct ec_point *p)
{
	bn_copy(p->x, c->gx_mont, c->nlimbs);
	bn_copy(p->y, c->gy_mont, c->nlimbs);
	bn_copy(p->z, c->fp->one, c->nlimbs);
}

static void ec_point_copy(const struct ec_curve *c, struct ec_point *r,
			  const struct ec_point *p)
{
	bn_copy(r->x, p->x, c->nlimbs);
	bn_copy(r->y, p->y, c->nlimbs);
	bn_copy(r->z, p->z, c->nlimbs);
}

static void ec_point_set_inf(const struct ec_curve *c, struct ec_point *r)
{
	bn_set_word(r->x, 0, c->nlimbs);
	bn_copy(r->y, c->fp->one, c->nlimbs);
	bn_set_word(r->z, 0, c->nlimbs);
}

/*
 * Second half of the Renes-Costello-Batina addition, shared by the full
 * and the mixed variant: from ws->t[0] = X1*X2, t[1] = Y1*Y2, t[2] = Z1*Z2,
 * t[3] = X1*Y2 + X2*Y1, t[4] = Y1*Z2 + Y2*Z1 and t[6] = X1*Z2 + X2*Z1 it
 * computes r (r may alias the inputs, which are no longer read).
 */
static __always_inline void
ec_point_add_tail(const struct ec_curve *c, size_t n, bool p256,
		  struct ec_point *r, struct ec_ws *ws)
{
	const struct bn_mont *fp = c->fp;
	const bn_limb *pm = p256 ? ec_p256_p : fp->m;
	bn_limb *t0 = ws->t[0], *t1 = ws->t[1], *t2 = ws->t[2];
	bn_limb *t3 = ws->t[3], *t4 = ws->t[4];
	bn_limb *x3 = ws->t[5], *y3 = ws->t[6], *z3 = ws->t[7];
	const bn_limb *b = c->b_mont;

	fe_mul(fp, n, p256, z3, b, t2);
	fe_sub(pm, n, x3, y3, z3);
	fe_add(pm, n, z3, x3, x3);
	fe_add(pm, n, x3, x3, z3);
	fe_sub(pm, n, z3, t1, x3);
	fe_add(pm, n, x3, t1, x3);
	fe_mul(fp, n, p256, t1, b, y3);
	fe_add(pm, n, y3, t2, t2);
	fe_add(pm, n, t2, y3, t2);		/* t2 = 3 * Z1*Z2 */
	fe_sub(pm, n, y3, t1, t2);
	fe_sub(pm, n, y3, y3, t0);
	fe_add(pm, n, t1, y3, y3);
	fe_add(pm, n, y3, t1, y3);
	fe_add(pm, n, t1, t0, t0);
	fe_add(pm, n, t0, t1, t0);
	fe_sub(pm, n, t0, t0, t2);
	/* Outputs: X3 = t3*x3 - t4*y3, Y3 = x3*z3 + t0*y3, Z3 = t4*z3 + t3*t0 */
	fe_mul(fp, n, p256, t1, t4, y3);
	fe_mul(fp, n, p256, t2, t0, y3);
	fe_mul(fp, n, p256, y3, x3, z3);
	fe_add(pm, n, r->y, y3, t2);
	fe_mul(fp, n, p256, y3, t3, x3);
	fe_sub(pm, n, r->x, y3, t1);
	fe_mul(fp, n, p256, y3, t4, z3);
	fe_mul(fp, n, p256, t1, t3, t0);
	fe_add(pm, n, r->z, y3, t1);
}

/*
 * Complete projective addition r = p + q (r may alias p or q); uses
 * ws->t[0..7].  Renes-Costello-Batina algorithm 4 (a = -3): 12
 * multiplications by coordinates, 2 by b, 29 additions, no branch.
 */
static __always_inline void
ec_point_add_n(const struct ec_curve *c, size_t n, bool p256,
	       struct ec_point *r,
	       const struct ec_point *p, const struct ec_point *q,
	       struct ec_ws *ws)
{
	const struct bn_mont *fp = c->fp;
	const bn_limb *pm = p256 ? ec_p256_p : fp->m;
	bn_limb *t0 = ws->t[0], *t1 = ws->t[1], *t2 = ws->t[2];
	bn_limb *t3 = ws->t[3], *t4 = ws->t[4];
	bn_limb *x3 = ws->t[5], *y3 = ws->t[6], *z3 = ws->t[7];

	fe_mul(fp, n, p256, t0, p->x, q->x);
	fe_mul(fp, n, p256, t1, p->y, q->y);
	fe_mul(fp, n, p256, t2, p->z, q->z);
	fe_add(pm, n, t3, p->x, p->y);
	fe_add(pm, n, t4, q->x, q->y);
	fe_mul(fp, n, p256, x3, t3, t4);
	fe_add(pm, n, t4, t0, t1);
	fe_sub(pm, n, t3, x3, t4);		/* t3 = X1*Y2 + X2*Y1 */
	fe_add(pm, n, t4, p->y, p->z);
	fe_add(pm, n, x3, q->y, q->z);
	fe_mul(fp, n, p256, y3, t4, x3);
	fe_add(pm, n, x3, t1, t2);
	fe_sub(pm, n, t4, y3, x3);		/* t4 = Y1*Z2 + Y2*Z1 */
	fe_add(pm, n, x3, p->x, p->z);
	fe_add(pm, n, y3, q->x, q->z);
	fe_mul(fp, n, p256, z3, x3, y3);
	fe_add(pm, n, y3, t0, t2);
	fe_sub(pm, n, y3, z3, y3);		/* y3 = X1*Z2 + X2*Z1 */
	ec_point_add_tail(c, n, p256, r, ws);
}

/*
 * Complete mixed addition r = p + (x2 : y2 : 1) on P-256 (r may alias p);
 * uses ws->t[0..7].  Algorithm 4 above with Z2 = 1 (Renes-Costello-Batina
 * algorithm 5): 11 multiplications by coordinates and 2 by b.  Complete
 * for every p, infinity included; the second point cannot be infinity.
 */
static void ec_point_madd_p256(const struct ec_curve *c, struct ec_point *r,
			       const struct ec_point *p, const bn_limb *x2,
			       const bn_limb *y2, struct ec_ws *ws)
{
	const struct bn_mont *fp = c->fp;
	const bn_limb *pm = ec_p256_p;
	bn_limb *t0 = ws->t[0], *t1 = ws->t[1], *t2 = ws->t[2];
	bn_limb *t3 = ws->t[3], *t4 = ws->t[4];
	bn_limb *x3 = ws->t[5], *y3 = ws->t[6];

	fe_mul(fp, 4, true, t0, p->x, x2);
	fe_mul(fp, 4, true, t1, p->y, y2);
	bn_copy(t2, p->z, 4);
	fe_add(pm, 4, t3, p->x, p->y);
	fe_add(pm, 4, t4, x2, y2);
	fe_mul(fp, 4, true, x3, t3, t4);
	fe_add(pm, 4, t4, t0, t1);
	fe_sub(pm, 4, t3, x3, t4);		/* t3 = X1*Y2 + X2*Y1 */
	fe_mul(fp, 4, true, t4, y2, p->z);
	fe_add(pm, 4, t4, t4, p->y);		/* t4 = Y1 + Y2*Z1 */
	fe_mul(fp, 4, true, y3, x2, p->z);
	fe_add(pm, 4, y3, y3, p->x);		/* y3 = X1 + X2*Z1 */
	ec_point_add_tail(c, 4, true, r, ws);
}

/*
 * Complete projective doubling r = 2p (r may alias p); uses ws->t[0..7].
 * Renes-Costello-Batina algorithm 6 (a = -3).
 */
static __always_inline void
ec_point_dbl_n(const struct ec_curve *c, size_t n, bool p256,
	       struct ec_point *r,
	       const struct ec_point *p, struct ec_ws *ws)
{
	const struct bn_mont *fp = c->fp;
	const bn_limb *pm = p256 ? ec_p256_p : fp->m;
	bn_limb *t0 = ws->t[0], *t1 = ws->t[1], *t2 = ws->t[2];
	bn_limb *t3 = ws->t[3], *t4 = ws->t[4];
	bn_limb *x3 = ws->t[5], *y3 = ws->t[6], *z3 = ws->t[7];
	const bn_limb *b = c->b_mont;

	fe_sqr(fp, n, p256, t0, p->x);
	fe_sqr(fp, n, p256, t1, p->y);
	fe_sqr(fp, n, p256, t2, p->z);
	fe_mul(fp, n, p256, t4, p->x, p->y);
	fe_add(pm, n, t3, t4, t4);
	fe_mul(fp, n, p256, t4, p->x, p->z);
	fe_add(pm, n, z3, t4, t4);
	fe_mul(fp, n, p256, t4, b, t2);
	fe_sub(pm, n, y3, t4, z3);
	fe_add(pm, n, x3, y3, y3);
	fe_add(pm, n, y3, x3, y3);
	fe_sub(pm, n, x3, t1, y3);
	fe_add(pm, n, y3, t1, y3);
	fe_mul(fp, n, p256, t4, x3, y3);		/* t4 = Y3 so far */
	fe_mul(fp, n, p256, y3, x3, t3);		/* y3 = X3 so far */
	fe_add(pm, n, t3, t2, t2);
	fe_add(pm, n, t2, t2, t3);
	fe_mul(fp, n, p256, x3, b, z3);
	fe_sub(pm, n, x3, x3, t2);
	fe_sub(pm, n, x3, x3, t0);
	fe_add(pm, n, t3, x3, x3);
	fe_add(pm, n, x3, x3, t3);		/* x3 = "Z3" of the listing */
	fe_add(pm, n, t3, t0, t0);
	fe_add(pm, n, t0, t3, t0);
	fe_sub(pm, n, t0, t0, t2);
	fe_mul(fp, n, p256, t3, t0, x3);
	fe_add(pm, n, t4, t4, t3);		/* final Y */
	fe_mul(fp, n, p256, t0, p->y, p->z);
	fe_add(pm, n, t0, t0, t0);
	fe_mul(fp, n, p256, t3, t0, x3);
	fe_sub(pm, n, r->x, y3, t3);	/* final X */
	fe_mul(fp, n, p256, t3, t0, t1);
	fe_add(pm, n, t3, t3, t3);
	fe_add(pm, n, r->z, t3, t3);	/* final Z */
	bn_copy(r->y, t4, n);
}

static void ec_point_add4(const struct ec_curve *c, struct ec_point *r,
			  const struct ec_point *p, const struct ec_point *q,
			  struct ec_ws *ws)
{
	ec_point_add_n(c, 4, false, r, p, q, ws);
}

static void ec_point_dbl4(const struct ec_curve *c, struct ec_point *r,
			  const struct ec_point *p, struct ec_ws *ws)
{
	ec_point_dbl_n(c, 4, false, r, p, ws);
}

static void ec_point_add6(const struct ec_curve *c, struct ec_point *r,
			  const struct ec_point *p, const struct ec_point *q,
			  struct ec_ws *ws)
{
	ec_point_add_n(c, 6, false, r, p, q, ws);
}

static void ec_point_dbl6(const struct ec_curve *c, struct ec_point *r,
			  const struct ec_point *p, struct ec_ws *ws)
{
	ec_point_dbl_n(c, 6, false, r, p, ws);
}

static void ec_point_add9(const struct ec_curve *c, struct ec_point *r,
			  const struct ec_point *p, const struct ec_point *q,
			  struct ec_ws *ws)
{
	ec_point_add_n(c, 9, false, r, p, q, ws);
}

static void ec_point_dbl9(const struct ec_curve *c, struct ec_point *r,
			  const struct ec_point *p, struct ec_ws *ws)
{
	ec_point_dbl_n(c, 9, false, r, p, ws);
}

static void ec_point_add_p256(const struct ec_curve *c, struct ec_point *r,
			      const struct ec_point *p,
			      const struct ec_point *q, struct ec_ws *ws)
{
	ec_point_add_n(c, 4, true, r, p, q, ws);
}

static void ec_point_dbl_p256(const struct ec_curve *c, struct ec_point *r,
			      const struct ec_point *p, struct ec_ws *ws)
{
	ec_point_dbl_n(c, 4, true, r, p, ws);
}

/**
 * ec_point_add() - complete projective addition, r = p + q.
 * @c: the curve
 * @r: the sum; may alias @p or @q
 * @p: first summand
 * @q: second summand
 * @ws: workspace; uses ws->t[0..7]
 *
 * Renes-Costello-Batina algorithm 4 for a = -3: no branch on the points.
 */
void ec_point_add(const struct ec_curve *c, struct ec_point *r,
		  const struct ec_point *p, const struct ec_point *q,
		  struct ec_ws *ws)
{
	if (c->id == EC_CURVE_P256) {
		ec_point_add_p256(c, r, p, q, ws);
		return;
	}
	switch (c->nlimbs) {
	case 4:
		ec_point_add4(c, r, p, q, ws);
		break;
	case 6:
		ec_point_add6(c, r, p, q, ws);
		break;
	default:
		ec_point_add9(c, r, p, q, ws);
		break;
	}
}

/**
 * ec_point_dbl() - complete projective doubling, r = 2p.
 * @c: the curve
 * @r: the result; may alias @p
 * @p: the point
 * @ws: workspace; uses ws->t[0..7]
 *
 * Renes-Costello-Batina algorithm 6 for a = -3.
 */
void ec_point_dbl(const struct ec_curve *c, struct ec_point *r,
		  const struct ec_point *p, struct ec_ws *ws)
{
	if (c->id == EC_CURVE_P256) {
		ec_point_dbl_p256(c, r, p, ws);
		return;
	}
	switch (c->nlimbs) {
	case 4:
		ec_point_dbl4(c, r, p, ws);
		break;
	case 6:
		ec_point_dbl6(c, r, p, ws);
		break;
	default:
		ec_point_dbl9(c, r, p, ws);
		break;
	}
}

/* Constant-time table read: ws->sel = ws->table[d], scanning all entries. */
static void ec_table_select(const struct ec_curve *c, struct ec_ws *ws,
			    bn_limb d)
{
	unsigned int i;

	ec_point_set_inf(c, &ws->sel);
	for (i = 0; i < ARRAY_SIZE(ws->table); i++) {
		/* (i ^ d) - 1 has its top bit set exactly when i == d. */
		bn_limb eq = (((bn_limb)i ^ d) - 1) >> (BN_LIMB_BITS - 1);
		bn_limb mask = 0 - eq;

		bn_cmov(ws->sel.x, ws->table[i].x, mask, c->nlimbs);
		bn_cmov(ws->sel.y, ws->table[i].y, mask, c->nlimbs);
		bn_cmov(ws->sel.z, ws->table[i].z, mask, c->nlimbs);
	}
}

/**
 * ec_scalar_mul() - constant-time scalar multiplication, ws->acc = k * p.
 * @c: the curve
 * @k: the scalar, c->nlimbs limbs, below 2^c->bits (it need not be
 *	reduced modulo n); secret
 * @p: the point; must not be ws->acc, ws->sel or in ws->table
 * @ws: workspace; the result is left in ws->acc
 *
 * Fixed 4-bit windows from the top: four doublings, then the addition of
 * table[window], read with ec_table_select().  Table entry 0 is the point
 * at infinity and the formulas are complete, so zero windows, the first
 * additions to infinity and doublings inside the table need no special
 * case.  Time and memory accesses depend on the curve only.
 */
void ec_scalar_mul(const struct ec_curve *c, const bn_limb *k,
		   const struct ec_point *p, struct ec_ws *ws)
{
	unsigned int nwin = (c->bits + EC_WINDOW - 1) / EC_WINDOW;
	unsigned int i, w;

	ec_point_set_inf(c, &ws->table[0]);
	ec_point_copy(c, &ws->table[1], p);
	for (i = 2; i < ARRAY_SIZE(ws->table); i++) {
		if (i & 1)
			ec_point_add(c, &ws->table[i], &ws->table[i - 1], p,
				     ws);
		else
			ec_point_dbl(c, &ws->table[i], &ws->table[i / 2], ws);
	}

	ec_point_set_inf(c, &ws->acc);
	for (w = nwin; w-- > 0;) {
		unsigned int bit = w * EC_WINDOW;
		bn_limb d;

		/* A window never straddles two limbs (64 % 4 == 0). */
		d = (k[bit / BN_LIMB_BITS] >> (bit % BN_LIMB_BITS)) &
		    ((1U << EC_WINDOW) - 1);
		for (i = 0; i < EC_WINDOW; i++)
			ec_point_dbl(c, &ws->acc, &ws->acc, ws);
		ec_table_select(c, ws, d);
		ec_point_add(c, &ws->acc, &ws->acc, &ws->sel, ws);
	}
}

/*
 * Signed digit i of the base point comb (a Booth recoding of k):
 * D = k[6i .. 6i+5] + k[6i - 1] - 64 * k[6i + 5] with k[-1] = 0, so that
 * k = sum D_i * 2^(6i) and -32 <= D_i <= 32.  Returns |D_i|; *neg is all
 * ones when D_i < 0.  The bit positions are public, the bits are not:
 * only shifts and masks touch them.
 */
static bn_limb ec_p256_digit(const bn_limb *k, unsigned int i, bn_limb *neg)
{
	unsigned int pos = EC_GW * i;	/* bit 0 of v is k[pos - 1] */
	bn_limb v, d, s;

	if (!pos) {
		v = k[0] << 1;
	} else {
		unsigned int lo = (pos - 1) / BN_LIMB_BITS;
		unsigned int sh = (pos - 1) % BN_LIMB_BITS;

		v = k[lo] >> sh;
		if (sh > BN_LIMB_BITS - (EC_GW + 1) && lo + 1 < 4)
			v |= k[lo + 1] << (BN_LIMB_BITS - sh);
	}
	v &= (1U << (EC_GW + 1)) - 1;
	s = 0 - (v >> EC_GW);			/* the sign bit, as a mask */
	d = (v >> 1) + (v & 1);			/* s ? 32..64 : 0..32 */
	/* D = d - 64 for a set sign bit: |D| = 64 - d (0 for d = 64). */
	*neg = s;
	return d ^ ((d ^ ((1U << EC_GW) - d)) & s);
}

/*
 * (x, y) = entry d - 1 of one window of the P-256 comb (EC_GN affine
 * entries of 8 limbs starting at @e), or zeros for d = 0.  Every entry is
 * read; the choice is made with masks only.
 */
static void ec_p256_select(bn_limb *x, bn_limb *y, const bn_limb *e,
			   bn_limb d)
{
	unsigned int i, j;

	for (j = 0; j < 4; j++) {
		x[j] = 0;
		y[j] = 0;
	}
	for (i = 1; i <= EC_GN; i++, e += 8) {
		/* (i ^ d) - 1 has its top bit set exactly when i == d. */
		bn_limb mask = 0 - ((((bn_limb)i ^ d) - 1) >>
				    (BN_LIMB_BITS - 1));

		for (j = 0; j < 4; j++) {
			x[j] |= e[j] & mask;
			y[j] |= e[4 + j] & mask;
		}
	}
}

static const bn_limb ec_zero[EC_MAX_LIMBS];

/**
 * ec_base_mul() - constant-time multiplication of the base point,
 * ws->acc = k * G.
 * @c: the curve
 * @k: the scalar, c->nlimbs limbs, below 2^c->bits; secret
 * @ws: workspace; the result is left in ws->acc
 *
 * P-256 has a precomputed comb (c->g_table): the scalar is recoded into
 * EC_GW_COUNT signed digits D_i of EC_GW bits, and each window adds
 * D_i * 2^(EC_GW * i) * G with one complete mixed addition and no
 * doubling.  The entry |D_i| is read by scanning the whole window, its y
 * negated by mask for D_i < 0, and the sum kept by mask only if D_i != 0
 * (the affine table cannot hold the point at infinity).  The other curves
 * use ec_scalar_mul() of G.  Time and memory accesses depend on the curve
 * only.
 */
void ec_base_mul(const struct ec_curve *c, const bn_limb *k,
		 struct ec_ws *ws)
{
	bn_limb *x = ws->sel.x, *y = ws->sel.y, *ny = ws->sel.z;
	bn_limb d, neg, nz;
	unsigned int i;

	if (!c->g_table || c->id != EC_CURVE_P256) {
		ec_base_point(c, &ws->p);
		ec_scalar_mul(c, k, &ws->p, ws);
		return;
	}
	ec_point_set_inf(c, &ws->acc);
	for (i = 0; i < EC_GW_COUNT; i++) {
		d = ec_p256_digit(k, i, &neg);
		ec_p256_select(x, y, c->g_table + (size_t)i * EC_GN * 8, d);
		fe_sub(ec_p256_p, 4, ny, ec_zero, y);
		bn_cmov(y, ny, neg, 4);
		ec_point_madd_p256(c, &ws->p, &ws->acc, x, y, ws);
		nz = 0 - ((d | (0 - d)) >> (BN_LIMB_BITS - 1));
		bn_cmov(ws->acc.x, ws->p.x, nz, 4);
		bn_cmov(ws->acc.y, ws->p.y, nz, 4);
		bn_cmov(ws->acc.z, ws->p.z, nz, 4);
	}
}

/**
 * ec_to_affine() - affine coordinates of a projective point.
 * @c: the curve
 * @x: receives X/Z in normal (not Montgomery) form, c->nlimbs limbs
 * @y: receives Y/Z in normal form
 * @p: the point
 * @ws: workspace; uses ws->t[8..9] and the ec_mont_inv() scratch
 *
 * Z is inverted with Fermat's little theorem, in constant time.  For the
 * point at infinity @x and @y are 0.
 *
 * Return: a mask, all ones when @p is a finite point, 0 for infinity.
 */
bn_limb ec_to_affine(const struct ec_curve *c, bn_limb *x, bn_limb *y,
		     const struct ec_point *p, struct ec_ws *ws)
{
	bn_limb *zinv = ws->t[8], *t = ws->t[9];
	bn_limb finite = ~bn_is_zero_mask(p->z, c->nlimbs);

	if (c->id == EC_CURVE_P256)
		ec_inv_p256(c->fp, zinv, p->z, ws);
	else
		ec_mont_inv(c->fp, zinv, p->z, ws);
	bn_mont_mul(c->fp, t, p->x, zinv);
	bn_from_mont(c->fp, x, t);
	bn_mont_mul(c->fp, t, p->y, zinv);
	bn_from_mont(c->fp, y, t);
	return finite;
}

/*
 * rhs = x^3 - 3x + b for x in Montgomery form; uses ws->t[0..1].  The
 * caller's x must not be ws->t[0..1].
 */
static void ec_curve_rhs(const struct ec_curve *c, bn_limb *rhs,
			 const bn_limb *x, struct ec_ws *ws)
{
	bn_limb *t0 = ws->t[0], *t1 = ws->t[1];

	bn_mont_sqr(c->fp, t0, x);
	bn_mont_mul(c->fp, t1, t0, x);	/* x^3 */
	bn_mod_add(c->fp, t0, x, x);
	bn_mod_add(c->fp, t0, t0, x);	/* 3x */
	bn_mod_sub(c->fp, t1, t1, t0);
	bn_mod_add(c->fp, rhs, t1, c->b_mont);
}

/**
 * ec_decode_point() - parse and validate an uncompressed public point.
 * @c: the curve
 * @p: receives the point, projective Montgomery form with Z = 1
 * @in: 0x04 || X || Y, each coordinate ec_curve_bytes() long
 * @len: length of @in
 * @ws: workspace; uses ws->t[0..3]
 *
 * Checks the SP 800-56A rev. 3 section 5.6.2.3.3 conditions: the encoding
 * is not the point at infinity, both coordinates are below p and the point
 * satisfies y^2 = x^3 - 3x + b.  The cofactor is 1, so that is also the
 * subgroup check.  Input is public; this function may branch on it.
 *
 * Return: 0; -EOPNOTSUPP for a compressed point (0x02/0x03); -EINVAL for
 * anything else that is not a valid point.  @p is unspecified on error.
 */
int ec_decode_point(const struct ec_curve *c, struct ec_point *p,
		    const u8 *in, size_t len, struct ec_ws *ws)
{
	size_t n = c->nlimbs;
	bn_limb *x = ws->t[2], *y = ws->t[3];
	bn_limb ok;

	if (!in || len < 1)
		return -EINVAL;
	if ((in[0] == 0x02 || in[0] == 0x03) && len == 1 + c->bytes)
		return -EOPNOTSUPP;
	if (in[0] != 0x04 || len != 1 + 2 * c->bytes)
		return -EINVAL;
	if (bn_from_be(x, n, in + 1, c->bytes) ||
	    bn_from_be(y, n, in + 1 + c->bytes, c->bytes))
		return -EINVAL;
	if (!bn_lt_mask(x, c->fp->m, n) || !bn_lt_mask(y, c->fp->m, n))
		return -EINVAL;
	bn_to_mont(c->fp, p->x, x);
	bn_to_mont(c->fp, p->y, y);
	bn_copy(p->z, c->fp->one, n);

	ec_curve_rhs(c, x, p->x, ws);
	bn_mont_sqr(c->fp, y, p->y);
	ok = bn_eq_mask(x, y, n);
	return ok ? 0 : -EINVAL;
}

/* out = 0x04 || x || y for affine x, y in normal form. */
static void ec_encode_point(const struct ec_curve *c, u8 *out,
			    const bn_limb *x, const bn_limb *y)
{
	out[0] = 0x04;
	bn_to_be(out + 1, c->bytes, x, c->nlimbs);
	bn_to_be(out + 1 + c->bytes, c->bytes, y, c->nlimbs);
}

/**
 * ec_load_scalar() - read a big-endian scalar and check 1 <= k < n.
 * @c: the curve
 * @k: receives the scalar, c->nlimbs limbs
 * @in: big-endian bytes; shorter than ec_curve_bytes() is zero-extended
 * @len: length of @in
 * @valid: receives a mask, all ones when 1 <= k < n, computed without
 *	branching on the (secret) value
 *
 * Return: 0, or -EINVAL when @len exceeds ec_curve_bytes() or @in is NULL.
 */
int ec_load_scalar(const struct ec_curve *c, bn_limb *k, const u8 *in,
		   size_t len, bn_limb *valid)
{
	if (!in || len > c->bytes)
		return -EINVAL;
	if (bn_from_be(k, c->nlimbs, in, len))
		return -EINVAL;
	*valid = ~bn_is_zero_mask(k, c->nlimbs) &
		 bn_lt_mask(k, c->fn->m, c->nlimbs);
	return 0;
}

/**
 * ec_put_be() - store a secret number as fixed-length big-endian bytes.
 * @out: destination, @len bytes
 * @len: number of bytes, at most 8 * @n
 * @a: the number, known to fit in @len bytes
 * @n: limb count of @a
 *
 * Unlike bn_to_be() there is no overflow check (whose outcome would be a
 * branch on the value); callers only store values that fit.
 */
void ec_put_be(u8 *out, size_t len, const bn_limb *a, size_t n)
{
	size_t i;

	for (i = 0; i < len; i++) {
		size_t pos = len - 1 - i;

		out[i] = (u8)(a[pos / BN_LIMB_BYTES] >>
			      (8 * (pos % BN_LIMB_BYTES)));
	}
}

/**
 * ec_shr() - shift a number right by fewer than 64 bits, in place.
 * @r: the number
 * @n: its limb count
 * @s: shift, 0 <= @s < 64 (public)
 */
void ec_shr(bn_limb *r, size_t n, unsigned int s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i + 1 < n; i++)
		r[i] = (r[i] >> s) | (r[i + 1] << (BN_LIMB_BITS - s));
	r[n - 1] >>= s;
}

static void ec_ws_wipe(struct ec_ws *ws)
{
	km_wipe(ws, sizeof(*ws));
}

/* pub = k * G, encoded; k already validated.  Wipes nothing. */
static int ec_derive_public(const struct ec_curve *c, const bn_limb *k,
			    u8 *pub, struct ec_ws *ws)
{
	bn_limb finite;

	ec_base_mul(c, k, ws);
	finite = ec_to_affine(c, ws->s[1], ws->s[2], &ws->acc, ws);
	ec_declassify(&finite, sizeof(finite));
	if (!finite)
		return -EINVAL;
	/* The public key is public. */
	ec_declassify(ws->s[1], c->nlimbs * sizeof(bn_limb));
	ec_declassify(ws->s[2], c->nlimbs * sizeof(bn_limb));
	ec_encode_point(c, pub, ws->s[1], ws->s[2]);
	return 0;
}

/**
 * ec_keygen() - generate a key pair.
 * @c: the curve
 * @ops: randomness source (@ops->random)
 * @priv: receives the private key, ec_curve_bytes(@c) bytes
 * @pub: receives the public key, ec_point_len(@c) bytes
 * @ws: workspace
 *
 * The private key is drawn uniformly from [1, n-1] by rejection sampling
 * (FIPS 186-5 A.2.2): random bytes, masked to the bit length of n, are
 * retried until they fall in range.  A rejected candidate is discarded,
 * so branching on the rejection leaks nothing about the key kept.
 *
 * Return: 0, -EIO if 64 candidates in a row were rejected (a broken RNG),
 * or the error of @ops->random.  On error @priv and @pub are zeroed.
 */
int ec_keygen(const struct ec_curve *c, const struct km_crypto_ops *ops,
	      u8 *priv, u8 *pub, struct ec_ws *ws)
{
	unsigned int tries;
	bn_limb valid = 0;
	int ret = -EIO;

	for (tries = 0; tries < 64; tries++) {
		ret = ops->random(ops->ctx, priv, c->bytes);
		if (ret)
			goto out;
		priv[0] &= 0xff >> (8 * c->bytes - c->bits);
		ret = ec_load_scalar(c, ws->s[0], priv, c->bytes, &valid);
		if (ret)
			goto out;
		ec_declassify(&valid, sizeof(valid));
		if (valid)
			break;
		ret = -EIO;
	}
	if (!valid)
		goto out;
	ret = ec_derive_public(c, ws->s[0], pub, ws);
out:
	if (ret) {
		km_wipe(priv, c->bytes);
		memset(pub, 0, ec_point_len(c));
	}
	ec_ws_wipe(ws);
	return ret;
}

KM_EXPORT(ec_keygen);

/**
 * ec_public_from_private() - derive the public key of a private key.
 * @c: the curve
 * @priv: the private key, big-endian, at most ec_curve_bytes(@c) bytes
 * @privlen: its length
 * @pub: receives the public key, ec_point_len(@c) bytes
 * @ws: workspace
 *
 * Return: 0, or -EINVAL if the key is not in [1, n-1].
 */
int ec_public_from_private(const struct ec_curve *c, const u8 *priv,
			   size_t privlen, u8 *pub, struct ec_ws *ws)
{
	bn_limb valid;
	int ret;

	ret = ec_load_scalar(c, ws->s[0], priv, privlen, &valid);
	if (ret)
		goto out;
	ec_declassify(&valid, sizeof(valid));
	if (!valid) {
		ret = -EINVAL;
		goto out;
	}
	ret = ec_derive_public(c, ws->s[0], pub, ws);
out:
	ec_ws_wipe(ws);
	return ret;
}

KM_EXPORT(ec_public_from_private);

/**
 * ec_check_public() - validate a public key.
 * @c: the curve
 * @pub: the uncompressed point
 * @publen: its length
 * @ws: workspace
 *
 * Return: 0 when @pub is a valid point of the curve other than infinity,
 * -EOPNOTSUPP for a compressed point, -EINVAL otherwise.
 */
int ec_check_public(const struct ec_curve *c, const u8 *pub, size_t publen,
		    struct ec_ws *ws)
{
	int ret = ec_decode_point(c, &ws->p, pub, publen, ws);

	ec_ws_wipe(ws);
	return ret;
}

KM_EXPORT(ec_check_public);

/**
 * ec_ecdh() - elliptic curve Diffie-Hellman (SP 800-56A rev. 3, 5.7.1.2).
 * @c: the curve
 * @priv: our private key, big-endian, at most ec_curve_bytes(@c) bytes
 * @privlen: its length
 * @peer: the peer's uncompressed public point
 * @peerlen: its length
 * @secret: receives the shared secret, the x coordinate of priv * peer,
 *	ec_curve_bytes(@c) bytes
 * @ws: workspace
 *
 * The peer point is fully validated first.  The multiplication is
 * constant time in the private key.
 *
 * Return: 0; -EINVAL for an invalid private key or peer point or an
 * infinite result; -EOPNOTSUPP for a compressed peer point.  On error
 * @secret is zeroed.
 */
int ec_ecdh(const struct ec_curve *c, const u8 *priv, size_t privlen,
	    const u8 *peer, size_t peerlen, u8 *secret, struct ec_ws *ws)
{
	bn_limb valid, finite;
	int ret;

	memset(secret, 0, c->bytes);
	ret = ec_decode_point(c, &ws->p, peer, peerlen, ws);
	if (ret)
		goto out;
	ret = ec_load_scalar(c, ws->s[0], priv, privlen, &valid);
	if (ret)
		goto out;
	ec_declassify(&valid, sizeof(valid));
	if (!valid) {
		ret = -EINVAL;
		goto out;
	}
	ec_scalar_mul(c, ws->s[0], &ws->p, ws);
	finite = ec_to_affine(c, ws->s[1], ws->s[2], &ws->acc, ws);
	ec_declassify(&finite, sizeof(finite));
	if (!finite) {
		ret = -EINVAL;
		goto out;
	}
	ec_put_be(secret, c->bytes, ws->s[1], c->nlimbs);
out:
	ec_ws_wipe(ws);
	return ret;
}

KM_EXPORT(ec_ecdh);
