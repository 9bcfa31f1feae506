// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * RSA key generation, import/export, private (CRT, blinded, checked) and
 * public operations.  See rsa.h and Documentation/crypto-rsa.rst.
 */
#include "rsa_int.h"

#define RSA_GEN_RESTARTS	8

/* a = -a (two's complement over n limbs) when mask is ~0. */
static void rsa_cneg(bn_limb *a, size_t n, bn_limb mask)
{
	bn_limb c = mask & 1;
	size_t i;

	for (i = 0; i < n; i++) {
		bn_limb x = a[i] ^ mask, s = x + c;

		c = s < x;
		a[i] = s;
	}
}

/* r (rn limbs) += a (an <= rn limbs), carries propagated to the top. */
static void rsa_add_into(bn_limb *r, size_t rn, const bn_limb *a, size_t an)
{
	bn_limb c = 0;
	size_t i;

	for (i = 0; i < rn; i++) {
		bn_limb ai = i < an ? a[i] : 0, s = r[i] + ai, s2 = s + c;

		c = (s < ai) | (s2 < s);
		r[i] = s2;
	}
}

/**
 * rsa_bytes() - modulus length in bytes.
 * @key: private key
 *
 * Return: the byte length k of the modulus.
 */
size_t rsa_bytes(const struct rsa_priv *key)
{
	return (key->bits + 7) / 8;
}

KM_EXPORT(rsa_bytes);

/* The first RSA_SMALL_PRIMES odd primes and their reciprocals. */
static void rsa_small_primes(struct rsa_ws *ws)
{
	unsigned int c, i, n = 0;

	for (c = 3; n < RSA_SMALL_PRIMES; c += 2) {
		bool prime = true;

		for (i = 0; i < n && (unsigned int)ws->sp[i] * ws->sp[i] <= c;
		     i++) {
			if (c % ws->sp[i] == 0) {
				prime = false;
				break;
			}
		}
		if (prime) {
			ws->sp[n] = (u16)c;
			ws->spinv[n] = ~0ULL / c;
			n++;
		}
	}
}

static u64 rsa_mulhi(u64 a, u64 b)
{
	unsigned __int128 p = (unsigned __int128)a * b;

	return (u64)(p >> 64);
}

/*
 * a mod s for a small public s, constant time in a: 32 bits at a time,
 * quotient estimated with the reciprocal (too small by at most one), then
 * one masked correction.
 */
static u32 rsa_rem_small(const bn_limb *a, size_t n, u32 s, u64 inv)
{
	u64 r = 0;
	size_t i;
	int h;

	for (i = n; i-- > 0;) {
		for (h = 1; h >= 0; h--) {
			u64 x = (r << 32) | (u32)(a[i] >> (32 * h));
			u64 q = rsa_mulhi(x, inv);

			r = x - q * s;
			r -= s & (0 - (u64)(r >= s));
		}
	}
	return (u32)r;
}

/* Random n-limb number from the RNG. */
static int rsa_random_limbs(bn_limb *r, size_t n,
			    const struct km_crypto_ops *ops, struct rsa_ws *ws)
{
	int ret = ops->random(ops->ctx, ws->em, n * BN_LIMB_BYTES);

	if (!ret)
		ret = bn_from_be(r, n, ws->em, n * BN_LIMB_BYTES);
	km_wipe(ws->em, n * BN_LIMB_BYTES);
	return ret;
}

/*
 * FIPS 186-5 Table B.1 (error probability 2^-112 / 2^-128 / 2^-144 for
 * 1024 / 1536 / 2048-bit primes); FIPS 186-4 C.3 for 512-bit primes.
 */
static unsigned int rsa_mr_rounds(unsigned int pbits)
{
	if (pbits >= 1536)
		return 4;
	if (pbits >= 1024)
		return 5;
	return 7;
}

/*
 * Miller-Rabin on the odd candidate w (pl limbs, bit length pbits).
 * Exponentiations are constant time; the number of squarings after the
 * first one is a = v2(w - 1), which is the only property of an accepted
 * prime this test's timing reveals.  Returns 1 for probably prime, 0 for
 * composite, negative errno.
 */
static int rsa_miller_rabin(const bn_limb *w, size_t pl, unsigned int rounds,
			    const struct km_crypto_ops *ops, struct rsa_ws *ws)
{
	const struct bn_mont *mc = &ws->mp;
	bn_limb *m = ws->t[4], *minus1 = ws->t[5], *z = ws->t[6];
	bn_limb *wm1 = ws->t[7];
	unsigned int a = 0, j, i;
	int ret;

	bn_mont_init_secret(&ws->mp, w, pl, (unsigned int)(pl * BN_LIMB_BITS));
	bn_copy(wm1, w, pl);
	wm1[0] &= ~(bn_limb)1;
	while (!bn_bit(wm1, pl, a))
		a++;
	bn_shr(m, wm1, pl, a);
	bn_sub(minus1, mc->m, mc->one, pl);

	for (i = 0; i < rounds; i++) {
		bn_limb pass;

		/* base b uniform in [2, w - 2] by rejection */
		do {
			ret = rsa_random_limbs(z, pl, ops, ws);
			if (ret)
				return ret;
		} while (!(bn_lt_mask(z, wm1, pl) &
			   ~(bn_is_zero_mask(z + 1, pl - 1) &
			     (0 - (bn_limb)(z[0] < 2)))));
		bn_to_mont(mc, z, z);
		bn_mod_exp(mc, z, z, m, pl, &ws->exp);
		pass = bn_eq_mask(z, mc->one, pl) | bn_eq_mask(z, minus1, pl);
		for (j = 1; j < a; j++) {
			bn_mont_sqr(mc, z, z);
			pass |= bn_eq_mask(z, minus1, pl);
		}
		if (!pass)
			return 0;
	}
	return 1;
}

/*
 * One probable prime of pbits = 64 * pl bits with the top two bits set,
 * gcd(r - 1, e) = 1 and, when other is given, |r - other| > 2^(pbits - 100).
 * FIPS 186-5 A.1.3 allows 5 * pbits candidates.
 */
static int rsa_gen_prime(bn_limb *r, size_t pl, u64 e, const bn_limb *other,
			 const struct km_crypto_ops *ops, struct rsa_ws *ws)
{
	unsigned int pbits = (unsigned int)(pl * BN_LIMB_BITS), i, k;
	bn_limb *t = ws->t[2], ee = e;
	int ret;

	for (i = 0; i < 5 * pbits; i++) {
		bn_limb tmp[4], u, inv, ok;

		ret = rsa_random_limbs(r, pl, ops, ws);
		if (ret)
			return ret;
		r[pl - 1] |= (bn_limb)3 << 62;
		r[0] |= 1;
		if (other) {
			/* t = |r - other| */
			rsa_cneg(t, pl, 0 - bn_sub(t, r, other, pl));
			bn_shr(t, t, pl, pbits - 100);
			if (bn_is_zero_mask(t, pl))
				continue;
		}
		/* trial division: a rejected candidate may leak, it is discarded */
		for (k = 0; k < RSA_SMALL_PRIMES; k++)
			if (!rsa_rem_small(r, pl, ws->sp[k], ws->spinv[k]))
				break;
		if (k < RSA_SMALL_PRIMES)
			continue;
		/* gcd(r - 1, e) = 1 */
		bn_copy(t, r, pl);
		t[0] &= ~(bn_limb)1;
		bn_div(NULL, &u, t, pl, &ee, 1);
		ok = bn_mod_inv_odd(&inv, &u, &ee, 1, tmp);
		if (!ok)
			continue;
		ret = rsa_miller_rabin(r, pl, rsa_mr_rounds(pbits), ops, ws);
		if (ret < 0)
			return ret;
		if (ret)
			return 0;
	}
	return -EAGAIN;
}

/* r[0..n) += a (a single word), propagating the carry. */
static void rsa_add_word(bn_limb *r, size_t n, bn_limb a)
{
	size_t i;

	for (i = 0; i < n; i++) {
		bn_limb s = r[i] + a;

		a = s < a;
		r[i] = s;
	}
}

/*
 * Derive n, d, dp, dq, qinv from key->p and key->q (see bn.h for the
 * route to d).  Returns 0, 1 if d is too small or e not invertible (start
 * over with new primes), or negative errno.
 */
static int rsa_derive(struct rsa_priv *key, struct rsa_ws *ws)
{
	size_t pl = key->pl, nl = key->nl;
	bn_limb *pm1 = ws->t[2], *qm1 = ws->t[3], *g = ws->t[4];
	bn_limb *lambda = ws->t[6], *rem = ws->t[7];
	bn_limb *phi = ws->wide[1], *kl = ws->wide[0];
	bn_limb ee = key->e, u, kinv, tmp[4], ok, k;

	bn_mul(ws->wide[0], key->p, pl, key->q, pl);
	bn_copy(key->n, ws->wide[0], nl);
	bn_copy(pm1, key->p, pl);
	pm1[0] &= ~(bn_limb)1;
	bn_copy(qm1, key->q, pl);
	qm1[0] &= ~(bn_limb)1;
	bn_mul(phi, pm1, pl, qm1, pl);
	bn_gcd(g, pm1, qm1, pl, ws->t[5]);
	bn_div(lambda, rem, phi, nl, g, pl);
	/* k = -lambda^-1 mod e, then d = (1 + k * lambda) / e */
	bn_div(NULL, &u, lambda, nl, &ee, 1);
	ok = bn_mod_inv_odd(&kinv, &u, &ee, 1, tmp);
	k = ee - kinv;
	bn_mul(kl, lambda, nl, &k, 1);
	rsa_add_word(kl, nl + 1, 1);
	bn_div_exact_word(kl, kl, nl + 1, ee);
	bn_copy(key->d, kl, nl);
	/* d > 2^(nlen / 2) */
	bn_shr(rem, key->d, nl, key->bits / 2);
	ok &= ~bn_is_zero_mask(rem, nl);
	if (!ok)
		return 1;
	bn_div(NULL, key->dp, key->d, nl, pm1, pl);
	bn_div(NULL, key->dq, key->d, nl, qm1, pl);
	bn_mont_init_secret(&ws->mp, key->p, pl, key->pbits);
	bn_mod_reduce(&ws->mp, g, key->q, pl);
	bn_to_mont(&ws->mp, g, g);
	bn_mod_inv_prime(&ws->mp, g, g, &ws->exp);
	bn_from_mont(&ws->mp, key->qinv, g);
	return 0;
}

/**
 * rsa_generate() - generate an RSA key pair.
 * @key: the new key
 * @bits: modulus size, a multiple of 128 in RSA_GEN_MIN_BITS..RSA_MAX_BITS
 * @e: public exponent, odd and at least 3 (65537 recommended)
 * @ops: randomness source
 * @ws: workspace
 *
 * Return: 0 or negative errno (see rsa.h); @key is wiped on failure.
 */
int rsa_generate(struct rsa_priv *key, unsigned int bits, u64 e,
		 const struct km_crypto_ops *ops, struct rsa_ws *ws)
{
	static const u8 probe[] = { 0x02 };
	int ret = -EAGAIN, i;

	if (bits < RSA_GEN_MIN_BITS || bits > RSA_MAX_BITS || bits % 128)
		return -EOPNOTSUPP;
	if (e < 3 || !(e & 1))
		return -EINVAL;
	memset(key, 0, sizeof(*key));
	key->bits = bits;
	key->nl = BN_LIMBS(bits);
	key->pl = key->nl / 2;
	key->pbits = bits / 2;
	key->qbits = bits / 2;
	key->e = e;
	rsa_small_primes(ws);
	for (i = 0; i < RSA_GEN_RESTARTS; i++) {
		ret = rsa_gen_prime(key->p, key->pl, e, NULL, ops, ws);
		if (!ret)
			ret = rsa_gen_prime(key->q, key->pl, e, key->p, ops, ws);
		if (!ret)
			ret = rsa_derive(key, ws);
		if (ret <= 0)
			break;
		ret = -EAGAIN;
	}
	if (!ret) {
		/* pairwise consistency: the private op checks itself */
		memset(ws->em, 0, rsa_bytes(key));
		ws->em[rsa_bytes(key) - 1] = probe[0];
		ret = rsa_private(key, ws->em, ws->em, rsa_bytes(key), ops, ws);
	}
	km_wipe(ws, sizeof(*ws));
	if (ret)
		km_wipe(key, sizeof(*key));
	return ret;
}

KM_EXPORT(rsa_generate);

/* Length of a big-endian string without its leading zero bytes. */
static size_t rsa_trim(const u8 **p, size_t len)
{
	while (len && !**p) {
		(*p)++;
		len--;
	}
	return len;
}

/**
 * rsa_import() - load a private key from its RSAPrivateKey components.
 * @key: the key
 * @comp: big-endian unsigned components indexed by enum rsa_comp
 * @ws: workspace
 *
 * Checks sizes, that n, p and q are odd, that e is odd, at least 3 and
 * fits in 64 bits, and that n = p * q.  Inconsistent d, dp, dq or qinv are
 * caught by the check in every private operation.
 *
 * Return: 0, -EINVAL or -EOPNOTSUPP (size); @key is wiped on failure.
 */
int rsa_import(struct rsa_priv *key, const struct km_seg comp[RSA_NCOMP],
	       struct rsa_ws *ws)
{
	const u8 *v[RSA_NCOMP];
	size_t len[RSA_NCOMP], pl, i;
	u8 eb[8] = { 0 };
	int ret = -EINVAL;

	memset(key, 0, sizeof(*key));
	for (i = 0; i < RSA_NCOMP; i++) {
		v[i] = comp[i].p;
		len[i] = rsa_trim(&v[i], comp[i].len);
	}
	if (len[RSA_COMP_N] > RSA_MAX_BYTES || len[RSA_COMP_E] > 8)
		return -EOPNOTSUPP;
	memcpy(eb + 8 - len[RSA_COMP_E], v[RSA_COMP_E], len[RSA_COMP_E]);
	key->e = get_unaligned_be64(eb);
	if (key->e < 3 || !(key->e & 1))
		return -EINVAL;
	key->nl = BN_LIMBS(len[RSA_COMP_N] * 8);
	if (!key->nl || bn_from_be(key->n, key->nl, v[RSA_COMP_N],
				   len[RSA_COMP_N]))
		return -EINVAL;
	key->bits = bn_bits_vartime(key->n, key->nl);
	if (key->bits < RSA_MIN_BITS)
		return -EOPNOTSUPP;
	pl = BN_LIMBS(max(len[RSA_COMP_P], len[RSA_COMP_Q]) * 8);
	if (!pl || pl > RSA_MAX_PLIMBS || 2 * pl < key->nl)
		return -EINVAL;
	key->pl = pl;
	if (bn_from_be(key->d, key->nl, v[RSA_COMP_D], len[RSA_COMP_D]) ||
	    bn_from_be(key->p, pl, v[RSA_COMP_P], len[RSA_COMP_P]) ||
	    bn_from_be(key->q, pl, v[RSA_COMP_Q], len[RSA_COMP_Q]) ||
	    bn_from_be(key->dp, pl, v[RSA_COMP_DP], len[RSA_COMP_DP]) ||
	    bn_from_be(key->dq, pl, v[RSA_COMP_DQ], len[RSA_COMP_DQ]) ||
	    bn_from_be(key->qinv, pl, v[RSA_COMP_QINV], len[RSA_COMP_QINV]))
		goto out_wipe;
	key->pbits = bn_bits_vartime(key->p, pl);
	key->qbits = bn_bits_vartime(key->q, pl);
	if (!(key->n[0] & 1) || !(key->p[0] & 1) || !(key->q[0] & 1) ||
	    key->pbits < 2 || key->qbits < 2)
		goto out_wipe;
	bn_mul(ws->wide[0], key->p, pl, key->q, pl);
	for (i = key->nl; i < 2 * pl; i++)
		if (ws->wide[0][i])
			goto out_wipe;
	if (!bn_eq_mask(ws->wide[0], key->n, key->nl))
		goto out_wipe;
	ret = 0;
out_wipe:
	km_wipe(ws->wide[0], sizeof(ws->wide[0]));
	if (ret)
		km_wipe(key, sizeof(*key));
	return ret;
}

KM_EXPORT(rsa_import);

static const bn_limb *rsa_comp_limbs(const struct rsa_priv *key,
				     enum rsa_comp which, size_t *n)
{
	*n = key->pl;
	switch (which) {
	case RSA_COMP_N:
		*n = key->nl;
		return key->n;
	case RSA_COMP_D:
		*n = key->nl;
		return key->d;
	case RSA_COMP_P:
		return key->p;
	case RSA_COMP_Q:
		return key->q;
	case RSA_COMP_DP:
		return key->dp;
	case RSA_COMP_DQ:
		return key->dq;
	case RSA_COMP_QINV:
		return key->qinv;
	default:
		return NULL;
	}
}

/**
 * rsa_comp_len() - natural length of a component for rsa_export().
 * @key: the key
 * @which: component
 *
 * Return: the modulus length for n and d, 8 for e, the byte length of the
 * larger prime for the others, 0 for an unknown component.
 */
size_t rsa_comp_len(const struct rsa_priv *key, enum rsa_comp which)
{
	unsigned int pb = max(bn_bits_vartime(key->p, key->pl),
			      bn_bits_vartime(key->q, key->pl));

	switch (which) {
	case RSA_COMP_N:
	case RSA_COMP_D:
		return rsa_bytes(key);
	case RSA_COMP_E:
		return 8;
	case RSA_COMP_P:
	case RSA_COMP_Q:
	case RSA_COMP_DP:
	case RSA_COMP_DQ:
	case RSA_COMP_QINV:
		return (pb + 7) / 8;
	default:
		return 0;
	}
}

KM_EXPORT(rsa_comp_len);

/**
 * rsa_export() - write one component as a fixed-length big-endian string.
 * @key: the key
 * @which: component
 * @out: destination (left-padded with zeros)
 * @outlen: length of @out
 *
 * Return: 0, -EINVAL for an unknown component, -ERANGE if it does not fit.
 */
int rsa_export(const struct rsa_priv *key, enum rsa_comp which, u8 *out,
	       size_t outlen)
{
	const bn_limb *a;
	bn_limb e = key->e;
	size_t n = 1;

	a = which == RSA_COMP_E ? &e : rsa_comp_limbs(key, which, &n);
	if (!a)
		return -EINVAL;
	return bn_to_be(out, outlen, a, n);
}

KM_EXPORT(rsa_export);

/*
 * CRT exponentiation of the blinded input ws->t[1] (nl limbs, < n) into
 * ws->t[2], unblinding each half with r^-1 mod p (ws->t[3]) and r^-1 mod q
 * (ws->wide[1]): m1 = c^dp r^-1 mod p, m2 = c^dq r^-1 mod q,
 * h = qinv (m1 - m2) mod p, m = m2 + q h (Garner).
 */
static void rsa_crt(const struct rsa_priv *key, struct rsa_ws *ws)
{
	size_t pl = key->pl, nl = key->nl;
	bn_limb *c = ws->t[1], *m = ws->t[2];
	bn_limb *m1 = ws->t[4], *m2 = ws->t[5], *h = ws->t[6], *qi = ws->t[7];

	bn_mod_reduce(&ws->mp, m1, c, nl);
	bn_to_mont(&ws->mp, m1, m1);
	bn_mod_exp(&ws->mp, m1, m1, key->dp, pl, &ws->exp);
	bn_to_mont(&ws->mp, qi, ws->t[3]);
	bn_mont_mul(&ws->mp, m1, m1, qi);	/* Montgomery * Montgomery */
	bn_from_mont(&ws->mp, m1, m1);

	bn_mod_reduce(&ws->mq, m2, c, nl);
	bn_to_mont(&ws->mq, m2, m2);
	bn_mod_exp(&ws->mq, m2, m2, key->dq, pl, &ws->exp);
	bn_to_mont(&ws->mq, qi, ws->wide[1]);
	bn_mont_mul(&ws->mq, m2, m2, qi);
	bn_from_mont(&ws->mq, m2, m2);

	bn_mod_reduce(&ws->mp, h, m2, pl);
	bn_mod_sub(&ws->mp, h, m1, h);
	bn_to_mont(&ws->mp, qi, key->qinv);
	bn_mont_mul(&ws->mp, h, h, qi);		/* plain * Montgomery = plain */

	bn_mul(ws->wide[0], key->q, pl, h, pl);
	rsa_add_into(ws->wide[0], 2 * pl, m2, pl);
	bn_copy(m, ws->wide[0], nl);
}

/**
 * rsa_private() - RSA decryption primitive m = c^d mod n.
 * @key: private key
 * @out: result, @len bytes (may alias @in)
 * @in: input, exactly rsa_bytes(@key) bytes, numerically below n
 * @len: length of @in and @out
 * @ops: randomness for the blinding factor
 * @ws: workspace
 *
 * The input is blinded with r^e for a random r, exponentiated with CRT,
 * unblinded with r^-1 mod p and mod q, and the result is raised to e and compared with
 * the input before it is written: a fault or a bad key gives -EIO and a
 * zeroed @out instead of a result that could leak the factors.
 * Constant time in the key and the data.
 *
 * Return: 0, -EINVAL (bad length or input >= n), -EIO, or an RNG error.
 */
int rsa_private(const struct rsa_priv *key, u8 *out, const u8 *in,
		size_t len, const struct km_crypto_ops *ops,
		struct rsa_ws *ws)
{
	size_t nl = key->nl;
	bn_limb *c = ws->t[0], *cb = ws->t[1], *s = ws->t[2], *r = ws->t[3];
	bn_limb ee = key->e, ok = 0;
	int ret, tries;

	if (len != rsa_bytes(key) || !key->nl)
		return -EINVAL;
	ret = bn_from_be(c, nl, in, len);
	if (ret || !bn_lt_mask(c, key->n, nl))
		return -EINVAL;
	ret = bn_mont_init(&ws->mn, key->n, nl);
	if (ret)
		goto out;
	/* p and q were checked on import: no branch on their values */
	bn_mont_init_secret(&ws->mp, key->p, key->pl, key->pbits);
	bn_mont_init_secret(&ws->mq, key->q, key->pl, key->qbits);

	/*
	 * r random mod n; r^-1 mod p and mod q (half-size inversions) undo
	 * the blinding inside the CRT halves.  r = 0 mod p or q (odds
	 * 2^-1000) would just be retried.
	 */
	for (tries = 0; tries < 8 && !ok; tries++) {
		ret = rsa_random_limbs(s, nl, ops, ws);
		if (ret)
			goto out;
		bn_mod_reduce(&ws->mn, cb, s, nl);
		bn_mod_reduce(&ws->mp, ws->t[7], cb, nl);
		ok = bn_mod_inv_odd(r, ws->t[7], key->p, key->pl, ws->t[4]);
		bn_mod_reduce(&ws->mq, ws->t[7], cb, nl);
		ok &= bn_mod_inv_odd(ws->wide[1], ws->t[7], key->q, key->pl,
				     ws->t[4]);
		rsa_declassify(&ok, sizeof(ok));
	}
	ret = -EIO;
	if (!ok)
		goto out;
	/* cb = c * r^e; the CRT halves compute (c r^e)^d r^-1 = c^d */
	bn_to_mont(&ws->mn, cb, cb);
	bn_mod_exp_vartime(&ws->mn, cb, cb, &ee, 1);
	bn_mont_mul(&ws->mn, cb, cb, c);
	rsa_crt(key, ws);
	/* s is the result, public once checked; the check needs it too */
	rsa_declassify(s, nl * sizeof(*s));
	/* check s^e = c before releasing s */
	bn_to_mont(&ws->mn, cb, s);
	bn_mod_exp_vartime(&ws->mn, cb, cb, &ee, 1);
	bn_from_mont(&ws->mn, cb, cb);
	if (!bn_eq_mask(cb, c, nl))
		goto out;
	ret = bn_to_be(out, len, s, nl);
out:
	if (ret)
		km_wipe(out, len);
	for (tries = 0; tries < (int)ARRAY_SIZE(ws->t); tries++)
		km_wipe(ws->t[tries], sizeof(ws->t[tries]));
	for (tries = 0; tries < (int)ARRAY_SIZE(ws->wide); tries++)
		km_wipe(ws->wide[tries], sizeof(ws->wide[tries]));
	km_wipe(&ws->exp, sizeof(ws->exp));
	km_wipe(&ws->mp, sizeof(ws->mp));
	km_wipe(&ws->mq, sizeof(ws->mq));
	return ret;
}

KM_EXPORT(rsa_private);

/**
 * rsa_public() - RSA encryption primitive c = m^e mod n.
 * @n: modulus, big-endian (leading zero bytes allowed)
 * @nlen: length of @n
 * @e: public exponent
 * @out: result, @len bytes (may alias @in)
 * @in: input, numerically below n
 * @len: length of @in and @out: the modulus length without leading zeros
 * @ws: workspace
 *
 * Return: 0, -EINVAL (bad modulus, length or input >= n) or -EOPNOTSUPP.
 */
int rsa_public(const u8 *n, size_t nlen, u64 e, u8 *out, const u8 *in,
	       size_t len, struct rsa_ws *ws)
{
	bn_limb *m = ws->t[0], *x = ws->t[1], ee = e;
	size_t nl;
	int ret;

	nlen = rsa_trim(&n, nlen);
	if (nlen > RSA_MAX_BYTES)
		return -EOPNOTSUPP;
	if (len != nlen || !nlen || !e)
		return -EINVAL;
	nl = BN_LIMBS(nlen * 8);
	if (bn_from_be(m, nl, n, nlen) || bn_from_be(x, nl, in, len))
		return -EINVAL;
	if (!bn_lt_mask(x, m, nl))
		return -EINVAL;
	ret = bn_mont_init(&ws->mn, m, nl);
	if (ret)
		return ret;
	bn_to_mont(&ws->mn, x, x);
	bn_mod_exp_vartime(&ws->mn, x, x, &ee, 1);
	bn_from_mont(&ws->mn, x, x);
	return bn_to_be(out, len, x, nl);
}

KM_EXPORT(rsa_public);

/**
 * rsa_sign_pkcs1() - RSASSA-PKCS1-v1_5 signature.
 * @key: private key
 * @alg: digest of @h, or KM_DIGEST_NONE to sign @h as is (no DigestInfo)
 * @h: digest (or raw data for KM_DIGEST_NONE)
 * @hlen: length of @h
 * @sig: signature, rsa_bytes(@key) bytes
 * @ops: randomness for blinding
 * @ws: workspace
 *
 * Return: 0 or negative errno.
 */
int rsa_sign_pkcs1(const struct rsa_priv *key, enum km_digest alg,
		   const u8 *h, size_t hlen, u8 *sig,
		   const struct km_crypto_ops *ops, struct rsa_ws *ws)
{
	size_t k = rsa_bytes(key);
	int ret = rsa_pkcs1_sig_encode(alg, h, hlen, ws->em, k);

	if (!ret)
		ret = rsa_private(key, sig, ws->em, k, ops, ws);
	km_wipe(ws->em, sizeof(ws->em));
	return ret;
}

KM_EXPORT(rsa_sign_pkcs1);

/**
 * rsa_sign_pss() - RSASSA-PSS signature with MGF1 over the same digest.
 * @key: private key
 * @alg: digest of @mhash (not KM_DIGEST_NONE)
 * @mhash: message digest
 * @slen: salt length (KeyMint uses the digest length)
 * @sig: signature, rsa_bytes(@key) bytes
 * @ops: digest and randomness
 * @ws: workspace
 *
 * Return: 0 or negative errno.
 */
int rsa_sign_pss(const struct rsa_priv *key, enum km_digest alg,
		 const u8 *mhash, size_t slen, u8 *sig,
		 const struct km_crypto_ops *ops, struct rsa_ws *ws)
{
	size_t k = rsa_bytes(key);
	unsigned int embits = key->bits - 1;
	size_t emlen = (embits + 7) / 8;
	int ret;

	ws->em[0] = 0;
	ret = rsa_pss_encode(alg, mhash, slen, embits, ws->em + (k - emlen),
			     ops);
	if (!ret)
		ret = rsa_private(key, sig, ws->em, k, ops, ws);
	km_wipe(ws->em, sizeof(ws->em));
	return ret;
}

KM_EXPORT(rsa_sign_pss);

/**
 * rsa_decrypt_oaep() - RSAES-OAEP decryption.
 * @key: private key
 * @alg: label digest
 * @mgf: MGF1 digest
 * @label: label (may be NULL when @llen is 0)
 * @llen: label length
 * @ct: ciphertext, rsa_bytes(@key) bytes
 * @ctlen: length of @ct
 * @out: plaintext
 * @outcap: room in @out, at least k - 2 * hLen - 2
 * @outlen: plaintext length on success
 * @ops: digests and randomness
 * @ws: workspace
 *
 * Return: 0, -EBADMSG for any decryption error (one error, constant time),
 * -EINVAL/-EMSGSIZE for bad public arguments.
 */
int rsa_decrypt_oaep(const struct rsa_priv *key, enum km_digest alg,
		     enum km_digest mgf, const u8 *label, size_t llen,
		     const u8 *ct, size_t ctlen, u8 *out, size_t outcap,
		     size_t *outlen, const struct km_crypto_ops *ops,
		     struct rsa_ws *ws)
{
	size_t k = rsa_bytes(key);
	int ret = rsa_private(key, ws->em, ct, ctlen, ops, ws);

	if (!ret)
		ret = rsa_oaep_decode(alg, mgf, label, llen, ws->em, k, out,
				      outcap, outlen, ops);
	km_wipe(ws->em, sizeof(ws->em));
	return ret;
}

KM_EXPORT(rsa_decrypt_oaep);

/**
 * rsa_decrypt_pkcs1() - RSAES-PKCS1-v1_5 decryption.
 * @key: private key
 * @ct: ciphertext, rsa_bytes(@key) bytes
 * @ctlen: length of @ct
 * @out: plaintext
 * @outcap: room in @out, at least k - 11
 * @outlen: plaintext length on success
 * @ops: randomness for blinding
 * @ws: workspace
 *
 * Return: 0, -EBADMSG for any padding error (one error, constant time),
 * -EINVAL/-EMSGSIZE for bad public arguments.
 */
int rsa_decrypt_pkcs1(const struct rsa_priv *key, const u8 *ct,
		      size_t ctlen, u8 *out, size_t outcap, size_t *outlen,
		      const struct km_crypto_ops *ops, struct rsa_ws *ws)
{
	size_t k = rsa_bytes(key);
	int ret = rsa_private(key, ws->em, ct, ctlen, ops, ws);

	if (!ret)
		ret = rsa_pkcs1_enc_decode(ws->em, k, out, outcap, outlen);
	km_wipe(ws->em, sizeof(ws->em));
	return ret;
}

KM_EXPORT(rsa_decrypt_pkcs1);
