/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * Key derivation functions for the KeyMint TA:
 * HKDF-SHA256 (RFC 5869) and CKDF, the NIST SP 800-108 counter-mode KDF
 * over AES-CMAC that KeyMint's shared-secret negotiation uses.
 *
 * Both run over struct km_crypto_ops (hmac, aes_cmac), never allocate and
 * take variable-length inputs as arrays of struct km_seg, so callers can
 * derive from "a || b || c" without concatenating.
 */
#ifndef KEYMINT_LIB_KDF_H
#define KEYMINT_LIB_KDF_H

#include "../port.h"
#include "../crypto_ops.h"

#define KM_HKDF_SHA256_LEN	32
/* RFC 5869: L <= 255 * HashLen. */
#define KM_HKDF_SHA256_MAX_OUT	(255 * KM_HKDF_SHA256_LEN)
/* Most info/context segments accepted by one call. */
#define KM_KDF_MAX_SEGS		16
/* CKDF output cap (the shared secret needs 32 bytes). */
#define KM_CKDF_MAX_OUT		4096

int km_hkdf_sha256_extract(const struct km_crypto_ops *ops,
			   const u8 *salt, size_t salt_len,
			   const u8 *ikm, size_t ikm_len,
			   u8 prk[KM_HKDF_SHA256_LEN]);
int km_hkdf_sha256_expand(const struct km_crypto_ops *ops,
			  const u8 *prk, size_t prk_len,
			  const struct km_seg *info, unsigned int ninfo,
			  u8 *out, size_t out_len);
int km_hkdf_sha256(const struct km_crypto_ops *ops,
		   const u8 *salt, size_t salt_len,
		   const u8 *ikm, size_t ikm_len,
		   const struct km_seg *info, unsigned int ninfo,
		   u8 *out, size_t out_len);
int km_ckdf(const struct km_crypto_ops *ops,
	    const u8 *key, size_t key_len,
	    const u8 *label, size_t label_len,
	    const struct km_seg *context, unsigned int ncontext,
	    u8 *out, size_t out_len);

#endif /* KEYMINT_LIB_KDF_H */
