// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * PKCS #1 (RFC 8017) encodings: EMSA-PKCS1-v1_5, EMSA-PSS, MGF1,
 * EME-OAEP and RSAES-PKCS1-v1_5.  The two decryption decoders never
 * branch on or index by the decrypted bytes before their single verdict.
 */
#include "rsa_int.h"

/* DigestInfo DER prefixes, RFC 8017 section 9.2 note 1. */
static const u8 rsa_di_md5[] = {
	0x30, 0x20, 0x30, 0x0c, 0x06, 0x08, 0x2a, 0x86, 0x48, 0x86, 0xf7,
	0x0d, 0x02, 0x05, 0x05, 0x00, 0x04, 0x10 };
static const u8 rsa_di_sha1[] = {
	0x30, 0x21, 0x30, 0x09, 0x06, 0x05, 0x2b, 0x0e, 0x03, 0x02, 0x1a,
	0x05, 0x00, 0x04, 0x14 };
static const u8 rsa_di_sha224[] = {
	0x30, 0x2d, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65,
	0x03, 0x04, 0x02, 0x04, 0x05, 0x00, 0x04, 0x1c };
static const u8 rsa_di_sha256[] = {
	0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65,
	0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20 };
static const u8 rsa_di_sha384[] = {
	0x30, 0x41, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65,
	0x03, 0x04, 0x02, 0x02, 0x05, 0x00, 0x04, 0x30 };
static const u8 rsa_di_sha512[] = {
	0x30, 0x51, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65,
	0x03, 0x04, 0x02, 0x03, 0x05, 0x00, 0x04, 0x40 };

static const u8 *rsa_digest_info(enum km_digest alg, size_t *len)
{
	switch (alg) {
	case KM_DIGEST_MD5:
		*len = sizeof(rsa_di_md5);
		return rsa_di_md5;
	case KM_DIGEST_SHA1:
		*len = sizeof(rsa_di_sha1);
		return rsa_di_sha1;
	case KM_DIGEST_SHA_2_224:
		*len = sizeof(rsa_di_sha224);
		return rsa_di_sha224;
	case KM_DIGEST_SHA_2_256:
		*len = sizeof(rsa_di_sha256);
		return rsa_di_sha256;
	case KM_DIGEST_SHA_2_384:
		*len = sizeof(rsa_di_sha384);
		return rsa_di_sha384;
	case KM_DIGEST_SHA_2_512:
		*len = sizeof(rsa_di_sha512);
		return rsa_di_sha512;
	default:
		*len = 0;
		return NULL;
	}
}

/* Constant-time helpers on size_t: masks are 0 or all ones. */
static size_t rsa_ct_zero(size_t a)
{
	return ((a | (0 - a)) >> (8 * sizeof(size_t) - 1)) - 1;
}

static size_t rsa_ct_eq(size_t a, size_t b)
{
	return rsa_ct_zero(a ^ b);
}

/* ~0 if a >= b, for a, b < 2^63. */
static size_t rsa_ct_ge(size_t a, size_t b)
{
	return ((a - b) >> (8 * sizeof(size_t) - 1)) - 1;
}

/**
 * rsa_pkcs1_sig_encode() - EMSA-PKCS1-v1_5 encoding (RFC 8017 9.2).
 * @alg: digest that produced @h; KM_DIGEST_NONE encodes @h without a
 *	DigestInfo (KeyMint's raw PKCS #1 v1.5 signing)
 * @h: digest, or raw data for KM_DIGEST_NONE
 * @hlen: length of @h (the digest size unless KM_DIGEST_NONE)
 * @em: output, @k bytes
 * @k: modulus length in bytes
 *
 * Return: 0, -EINVAL (length/digest mismatch), -EMSGSIZE (too long).
 */
int rsa_pkcs1_sig_encode(enum km_digest alg, const u8 *h, size_t hlen,
			 u8 *em, size_t k)
{
	size_t plen = 0;
	const u8 *prefix = rsa_digest_info(alg, &plen);

	if (alg != KM_DIGEST_NONE && (!prefix || hlen != km_digest_size(alg)))
		return -EINVAL;
	if (k < 11 || hlen > k - 11 - plen)
		return -EMSGSIZE;
	em[0] = 0x00;
	em[1] = 0x01;
	memset(em + 2, 0xff, k - 3 - plen - hlen);
	em[k - 1 - plen - hlen] = 0x00;
	if (plen)
		memcpy(em + k - plen - hlen, prefix, plen);
	memcpy(em + k - hlen, h, hlen);
	return 0;
}

KM_EXPORT(rsa_pkcs1_sig_encode);

/**
 * rsa_mgf1_xor() - XOR MGF1(@seed) into @out (RFC 8017 B.2.1).
 * @alg: MGF1 digest
 * @seed: seed
 * @seedlen: length of @seed
 * @out: buffer to mask in place (must not overlap @seed)
 * @outlen: mask length
 * @ops: digest provider
 *
 * Return: 0 or a digest error.
 */
int rsa_mgf1_xor(enum km_digest alg, const u8 *seed, size_t seedlen,
		 u8 *out, size_t outlen, const struct km_crypto_ops *ops)
{
	size_t hlen = km_digest_size(alg), done = 0, i;
	u8 buf[KM_MAX_DIGEST_SIZE], ctr[4];
	u32 c = 0;
	int ret = 0;

	if (!hlen)
		return -EINVAL;
	while (done < outlen) {
		struct km_seg in[2] = {
			{ .p = seed, .len = seedlen },
			{ .p = ctr, .len = sizeof(ctr) },
		};

		put_unaligned_be32(c++, ctr);
		ret = ops->digest(ops->ctx, alg, in, 2, buf);
		if (ret)
			break;
		for (i = 0; i < hlen && done < outlen; i++)
			out[done++] ^= buf[i];
	}
	km_wipe(buf, sizeof(buf));
	return ret;
}

KM_EXPORT(rsa_mgf1_xor);

/**
 * rsa_pss_encode() - EMSA-PSS encoding (RFC 8017 9.1.1), MGF1 with @alg.
 * @alg: digest (not KM_DIGEST_NONE)
 * @mhash: digest of the message, km_digest_size(@alg) bytes
 * @slen: salt length
 * @embits: modulus bits - 1
 * @em: output, ceil(@embits / 8) bytes
 * @ops: digest and randomness
 *
 * Return: 0, -EINVAL, -EMSGSIZE (key too small) or a provider error.
 */
int rsa_pss_encode(enum km_digest alg, const u8 *mhash, size_t slen,
		   unsigned int embits, u8 *em,
		   const struct km_crypto_ops *ops)
{
	static const u8 zeros[8];
	size_t hlen = km_digest_size(alg), emlen = (embits + 7) / 8, dblen;
	u8 *salt, *hp;
	int ret;

	if (!hlen)
		return -EINVAL;
	if (emlen < hlen + slen + 2)
		return -EMSGSIZE;
	dblen = emlen - hlen - 1;
	salt = em + dblen - slen;
	hp = em + dblen;
	ret = ops->random(ops->ctx, salt, slen);
	if (!ret) {
		struct km_seg in[3] = {
			{ .p = zeros, .len = sizeof(zeros) },
			{ .p = mhash, .len = hlen },
			{ .p = salt, .len = slen },
		};

		ret = ops->digest(ops->ctx, alg, in, 3, hp);
	}
	if (ret) {
		km_wipe(em, emlen);
		return ret;
	}
	memset(em, 0, dblen - slen - 1);
	em[dblen - slen - 1] = 0x01;
	em[emlen - 1] = 0xbc;
	ret = rsa_mgf1_xor(alg, hp, hlen, em, dblen, ops);
	em[0] &= 0xff >> (8 * emlen - embits);
	return ret;
}

KM_EXPORT(rsa_pss_encode);

/**
 * rsa_pss_verify() - EMSA-PSS verification (RFC 8017 9.1.2), MGF1 with @alg.
 * @alg: digest
 * @mhash: digest of the message
 * @slen: expected salt length
 * @embits: modulus bits - 1
 * @em: encoded message, ceil(@embits / 8) bytes; unmasked in place
 * @ops: digest provider
 *
 * Works on public data only.
 *
 * Return: 0 if consistent, -EKEYREJECTED if not, other negative errno.
 */
int rsa_pss_verify(enum km_digest alg, const u8 *mhash, size_t slen,
		   unsigned int embits, u8 *em,
		   const struct km_crypto_ops *ops)
{
	static const u8 zeros[8];
	size_t hlen = km_digest_size(alg), emlen = (embits + 7) / 8, dblen, i;
	u8 h2[KM_MAX_DIGEST_SIZE];
	u8 topmask = 0xff >> (8 * emlen - embits);
	int ret;

	if (!hlen)
		return -EINVAL;
	if (emlen < hlen + slen + 2 || em[emlen - 1] != 0xbc ||
	    (em[0] & ~topmask))
		return -EKEYREJECTED;
	dblen = emlen - hlen - 1;
	ret = rsa_mgf1_xor(alg, em + dblen, hlen, em, dblen, ops);
	if (ret)
		return ret;
	em[0] &= topmask;
	for (i = 0; i < dblen - slen - 1; i++)
		if (em[i])
			return -EKEYREJECTED;
	if (em[dblen - slen - 1] != 0x01)
		return -EKEYREJECTED;
	{
		struct km_seg in[3] = {
			{ .p = zeros, .len = sizeof(zeros) },
			{ .p = mhash, .len = hlen },
			{ .p = em + dblen - slen, .len = slen },
		};

		ret = ops->digest(ops->ctx, alg, in, 3, h2);
	}
	if (ret)
		return ret;
	return km_memneq(h2, em + dblen, hlen) ? -EKEYREJECTED : 0;
}

KM_EXPORT(rsa_pss_verify);

/**
 * rsa_oaep_encode() - EME-OAEP encoding (RFC 8017 7.1.1).
 * @alg: label digest
 * @mgf: MGF1 digest
 * @label: label (may be NULL if @llen is 0)
 * @llen: label length
 * @msg: message
 * @mlen: message length, at most @k - 2 hLen - 2
 * @em: output, @k bytes
 * @k: modulus length
 * @ops: digests and randomness
 *
 * Return: 0, -EINVAL, -EMSGSIZE or a provider error.
 */
int rsa_oaep_encode(enum km_digest alg, enum km_digest mgf,
		    const u8 *label, size_t llen, const u8 *msg, size_t mlen,
		    u8 *em, size_t k, const struct km_crypto_ops *ops)
{
	size_t hlen = km_digest_size(alg), dblen;
	struct km_seg l = { .p = label, .len = llen };
	u8 *seed = em + 1, *db;
	int ret;

	if (!hlen || !km_digest_size(mgf))
		return -EINVAL;
	if (k < 2 * hlen + 2 || mlen > k - 2 * hlen - 2)
		return -EMSGSIZE;
	dblen = k - hlen - 1;
	db = em + 1 + hlen;
	em[0] = 0;
	ret = ops->digest(ops->ctx, alg, &l, 1, db);
	if (!ret)
		ret = ops->random(ops->ctx, seed, hlen);
	if (ret)
		goto out;
	memset(db + hlen, 0, dblen - hlen - mlen - 1);
	db[dblen - mlen - 1] = 0x01;
	memcpy(db + dblen - mlen, msg, mlen);
	ret = rsa_mgf1_xor(mgf, seed, hlen, db, dblen, ops);
	if (!ret)
		ret = rsa_mgf1_xor(mgf, db, dblen, seed, hlen, ops);
out:
	if (ret)
		km_wipe(em, k);
	return ret;
}

KM_EXPORT(rsa_oaep_encode);

/**
 * rsa_oaep_decode() - EME-OAEP decoding (RFC 8017 7.1.2 step 3).
 * @alg: label digest
 * @mgf: MGF1 digest
 * @label: label (may be NULL if @llen is 0)
 * @llen: label length
 * @em: encoded message, @k bytes; unmasked in place and then wiped
 * @k: modulus length
 * @out: message
 * @outcap: room in @out; must be at least @k - 2 hLen - 2 whatever the
 *	message turns out to be, so that no length-dependent error exists
 * @outlen: message length on success
 * @ops: digest provider
 *
 * The first byte, the label hash, the zero run and the 0x01 separator are
 * checked with masks over every byte; the only branch on the result is the
 * final one.
 *
 * Return: 0, -EBADMSG (decryption error), -EINVAL or -EMSGSIZE for bad
 * public parameters, or a digest error.
 */
int rsa_oaep_decode(enum km_digest alg, enum km_digest mgf,
		    const u8 *label, size_t llen, u8 *em, size_t k, u8 *out,
		    size_t outcap, size_t *outlen,
		    const struct km_crypto_ops *ops)
{
	size_t hlen = km_digest_size(alg), dblen, i, good, found, idx, mlen;
	struct km_seg l = { .p = label, .len = llen };
	u8 lhash[KM_MAX_DIGEST_SIZE], *db;
	int ret;

	if (!hlen || !km_digest_size(mgf))
		return -EINVAL;
	if (k < 2 * hlen + 2)
		return -EINVAL;
	if (outcap < k - 2 * hlen - 2)
		return -EMSGSIZE;
	dblen = k - hlen - 1;
	db = em + 1 + hlen;
	ret = ops->digest(ops->ctx, alg, &l, 1, lhash);
	if (!ret)
		ret = rsa_mgf1_xor(mgf, db, dblen, em + 1, hlen, ops);
	if (!ret)
		ret = rsa_mgf1_xor(mgf, em + 1, hlen, db, dblen, ops);
	if (ret)
		goto out;
	good = rsa_ct_zero(em[0]);
	good &= rsa_ct_zero((size_t)km_memneq(db, lhash, hlen));
	found = 0;
	idx = 0;
	for (i = hlen; i < dblen; i++) {
		size_t zero = rsa_ct_zero(db[i]), one = rsa_ct_eq(db[i], 1);

		idx |= i & ~found & one;
		good &= found | zero | one;	/* only zeros before 0x01 */
		found |= ~zero;
	}
	good &= found;
	/* the single decision; the message length is public on success */
	rsa_declassify(&good, sizeof(good));
	if (!good) {
		ret = -EBADMSG;
		goto out;
	}
	rsa_declassify(&idx, sizeof(idx));
	mlen = dblen - idx - 1;
	memcpy(out, db + idx + 1, mlen);
	*outlen = mlen;
out:
	km_wipe(em, k);
	km_wipe(lhash, sizeof(lhash));
	return ret;
}

KM_EXPORT(rsa_oaep_decode);

/**
 * rsa_pkcs1_enc_encode() - EME-PKCS1-v1_5 encoding (RFC 8017 7.2.1).
 * @msg: message
 * @mlen: message length, at most @k - 11
 * @em: output, @k bytes
 * @k: modulus length
 * @ops: randomness
 *
 * Return: 0, -EMSGSIZE or an RNG error.
 */
int rsa_pkcs1_enc_encode(const u8 *msg, size_t mlen, u8 *em, size_t k,
			 const struct km_crypto_ops *ops)
{
	size_t pslen, i;
	int ret;

	if (k < 11 || mlen > k - 11)
		return -EMSGSIZE;
	pslen = k - mlen - 3;
	em[0] = 0;
	em[1] = 2;
	ret = ops->random(ops->ctx, em + 2, pslen);
	for (i = 0; !ret && i < pslen; i++) {
		while (!ret && !em[2 + i])
			ret = ops->random(ops->ctx, em + 2 + i, 1);
	}
	if (ret) {
		km_wipe(em, k);
		return ret;
	}
	em[2 + pslen] = 0;
	memcpy(em + 3 + pslen, msg, mlen);
	return 0;
}

KM_EXPORT(rsa_pkcs1_enc_encode);

/**
 * rsa_pkcs1_enc_decode() - EME-PKCS1-v1_5 decoding (RFC 8017 7.2.2 step 3).
 * @em: encoded message, @k bytes
 * @k: modulus length
 * @out: message
 * @outcap: room in @out, at least @k - 11
 * @outlen: message length on success
 *
 * Checks 0x00 0x02, at least eight non-zero padding bytes and a zero
 * separator with masks over every byte; one branch at the end.
 *
 * Return: 0, -EBADMSG (decryption error), -EINVAL or -EMSGSIZE for bad
 * public parameters.
 */
int rsa_pkcs1_enc_decode(const u8 *em, size_t k, u8 *out, size_t outcap,
			 size_t *outlen)
{
	size_t good, found = 0, idx = 0, i;

	if (k < 11)
		return -EINVAL;
	if (outcap < k - 11)
		return -EMSGSIZE;
	good = rsa_ct_zero(em[0]) & rsa_ct_eq(em[1], 2);
	for (i = 2; i < k; i++) {
		size_t zero = rsa_ct_zero(em[i]);

		idx |= i & zero & ~found;
		found |= zero;
	}
	good &= found & rsa_ct_ge(idx, 10);
	rsa_declassify(&good, sizeof(good));
	if (!good)
		return -EBADMSG;
	rsa_declassify(&idx, sizeof(idx));
	*outlen = k - idx - 1;
	memcpy(out, em + idx + 1, k - idx - 1);
	return 0;
}

KM_EXPORT(rsa_pkcs1_enc_decode);
