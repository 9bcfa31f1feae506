// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * lib/ed25519's X25519 against OpenSSL (EVP_PKEY_X25519): the shared secret
 * (Montgomery ladder) and the public key (fixed-base table + birational
 * map; also the ladder on u = 9 for comparison).  Prints operations per
 * second and our rate as a fraction of OpenSSL's.  OpenSSL's derive reuses
 * one context with the peer already set, and its public key is computed
 * when a raw private key is loaded.  Never asserts on times.
 */
#include <stdio.h>
#include <time.h>

#include <openssl/evp.h>

#include "../lib/ed25519/x25519.h"
#include "bench.h"

static u8 priv[32] = { 1, 2, 3 }, peer[32], out[32], pub[32];
static const u8 nine[32] = { 9 };
static EVP_PKEY_CTX *dctx;
static int sink;

static void our_derive(void)
{
	priv[0]++;
	sink += km_x25519(out, priv, peer);
}

static void our_pub(void)
{
	priv[0]++;
	sink += km_x25519_public_key(pub, priv);
}

static void our_pub_ladder(void)
{
	priv[0]++;
	sink += km_x25519(pub, priv, nine);
}

static void ossl_derive(void)
{
	size_t len = 32;

	sink += EVP_PKEY_derive(dctx, out, &len);
}

static void ossl_pub(void)
{
	EVP_PKEY *pk;
	size_t len = 32;

	priv[0]++;
	pk = EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, NULL, priv, 32);
	sink += EVP_PKEY_get_raw_public_key(pk, pub, &len);
	EVP_PKEY_free(pk);
}

static void row(const char *what, void (*ours)(void), void (*theirs)(void))
{
	double a = bench_rate(ours, 1.0), b = bench_rate(theirs, 1.0);

	printf("x25519 %-13s ours %9.0f ops/s  openssl %9.0f ops/s  ratio %.2f\n",
	       what, a, b, a / b);
}

int main(void)
{
	EVP_PKEY *pk, *pp;

	km_x25519_public_key(peer, nine);
	pk = EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, NULL, priv, 32);
	pp = EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, NULL, peer, 32);
	dctx = EVP_PKEY_CTX_new(pk, NULL);
	if (!pk || !pp || !dctx || EVP_PKEY_derive_init(dctx) != 1 ||
	    EVP_PKEY_derive_set_peer(dctx, pp) != 1) {
		fprintf(stderr, "x25519: OpenSSL setup failed\n");
		return 1;
	}
	row("shared secret", our_derive, ossl_derive);
	row("public key", our_pub, ossl_pub);
	row("pub (ladder)", our_pub_ladder, ossl_pub);
	/* Results feed a global that is printed, so no call is optimised out. */
	printf("x25519 (sink %d)\n", sink);
	EVP_PKEY_CTX_free(dctx);
	EVP_PKEY_free(pk);
	EVP_PKEY_free(pp);
	return 0;
}
