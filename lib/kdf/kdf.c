// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * HKDF-SHA256 (RFC 5869) and CKDF (NIST SP 800-108 counter
 * mode with AES-CMAC, as KeyMint's ISharedSecret uses).
 */
#include "kdf.h"

/**
 * km_hkdf_sha256_extract() - HKDF-Extract (RFC 5869 2.2) with SHA-256.
 * @ops: host primitives (hmac)
 * @salt: the salt; with @salt_len 0, HashLen zero bytes are used
 * @salt_len: its length
 * @ikm: input keying material (may be NULL when @ikm_len is 0)
 * @ikm_len: its length
 * @prk: receives the 32-byte pseudorandom key (secret)
 *
 * Return: 0, -EINVAL for a NULL pointer with a non-zero length, or a
 * negative errno from the HMAC (then @prk is zeroed).
 */
int km_hkdf_sha256_extract(const struct km_crypto_ops *ops,
			   const u8 *salt, size_t salt_len,
			   const u8 *ikm, size_t ikm_len,
			   u8 prk[KM_HKDF_SHA256_LEN])
{
	static const u8 zero_salt[KM_HKDF_SHA256_LEN];
	struct km_seg seg = { ikm, ikm_len };
	int ret;

	if ((!salt && salt_len) || (!ikm && ikm_len))
		return -EINVAL;
	if (!salt_len) {
		salt = zero_salt;
		salt_len = sizeof(zero_salt);
	}
	ret = ops->hmac(ops->ctx, KM_DIGEST_SHA_2_256, salt, salt_len, &seg, 1,
			prk);
	if (ret)
		km_wipe(prk, KM_HKDF_SHA256_LEN);
	return ret;
}

KM_EXPORT(km_hkdf_sha256_extract);

/**
 * km_hkdf_sha256_expand() - HKDF-Expand (RFC 5869 2.3) with SHA-256.
 * @ops: host primitives (hmac)
 * @prk: pseudorandom key, at least 32 bytes
 * @prk_len: its length
 * @info: segments whose concatenation is the info string (may be NULL
 *	when @ninfo is 0)
 * @ninfo: number of segments, at most KM_KDF_MAX_SEGS
 * @out: receives @out_len bytes of output keying material; must not
 *	overlap @prk or @info
 * @out_len: 1 to KM_HKDF_SHA256_MAX_OUT (8160) bytes
 *
 * Return: 0; -EINVAL for a short PRK, a zero or too long output, or NULL
 * pointers; -E2BIG for too many segments; or a negative errno from the
 * HMAC.  On error nothing is left in @out.
 */
int km_hkdf_sha256_expand(const struct km_crypto_ops *ops,
			  const u8 *prk, size_t prk_len,
			  const struct km_seg *info, unsigned int ninfo,
			  u8 *out, size_t out_len)
{
	struct km_seg seg[KM_KDF_MAX_SEGS + 2];
	u8 t[KM_HKDF_SHA256_LEN], ctr = 0;
	size_t done = 0;
	unsigned int i;
	int ret = 0;

	if (!prk || prk_len < KM_HKDF_SHA256_LEN || !out || !out_len ||
	    out_len > KM_HKDF_SHA256_MAX_OUT || (!info && ninfo))
		return -EINVAL;
	if (ninfo > KM_KDF_MAX_SEGS)
		return -E2BIG;
	for (i = 0; i < ninfo; i++) {
		if (!info[i].p && info[i].len)
			return -EINVAL;
		seg[1 + i] = info[i];
	}
	/* T(i) = HMAC(PRK, T(i - 1) || info || i), T(0) empty. */
	seg[0].p = t;
	seg[0].len = 0;
	seg[ninfo + 1].p = &ctr;
	seg[ninfo + 1].len = 1;
	while (done < out_len) {
		size_t n = min(out_len - done, sizeof(t));

		ctr++;
		ret = ops->hmac(ops->ctx, KM_DIGEST_SHA_2_256, prk, prk_len,
				seg, ninfo + 2, t);
		if (ret)
			break;
		memcpy(out + done, t, n);
		done += n;
		seg[0].len = sizeof(t);
	}
	if (ret)
		km_wipe(out, out_len);
	km_wipe(t, sizeof(t));
	return ret;
}

KM_EXPORT(km_hkdf_sha256_expand);

/**
 * km_hkdf_sha256() - HKDF-Extract then HKDF-Expand with SHA-256.
 * @ops: host primitives (hmac)
 * @salt: salt (HashLen zeros when @salt_len is 0)
 * @salt_len: its length
 * @ikm: input keying material
 * @ikm_len: its length
 * @info: info segments
 * @ninfo: their number, at most KM_KDF_MAX_SEGS
 * @out: output keying material
 * @out_len: 1 to KM_HKDF_SHA256_MAX_OUT bytes
 *
 * Return: as km_hkdf_sha256_expand(); the intermediate PRK is wiped.
 */
int km_hkdf_sha256(const struct km_crypto_ops *ops,
		   const u8 *salt, size_t salt_len,
		   const u8 *ikm, size_t ikm_len,
		   const struct km_seg *info, unsigned int ninfo,
		   u8 *out, size_t out_len)
{
	u8 prk[KM_HKDF_SHA256_LEN];
	int ret;

	if (!out || !out_len || out_len > KM_HKDF_SHA256_MAX_OUT)
		return -EINVAL;
	ret = km_hkdf_sha256_extract(ops, salt, salt_len, ikm, ikm_len, prk);
	if (!ret)
		ret = km_hkdf_sha256_expand(ops, prk, sizeof(prk), info, ninfo,
					    out, out_len);
	km_wipe(prk, sizeof(prk));
	return ret;
}

KM_EXPORT(km_hkdf_sha256);

/**
 * km_ckdf() - KeyMint's CKDF: SP 800-108 counter mode with AES-CMAC.
 * @ops: host primitives (aes_cmac)
 * @key: the AES key K_I (16, 24 or 32 bytes)
 * @key_len: its length
 * @label: the label (e.g. "KeymasterSharedMac", no terminating NUL)
 * @label_len: its length
 * @context: segments whose concatenation is the context
 * @ncontext: their number, at most KM_KDF_MAX_SEGS
 * @out: receives @out_len bytes; must not overlap the inputs
 * @out_len: 1 to KM_CKDF_MAX_OUT bytes
 *
 * block_i = AES-CMAC(K, BE32(i) || label || 0x00 || context || BE32(L))
 * for i = 1, 2, ... with L = 8 * @out_len bits; the output is the
 * concatenation of the blocks, truncated to @out_len.
 *
 * Return: 0; -EINVAL for a bad key length, zero or too long output, or
 * NULL pointers; -E2BIG for too many segments; or a negative errno from
 * the CMAC.  On error nothing is left in @out.
 */
int km_ckdf(const struct km_crypto_ops *ops,
	    const u8 *key, size_t key_len,
	    const u8 *label, size_t label_len,
	    const struct km_seg *context, unsigned int ncontext,
	    u8 *out, size_t out_len)
{
	static const u8 zero;
	struct km_seg seg[KM_KDF_MAX_SEGS + 4];
	u8 block[16], ibuf[4], lbuf[4];
	size_t done = 0;
	unsigned int i;
	u32 ctr = 0;
	int ret = 0;

	if (!key || (key_len != 16 && key_len != 24 && key_len != 32) ||
	    (!label && label_len) || (!context && ncontext) || !out ||
	    !out_len || out_len > KM_CKDF_MAX_OUT)
		return -EINVAL;
	if (ncontext > KM_KDF_MAX_SEGS)
		return -E2BIG;
	for (i = 0; i < ncontext; i++) {
		if (!context[i].p && context[i].len)
			return -EINVAL;
		seg[3 + i] = context[i];
	}
	seg[0].p = ibuf;
	seg[0].len = sizeof(ibuf);
	seg[1].p = label;
	seg[1].len = label_len;
	seg[2].p = &zero;
	seg[2].len = 1;
	seg[3 + ncontext].p = lbuf;
	seg[3 + ncontext].len = sizeof(lbuf);
	put_unaligned_be32((u32)(out_len * 8), lbuf);
	while (done < out_len) {
		size_t n = min(out_len - done, sizeof(block));

		put_unaligned_be32(++ctr, ibuf);
		ret = ops->aes_cmac(ops->ctx, key, key_len, seg, ncontext + 4,
				    block);
		if (ret)
			break;
		memcpy(out + done, block, n);
		done += n;
	}
	if (ret)
		km_wipe(out, out_len);
	km_wipe(block, sizeof(block));
	return ret;
}

KM_EXPORT(km_ckdf);
