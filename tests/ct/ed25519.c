// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * ctgrind check of Ed25519 key expansion and signing.
 *
 * The seed (and everything derived from it: scalar, nonce prefix) is
 * marked undefined for valgrind memcheck; any branch or memory index that
 * depends on it makes valgrind report "Conditional jump or move depends on
 * uninitialised value(s)" or "Use of uninitialised value of size 8", and
 * `valgrind --error-exitcode=1` fails the run.  Outputs are public and
 * marked defined again before they are compared with a reference run.
 * SHA-512 comes from OpenSSL through the ops table.
 */
#include <valgrind/memcheck.h>

#include "../unit/check.h"
#include "../unit/ops_openssl.h"
#include "../../lib/ed25519/ed25519.h"

int main(void)
{
	static const u8 msg[] = "constant-time Ed25519 signing under ctgrind";
	u8 seed[32], pub[32], pub2[32], sig[64], ref[64];
	struct km_ed25519_key key;
	int i, round;

	for (round = 0; round < 4; round++) {
		for (i = 0; i < 32; i++)
			seed[i] = (u8)(round * 77 + i * 13 + 1);
		/* Reference with defined inputs. */
		CHECK_EQ(km_ed25519_sign(&km_openssl_ops, seed, msg, sizeof(msg),
					 ref), 0);
		CHECK_EQ(km_ed25519_public_key(&km_openssl_ops, seed, pub), 0);

		VALGRIND_MAKE_MEM_UNDEFINED(seed, sizeof(seed));
		CHECK_EQ(km_ed25519_sign(&km_openssl_ops, seed, msg, sizeof(msg),
					 sig), 0);
		VALGRIND_MAKE_MEM_DEFINED(sig, sizeof(sig));
		CHECK_MEM(sig, ref, 64);

		CHECK_EQ(km_ed25519_public_key(&km_openssl_ops, seed, pub2), 0);
		VALGRIND_MAKE_MEM_DEFINED(pub2, sizeof(pub2));
		CHECK_MEM(pub2, pub, 32);

		/* Expanded-key path: the whole key struct is secret. */
		VALGRIND_MAKE_MEM_DEFINED(seed, sizeof(seed));
		CHECK_EQ(km_ed25519_expand(&km_openssl_ops, seed, &key), 0);
		VALGRIND_MAKE_MEM_UNDEFINED(&key, sizeof(key));
		VALGRIND_MAKE_MEM_DEFINED(key.pub, sizeof(key.pub));
		CHECK_EQ(km_ed25519_sign_key(&km_openssl_ops, &key, msg,
					     sizeof(msg), sig), 0);
		VALGRIND_MAKE_MEM_DEFINED(sig, sizeof(sig));
		CHECK_MEM(sig, ref, 64);
		km_wipe(&key, sizeof(key));
	}
	return check_summary("ct-ed25519");
}
