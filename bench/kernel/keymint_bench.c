// SPDX-License-Identifier: GPL-2.0-only
/*
 * keymint_bench.ko - in-kernel benchmark of lib/ec, lib/rsa and lib/ed25519
 * next to the kernel's own "ecdsa-nist-p256" verify, "ecdh-nist-p256" and
 * "rsa" (see bench/kernel/README).  Everything runs in module_init, which
 * prints one line per measurement and returns 0; figures only, never
 * asserted.  Kernel 6.12 only (crypto_sig).
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/ktime.h>
#include <linux/math64.h>
#include <linux/scatterlist.h>
#include <linux/string.h>
#include <crypto/akcipher.h>
#include <crypto/kpp.h>
#include <crypto/ecdh.h>

/* A feature test, not a version test: crypto_sig appeared in 6.5. */
#if !__has_include("crypto/sig.h")
#error "keymint_bench needs crypto_sig (<crypto/sig.h>): run it on 6.12"
#endif
#include <crypto/sig.h>

#include "lib/ec/ec.h"
#include "lib/rsa/rsa.h"
#include "lib/ed25519/ed25519.h"
#include "drivers/keymint/km_crypto.h"

static unsigned int ec_iters = 50;
module_param(ec_iters, uint, 0444);
MODULE_PARM_DESC(ec_iters, "iterations of each P-256 measurement");
static unsigned int rsa_iters = 30;
module_param(rsa_iters, uint, 0444);
MODULE_PARM_DESC(rsa_iters, "iterations of each RSA-2048 private operation");
static unsigned int rsa_keygens = 1;
module_param(rsa_keygens, uint, 0444);
MODULE_PARM_DESC(rsa_keygens, "RSA-2048 key generations timed (the last key is used)");
static unsigned int ed_iters = 100;
module_param(ed_iters, uint, 0444);
MODULE_PARM_DESC(ed_iters, "iterations of each Ed25519 measurement");

#define KB_RSA_BYTES	256
#define KB_DER_MAX	(4 + 3 + 9 * (4 + KB_RSA_BYTES + 1))

/*
 * All state of one run; kzalloc'd (the lib workspaces are far too big for
 * the stack).  The buffers handed to scatterlists live here too, so they
 * are in the linear mapping.
 */
struct kb {
	const struct km_crypto_ops *ops;
	const struct ec_curve *p256;
	struct ec_ws ecws;
	struct rsa_ws rsaws;
	struct rsa_priv rsa;
	u8 priv[32], pub[65], peer_priv[32], peer_pub[65];
	u8 secret[32], ksecret[32], kpub[64];
	u8 hash[32], sig[EC_MAX_SIG_LEN];
	size_t siglen;
	u8 n[KB_RSA_BYTES], m[KB_RSA_BYTES], c[KB_RSA_BYTES];
	u8 out[KB_RSA_BYTES], kout[KB_RSA_BYTES], comp[KB_RSA_BYTES];
	u8 der[KB_DER_MAX];
	size_t derlen;
	u8 seed[KM_ED25519_SEED_SIZE], edpub[KM_ED25519_PUBLIC_KEY_SIZE];
	u8 edsig[KM_ED25519_SIGNATURE_SIZE], msg[64];
};

/* Print one figure; with @ref_ns, also ours/kernel in time per operation. */
static void kb_report(const char *what, s64 ns, unsigned int n,
		      s64 ref_ns, unsigned int ref_n)
{
	u64 ops10, r100;

	if (ns <= 0 || !n) {
		pr_info("keymint_bench: %-32s failed (%lld)\n", what, ns);
		return;
	}
	ops10 = div64_u64((u64)n * 10 * NSEC_PER_SEC, ns);
	if (ref_ns <= 0 || !ref_n) {
		pr_info("keymint_bench: %-32s %8llu.%llu ops/s\n", what,
			ops10 / 10, ops10 % 10);
		return;
	}
	r100 = div64_u64((u64)ns * ref_n * 100, (u64)ref_ns * n);
	pr_info("keymint_bench: %-32s %8llu.%llu ops/s  ratio ours/kernel %llu.%02llu\n",
		what, ops10 / 10, ops10 % 10, r100 / 100, r100 % 100);
}

static s64 kb_ec_keygen(struct kb *b)
{
	u64 t = ktime_get_ns();
	unsigned int i;
	int err;

	for (i = 0; i < ec_iters; i++) {
		err = ec_keygen(b->p256, b->ops, b->priv, b->pub, &b->ecws);
		if (err)
			return err;
	}
	return ktime_get_ns() - t;
}

static s64 kb_ec_sign(struct kb *b)
{
	u64 t = ktime_get_ns();
	unsigned int i;
	int err;

	for (i = 0; i < ec_iters; i++) {
		b->siglen = sizeof(b->sig);
		err = ec_ecdsa_sign(b->p256, b->ops, KM_DIGEST_SHA_2_256,
				    b->priv, sizeof(b->priv), b->hash,
				    sizeof(b->hash), b->sig, &b->siglen,
				    &b->ecws);
		if (err)
			return err;
	}
	return ktime_get_ns() - t;
}

static s64 kb_ec_verify(struct kb *b)
{
	u64 t = ktime_get_ns();
	unsigned int i;
	int err;

	for (i = 0; i < ec_iters; i++) {
		err = ec_ecdsa_verify(b->p256, b->pub, sizeof(b->pub), b->hash,
				      sizeof(b->hash), b->sig, b->siglen,
				      &b->ecws);
		if (err)
			return err;
	}
	return ktime_get_ns() - t;
}

static s64 kb_kernel_verify(struct kb *b)
{
	struct crypto_sig *tfm;
	unsigned int i;
	s64 ret;
	u64 t;
	int err;

	tfm = crypto_alloc_sig("ecdsa-nist-p256", 0, 0);
	if (IS_ERR(tfm))
		return PTR_ERR(tfm);
	err = crypto_sig_set_pubkey(tfm, b->pub, sizeof(b->pub));
	if (err) {
		ret = err;
		goto out;
	}
	t = ktime_get_ns();
	for (i = 0; i < ec_iters; i++) {
		err = crypto_sig_verify(tfm, b->sig, b->siglen, b->hash,
					sizeof(b->hash));
		if (err) {
			ret = err;
			goto out;
		}
	}
	ret = ktime_get_ns() - t;
out:
	crypto_free_sig(tfm);
	return ret;
}

static s64 kb_ec_public(struct kb *b)
{
	u64 t = ktime_get_ns();
	unsigned int i;
	int err;

	for (i = 0; i < ec_iters; i++) {
		err = ec_public_from_private(b->p256, b->peer_priv,
					     sizeof(b->peer_priv), b->peer_pub,
					     &b->ecws);
		if (err)
			return err;
	}
	return ktime_get_ns() - t;
}

static s64 kb_ec_ecdh(struct kb *b)
{
	u64 t = ktime_get_ns();
	unsigned int i;
	int err;

	for (i = 0; i < ec_iters; i++) {
		err = ec_ecdh(b->p256, b->priv, sizeof(b->priv), b->peer_pub,
			      sizeof(b->peer_pub), b->secret, &b->ecws);
		if (err)
			return err;
	}
	return ktime_get_ns() - t;
}

/* Set @priv as the secret of an "ecdh-nist-p256" transform. */
static int kb_kpp_setkey(struct crypto_kpp *tfm, const u8 *priv)
{
	struct ecdh p = { .key = (char *)priv, .key_size = 32 };
	unsigned int len = crypto_ecdh_key_len(&p);
	char *buf;
	int err;

	buf = kmalloc(len, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	err = crypto_ecdh_encode_key(buf, len, &p);
	if (!err)
		err = crypto_kpp_set_secret(tfm, buf, len);
	kfree_sensitive(buf);
	return err;
}

/*
 * Time the kernel's "ecdh-nist-p256": public key generation from
 * @b->peer_priv (*@pub_ns) and the shared secret of @b->priv with
 * @b->peer_pub (*@ecdh_ns).  Returns 0 or a negative errno.
 */
static int kb_kernel_ecdh(struct kb *b, s64 *pub_ns, s64 *ecdh_ns)
{
	struct scatterlist in, out;
	struct kpp_request *req;
	struct crypto_kpp *tfm;
	DECLARE_CRYPTO_WAIT(wait);
	unsigned int i;
	u64 t;
	int err;

	tfm = crypto_alloc_kpp("ecdh-nist-p256", 0, 0);
	if (IS_ERR(tfm))
		return PTR_ERR(tfm);
	req = kpp_request_alloc(tfm, GFP_KERNEL);
	if (!req) {
		err = -ENOMEM;
		goto free_tfm;
	}
	kpp_request_set_callback(req, CRYPTO_TFM_REQ_MAY_BACKLOG |
				 CRYPTO_TFM_REQ_MAY_SLEEP, crypto_req_done,
				 &wait);
	err = kb_kpp_setkey(tfm, b->peer_priv);
	if (err)
		goto free_req;
	t = ktime_get_ns();
	for (i = 0; i < ec_iters && !err; i++) {
		sg_init_one(&out, b->kpub, sizeof(b->kpub));
		kpp_request_set_input(req, NULL, 0);
		kpp_request_set_output(req, &out, sizeof(b->kpub));
		err = crypto_wait_req(crypto_kpp_generate_public_key(req),
				      &wait);
	}
	*pub_ns = ktime_get_ns() - t;
	if (err)
		goto free_req;
	err = kb_kpp_setkey(tfm, b->priv);
	if (err)
		goto free_req;
	t = ktime_get_ns();
	for (i = 0; i < ec_iters && !err; i++) {
		sg_init_one(&in, b->peer_pub + 1, 64);
		sg_init_one(&out, b->ksecret, sizeof(b->ksecret));
		kpp_request_set_input(req, &in, 64);
		kpp_request_set_output(req, &out, sizeof(b->ksecret));
		err = crypto_wait_req(crypto_kpp_compute_shared_secret(req),
				      &wait);
	}
	*ecdh_ns = ktime_get_ns() - t;
free_req:
	kpp_request_free(req);
free_tfm:
	crypto_free_kpp(tfm);
	return err;
}

static void kb_ec(struct kb *b)
{
	s64 gen, sign, ver, kver, pub, ecdh, kpub = 0, kecdh = 0;
	int err;

	b->p256 = ec_curve_get(EC_CURVE_P256);
	if (!b->p256) {
		pr_info("keymint_bench: no P-256 in lib/ec\n");
		return;
	}
	get_random_bytes(b->hash, sizeof(b->hash));
	gen = kb_ec_keygen(b);
	kb_report("P-256 keygen (lib/ec)", gen, ec_iters, 0, 0);
	if (gen < 0)
		return;
	sign = kb_ec_sign(b);
	kb_report("ECDSA P-256 sign (lib/ec)", sign, ec_iters, 0, 0);
	if (sign < 0)
		return;
	ver = kb_ec_verify(b);
	kver = kb_kernel_verify(b);
	kb_report("ECDSA P-256 verify (kernel)", kver, ec_iters, 0, 0);
	kb_report("ECDSA P-256 verify (lib/ec)", ver, ec_iters, kver, ec_iters);

	/* The peer: a second key pair, its public half timed on both sides. */
	get_random_bytes(b->peer_priv, sizeof(b->peer_priv));
	b->peer_priv[0] &= 0x7f;	/* below the group order */
	pub = kb_ec_public(b);
	ecdh = pub < 0 ? pub : kb_ec_ecdh(b);
	err = pub < 0 ? (int)pub : kb_kernel_ecdh(b, &kpub, &kecdh);
	if (err)
		pr_info("keymint_bench: kernel ecdh-nist-p256 failed (%d)\n",
			err);
	kb_report("P-256 pub from priv (kernel)", kpub, ec_iters, 0, 0);
	kb_report("P-256 pub from priv (lib/ec)", pub, ec_iters, kpub,
		  ec_iters);
	kb_report("ECDH P-256 (kernel)", kecdh, ec_iters, 0, 0);
	kb_report("ECDH P-256 (lib/ec)", ecdh, ec_iters, kecdh, ec_iters);
	if (!err && pub >= 0 && ecdh >= 0)
		pr_info("keymint_bench: P-256 lib/ec and kernel results %s\n",
			!memcmp(b->kpub, b->peer_pub + 1, 64) &&
			!memcmp(b->secret, b->ksecret, 32) ?
			"agree" : "DIFFER");
	memzero_explicit(b->priv, sizeof(b->priv));
	memzero_explicit(b->peer_priv, sizeof(b->peer_priv));
	memzero_explicit(b->secret, sizeof(b->secret));
	memzero_explicit(b->ksecret, sizeof(b->ksecret));
}

/* Append the DER INTEGER for component @which of @b->rsa to @b->der. */
static int kb_der_int(struct kb *b, int which)
{
	size_t len, skip = 0;
	u8 *p = b->der + b->derlen;
	int err, pad;

	if (which < 0) {		/* version 0 */
		len = 1;
		b->comp[0] = 0;
	} else {
		len = rsa_comp_len(&b->rsa, which);
		if (!len || len > sizeof(b->comp))
			return -EINVAL;
		err = rsa_export(&b->rsa, which, b->comp, len);
		if (err)
			return err;
		while (skip + 1 < len && !b->comp[skip])
			skip++;
	}
	len -= skip;
	pad = b->comp[skip] >> 7;
	if (b->derlen + 4 + pad + len > sizeof(b->der))
		return -EMSGSIZE;
	*p++ = 0x02;
	if (len + pad < 0x80) {
		*p++ = len + pad;
	} else if (len + pad < 0x100) {
		*p++ = 0x81;
		*p++ = len + pad;
	} else {
		*p++ = 0x82;
		*p++ = (len + pad) >> 8;
		*p++ = (len + pad) & 0xff;
	}
	if (pad)
		*p++ = 0;
	memcpy(p, b->comp + skip, len);
	b->derlen = p + len - b->der;
	return 0;
}

/* RSAPrivateKey (RFC 8017 A.1.2) of @b->rsa into @b->der, for "rsa". */
static int kb_der_rsa(struct kb *b)
{
	size_t body;
	int i, err;

	b->derlen = 4;	/* SEQUENCE with a two-byte length, filled in last */
	for (i = -1; i < RSA_NCOMP; i++) {
		err = kb_der_int(b, i);
		if (err)
			return err;
	}
	body = b->derlen - 4;
	if (body < 0x100 || body > 0xffff)
		return -EINVAL;
	b->der[0] = 0x30;
	b->der[1] = 0x82;
	b->der[2] = body >> 8;
	b->der[3] = body & 0xff;
	memzero_explicit(b->comp, sizeof(b->comp));
	return 0;
}

static s64 kb_rsa_private(struct kb *b)
{
	u64 t = ktime_get_ns();
	unsigned int i;
	int err;

	for (i = 0; i < rsa_iters; i++) {
		err = rsa_private(&b->rsa, b->out, b->c, KB_RSA_BYTES, b->ops,
				  &b->rsaws);
		if (err)
			return err;
	}
	return ktime_get_ns() - t;
}

static s64 kb_kernel_rsa(struct kb *b)
{
	struct crypto_akcipher *tfm;
	unsigned int i;
	s64 ret;
	u64 t;
	int err;

	tfm = crypto_alloc_akcipher("rsa", 0, 0);
	if (IS_ERR(tfm))
		return PTR_ERR(tfm);
	err = crypto_akcipher_set_priv_key(tfm, b->der, b->derlen);
	if (err) {
		ret = err;
		goto out;
	}
	t = ktime_get_ns();
	for (i = 0; i < rsa_iters; i++) {
		/* returns the output length (here 256: m[0] != 0) */
		err = crypto_akcipher_sync_decrypt(tfm, b->c, KB_RSA_BYTES,
						   b->kout, KB_RSA_BYTES);
		if (err < 0) {
			ret = err;
			goto out;
		}
	}
	ret = ktime_get_ns() - t;
out:
	crypto_free_akcipher(tfm);
	return ret;
}

static void kb_rsa(struct kb *b)
{
	s64 gen, ours, kern;
	unsigned int i;
	u64 t;
	int err = 0;

	t = ktime_get_ns();
	for (i = 0; i < rsa_keygens && !err; i++)
		err = rsa_generate(&b->rsa, 2048, 65537, b->ops, &b->rsaws);
	gen = err ? err : ktime_get_ns() - t;
	kb_report("RSA-2048 keygen (lib/rsa)", gen, rsa_keygens, 0, 0);
	if (err || !rsa_keygens)
		return;
	err = rsa_export(&b->rsa, RSA_COMP_N, b->n, sizeof(b->n));
	if (!err)
		err = kb_der_rsa(b);
	/* m < n: its top byte is below n's (at least 0xc0), no leading 0 */
	get_random_bytes(b->m, sizeof(b->m));
	b->m[0] = 0x5a;
	if (!err)
		err = rsa_public(b->n, sizeof(b->n), 65537, b->c, b->m,
				 sizeof(b->m), &b->rsaws);
	if (err) {
		pr_info("keymint_bench: RSA setup failed (%d)\n", err);
		goto wipe;
	}
	ours = kb_rsa_private(b);
	kern = kb_kernel_rsa(b);
	kb_report("RSA-2048 private op (kernel)", kern, rsa_iters, 0, 0);
	kb_report("RSA-2048 CRT private (lib/rsa)", ours, rsa_iters, kern,
		  rsa_iters);
	if (ours >= 0 && kern >= 0)
		pr_info("keymint_bench: RSA-2048 lib/rsa and kernel results %s\n",
			!memcmp(b->out, b->m, sizeof(b->m)) &&
			!memcmp(b->kout, b->m, sizeof(b->m)) ?
			"agree" : "DIFFER");
wipe:
	memzero_explicit(b->der, sizeof(b->der));
	memzero_explicit(&b->rsa, sizeof(b->rsa));
}

static s64 kb_ed_keygen(struct kb *b)
{
	u64 t = ktime_get_ns();
	unsigned int i;
	int err;

	for (i = 0; i < ed_iters; i++) {
		err = km_ed25519_public_key(b->ops, b->seed, b->edpub);
		if (err)
			return err;
	}
	return ktime_get_ns() - t;
}

static s64 kb_ed_sign(struct kb *b)
{
	u64 t = ktime_get_ns();
	unsigned int i;
	int err;

	for (i = 0; i < ed_iters; i++) {
		err = km_ed25519_sign(b->ops, b->seed, b->msg, sizeof(b->msg),
				      b->edsig);
		if (err)
			return err;
	}
	return ktime_get_ns() - t;
}

static void kb_ed25519(struct kb *b)
{
	get_random_bytes(b->seed, sizeof(b->seed));
	get_random_bytes(b->msg, sizeof(b->msg));
	kb_report("Ed25519 keygen (lib/ed25519)", kb_ed_keygen(b), ed_iters,
		  0, 0);
	kb_report("Ed25519 sign (lib/ed25519)", kb_ed_sign(b), ed_iters, 0,
		  0);
	memzero_explicit(b->seed, sizeof(b->seed));
}

static int __init kb_init(void)
{
	struct kb *b;

	if (!ec_iters || !rsa_iters || !ed_iters)
		return -EINVAL;
	b = kzalloc(sizeof(*b), GFP_KERNEL);
	if (!b)
		return -ENOMEM;
	b->ops = km_kernel_crypto_ops();
	pr_info("keymint_bench: ec_iters=%u rsa_iters=%u rsa_keygens=%u ed_iters=%u\n",
		ec_iters, rsa_iters, rsa_keygens, ed_iters);
	kb_ec(b);
	kb_rsa(b);
	kb_ed25519(b);
	pr_info("keymint_bench: done\n");
	kfree_sensitive(b);
	return 0;
}

static void __exit kb_exit(void)
{
}

module_init(kb_init);
module_exit(kb_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KeyMint for Linux: in-kernel benchmark of lib/ against the kernel crypto API");
