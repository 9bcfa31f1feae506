// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * X25519 (RFC 7748 section 5) on the field arithmetic of fe25519.h.
 *
 * Shared secret: the Montgomery ladder of RFC 7748 section 5 on the
 * u-coordinate, projective (X:Z), 255 fixed iterations over bits 254..0 of
 * the clamped scalar, with a masked conditional swap; one inversion
 * (a fixed exponentiation, z^(p - 2)) at the end.  No branch, memory index
 * or loop bound depends on the scalar or on the point.
 *
 * Public key: [k]B on the Edwards curve through Ed25519's constant-time
 * fixed-base table, mapped to u = (1 + y) / (1 - y) (km_ed25519_base_u() in
 * ed25519.c).  That is about three times faster than the ladder on u = 9,
 * and gives the same result; the unit test checks both ways agree.
 */
#include "x25519.h"
#include "fe25519.h"

/**
 * struct x25519_ladder - the ladder's state and temporaries (all secret).
 * @x1: the input u-coordinate
 * @x2: X of the lower point, [m]P
 * @z2: Z of the lower point
 * @x3: X of the upper point, [m + 1]P
 * @z3: Z of the upper point
 * @t0: temporary
 * @t1: temporary
 *
 * One struct, so a single km_wipe() clears every intermediate value; the
 * step reuses two temporaries to keep the stack frame small.
 */
struct x25519_ladder {
	struct fe25519 x1, x2, z2, x3, z3, t0, t1;
};

/* Exchange f and g when swap is 1, leave them when it is 0; no branch. */
static void fe_cswap(struct fe25519 *f, struct fe25519 *g, u64 swap)
{
	u64 mask = 0 - swap, x;
	int i;

	for (i = 0; i < 5; i++) {
		x = mask & (f->v[i] ^ g->v[i]);
		f->v[i] ^= x;
		g->v[i] ^= x;
	}
}

/* h = f * a24, a24 = (486662 - 2) / 4 = 121665 (RFC 7748 section 5). */
static void fe_mul_a24(struct fe25519 *h, const struct fe25519 *f)
{
	fe_carry_wide(h, mul64(f->v[0], 121665), mul64(f->v[1], 121665),
		      mul64(f->v[2], 121665), mul64(f->v[3], 121665),
		      mul64(f->v[4], 121665));
}

/*
 * (x2 : z2) = [k](x1 : 1), k being the clamped scalar (bit 255 clear).
 * The step is RFC 7748's: a differential addition and a doubling.
 */
static noinline_for_stack void x25519_ladder(struct x25519_ladder *l,
					     const u8 k[32])
{
	u64 swap = 0, bit;
	int t;

	fe_1(&l->x2);
	fe_0(&l->z2);
	l->x3 = l->x1;
	fe_1(&l->z3);
	for (t = 254; t >= 0; t--) {
		bit = (k[t >> 3] >> (t & 7)) & 1;
		swap ^= bit;
		fe_cswap(&l->x2, &l->x3, swap);
		fe_cswap(&l->z2, &l->z3, swap);
		swap = bit;

		fe_sub(&l->t0, &l->x3, &l->z3);		/* D */
		fe_sub(&l->t1, &l->x2, &l->z2);		/* B */
		fe_add(&l->x2, &l->x2, &l->z2);		/* A */
		fe_add(&l->z2, &l->x3, &l->z3);		/* C */
		fe_mul(&l->z3, &l->t0, &l->x2);		/* DA */
		fe_mul(&l->z2, &l->z2, &l->t1);		/* CB */
		fe_add(&l->x3, &l->z3, &l->z2);
		fe_sub(&l->z2, &l->z3, &l->z2);
		fe_sq(&l->x3, &l->x3);			/* x3 = (DA + CB)^2 */
		fe_sq(&l->z2, &l->z2);
		fe_mul(&l->z3, &l->x1, &l->z2);		/* z3 = x1 (DA - CB)^2 */
		fe_sq(&l->t0, &l->t1);			/* BB */
		fe_sq(&l->t1, &l->x2);			/* AA */
		fe_mul(&l->x2, &l->t1, &l->t0);		/* x2 = AA BB */
		fe_sub(&l->t0, &l->t1, &l->t0);		/* E = AA - BB */
		fe_mul_a24(&l->z2, &l->t0);
		fe_add(&l->z2, &l->z2, &l->t1);
		fe_mul(&l->z2, &l->z2, &l->t0);		/* z2 = E (AA + a24 E) */
	}
	fe_cswap(&l->x2, &l->x3, swap);
	fe_cswap(&l->z2, &l->z3, swap);
}

/*
 * out = x2 / z2, canonical.  z2 = 0 (a point of small order) gives 0, since
 * the inversion is z2^(p - 2).  Its own frame: the inversion's temporaries
 * do not add to the caller's.
 */
static noinline_for_stack void x25519_finish(u8 out[32],
					     struct x25519_ladder *l)
{
	fe_invert(&l->t0, &l->z2);
	fe_mul(&l->x2, &l->x2, &l->t0);
	fe_tobytes(out, &l->x2);
}

/* RFC 7748 section 5 "decodeScalar25519": clear bits 0-2 and 255, set 254. */
static void x25519_clamp(u8 k[32], const u8 scalar[32])
{
	memcpy(k, scalar, 32);
	k[0] &= 248;
	k[31] &= 127;
	k[31] |= 64;
}

/*
 * 0, or -EINVAL when all 32 bytes of @out are zero, computed with a mask
 * rather than a branch: the bytes may still be marked secret (ctgrind) and
 * only the caller decides to act on the result.
 */
static int x25519_result(const u8 out[32])
{
	u32 d = 0, zero;
	int i;

	for (i = 0; i < 32; i++)
		d |= out[i];
	zero = 0 - ((d - 1) >> 31);	/* all ones iff d == 0 */
	return -(int)(zero & EINVAL);
}

/**
 * km_x25519() - the X25519 function of RFC 7748 section 5.
 * @out: receives the 32-byte u-coordinate of [clamp(scalar)]point
 * @scalar: the 32-byte private key, clamped here as RFC 7748 requires
 * @point: the peer's 32-byte u-coordinate; bit 255 is ignored and values
 *	   of p or more are accepted and reduced modulo p, as RFC 7748 requires
 *
 * Constant time with respect to @scalar and @point.  @out may alias either
 * input.  The all-zero result (a @point of small order, on the curve or its
 * twist) is refused like OpenSSL's X25519 derivation and the kernel's
 * curve25519() do; the check ORs the output bytes into a mask, so no branch
 * depends on secret data before the caller sees the return value.
 *
 * Return: 0 on success; -EINVAL when the shared secret is all zeros, in
 * which case @out holds those 32 zero bytes (never a partial result).
 */
int km_x25519(u8 out[KM_X25519_KEY_SIZE], const u8 scalar[KM_X25519_KEY_SIZE],
	      const u8 point[KM_X25519_KEY_SIZE])
{
	struct x25519_ladder l;
	u8 k[32];

	x25519_clamp(k, scalar);
	fe_frombytes(&l.x1, point);
	x25519_ladder(&l, k);
	x25519_finish(out, &l);
	km_wipe(&l, sizeof(l));
	km_wipe(k, sizeof(k));
	return x25519_result(out);
}

KM_EXPORT(km_x25519);

/**
 * km_x25519_public_key() - the X25519 public key of a private key.
 * @pub: receives the 32-byte u-coordinate of [clamp(scalar)]9
 * @scalar: the 32-byte private key, clamped here
 *
 * Same result as km_x25519(@pub, @scalar, u = 9), computed with Ed25519's
 * fixed-base table and the birational map to the Montgomery curve.
 * Constant time with respect to @scalar.  @pub may alias @scalar.
 *
 * Return: 0.  (-EINVAL with @pub zeroed would mean a zero public key,
 * which no clamped scalar produces: the base point has prime order L and a
 * clamped scalar, 2^254 <= k < 2^255 and a multiple of 8, is never a
 * multiple of L.)
 */
int km_x25519_public_key(u8 pub[KM_X25519_KEY_SIZE],
			 const u8 scalar[KM_X25519_KEY_SIZE])
{
	u8 k[32];

	x25519_clamp(k, scalar);
	km_ed25519_base_u(pub, k);
	km_wipe(k, sizeof(k));
	return x25519_result(pub);
}

KM_EXPORT(km_x25519_public_key);
