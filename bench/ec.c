// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * lib/ec against OpenSSL: ECDSA sign and verify, key
 * generation and ECDH per curve, in operations per second and the ratio
 * ours / OpenSSL.  Figures only; nothing is asserted.
 *
 * BENCH_SECONDS (environment) sets the time per measurement (default 1).
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <openssl/ec.h>
#include <openssl/ecdh.h>
#include <openssl/ecdsa.h>
#include <openssl/obj_mac.h>
#include <openssl/rand.h>

#include "../tests/unit/ops_openssl.h"
#include "../lib/ec/ec.h"
#include "bench.h"

static struct ec_ws ws;
static double seconds = 1.0;

struct ctx {
	const struct ec_curve *c;
	EC_KEY *key, *peer;
	u8 priv[EC_MAX_BYTES], pub[EC_MAX_POINT_LEN], peerpub[EC_MAX_POINT_LEN];
	u8 hash[64], sig[EC_MAX_SIG_LEN], osig[256];
	size_t siglen, peerlen;
	unsigned int osiglen;
	int fail;
};

typedef void (*op_fn)(struct ctx *x);

static double rate(op_fn f, struct ctx *x)
{
	double t0 = bench_now(), t;
	unsigned long n = 0;

	do {
		f(x);
		n++;
		t = bench_now() - t0;
	} while (t < seconds);
	return n / t;
}

static void our_sign(struct ctx *x)
{
	x->siglen = sizeof(x->sig);
	x->fail |= ec_ecdsa_sign(x->c, &km_openssl_ops, KM_DIGEST_SHA_2_256,
				 x->priv, ec_curve_bytes(x->c), x->hash, 32,
				 x->sig, &x->siglen, &ws);
}

static void ossl_sign(struct ctx *x)
{
	x->osiglen = sizeof(x->osig);
	x->fail |= ECDSA_sign(0, x->hash, 32, x->osig, &x->osiglen, x->key) != 1;
}

static void our_verify(struct ctx *x)
{
	x->fail |= ec_ecdsa_verify(x->c, x->pub, ec_point_len(x->c), x->hash,
				   32, x->sig, x->siglen, &ws);
}

static void ossl_verify(struct ctx *x)
{
	x->fail |= ECDSA_verify(0, x->hash, 32, x->osig, x->osiglen,
				x->key) != 1;
}

static void our_keygen(struct ctx *x)
{
	u8 d[EC_MAX_BYTES], q[EC_MAX_POINT_LEN];

	x->fail |= ec_keygen(x->c, &km_openssl_ops, d, q, &ws);
}

static void ossl_keygen(struct ctx *x)
{
	int nid = EC_GROUP_get_curve_name(EC_KEY_get0_group(x->key));
	EC_KEY *k = EC_KEY_new_by_curve_name(nid);

	x->fail |= EC_KEY_generate_key(k) != 1;
	EC_KEY_free(k);
}

static void our_ecdh(struct ctx *x)
{
	u8 s[EC_MAX_BYTES];

	x->fail |= ec_ecdh(x->c, x->priv, ec_curve_bytes(x->c), x->peerpub,
			   x->peerlen, s, &ws);
}

static void ossl_ecdh(struct ctx *x)
{
	u8 s[EC_MAX_BYTES];
	size_t n = ec_curve_bytes(x->c);

	x->fail |= ECDH_compute_key(s, n, EC_KEY_get0_public_key(x->peer),
				    x->key, NULL) != (int)n;
}

int main(void)
{
	static const int nids[4] = {
		NID_secp224r1, NID_X9_62_prime256v1, NID_secp384r1,
		NID_secp521r1,
	};
	static const char *names[4] = { "P-224", "P-256", "P-384", "P-521" };
	static const struct {
		const char *name;
		op_fn ours, theirs;
	} ops[] = {
		{ "sign", our_sign, ossl_sign },
		{ "verify", our_verify, ossl_verify },
		{ "keygen", our_keygen, ossl_keygen },
		{ "ecdh", our_ecdh, ossl_ecdh },
	};
	const char *s = getenv("BENCH_SECONDS");
	int i, j, fail = 0;

	if (s && atof(s) > 0)
		seconds = atof(s);
	printf("%-6s %-7s %12s %12s %8s\n", "curve", "op", "ours/s",
	       "openssl/s", "ratio");
	for (i = 0; i < 4; i++) {
		struct ctx x = { .c = ec_curve_get((u32)i) };

		x.key = EC_KEY_new_by_curve_name(nids[i]);
		x.peer = EC_KEY_new_by_curve_name(nids[i]);
		EC_KEY_generate_key(x.key);
		EC_KEY_generate_key(x.peer);
		BN_bn2binpad(EC_KEY_get0_private_key(x.key), x.priv,
			     (int)ec_curve_bytes(x.c));
		EC_POINT_point2oct(EC_KEY_get0_group(x.key),
				   EC_KEY_get0_public_key(x.key),
				   POINT_CONVERSION_UNCOMPRESSED, x.pub,
				   sizeof(x.pub), NULL);
		x.peerlen = EC_POINT_point2oct(EC_KEY_get0_group(x.peer),
					       EC_KEY_get0_public_key(x.peer),
					       POINT_CONVERSION_UNCOMPRESSED,
					       x.peerpub, sizeof(x.peerpub),
					       NULL);
		RAND_bytes(x.hash, sizeof(x.hash));
		our_sign(&x);
		ossl_sign(&x);
		for (j = 0; j < 4; j++) {
			double a = rate(ops[j].ours, &x);
			double b = rate(ops[j].theirs, &x);

			printf("%-6s %-7s %12.0f %12.0f %8.3f\n", names[i],
			       ops[j].name, a, b, a / b);
		}
		fail |= x.fail;
		EC_KEY_free(x.key);
		EC_KEY_free(x.peer);
	}
	if (fail)
		printf("note: an operation returned an error during the run\n");
	return fail;
}
