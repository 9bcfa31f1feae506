// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * ECDSA (FIPS 186-5 section 6.4) with hedged RFC 6979
 * nonces and DER signatures.
 *
 * Nonces come from the HMAC-DRBG of RFC 6979 section 3.2, seeded with
 * int2octets(private key) || bits2octets(hash) || extra, where extra is the
 * "additional data" k' of section 3.6.  ec_ecdsa_sign() passes
 * EC_HEDGE_BYTES fresh random bytes as extra, so a broken RNG degrades to
 * deterministic RFC 6979 signatures rather than to a nonce leak, and fault
 * attacks on the deterministic scheme lose their repeatable target.  With
 * an empty extra, ec_ecdsa_sign_rfc6979() is exactly RFC 6979, which is how
 * the appendix A.2 vectors are checked.
 *
 * The digest is computed by the caller.  It is converted with bits2int
 * (its leftmost qlen bits, qlen = bit length of n) as FIPS 186-5 and
 * SEC 1 require; KeyMint's DIGEST_NONE (input truncated by the caller to
 * ec_curve_bytes() bytes) goes through the same conversion.
 */
#include "ec_int.h"
#include "../der/der.h"

/* State of the RFC 6979 HMAC-DRBG. */
struct ec_drbg {
	const struct km_crypto_ops *ops;
	enum km_digest alg;
	size_t hlen;
	u8 *k;
	u8 *v;
	u8 *tmp;
};

/* K = HMAC_K(V || sep || seed...), V = HMAC_K(V); sep < 0 means none. */
static int ec_drbg_step(struct ec_drbg *d, int sep, const struct km_seg *seed,
			unsigned int nseed)
{
	struct km_seg in[5];
	u8 sepb = (u8)sep;
	unsigned int n = 0, i;
	int ret;

	in[n].p = d->v;
	in[n++].len = d->hlen;
	if (sep >= 0) {
		in[n].p = &sepb;
		in[n++].len = 1;
		for (i = 0; i < nseed && n < ARRAY_SIZE(in); i++)
			in[n++] = seed[i];
		ret = d->ops->hmac(d->ops->ctx, d->alg, d->k, d->hlen, in, n,
				   d->tmp);
		if (ret)
			return ret;
		memcpy(d->k, d->tmp, d->hlen);
		n = 1;
	}
	ret = d->ops->hmac(d->ops->ctx, d->alg, d->k, d->hlen, in, n, d->tmp);
	if (ret)
		return ret;
	memcpy(d->v, d->tmp, d->hlen);
	return 0;
}

/*
 * r = bits2int(in) mod n (RFC 6979 2.3.2 and 2.3.3): the leftmost qlen bits
 * of @in as an integer, reduced once (it is below 2^qlen < 2n).  Constant
 * time in the value of @in; @tmp is scratch.
 */
static void ec_bits2int_mod_n(const struct ec_curve *c, bn_limb *r,
			      const u8 *in, size_t len, bn_limb *tmp)
{
	size_t n = c->nlimbs;
	bn_limb borrow;

	if (len * 8 > c->bits) {
		bn_from_be(r, n, in, c->bytes);
		ec_shr(r, n, (unsigned int)(8 * c->bytes - c->bits));
	} else {
		bn_from_be(r, n, in, len);
	}
	borrow = bn_sub(tmp, r, c->fn->m, n);
	bn_cmov(r, tmp, borrow - 1, n);
}

/* Reduce a field element (< p < 2n) modulo n, constant time. */
static void ec_fp_to_fn(const struct ec_curve *c, bn_limb *r,
			const bn_limb *x, bn_limb *tmp)
{
	bn_limb borrow = bn_sub(tmp, x, c->fn->m, c->nlimbs);

	bn_copy(r, x, c->nlimbs);
	bn_cmov(r, tmp, borrow - 1, c->nlimbs);
}

/*
 * One signing attempt with nonce k (1 <= k < n, in ws->s[2]); the private
 * key is in ws->s[0], e in ws->s[1].  Leaves r in ws->s[5], s in ws->s[7].
 * Returns 0, or -EAGAIN when r or s is 0 and a new nonce is needed.
 */
static int ec_sign_with_k(const struct ec_curve *c, struct ec_ws *ws)
{
	const struct bn_mont *fn = c->fn;
	bn_limb *d = ws->s[0], *e = ws->s[1], *k = ws->s[2], *rx = ws->s[3];
	bn_limb *tmp = ws->s[4], *r = ws->s[5], *t = ws->s[6], *s = ws->s[7];
	bn_limb bad;

	ec_base_mul(c, k, ws);
	ec_to_affine(c, rx, tmp, &ws->acc, ws);	/* finite: 0 < k < n */
	ec_fp_to_fn(c, r, rx, tmp);

	/* s = k^-1 (e + r d) mod n, all in Montgomery form. */
	bn_to_mont(fn, tmp, k);
	ec_mont_inv(fn, s, tmp, ws);
	bn_to_mont(fn, tmp, r);
	bn_to_mont(fn, t, d);
	bn_mont_mul(fn, rx, tmp, t);
	bn_to_mont(fn, tmp, e);
	bn_mod_add(fn, t, rx, tmp);
	bn_mont_mul(fn, tmp, s, t);
	bn_from_mont(fn, s, tmp);

	bad = bn_is_zero_mask(r, c->nlimbs) | bn_is_zero_mask(s, c->nlimbs);
	ec_declassify(&bad, sizeof(bad));
	return bad ? -EAGAIN : 0;
}

/**
 * ec_ecdsa_sign_rfc6979() - ECDSA signature with an RFC 6979 nonce.
 * @c: the curve
 * @ops: provides @ops->hmac for the nonce DRBG
 * @drbg_alg: HMAC digest of the DRBG (RFC 6979 uses the message digest);
 *	KM_DIGEST_NONE and KM_DIGEST_MD5 select SHA-256
 * @priv: private key, big-endian, at most ec_curve_bytes(@c) bytes
 * @privlen: its length
 * @hash: the message digest (any length; bits2int keeps the leftmost
 *	ec_curve_bits(@c) bits)
 * @hashlen: its length
 * @extra: additional data k' of RFC 6979 section 3.6 (may be NULL when
 *	@extralen is 0, which gives plain deterministic RFC 6979)
 * @extralen: its length
 * @sig: receives the DER signature
 * @siglen: in: room at @sig (EC_MAX_SIG_LEN always suffices); out: the
 *	signature length
 * @ws: workspace
 *
 * The private key and the nonce are handled in constant time; the only
 * branches on secret-derived data are the rejections of a nonce candidate
 * (k >= n or k = 0, r = 0, s = 0), which are then discarded.
 *
 * Return: 0; -EINVAL for a private key outside [1, n-1] or a NULL
 * argument; -EMSGSIZE if @sig is too small (*@siglen is then the length
 * needed); -EIO if 32 candidates in a row were rejected; or an error of
 * @ops->hmac.
 */
int ec_ecdsa_sign_rfc6979(const struct ec_curve *c,
			  const struct km_crypto_ops *ops,
			  enum km_digest drbg_alg, const u8 *priv,
			  size_t privlen, const u8 *hash, size_t hashlen,
			  const u8 *extra, size_t extralen, u8 *sig,
			  size_t *siglen, struct ec_ws *ws)
{
	struct ec_drbg d;
	struct km_seg seed[3];
	bn_limb valid;
	struct der_enc enc;
	size_t tlen, len;
	unsigned int tries;
	int ret;

	if (!ops || !ops->hmac || !sig || !siglen || (!hash && hashlen) ||
	    (!extra && extralen))
		return -EINVAL;
	if (drbg_alg == KM_DIGEST_MD5 || !km_digest_size(drbg_alg))
		drbg_alg = KM_DIGEST_SHA_2_256;

	ret = ec_load_scalar(c, ws->s[0], priv, privlen, &valid);
	if (ret)
		goto out;
	ec_declassify(&valid, sizeof(valid));
	if (!valid) {
		ret = -EINVAL;
		goto out;
	}
	ec_bits2int_mod_n(c, ws->s[1], hash, hashlen, ws->s[4]);

	/* RFC 6979 3.2 steps b-g. */
	d.ops = ops;
	d.alg = drbg_alg;
	d.hlen = km_digest_size(drbg_alg);
	d.k = ws->drbg_k;
	d.v = ws->drbg_v;
	d.tmp = ws->drbg_tmp;
	memset(d.v, 0x01, d.hlen);
	memset(d.k, 0x00, d.hlen);
	ec_put_be(ws->xo, c->bytes, ws->s[0], c->nlimbs);
	ec_put_be(ws->ho, c->bytes, ws->s[1], c->nlimbs);
	seed[0].p = ws->xo;
	seed[0].len = c->bytes;
	seed[1].p = ws->ho;
	seed[1].len = c->bytes;
	seed[2].p = extra;
	seed[2].len = extralen;
	ret = ec_drbg_step(&d, 0x00, seed, 3);
	if (!ret)
		ret = ec_drbg_step(&d, 0x01, seed, 3);
	if (ret)
		goto out;

	ret = -EIO;
	for (tries = 0; tries < 32; tries++) {
		if (tries) {
			/* Step h.3: K = HMAC_K(V || 0x00), V = HMAC_K(V). */
			ret = ec_drbg_step(&d, 0x00, NULL, 0);
			if (ret)
				goto out;
		}
		/* Step h.2: T = V_1 || V_2 || ... until qlen bits. */
		for (tlen = 0; tlen < c->bytes; tlen += d.hlen) {
			ret = ec_drbg_step(&d, -1, NULL, 0);
			if (ret)
				goto out;
			memcpy(ws->drbg_t + tlen, d.v, d.hlen);
		}
		bn_from_be(ws->s[2], c->nlimbs, ws->drbg_t, c->bytes);
		ec_shr(ws->s[2], c->nlimbs,
		       (unsigned int)(8 * c->bytes - c->bits));
		valid = ~bn_is_zero_mask(ws->s[2], c->nlimbs) &
			bn_lt_mask(ws->s[2], c->fn->m, c->nlimbs);
		ec_declassify(&valid, sizeof(valid));
		if (!valid) {
			ret = -EIO;
			continue;
		}
		ret = ec_sign_with_k(c, ws);
		if (ret != -EAGAIN)
			break;
		ret = -EIO;
	}
	if (ret)
		goto out;

	/* r and s are public; ECDSA-Sig-Value through lib/der. */
	ec_declassify(ws->s[5], c->nlimbs * sizeof(bn_limb));
	ec_declassify(ws->s[7], c->nlimbs * sizeof(bn_limb));
	bn_to_be(ws->xo, c->bytes, ws->s[5], c->nlimbs);
	bn_to_be(ws->ho, c->bytes, ws->s[7], c->nlimbs);
	der_enc_init(&enc, sig, *siglen);
	der_put_ecdsa_sig(&enc, ws->xo, c->bytes, ws->ho, c->bytes);
	ret = der_enc_finish(&enc, &len);
	if (ret == -EMSGSIZE)
		memset(sig, 0, *siglen);
	if (!ret || ret == -EMSGSIZE)
		*siglen = len;
out:
	km_wipe(ws, sizeof(*ws));
	return ret;
}

KM_EXPORT(ec_ecdsa_sign_rfc6979);

/**
 * ec_ecdsa_sign() - hedged ECDSA signature.
 * @c: the curve
 * @ops: provides @ops->random and @ops->hmac
 * @drbg_alg: HMAC digest of the nonce DRBG, normally the message digest;
 *	KM_DIGEST_NONE and KM_DIGEST_MD5 select SHA-256
 * @priv: private key, big-endian, at most ec_curve_bytes(@c) bytes
 * @privlen: its length
 * @hash: the message digest (leftmost ec_curve_bits(@c) bits are used)
 * @hashlen: its length
 * @sig: receives the DER signature
 * @siglen: in: room at @sig (EC_MAX_SIG_LEN suffices); out: its length
 * @ws: workspace
 *
 * ec_ecdsa_sign_rfc6979() with EC_HEDGE_BYTES fresh random bytes as the
 * RFC 6979 additional data.
 *
 * Return: as ec_ecdsa_sign_rfc6979(), or the error of @ops->random.
 */
int ec_ecdsa_sign(const struct ec_curve *c, const struct km_crypto_ops *ops,
		  enum km_digest drbg_alg, const u8 *priv, size_t privlen,
		  const u8 *hash, size_t hashlen, u8 *sig, size_t *siglen,
		  struct ec_ws *ws)
{
	u8 extra[EC_HEDGE_BYTES];
	int ret;

	if (!ops || !ops->random)
		return -EINVAL;
	ret = ops->random(ops->ctx, extra, sizeof(extra));
	if (!ret)
		ret = ec_ecdsa_sign_rfc6979(c, ops, drbg_alg, priv, privlen,
					    hash, hashlen, extra,
					    sizeof(extra), sig, siglen, ws);
	km_wipe(extra, sizeof(extra));
	return ret;
}

KM_EXPORT(ec_ecdsa_sign);

/*
 * Parse the ECDSA-Sig-Value strictly with lib/der and load r and s.
 * Returns 0, -EBADMSG for a bad encoding, -EKEYREJECTED for a well-formed
 * value longer than the order.
 */
static int ec_parse_sig(const struct ec_curve *c, const u8 *sig,
			size_t siglen, bn_limb *r, bn_limb *s)
{
	struct der_buf rb, sb;
	int ret;

	if (!sig)
		return -EBADMSG;
	ret = der_parse_ecdsa_sig(sig, siglen, &rb, &sb);
	if (ret)
		return -EBADMSG;
	if (bn_from_be(r, c->nlimbs, rb.p, rb.n) || rb.n > c->bytes ||
	    bn_from_be(s, c->nlimbs, sb.p, sb.n) || sb.n > c->bytes)
		return -EKEYREJECTED;
	return 0;
}

/**
 * ec_ecdsa_verify() - verify an ECDSA signature.
 * @c: the curve
 * @pub: the signer's uncompressed public point
 * @publen: its length
 * @hash: the message digest (leftmost ec_curve_bits(@c) bits are used)
 * @hashlen: its length
 * @sig: DER ECDSA-Sig-Value, parsed strictly by der_parse_ecdsa_sig()
 *	(minimal lengths and integers, no trailing data)
 * @siglen: its length
 * @ws: workspace
 *
 * All inputs are public, so this path is not constant time.
 *
 * Return: 0 for a valid signature; -EKEYREJECTED if it does not verify
 * (including r or s outside [1, n-1]); -EBADMSG for a malformed
 * encoding; -EINVAL or -EOPNOTSUPP for an unusable public key.
 */
int ec_ecdsa_verify(const struct ec_curve *c, const u8 *pub, size_t publen,
		    const u8 *hash, size_t hashlen, const u8 *sig,
		    size_t siglen, struct ec_ws *ws)
{
	const struct bn_mont *fn = c->fn;
	size_t n = c->nlimbs;
	bn_limb *r = ws->s[0], *s = ws->s[1], *e = ws->s[2], *w = ws->s[3];
	bn_limb *u1 = ws->s[4], *u2 = ws->s[5], *t = ws->s[6];
	bn_limb *x = ws->s[7];
	int ret;

	if (!hash && hashlen)
		return -EINVAL;
	ret = ec_decode_point(c, &ws->q, pub, publen, ws);
	if (ret)
		goto out;
	ret = ec_parse_sig(c, sig, siglen, r, s);
	if (ret)
		goto out;
	ret = -EKEYREJECTED;
	if (bn_is_zero_mask(r, n) || bn_is_zero_mask(s, n) ||
	    !bn_lt_mask(r, fn->m, n) || !bn_lt_mask(s, fn->m, n))
		goto out;

	ec_bits2int_mod_n(c, e, hash, hashlen, t);
	bn_to_mont(fn, t, s);
	ec_mont_inv(fn, w, t, ws);
	bn_to_mont(fn, t, e);
	bn_mont_mul(fn, u1, t, w);
	bn_from_mont(fn, u1, u1);
	bn_to_mont(fn, t, r);
	bn_mont_mul(fn, u2, t, w);
	bn_from_mont(fn, u2, u2);

	/* R = u1 G + u2 Q */
	ec_base_mul(c, u1, ws);
	ws->p = ws->acc;
	ec_scalar_mul(c, u2, &ws->q, ws);
	ec_point_add(c, &ws->acc, &ws->acc, &ws->p, ws);
	if (!ec_to_affine(c, x, t, &ws->acc, ws))
		goto out;
	ec_fp_to_fn(c, t, x, w);
	if (bn_eq_mask(t, r, n))
		ret = 0;
out:
	km_wipe(ws, sizeof(*ws));
	return ret;
}

KM_EXPORT(ec_ecdsa_verify);
