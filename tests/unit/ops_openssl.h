/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * tests/unit/ops_openssl.h - struct km_crypto_ops backed by OpenSSL, for
 * userspace tests, fuzzers and benchmarks of lib/.
 */
#ifndef KEYMINT_TESTS_OPS_OPENSSL_H
#define KEYMINT_TESTS_OPS_OPENSSL_H

#include <openssl/evp.h>

#include "../../lib/crypto_ops.h"

extern const struct km_crypto_ops km_openssl_ops;

/* The OpenSSL digest for a KeyMint digest, or NULL for NONE/unknown. */
const EVP_MD *km_openssl_md(enum km_digest alg);

/*
 * Deterministic variant: random() returns a SHA-256 counter stream seeded
 * with km_test_rng_seed(), so a failing test can be replayed.
 */
extern const struct km_crypto_ops km_openssl_ops_det;
void km_test_rng_seed(unsigned long long seed);

/*
 * OpenSSL's X25519 derivation (the oracle of the X25519 tests and fuzzer):
 * 0, or -1 when OpenSSL refuses (an all-zero secret) or fails.
 */
int km_openssl_x25519(const u8 priv[32], const u8 peer[32], u8 out[32]);

#endif /* KEYMINT_TESTS_OPS_OPENSSL_H */
