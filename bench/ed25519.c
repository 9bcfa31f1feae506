// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * lib/ed25519 against OpenSSL: key generation (public key
 * from seed), signing and verification of a 64-byte message.  Prints
 * operations per second and our rate as a fraction of OpenSSL's.  Both use
 * OpenSSL's SHA-512 (ours through the ops table).  Never asserts on times.
 */
#include <stdio.h>
#include <time.h>

#include <openssl/evp.h>

#include "../tests/unit/ops_openssl.h"
#include "../lib/ed25519/ed25519.h"
#include "bench.h"

static u8 seed[32] = { 1, 2, 3 }, msg[64], pub[32], sig[64];
static struct km_ed25519_ws ws;
static struct km_ed25519_key key;
static EVP_PKEY *opk, *opub;
static int sink;

static void our_keygen(void)
{
	seed[0]++;
	sink += km_ed25519_public_key(&km_openssl_ops, seed, pub);
}

static void our_sign(void)
{
	msg[0]++;
	sink += km_ed25519_sign_key(&km_openssl_ops, &key, msg, sizeof(msg),
				    sig);
}

static void our_verify(void)
{
	sink += km_ed25519_verify(&km_openssl_ops, &ws, key.pub, msg,
				  sizeof(msg), sig);
}

static void ossl_keygen(void)
{
	EVP_PKEY *pk;
	size_t len = 32;

	seed[0]++;
	pk = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, NULL, seed, 32);
	sink += EVP_PKEY_get_raw_public_key(pk, pub, &len);
	EVP_PKEY_free(pk);
}

static void ossl_sign(void)
{
	EVP_MD_CTX *c = EVP_MD_CTX_new();
	size_t len = 64;

	msg[0]++;
	sink += EVP_DigestSignInit(c, NULL, NULL, NULL, opk);
	sink += EVP_DigestSign(c, sig, &len, msg, sizeof(msg));
	EVP_MD_CTX_free(c);
}

static void ossl_verify(void)
{
	EVP_MD_CTX *c = EVP_MD_CTX_new();

	sink += EVP_DigestVerifyInit(c, NULL, NULL, NULL, opub);
	sink += EVP_DigestVerify(c, sig, 64, msg, sizeof(msg));
	EVP_MD_CTX_free(c);
}

static void row(const char *what, void (*ours)(void), void (*theirs)(void))
{
	double a = bench_rate(ours, 1.0), b = bench_rate(theirs, 1.0);

	printf("ed25519 %-8s ours %9.0f ops/s  openssl %9.0f ops/s  ratio %.2f\n",
	       what, a, b, a / b);
}

int main(void)
{
	size_t len = 32;

	km_ed25519_expand(&km_openssl_ops, seed, &key);
	opk = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, NULL, seed, 32);
	EVP_PKEY_get_raw_public_key(opk, pub, &len);
	opub = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, NULL, pub, 32);
	row("keygen", our_keygen, ossl_keygen);
	row("sign", our_sign, ossl_sign);
	/* Verify a valid signature: sign the current message first. */
	our_sign();
	row("verify", our_verify, ossl_verify);
	printf("ed25519 verify check: %s\n",
	       km_ed25519_verify(&km_openssl_ops, &ws, key.pub, msg,
				 sizeof(msg), sig) ? "FAILED" : "ok");
	/* Results feed a global that is printed, so no call is optimised out. */
	printf("ed25519 (sink %d)\n", sink);
	EVP_PKEY_free(opk);
	EVP_PKEY_free(opub);
	return 0;
}
