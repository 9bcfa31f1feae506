// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * libFuzzer target: lib/ec point decoding and ECDSA verification on
 * arbitrary input.
 *
 * Input layout: curve selector (1 byte, taken mod 4) || point length
 * (1 byte) || point || hash length (1 byte) || hash || signature (the
 * rest).  Lengths are clipped to what is left.  Besides memory safety
 * (ASan/UBSan), it asserts that:
 *  - ec_check_public() agrees with OpenSSL's EC_POINT_oct2point() +
 *    EC_POINT_is_on_curve() on uncompressed encodings (we reject
 *    compressed ones with -EOPNOTSUPP by design);
 *  - ec_ecdsa_verify() never accepts with a point ec_check_public()
 *    rejects, and only accepts a signature that OpenSSL also accepts.
 */
#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/obj_mac.h>
#include <stdlib.h>

#include "../../lib/ec/ec.h"

static struct ec_ws ws;

static const int nids[4] = {
	NID_secp224r1, NID_X9_62_prime256v1, NID_secp384r1, NID_secp521r1,
};

static int take(const u8 **p, size_t *left, size_t want, const u8 **out)
{
	if (want > *left)
		want = *left;
	*out = *p;
	*p += want;
	*left -= want;
	return (int)want;
}

int LLVMFuzzerTestOneInput(const u8 *data, size_t size)
{
	const struct ec_curve *c;
	const u8 *p = data, *pt, *h, *sig;
	size_t left = size, ptlen, hlen;
	EC_KEY *key;
	EC_POINT *q;
	int ours, theirs, accept, v;

	if (size < 3)
		return 0;
	c = ec_curve_get(p[0] % 4);
	key = EC_KEY_new_by_curve_name(nids[p[0] % 4]);
	p++;
	left--;
	ptlen = *p++;
	left--;
	ptlen = (size_t)take(&p, &left, ptlen, &pt);
	hlen = left ? *p : 0;
	if (left) {
		p++;
		left--;
	}
	hlen = (size_t)take(&p, &left, hlen, &h);
	sig = p;

	ours = ec_check_public(c, pt, ptlen, &ws);
	q = EC_POINT_new(EC_KEY_get0_group(key));
	theirs = ptlen && pt[0] == 0x04 &&
		 EC_POINT_oct2point(EC_KEY_get0_group(key), q, pt, ptlen,
				    NULL) == 1 &&
		 EC_POINT_is_on_curve(EC_KEY_get0_group(key), q, NULL) == 1 &&
		 EC_KEY_set_public_key(key, q) == 1;
	accept = !ours;
	if (ptlen && pt[0] == 0x04 && accept != theirs)	/* both 0 or 1 */
		abort();
	if (ours && ours != -EINVAL && ours != -EOPNOTSUPP)
		abort();

	v = ec_ecdsa_verify(c, pt, ptlen, h, hlen, sig, left, &ws);
	if (v == 0 && (ours || !theirs ||
		       ECDSA_verify(0, h, (int)hlen, sig, (int)left, key) != 1))
		abort();
	if (v && v != -EINVAL && v != -EOPNOTSUPP && v != -EBADMSG &&
	    v != -EKEYREJECTED)
		abort();
	EC_POINT_free(q);
	EC_KEY_free(key);
	return 0;
}
