/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * Arithmetic in GF(2^255 - 19), private to lib/ed25519: shared by the
 * Ed25519 code (ed25519.c) and X25519 (x25519.c).  Not an API; nothing here
 * is exported.
 *
 * Five 51-bit limbs in u64, products in a 128-bit integer.  Every field
 * operation ends with a weak carry, so limbs stay below 2^52 between
 * operations, which bounds all products (see fe_mul()).  All functions run
 * in constant time: no branch or memory index depends on a field element.
 */
#ifndef KEYMINT_LIB_ED25519_FE25519_H
#define KEYMINT_LIB_ED25519_FE25519_H

#include "../port.h"

/**
 * struct fe25519 - an element of GF(2^255 - 19).
 * @v: limbs, value = sum(v[i] * 2^(51 * i)); each below 2^52 between ops
 */
struct fe25519 {
	u64 v[5];
};

#define MASK51	((1ULL << 51) - 1)

/* gcc has a 128-bit integer on 64-bit targets (x86_64 and UML here). */
#define km_u128 unsigned __int128

/* The only place that forms a 128-bit product. */
static __always_inline km_u128 mul64(u64 a, u64 b)
{
	return (km_u128)a * b;
}

static inline void fe_0(struct fe25519 *h)
{
	memset(h, 0, sizeof(*h));
}

static inline void fe_1(struct fe25519 *h)
{
	fe_0(h);
	h->v[0] = 1;
}

/* Weak reduction: limbs below 2^51, except v[1] which may reach 2^51. */
static inline void fe_carry(struct fe25519 *h)
{
	u64 c;

	c = h->v[0] >> 51;
	h->v[0] &= MASK51;
	h->v[1] += c;
	c = h->v[1] >> 51;
	h->v[1] &= MASK51;
	h->v[2] += c;
	c = h->v[2] >> 51;
	h->v[2] &= MASK51;
	h->v[3] += c;
	c = h->v[3] >> 51;
	h->v[3] &= MASK51;
	h->v[4] += c;
	c = h->v[4] >> 51;
	h->v[4] &= MASK51;
	h->v[0] += 19 * c;
	c = h->v[0] >> 51;
	h->v[0] &= MASK51;
	h->v[1] += c;
}

static inline void fe_add(struct fe25519 *h, const struct fe25519 *f,
			  const struct fe25519 *g)
{
	int i;

	for (i = 0; i < 5; i++)
		h->v[i] = f->v[i] + g->v[i];
	fe_carry(h);
}

/* h = f - g, computed as f + 2p - g; needs g's limbs below 2^52 - 38. */
static inline void fe_sub(struct fe25519 *h, const struct fe25519 *f,
			  const struct fe25519 *g)
{
	h->v[0] = f->v[0] + 0xfffffffffffdaULL - g->v[0];
	h->v[1] = f->v[1] + 0xffffffffffffeULL - g->v[1];
	h->v[2] = f->v[2] + 0xffffffffffffeULL - g->v[2];
	h->v[3] = f->v[3] + 0xffffffffffffeULL - g->v[3];
	h->v[4] = f->v[4] + 0xffffffffffffeULL - g->v[4];
	fe_carry(h);
}

static inline void fe_neg(struct fe25519 *h, const struct fe25519 *f)
{
	struct fe25519 z;

	fe_0(&z);
	fe_sub(h, &z, f);
}

/* Carry five 128-bit column sums (each below 2^115) into h. */
static inline void fe_carry_wide(struct fe25519 *h, km_u128 r0, km_u128 r1,
				 km_u128 r2, km_u128 r3, km_u128 r4)
{
	km_u128 t;

	r1 += r0 >> 51;
	h->v[0] = (u64)r0 & MASK51;
	r2 += r1 >> 51;
	h->v[1] = (u64)r1 & MASK51;
	r3 += r2 >> 51;
	h->v[2] = (u64)r2 & MASK51;
	r4 += r3 >> 51;
	h->v[3] = (u64)r3 & MASK51;
	h->v[4] = (u64)r4 & MASK51;
	t = (r4 >> 51) * 19 + h->v[0];
	h->v[0] = (u64)t & MASK51;
	h->v[1] += (u64)(t >> 51);
}

/*
 * h = f * g.  With limbs below 2^52, 19 * g_i < 2^57 and each column is a
 * sum of five products below 2^109, so the sums fit easily in 128 bits.
 */
static inline void fe_mul(struct fe25519 *h, const struct fe25519 *f,
			  const struct fe25519 *g)
{
	const u64 *a = f->v, *b = g->v;
	u64 b1 = 19 * b[1], b2 = 19 * b[2], b3 = 19 * b[3], b4 = 19 * b[4];
	km_u128 r0, r1, r2, r3, r4;

	r0 = mul64(a[0], b[0]) + mul64(a[1], b4) + mul64(a[2], b3) +
	     mul64(a[3], b2) + mul64(a[4], b1);
	r1 = mul64(a[0], b[1]) + mul64(a[1], b[0]) + mul64(a[2], b4) +
	     mul64(a[3], b3) + mul64(a[4], b2);
	r2 = mul64(a[0], b[2]) + mul64(a[1], b[1]) + mul64(a[2], b[0]) +
	     mul64(a[3], b4) + mul64(a[4], b3);
	r3 = mul64(a[0], b[3]) + mul64(a[1], b[2]) + mul64(a[2], b[1]) +
	     mul64(a[3], b[0]) + mul64(a[4], b4);
	r4 = mul64(a[0], b[4]) + mul64(a[1], b[3]) + mul64(a[2], b[2]) +
	     mul64(a[3], b[1]) + mul64(a[4], b[0]);
	fe_carry_wide(h, r0, r1, r2, r3, r4);
}

static inline void fe_sq(struct fe25519 *h, const struct fe25519 *f)
{
	const u64 *a = f->v;
	u64 a0_2 = 2 * a[0], a1_2 = 2 * a[1];
	u64 a1_38 = 38 * a[1], a2_38 = 38 * a[2], a3_38 = 38 * a[3];
	u64 a3_19 = 19 * a[3], a4_19 = 19 * a[4];
	km_u128 r0, r1, r2, r3, r4;

	r0 = mul64(a[0], a[0]) + mul64(a1_38, a[4]) + mul64(a2_38, a[3]);
	r1 = mul64(a0_2, a[1]) + mul64(a2_38, a[4]) + mul64(a3_19, a[3]);
	r2 = mul64(a0_2, a[2]) + mul64(a[1], a[1]) + mul64(a3_38, a[4]);
	r3 = mul64(a0_2, a[3]) + mul64(a1_2, a[2]) + mul64(a4_19, a[4]);
	r4 = mul64(a0_2, a[4]) + mul64(a1_2, a[3]) + mul64(a[2], a[2]);
	fe_carry_wide(h, r0, r1, r2, r3, r4);
}

/* h = f^(2^n), n >= 1 */
static inline void fe_sqn(struct fe25519 *h, const struct fe25519 *f, int n)
{
	fe_sq(h, f);
	while (--n > 0)
		fe_sq(h, h);
}

/* Canonical little-endian encoding (value reduced below p). */
static inline void fe_tobytes(u8 s[32], const struct fe25519 *f)
{
	struct fe25519 t = *f;
	u64 q;

	fe_carry(&t);
	/* q = 1 iff t >= p, i.e. t + 19 >= 2^255 (t < 2p here). */
	q = (t.v[0] + 19) >> 51;
	q = (t.v[1] + q) >> 51;
	q = (t.v[2] + q) >> 51;
	q = (t.v[3] + q) >> 51;
	q = (t.v[4] + q) >> 51;
	t.v[0] += 19 * q;
	t.v[1] += t.v[0] >> 51;
	t.v[0] &= MASK51;
	t.v[2] += t.v[1] >> 51;
	t.v[1] &= MASK51;
	t.v[3] += t.v[2] >> 51;
	t.v[2] &= MASK51;
	t.v[4] += t.v[3] >> 51;
	t.v[3] &= MASK51;
	t.v[4] &= MASK51;
	put_unaligned_le64(t.v[0] | t.v[1] << 51, s);
	put_unaligned_le64(t.v[1] >> 13 | t.v[2] << 38, s + 8);
	put_unaligned_le64(t.v[2] >> 26 | t.v[3] << 25, s + 16);
	put_unaligned_le64(t.v[3] >> 39 | t.v[4] << 12, s + 24);
	km_wipe(&t, sizeof(t));
}

/* Decode 255 bits (bit 255 ignored); the result may be >= p. */
static inline void fe_frombytes(struct fe25519 *h, const u8 s[32])
{
	h->v[0] = get_unaligned_le64(s) & MASK51;
	h->v[1] = (get_unaligned_le64(s + 6) >> 3) & MASK51;
	h->v[2] = (get_unaligned_le64(s + 12) >> 6) & MASK51;
	h->v[3] = (get_unaligned_le64(s + 19) >> 1) & MASK51;
	h->v[4] = (get_unaligned_le64(s + 24) >> 12) & MASK51;
}

static inline int fe_isnegative(const struct fe25519 *f)
{
	u8 s[32];

	fe_tobytes(s, f);
	return s[0] & 1;
}

/* Returns 1 when f == 0 (mod p), without branching on f. */
static inline int fe_iszero(const struct fe25519 *f)
{
	u8 s[32], d = 0;
	int i;

	fe_tobytes(s, f);
	for (i = 0; i < 32; i++)
		d |= s[i];
	return (int)(((u32)d - 1) >> 31);
}

/* f = g if flag, else unchanged; flag is 0 or 1. */
static inline void fe_cmov(struct fe25519 *f, const u64 *g, u64 flag)
{
	u64 mask = 0 - flag;
	int i;

	for (i = 0; i < 5; i++)
		f->v[i] ^= mask & (f->v[i] ^ g[i]);
}

/* z^(2^250 - 1) into t250, z^11 into z11: shared by invert and pow22523. */
static inline void fe_pow250(struct fe25519 *t250, struct fe25519 *z11,
			     const struct fe25519 *z)
{
	struct fe25519 t0, t1, t2;

	fe_sq(&t0, z);			/* 2 */
	fe_sqn(&t1, &t0, 2);		/* 8 */
	fe_mul(&t1, z, &t1);		/* 9 */
	fe_mul(z11, &t0, &t1);		/* 11 */
	fe_sq(&t0, z11);		/* 22 */
	fe_mul(&t0, &t1, &t0);		/* 2^5 - 1 */
	fe_sqn(&t1, &t0, 5);
	fe_mul(&t0, &t1, &t0);		/* 2^10 - 1 */
	fe_sqn(&t1, &t0, 10);
	fe_mul(&t1, &t1, &t0);		/* 2^20 - 1 */
	fe_sqn(&t2, &t1, 20);
	fe_mul(&t1, &t2, &t1);		/* 2^40 - 1 */
	fe_sqn(&t1, &t1, 10);
	fe_mul(&t0, &t1, &t0);		/* 2^50 - 1 */
	fe_sqn(&t1, &t0, 50);
	fe_mul(&t1, &t1, &t0);		/* 2^100 - 1 */
	fe_sqn(&t2, &t1, 100);
	fe_mul(&t1, &t2, &t1);		/* 2^200 - 1 */
	fe_sqn(&t1, &t1, 50);
	fe_mul(t250, &t1, &t0);		/* 2^250 - 1 */
	km_wipe(&t0, sizeof(t0));
	km_wipe(&t1, sizeof(t1));
	km_wipe(&t2, sizeof(t2));
}

/* h = z^(p - 2) = z^(2^255 - 21) = 1/z */
static inline void fe_invert(struct fe25519 *h, const struct fe25519 *z)
{
	struct fe25519 t, z11;

	fe_pow250(&t, &z11, z);
	fe_sqn(&t, &t, 5);
	fe_mul(h, &t, &z11);
	km_wipe(&t, sizeof(t));
	km_wipe(&z11, sizeof(z11));
}

/* h = z^((p - 5) / 8) = z^(2^252 - 3) */
static inline void fe_pow22523(struct fe25519 *h, const struct fe25519 *z)
{
	struct fe25519 t, z11;

	fe_pow250(&t, &z11, z);
	fe_sqn(&t, &t, 2);
	fe_mul(h, &t, z);
}

/*
 * Module-internal (ed25519.c, used by x25519.c): the Montgomery
 * u-coordinate of [a]B for a < 2^255, through the Edwards fixed-base table.
 */
void km_ed25519_base_u(u8 u[32], const u8 a[32]);

#endif /* KEYMINT_LIB_ED25519_FE25519_H */
