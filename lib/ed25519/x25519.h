/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * X25519 Diffie-Hellman (RFC 7748 section 5): the scalar multiplication
 * function on Curve25519's Montgomery form, u-coordinates only.
 *
 * The module itself uses the kernel's curve25519() (lib/crypto) for KeyMint
 * X25519 keys; this implementation serves userspace (tests, fuzzers, tools)
 * and is what the kernel's is checked against in KUnit.  It shares the field
 * arithmetic with Ed25519 (fe25519.h).  See Documentation/crypto-ed25519.rst.
 */
#ifndef KEYMINT_LIB_ED25519_X25519_H
#define KEYMINT_LIB_ED25519_X25519_H

#include "../port.h"

#define KM_X25519_KEY_SIZE	32

int km_x25519(u8 out[KM_X25519_KEY_SIZE], const u8 scalar[KM_X25519_KEY_SIZE],
	      const u8 point[KM_X25519_KEY_SIZE]);
int km_x25519_public_key(u8 pub[KM_X25519_KEY_SIZE],
			 const u8 scalar[KM_X25519_KEY_SIZE]);

#endif /* KEYMINT_LIB_ED25519_X25519_H */
