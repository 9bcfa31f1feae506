// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * libFuzzer target: every lib/der parser entry point on arbitrary input
 * (an exact-size heap copy, so ASan sees any out-of-bounds read).
 *
 * DER has one encoding per value, so whatever the parser accepts must
 * re-encode byte for byte: SubjectPublicKeyInfo (RSA, EC, Ed25519,
 * X25519), ECDSA-Sig-Value, and PKCS#8 version 0 without attributes.
 * Every piece returned must lie inside the input.
 */
#include <assert.h>
#include <stdlib.h>

#include "../../lib/der/der.h"

static const u8 *lo, *hi;

static void inside(const struct der_buf *b)
{
	assert(b->p >= lo && b->p + b->n <= hi);
}

static void same(struct der_enc *e, const u8 *in, size_t n)
{
	size_t len;

	assert(!der_enc_finish(e, &len));
	assert(len == n && !memcmp(e->buf, in, n));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static u8 out[70000];
	struct der_key_wrapper w;
	struct der_authlist_iter it;
	struct der_rsa_priv rsa;
	struct der_ec_priv ec;
	struct der_pkcs8 p8;
	struct der_spki spki;
	struct der_buf a, b;
	struct der_enc e;
	struct der_tlv t;
	const u8 *p;
	u32 tag;
	u8 *in;
	int ret;

	if (size > sizeof(out) - 64)
		return 0;
	in = malloc(size ? size : 1);
	memcpy(in, data, size);
	lo = in;
	hi = in + size;

	p = in;
	while (!der_read_tlv(&p, hi, &t))
		assert(t.val >= lo && t.val + t.len <= hi && p <= hi);

	if (!der_parse_spki(in, size, &spki)) {
		inside(&spki.key);
		der_enc_init(&e, out, sizeof(out));
		switch (spki.algid.alg) {
		case DER_ALG_RSA:
			if (der_parse_rsa_public(spki.key.p, spki.key.n, &a,
						 &b))
				goto no_spki;
			inside(&a);
			inside(&b);
			der_put_spki_rsa(&e, a.p, a.n, b.p, b.n);
			break;
		case DER_ALG_EC:
			der_put_spki_ec(&e, spki.algid.curve, spki.key.p,
					spki.key.n);
			break;
		case DER_ALG_ED25519:
			der_put_spki_ed25519(&e, spki.key.p);
			break;
		default:
			der_put_spki_x25519(&e, spki.key.p);
			break;
		}
		same(&e, in, size);
	}
no_spki:
	if (!der_parse_ecdsa_sig(in, size, &a, &b)) {
		inside(&a);
		inside(&b);
		der_enc_init(&e, out, sizeof(out));
		der_put_ecdsa_sig(&e, a.p, a.n, b.p, b.n);
		same(&e, in, size);
	}

	if (!der_parse_pkcs8(in, size, &p8)) {
		struct der_buf k = { p8.key, p8.key_len };

		inside(&k);
		if (p8.version == 0 && p8.key + p8.key_len == hi) {
			/* no attributes: the key is the last element */
			der_enc_init(&e, out, sizeof(out));
			der_put_pkcs8(&e, p8.algid.alg, p8.algid.curve,
				      p8.key, p8.key_len);
			same(&e, in, size);
		}
	}

	if (!der_parse_rsa_private(in, size, &rsa)) {
		inside(&rsa.n);
		inside(&rsa.qinv);
	}
	if (!der_parse_ec_private(in, size, &ec)) {
		inside(&ec.priv);
		if (ec.pub.p)
			inside(&ec.pub);
	}
	if (!der_parse_curve_private(in, size, &a))
		assert(a.n == 32);

	if (!der_parse_key_wrapper(in, size, &w)) {
		inside(&w.transport_key);
		inside(&w.key_description);
		inside(&w.auth_list);
		inside(&w.tag);
		der_authlist_init(&it, &w.auth_list);
		while ((ret = der_authlist_next(&it, &tag, &t)) == 1)
			assert(t.val >= lo && t.val + t.len <= hi);
		assert(ret == 0 || ret == -EBADMSG);
	}
	/* the iterator on raw input too */
	a.p = in;
	a.n = size;
	der_authlist_init(&it, &a);
	while ((ret = der_authlist_next(&it, &tag, &t)) == 1)
		assert(t.val >= lo && t.val + t.len <= hi);
	free(in);
	return 0;
}
