/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * Ed25519 signatures (RFC 8032, "pure" Ed25519):
 * key generation from a 32-byte seed, signing and verification.
 *
 * The kernel crypto API has no Ed25519, so KeyMint's Curve25519 signing keys
 * are served from here.  SHA-512 is borrowed from the host through
 * struct km_crypto_ops; everything else (field arithmetic modulo
 * 2^255 - 19, the group law, scalars modulo the group order) is in
 * ed25519.c.  Key generation and signing run in constant time with respect
 * to the seed; verification handles only public data and is variable time.
 *
 * Verification follows RFC 8032 5.1.7 with the cofactorless equation
 * encode([S]B - [k]A) == R, as OpenSSL does; it also rejects non-canonical
 * public keys (y >= p, or x = 0 with the sign bit set), S >= L and public
 * keys of small order.  See Documentation/crypto-ed25519.rst.
 */
#ifndef KEYMINT_LIB_ED25519_H
#define KEYMINT_LIB_ED25519_H

#include "../port.h"
#include "../crypto_ops.h"

#define KM_ED25519_SEED_SIZE		32
#define KM_ED25519_PUBLIC_KEY_SIZE	32
#define KM_ED25519_SIGNATURE_SIZE	64

/**
 * struct km_ed25519_key - an expanded Ed25519 private key.
 * @scalar: the clamped secret scalar a (little endian), from SHA-512(seed)
 * @prefix: the second half of SHA-512(seed), used to derive nonces
 * @pub: the encoded public key [a]B
 *
 * Secret: wipe with km_wipe() when done.
 */
struct km_ed25519_key {
	u8 scalar[32];
	u8 prefix[32];
	u8 pub[KM_ED25519_PUBLIC_KEY_SIZE];
};

#define KM_ED25519_WS_WORDS	512

/**
 * struct km_ed25519_ws - caller-provided scratch space for verification.
 * @opaque: private to ed25519.c
 *
 * About 4 KiB: too big for a kernel stack frame, so callers allocate it
 * (or embed it in a longer-lived context).  It holds no secrets.
 */
struct km_ed25519_ws {
	u64 opaque[KM_ED25519_WS_WORDS];
};

int km_ed25519_expand(const struct km_crypto_ops *ops,
		      const u8 seed[KM_ED25519_SEED_SIZE],
		      struct km_ed25519_key *key);
int km_ed25519_public_key(const struct km_crypto_ops *ops,
			  const u8 seed[KM_ED25519_SEED_SIZE],
			  u8 pub[KM_ED25519_PUBLIC_KEY_SIZE]);
int km_ed25519_sign_key(const struct km_crypto_ops *ops,
			const struct km_ed25519_key *key,
			const u8 *msg, size_t len,
			u8 sig[KM_ED25519_SIGNATURE_SIZE]);
int km_ed25519_sign(const struct km_crypto_ops *ops,
		    const u8 seed[KM_ED25519_SEED_SIZE],
		    const u8 *msg, size_t len,
		    u8 sig[KM_ED25519_SIGNATURE_SIZE]);
int km_ed25519_check_public_key(const u8 pub[KM_ED25519_PUBLIC_KEY_SIZE]);
int km_ed25519_verify(const struct km_crypto_ops *ops,
		      struct km_ed25519_ws *ws,
		      const u8 pub[KM_ED25519_PUBLIC_KEY_SIZE],
		      const u8 *msg, size_t len,
		      const u8 sig[KM_ED25519_SIGNATURE_SIZE]);

#endif /* KEYMINT_LIB_ED25519_H */
