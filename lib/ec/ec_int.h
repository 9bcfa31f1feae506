/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * Definitions shared by the files of lib/ec only.
 */
#ifndef KEYMINT_LIB_EC_INT_H
#define KEYMINT_LIB_EC_INT_H

#include "ec.h"

/*
 * Constant-time tests (tests/ct) build lib/ec with KM_CTGRIND so that the
 * few values that are derived from secrets but public by design (a
 * rejected nonce or key candidate, an error result, the finished
 * signature) are declassified before the code branches on them.  In every
 * other build this is a no-op.
 */
#ifdef KM_CTGRIND
#include <valgrind/memcheck.h>
#define ec_declassify(p, n)	VALGRIND_MAKE_MEM_DEFINED((p), (n))
#else
#define ec_declassify(p, n)	do { (void)(p); (void)(n); } while (0)
#endif

/*
 * The P-256 base point comb: EC_GW-bit signed digits, EC_GN = 2^(EC_GW - 1)
 * entries per window, EC_GW_COUNT windows (EC_GW * EC_GW_COUNT >= 257, the
 * digits of a 256-bit scalar and the carry of the top one).
 * tests/unit/ec_gen_p256_table.py generates ec_p256_table.h to match.
 */
#define EC_GW		6
#define EC_GN		(1U << (EC_GW - 1))
#define EC_GW_COUNT	43

/**
 * struct ec_curve - domain parameters of a short Weierstrass curve with
 * a = -3 and cofactor 1.
 * @id: KeyMint EcCurve value
 * @bits: bit length of p and of the order n (equal for the NIST curves)
 * @nlimbs: limbs of field elements and scalars
 * @bytes: length of an encoded coordinate or scalar
 * @fp: Montgomery context of the field prime p
 * @fn: Montgomery context of the group order n
 * @b: the coefficient b
 * @gx: x of the base point G
 * @gy: y of the base point G
 * @b_mont: b in Montgomery form
 * @gx_mont: x of the base point, Montgomery form
 * @gy_mont: y of the base point, Montgomery form
 * @g_table: P-256 only (NULL for the others): the comb of ec_base_mul(),
 *	d * 2^(EC_GW * i) * G for i = 0..EC_GW_COUNT - 1 and d = 1..EC_GN,
 *	affine (x, y) in Montgomery form, laid out as [i][d - 1][x or y][limb]
 *	with 4 limbs per coordinate
 */
struct ec_curve {
	u32 id;
	unsigned int bits;
	size_t nlimbs;
	size_t bytes;
	const struct bn_mont *fp;
	const struct bn_mont *fn;
	const bn_limb *b;
	const bn_limb *gx;
	const bn_limb *gy;
	const bn_limb *b_mont;
	const bn_limb *gx_mont;
	const bn_limb *gy_mont;
	const bn_limb *g_table;
};

/* The P-521 field prime's context, which ec.c reduces specially. */
extern const struct bn_mont ec_p521_fp;

void ec_base_point(const struct ec_curve *c, struct ec_point *p);
void ec_point_add(const struct ec_curve *c, struct ec_point *r,
		  const struct ec_point *p, const struct ec_point *q,
		  struct ec_ws *ws);
void ec_point_dbl(const struct ec_curve *c, struct ec_point *r,
		  const struct ec_point *p, struct ec_ws *ws);
void ec_scalar_mul(const struct ec_curve *c, const bn_limb *k,
		   const struct ec_point *p, struct ec_ws *ws);
void ec_base_mul(const struct ec_curve *c, const bn_limb *k,
		 struct ec_ws *ws);
bn_limb ec_to_affine(const struct ec_curve *c, bn_limb *x, bn_limb *y,
		     const struct ec_point *p, struct ec_ws *ws);
int ec_decode_point(const struct ec_curve *c, struct ec_point *p,
		    const u8 *in, size_t len, struct ec_ws *ws);
int ec_load_scalar(const struct ec_curve *c, bn_limb *k, const u8 *in,
		   size_t len, bn_limb *valid);
void ec_shr(bn_limb *r, size_t n, unsigned int s);
void ec_put_be(u8 *out, size_t len, const bn_limb *a, size_t n);
void ec_mont_inv(const struct bn_mont *m, bn_limb *r, const bn_limb *a,
		 struct ec_ws *ws);

#endif /* KEYMINT_LIB_EC_INT_H */
