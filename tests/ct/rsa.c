// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * tests/ct/rsa.c - constant-time check of lib/rsa and lib/bn under
 * valgrind memcheck.
 *
 * The private key material (d, p, q, dp, dq, qinv) is marked undefined
 * with VALGRIND_MAKE_MEM_UNDEFINED; memcheck then reports every branch and
 * every memory index that depends on it.  The key's sizes (bit lengths of
 * n, p and q) and e stay public.  lib/rsa is built with KM_CTGRIND, which
 * declassifies the finished result before the fault check compares it.
 * Run as `valgrind --error-exitcode=1 -q build/ct/rsa`.
 *
 * Covered: the blinded CRT private operation (rsa_private), PKCS #1 v1.5
 * signing, OAEP and PKCS #1 v1.5 decryption with the decrypted block
 * marked secret (padding checks), and bn_mod_exp with a secret base and
 * exponent.
 */
#include <openssl/bn.h>
#include <openssl/rsa.h>
#include <valgrind/memcheck.h>

#include "../unit/check.h"
#include "../unit/ops_openssl.h"
#include "../../lib/rsa/rsa.h"

#define SECRET(p, n)	VALGRIND_MAKE_MEM_UNDEFINED((p), (n))
#define PUBLIC(p, n)	VALGRIND_MAKE_MEM_DEFINED((p), (n))

static struct rsa_ws ws;
static struct rsa_priv key;

static void mark_key_secret(struct rsa_priv *k)
{
	SECRET(k->d, sizeof(k->d));
	SECRET(k->p, sizeof(k->p));
	SECRET(k->q, sizeof(k->q));
	SECRET(k->dp, sizeof(k->dp));
	SECRET(k->dq, sizeof(k->dq));
	SECRET(k->qinv, sizeof(k->qinv));
}

static int load_key(unsigned int bits)
{
	const BIGNUM *b[RSA_NCOMP];
	static u8 buf[RSA_NCOMP][RSA_MAX_BYTES];
	struct km_seg seg[RSA_NCOMP];
	BIGNUM *e = BN_new();
	RSA *rsa = RSA_new();
	int i, ret;

	BN_set_word(e, 65537);
	RSA_generate_key_ex(rsa, (int)bits, e, NULL);
	RSA_get0_key(rsa, &b[0], &b[1], &b[2]);
	RSA_get0_factors(rsa, &b[3], &b[4]);
	RSA_get0_crt_params(rsa, &b[5], &b[6], &b[7]);
	for (i = 0; i < RSA_NCOMP; i++) {
		seg[i].p = buf[i];
		seg[i].len = BN_bn2bin(b[i], buf[i]);
	}
	ret = rsa_import(&key, seg, &ws);
	RSA_free(rsa);
	BN_free(e);
	return ret;
}

static void run_key(unsigned int bits)
{
	const struct km_crypto_ops *ops = &km_openssl_ops;
	u8 in[RSA_MAX_BYTES] = { 0 }, out[RSA_MAX_BYTES], n[RSA_MAX_BYTES];
	u8 em[RSA_MAX_BYTES], ct[RSA_MAX_BYTES], h[32];
	size_t k, outlen, i;
	int ret;

	CHECK_EQ(load_key(bits), 0);
	k = rsa_bytes(&key);
	rsa_export(&key, RSA_COMP_N, n, k);
	mark_key_secret(&key);
	for (i = 1; i < k; i++)
		in[i] = (u8)(i * 13);

	/* raw private operation: secret key, public input and result */
	CHECK_EQ(rsa_private(&key, out, in, k, ops, &ws), 0);
	PUBLIC(out, k);
	CHECK_EQ(rsa_public(n, k, key.e, em, out, k, &ws), 0);
	CHECK(!memcmp(em, in, k));

	for (i = 0; i < sizeof(h); i++)
		h[i] = (u8)i;
	CHECK_EQ(rsa_sign_pkcs1(&key, KM_DIGEST_SHA_2_256, h, sizeof(h), out,
				ops, &ws), 0);

	/* OAEP: valid and invalid ciphertexts, plaintext block secret */
	CHECK_EQ(rsa_oaep_encode(KM_DIGEST_SHA_2_256, KM_DIGEST_SHA_2_256,
				 NULL, 0, h, sizeof(h), em, k, ops), 0);
	CHECK_EQ(rsa_public(n, k, key.e, ct, em, k, &ws), 0);
	ret = rsa_decrypt_oaep(&key, KM_DIGEST_SHA_2_256, KM_DIGEST_SHA_2_256,
			       NULL, 0, ct, k, out, sizeof(out), &outlen, ops,
			       &ws);
	PUBLIC(&ret, sizeof(ret));
	CHECK_EQ(ret, 0);
	ct[k / 2] ^= 1;
	ret = rsa_decrypt_oaep(&key, KM_DIGEST_SHA_2_256, KM_DIGEST_SHA_2_256,
			       NULL, 0, ct, k, out, sizeof(out), &outlen, ops,
			       &ws);
	PUBLIC(&ret, sizeof(ret));
	CHECK_EQ(ret, -EBADMSG);

	/* PKCS #1 v1.5 decryption, valid and invalid */
	CHECK_EQ(rsa_pkcs1_enc_encode(h, sizeof(h), em, k, ops), 0);
	CHECK_EQ(rsa_public(n, k, key.e, ct, em, k, &ws), 0);
	ret = rsa_decrypt_pkcs1(&key, ct, k, out, sizeof(out), &outlen, ops,
				&ws);
	PUBLIC(&ret, sizeof(ret));
	CHECK_EQ(ret, 0);
	ct[3] ^= 0x80;
	ret = rsa_decrypt_pkcs1(&key, ct, k, out, sizeof(out), &outlen, ops,
				&ws);
	PUBLIC(&ret, sizeof(ret));
	CHECK(ret == -EBADMSG || ret == 0);
}

/* The decoders alone, on a secret block. */
static void run_decoders(void)
{
	u8 em[256], out[256];
	size_t outlen;
	int ret, i;

	for (i = 0; i < 256; i++)
		em[i] = (u8)(i | 1);
	em[0] = 0;
	em[1] = 2;
	em[100] = 0;
	SECRET(em, sizeof(em));
	ret = rsa_pkcs1_enc_decode(em, sizeof(em), out, sizeof(out), &outlen);
	PUBLIC(&ret, sizeof(ret));
	CHECK_EQ(ret, 0);
	em[1] = 3;
	ret = rsa_pkcs1_enc_decode(em, sizeof(em), out, sizeof(out), &outlen);
	PUBLIC(&ret, sizeof(ret));
	CHECK_EQ(ret, -EBADMSG);
}

static void run_modexp(size_t n)
{
	static struct bn_mont mc;
	static struct bn_exp_ws ews;
	bn_limb m[BN_MAX_LIMBS], a[BN_MAX_LIMBS], e[BN_MAX_LIMBS];
	size_t i;

	for (i = 0; i < n; i++) {
		m[i] = 0x9e3779b97f4a7c15ULL * (i + 3);
		a[i] = m[i] >> 1;
		e[i] = ~m[i] ^ (i << 7);
	}
	m[0] |= 1;
	m[n - 1] |= 1ULL << 63;
	CHECK_EQ(bn_mont_init(&mc, m, n), 0);
	SECRET(a, sizeof(a));
	SECRET(e, sizeof(e));
	bn_to_mont(&mc, a, a);
	bn_mod_exp(&mc, a, a, e, n, &ews);
	bn_from_mont(&mc, a, a);
	/* a secret prime modulus: Fermat inversion */
	SECRET(mc.m, sizeof(mc.m));
	bn_mod_inv_prime(&mc, a, a, &ews);
	PUBLIC(a, sizeof(a));
	CHECK(1);
}

int main(void)
{
	run_modexp(4);
	run_modexp(16);
	run_decoders();
	run_key(2048);
	run_key(1024);
	return check_summary("ct-rsa");
}
