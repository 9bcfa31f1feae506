// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * bench/rsa.c - lib/rsa against OpenSSL: RSA-2048 key generation (median
 * of several runs) and the private operation, printed with ratios.  The
 * comparison with the kernel's own "rsa" akcipher needs a kernel and is
 * not done here.  Never asserts times.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <openssl/bn.h>
#include <openssl/rsa.h>

#include "../tests/unit/ops_openssl.h"
#include "../lib/rsa/rsa.h"
#include "bench.h"

static struct rsa_ws ws;
static struct rsa_priv key;

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
	qsort(v, n, sizeof(*v), cmp);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv)
{
	int runs = argc > 1 ? atoi(argv[1]) : 15, ops = 200, i;
	double ours[64], ossl[64], t, t_ours, t_ossl;
	u8 in[512] = { 0 }, out[512];
	BIGNUM *e = BN_new();
	size_t k;

	if (runs < 1 || runs > 64)
		runs = 15;
	BN_set_word(e, 65537);
	for (i = 0; i < runs; i++) {
		RSA *r = RSA_new();

		t = bench_now();
		if (rsa_generate(&key, 2048, 65537, &km_openssl_ops, &ws))
			return 1;
		ours[i] = bench_now() - t;
		t = bench_now();
		RSA_generate_key_ex(r, 2048, e, NULL);
		ossl[i] = bench_now() - t;
		RSA_free(r);
	}
	t_ours = median(ours, runs);
	t_ossl = median(ossl, runs);
	printf("rsa-2048 keygen median of %d: ours %.1f ms, openssl %.1f ms, ratio %.2f\n",
	       runs, t_ours * 1e3, t_ossl * 1e3, t_ours / t_ossl);

	{
		RSA *r = RSA_new();
		const BIGNUM *b[8];
		static u8 buf[8][512];
		struct km_seg seg[8];

		RSA_generate_key_ex(r, 2048, e, NULL);
		RSA_get0_key(r, &b[0], &b[1], &b[2]);
		RSA_get0_factors(r, &b[3], &b[4]);
		RSA_get0_crt_params(r, &b[5], &b[6], &b[7]);
		for (i = 0; i < 8; i++) {
			seg[i].p = buf[i];
			seg[i].len = BN_bn2bin(b[i], buf[i]);
		}
		if (rsa_import(&key, seg, &ws))
			return 1;
		k = rsa_bytes(&key);
		for (i = 1; i < (int)k; i++)
			in[i] = (u8)(i * 7);
		t = bench_now();
		for (i = 0; i < ops; i++)
			rsa_private(&key, out, in, k, &km_openssl_ops, &ws);
		t_ours = (bench_now() - t) / ops;
		t = bench_now();
		for (i = 0; i < ops; i++)
			RSA_private_decrypt((int)k, in, out, r, RSA_NO_PADDING);
		t_ossl = (bench_now() - t) / ops;
		printf("rsa-2048 private op (CRT, blinded, checked): ours %.3f ms, openssl %.3f ms, ratio %.2f\n",
		       t_ours * 1e3, t_ossl * 1e3, t_ours / t_ossl);
		t = bench_now();
		for (i = 0; i < ops; i++)
			rsa_public(buf[0], seg[0].len, 65537, out, in, k, &ws);
		t_ours = (bench_now() - t) / ops;
		t = bench_now();
		for (i = 0; i < ops; i++)
			RSA_public_encrypt((int)k, in, out, r, RSA_NO_PADDING);
		t_ossl = (bench_now() - t) / ops;
		printf("rsa-2048 public op (e = 65537): ours %.3f ms, openssl %.3f ms, ratio %.2f\n",
		       t_ours * 1e3, t_ossl * 1e3, t_ours / t_ossl);
		RSA_free(r);
	}
	BN_free(e);
	return 0;
}
