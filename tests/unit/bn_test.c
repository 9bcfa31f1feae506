// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * tests/unit/bn_test.c - lib/bn against OpenSSL BIGNUM: random
 * differential checks of every function at 1..64 limbs, plus edge values
 * (0, 1, m - 1, all ones, sparse bit patterns).
 */
#include <stdlib.h>
#include <openssl/bn.h>
#include <openssl/err.h>

#include "check.h"
#include "../../lib/bn/bn.h"

#define NL	BN_MAX_LIMBS

static u64 rng_state = 0x6b65796d696e7400ULL;

static u64 rnd(void)
{
	u64 z = (rng_state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Random n-limb value with a mix of shapes that stress carries. */
static void rand_limbs(bn_limb *a, size_t n)
{
	unsigned int kind = rnd() % 8;
	size_t i;

	for (i = 0; i < n; i++) {
		switch (kind) {
		case 0:
			a[i] = ~0ULL;
			break;
		case 1:
			a[i] = 0;
			break;
		case 2:
			a[i] = rnd() % 4 ? ~0ULL : rnd();
			break;
		case 3:
			a[i] = rnd() % 4 ? 0 : rnd();
			break;
		case 4:
			a[i] = 1ULL << (rnd() % 64);
			break;
		default:
			a[i] = rnd();
		}
	}
	if (kind == 1 && rnd() % 2)
		a[0] = rnd() % 3;
	if (rnd() % 4 == 0)	/* shorten the value */
		for (i = rnd() % n; i < n; i++)
			a[i] = 0;
}

static BIGNUM *to_bn(const bn_limb *a, size_t n)
{
	u8 buf[NL * 8 * 3];

	bn_to_be(buf, n * 8, a, n);
	return BN_bin2bn(buf, (int)(n * 8), NULL);
}

static int from_bn(bn_limb *a, size_t n, const BIGNUM *b)
{
	u8 buf[NL * 8 * 3];

	if (BN_num_bytes(b) > (int)(n * 8))
		return -1;
	BN_bn2binpad(b, buf, (int)(n * 8));
	return bn_from_be(a, n, buf, n * 8);
}

/* a == b as numbers. */
static int eq_bn(const bn_limb *a, size_t n, const BIGNUM *b)
{
	BIGNUM *x = to_bn(a, n);
	int r = BN_cmp(x, b) == 0;

	BN_free(x);
	return r;
}

/* Random odd modulus of n limbs whose top limb is not zero (usually). */
static void rand_modulus(bn_limb *m, size_t n)
{
	rand_limbs(m, n);
	if (rnd() % 4)
		m[n - 1] |= 1ULL << (rnd() % 64);
	m[0] |= 1;
	if (bn_bits_vartime(m, n) <= 1)
		m[0] = 3;
}

static void rand_below(bn_limb *a, const bn_limb *m, size_t n, BN_CTX *ctx)
{
	BIGNUM *x, *mm;

	rand_limbs(a, n);
	x = to_bn(a, n);
	mm = to_bn(m, n);
	BN_mod(x, x, mm, ctx);
	from_bn(a, n, x);
	BN_free(x);
	BN_free(mm);
}

static void test_bytes(void)
{
	static const u8 v[] = { 0x00, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05,
				0x06, 0x07, 0x08, 0x09 };
	bn_limb a[2] = { 7, 7 };
	u8 out[16];

	CHECK_EQ(bn_from_be(a, 2, v, sizeof(v)), 0);
	CHECK_EQ(a[0], 0x0203040506070809ULL);
	CHECK_EQ(a[1], 0x01);
	CHECK_EQ(bn_from_be(a, 1, v, sizeof(v)), -ERANGE);
	CHECK(a[0] == 0);
	CHECK_EQ(bn_from_be(a, 1, v + 2, 9), -ERANGE);
	CHECK_EQ(bn_from_be(a, 1, v + 1, 9), 0);
	CHECK_EQ(a[0], 0x0102030405060708ULL);
	CHECK_EQ(bn_from_be(a, 2, v, 0), 0);
	CHECK(a[0] == 0 && a[1] == 0);
	a[0] = 0x1122;
	a[1] = 0;
	CHECK_EQ(bn_to_be(out, 2, a, 2), 0);
	CHECK(out[0] == 0x11 && out[1] == 0x22);
	CHECK_EQ(bn_to_be(out, 1, a, 2), -ERANGE);
	CHECK(out[0] == 0);
	CHECK_EQ(bn_to_be(out, 16, a, 2), 0);
	CHECK(out[14] == 0x11 && out[15] == 0x22 && out[0] == 0);
}

static void test_plain(size_t n, BN_CTX *ctx)
{
	bn_limb a[NL], b[NL], r[2 * NL], s[NL], c;
	BIGNUM *x, *y, *z = BN_new(), *R = BN_new();
	u8 buf[NL * 8 + 8];
	unsigned int k;
	size_t i;

	rand_limbs(a, n);
	rand_limbs(b, n);
	if (rnd() % 8 == 0)
		bn_copy(b, a, n);
	x = to_bn(a, n);
	y = to_bn(b, n);
	BN_one(R);
	BN_lshift(R, R, (int)(64 * n));

	/* byte round trip with a leading zero */
	buf[0] = 0;
	CHECK_EQ(bn_to_be(buf + 1, n * 8, a, n), 0);
	CHECK_EQ(bn_from_be(s, n, buf, n * 8 + 1), 0);
	CHECK(bn_eq_mask(s, a, n) == ~0ULL);

	c = bn_add(r, a, b, n);
	BN_add(z, x, y);
	if (c)
		BN_sub(z, z, R);
	CHECK(eq_bn(r, n, z));
	CHECK_EQ(c, BN_cmp(z, x) < 0 || (BN_cmp(z, x) == 0 && !BN_is_zero(y)));

	c = bn_sub(r, a, b, n);
	BN_sub(z, x, y);
	CHECK_EQ(c, BN_is_negative(z));
	if (c)
		BN_add(z, z, R);
	CHECK(eq_bn(r, n, z));

	CHECK_EQ(bn_lt_mask(a, b, n), BN_cmp(x, y) < 0 ? ~0ULL : 0);
	CHECK_EQ(bn_eq_mask(a, b, n), BN_cmp(x, y) == 0 ? ~0ULL : 0);
	CHECK_EQ(bn_is_zero_mask(a, n), BN_is_zero(x) ? ~0ULL : 0);
	CHECK_EQ(bn_bits_vartime(a, n), BN_num_bits(x));
	k = rnd() % (64 * n + 8);
	CHECK_EQ(bn_bit(a, n, k), BN_is_bit_set(x, (int)k));

	bn_copy(s, a, n);
	bn_cmov(s, b, 0, n);
	CHECK(bn_eq_mask(s, a, n) == ~0ULL);
	bn_cmov(s, b, ~0ULL, n);
	CHECK(bn_eq_mask(s, b, n) == ~0ULL);
	bn_copy(r, a, n);
	bn_cswap(r, s, ~0ULL, n);
	CHECK(bn_eq_mask(r, b, n) == ~0ULL && bn_eq_mask(s, a, n) == ~0ULL);
	bn_cswap(r, s, 0, n);
	CHECK(bn_eq_mask(r, b, n) == ~0ULL && bn_eq_mask(s, a, n) == ~0ULL);

	/* product of mixed sizes */
	i = 1 + rnd() % n;
	bn_mul(r, a, n, b, i);
	BN_free(y);
	y = to_bn(b, i);
	BN_mul(z, x, y, ctx);
	CHECK(eq_bn(r, n + i, z));

	k = rnd() % (64 * n);
	bn_copy(s, a, n);
	bn_shr(s, s, n, k);
	BN_rshift(z, x, (int)k);
	CHECK(eq_bn(s, n, z));

	BN_free(x);
	BN_free(y);
	BN_free(z);
	BN_free(R);
}

static void test_div(size_t an, size_t dn, BN_CTX *ctx)
{
	bn_limb a[2 * NL], d[NL], q[2 * NL], rem[NL];
	BIGNUM *x, *y, *bq = BN_new(), *br = BN_new();

	rand_limbs(a, an);
	do {
		rand_limbs(d, dn);
	} while (bn_is_zero_mask(d, dn));
	x = to_bn(a, an);
	y = to_bn(d, dn);
	bn_div(q, rem, a, an, d, dn);
	BN_div(bq, br, x, y, ctx);
	CHECK(eq_bn(q, an, bq));
	CHECK(eq_bn(rem, dn, br));
	bn_div(NULL, rem, a, an, d, dn);
	CHECK(eq_bn(rem, dn, br));
	BN_free(x);
	BN_free(y);
	BN_free(bq);
	BN_free(br);
}

static void test_gcd_inv(size_t n, BN_CTX *ctx)
{
	bn_limb a[NL], b[NL], r[NL], tmp[4 * NL], ok;
	BIGNUM *x, *y, *z = BN_new(), *w;

	do {
		rand_limbs(a, n);
		rand_limbs(b, n);
		if (rnd() % 3 == 0) {	/* force common factors */
			a[0] &= ~7ULL;
			b[0] &= ~3ULL;
		}
	} while (bn_is_zero_mask(a, n) && bn_is_zero_mask(b, n));
	x = to_bn(a, n);
	y = to_bn(b, n);
	bn_gcd(r, a, b, n, tmp);
	BN_gcd(z, x, y, ctx);
	CHECK(eq_bn(r, n, z));

	rand_modulus(b, n);
	rand_below(a, b, n, ctx);
	BN_free(x);
	BN_free(y);
	x = to_bn(a, n);
	y = to_bn(b, n);
	ok = bn_mod_inv_odd(r, a, b, n, tmp);
	w = BN_mod_inverse(NULL, x, y, ctx);
	ERR_clear_error();
	CHECK_EQ(ok, w ? ~0ULL : 0);
	if (w)
		CHECK(eq_bn(r, n, w));
	BN_free(w);
	BN_free(x);
	BN_free(y);
	BN_free(z);
}

static void test_div_exact(size_t n, BN_CTX *ctx)
{
	bn_limb a[NL + 1], q[NL + 1], w = rnd() | 1;
	BIGNUM *x, *y, *z = BN_new();

	if (rnd() % 2)
		w &= 0x1ffff;
	rand_limbs(a, n);
	x = to_bn(a, n);
	BN_mul_word(x, w);
	from_bn(a, n + 1, x);
	bn_div_exact_word(q, a, n + 1, w);
	y = to_bn(q, n + 1);
	BN_mul_word(y, w);
	CHECK(BN_cmp(x, y) == 0);
	bn_div_exact_word(a, a, n + 1, w);	/* in place */
	CHECK(bn_eq_mask(a, q, n + 1) == ~0ULL);
	BN_free(x);
	BN_free(y);
	BN_free(z);
}

static void test_mont(size_t n, BN_CTX *ctx, int exp_rounds)
{
	static struct bn_mont mc;
	static struct bn_exp_ws ws;
	bn_limb m[NL], a[NL], b[NL], r[NL], am[NL], bm[NL], big[2 * NL + 3];
	BIGNUM *M, *x, *y, *z = BN_new();
	size_t bigl;
	int i;

	rand_modulus(m, n);
	CHECK_EQ(bn_mont_init(&mc, m, n), 0);
	M = to_bn(m, n);
	CHECK_EQ(mc.bits, BN_num_bits(M));
	{
		static struct bn_mont ms;

		bn_mont_init_secret(&ms, m, n, mc.bits);
		CHECK(ms.m0inv == mc.m0inv &&
		      bn_eq_mask(ms.rr, mc.rr, n) == ~0ULL &&
		      bn_eq_mask(ms.one, mc.one, n) == ~0ULL);
	}
	rand_below(a, m, n, ctx);
	rand_below(b, m, n, ctx);
	switch (rnd() % 6) {
	case 0:	/* m - 1 */
		bn_copy(a, m, n);
		a[0] ^= 1;
		break;
	case 1:
		bn_set_word(a, 0, n);
		break;
	case 2:
		bn_set_word(b, 1, n);
		break;
	}
	x = to_bn(a, n);
	y = to_bn(b, n);

	bn_to_mont(&mc, am, a);
	bn_to_mont(&mc, bm, b);
	bn_mont_mul(&mc, r, am, bm);
	bn_from_mont(&mc, r, r);
	BN_mod_mul(z, x, y, M, ctx);
	CHECK(eq_bn(r, n, z));

	bn_mont_sqr(&mc, r, am);
	bn_from_mont(&mc, r, r);
	BN_mod_sqr(z, x, M, ctx);
	CHECK(eq_bn(r, n, z));

	bn_mod_add(&mc, r, a, b);
	BN_mod_add(z, x, y, M, ctx);
	CHECK(eq_bn(r, n, z));
	bn_mod_sub(&mc, r, a, b);
	BN_mod_sub(z, x, y, M, ctx);
	CHECK(eq_bn(r, n, z));
	bn_mod_neg(&mc, r, a);
	BN_mod_sub(z, M, x, M, ctx);
	BN_mod(z, z, M, ctx);
	CHECK(eq_bn(r, n, z));

	/* to_mont of an unreduced value still gives a reduced result */
	rand_limbs(r, n);
	BN_free(x);
	x = to_bn(r, n);
	bn_to_mont(&mc, r, r);
	bn_from_mont(&mc, r, r);
	BN_mod(z, x, M, ctx);
	CHECK(eq_bn(r, n, z));

	bigl = 1 + rnd() % (2 * n + 3);
	rand_limbs(big, bigl);
	BN_free(x);
	x = to_bn(big, bigl);
	bn_mod_reduce(&mc, r, big, bigl);
	BN_mod(z, x, M, ctx);
	CHECK(eq_bn(r, n, z));

	for (i = 0; i < exp_rounds; i++) {
		bn_limb e[NL];
		size_t en = 1 + rnd() % n;

		rand_limbs(e, en);
		BN_free(x);
		x = to_bn(a, n);
		BN_free(y);
		y = to_bn(e, en);
		bn_mod_exp(&mc, r, am, e, en, &ws);
		bn_from_mont(&mc, r, r);
		BN_mod_exp(z, x, y, M, ctx);
		CHECK(eq_bn(r, n, z));
		bn_copy(r, am, n);
		bn_mod_exp_vartime(&mc, r, r, e, en);
		bn_from_mont(&mc, r, r);
		CHECK(eq_bn(r, n, z));
	}
	BN_free(M);
	BN_free(x);
	BN_free(y);
	BN_free(z);
}

static void test_inv_prime(int bits, BN_CTX *ctx)
{
	static struct bn_mont mc;
	static struct bn_exp_ws ws;
	bn_limb m[NL], a[NL], r[NL];
	size_t n = BN_LIMBS(bits);
	BIGNUM *p = BN_new(), *x, *z;
	int i;

	BN_generate_prime_ex(p, bits, 0, NULL, NULL, NULL);
	from_bn(m, n, p);
	CHECK_EQ(bn_mont_init(&mc, m, n), 0);
	for (i = 0; i < 4; i++) {
		rand_below(a, m, n, ctx);
		if (bn_is_zero_mask(a, n))
			a[0] = 1;
		x = to_bn(a, n);
		bn_to_mont(&mc, r, a);
		bn_mod_inv_prime(&mc, r, r, &ws);
		bn_from_mont(&mc, r, r);
		z = BN_mod_inverse(NULL, x, p, ctx);
		CHECK(z && eq_bn(r, n, z));
		BN_free(x);
		BN_free(z);
	}
	BN_free(p);
}

static void test_bad_init(void)
{
	static struct bn_mont mc;
	bn_limb m[2] = { 4, 1 };

	CHECK_EQ(bn_mont_init(&mc, m, 2), -EINVAL);
	m[0] = 1;
	m[1] = 0;
	CHECK_EQ(bn_mont_init(&mc, m, 2), -EINVAL);
	CHECK_EQ(bn_mont_init(&mc, m, 0), -EINVAL);
	CHECK_EQ(bn_mont_init(&mc, m, BN_MAX_LIMBS + 1), -EINVAL);
	m[1] = 1;
	CHECK_EQ(bn_mont_init(&mc, m, 2), 0);
}

int main(int argc, char **argv)
{
	BN_CTX *ctx = BN_CTX_new();
	size_t n;
	int i;

	if (argc > 1)
		rng_state = strtoull(argv[1], NULL, 0);
	test_bytes();
	test_bad_init();
	for (n = 1; n <= NL; n++) {
		int rounds = n <= 8 ? 150 : n <= 32 ? 30 : 8;

		for (i = 0; i < rounds; i++) {
			test_plain(n, ctx);
			test_div(1 + rnd() % (2 * n), n, ctx);
			test_div_exact(n, ctx);
			test_mont(n, ctx, i < 2 || n <= 8 ? 1 : 0);
		}
		for (i = 0; i < (n <= 8 ? 40 : n <= 16 ? 8 : 1); i++)
			test_gcd_inv(n, ctx);
	}
	test_inv_prime(64, ctx);
	test_inv_prime(256, ctx);
	test_inv_prime(521, ctx);
	test_inv_prime(1024, ctx);
	test_inv_prime(2048, ctx);
	BN_CTX_free(ctx);
#ifdef KM_BN_WORD_PORTABLE
	return check_summary("bn-portable");
#else
	return check_summary("bn");
#endif
}
