// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit suite keymint_ec: lib/ec in the kernel, with HMAC, digests and
 * randomness from the kernel crypto API (km_kernel_crypto_ops()).
 *  - RFC 6979 known answers on P-224, P-256, P-384 and P-521: public key
 *    derivation, the exact deterministic signature, verification, and
 *    rejection of an altered digest;
 *  - per curve: key generation, hedged signatures that differ from call to
 *    call yet verify, ECDH agreement, invalid points rejected.
 */
#include <kunit/test.h>
#include <linux/slab.h>

#include "../lib/ec/ec.h"
#include "../drivers/keymint/km_crypto.h"
#include "ec_vectors.h"

static void ec_kat_desc(const struct ec_kat *v, char *desc)
{
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "curve %u, \"%s\"", v->curve,
		 v->msg);
}

KUNIT_ARRAY_PARAM(ec_rfc6979, ec_kats, ec_kat_desc);

/* DER INTEGER of a fixed-length big-endian value, for the expected sig. */
static size_t der_int(u8 *out, const u8 *be, size_t len)
{
	size_t i = 0, pad;

	while (i + 1 < len && !be[i])
		i++;
	pad = be[i] >> 7;
	out[0] = 0x02;
	out[1] = len - i + pad;
	out[2] = 0;
	memcpy(out + 2 + pad, be + i, len - i);
	return 2 + pad + len - i;
}

static void ec_rfc6979_test(struct kunit *test)
{
	const struct ec_kat *v = test->param_value;
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	const struct ec_curve *c = ec_curve_get(v->curve);
	struct ec_ws *ws = kunit_kzalloc(test, sizeof(*ws), GFP_KERNEL);
	u8 d[EC_MAX_BYTES], pub[EC_MAX_POINT_LEN], mypub[EC_MAX_POINT_LEN];
	u8 r[EC_MAX_BYTES], s[EC_MAX_BYTES], h[32], body[EC_MAX_SIG_LEN];
	u8 want[EC_MAX_SIG_LEN], sig[EC_MAX_SIG_LEN];
	struct km_seg seg = { (const u8 *)v->msg, strlen(v->msg) };
	size_t bytes, blen, wlen, siglen = sizeof(sig);

	KUNIT_ASSERT_NOT_NULL(test, ops);
	KUNIT_ASSERT_NOT_NULL(test, c);
	KUNIT_ASSERT_NOT_NULL(test, ws);
	bytes = ec_curve_bytes(c);
	KUNIT_ASSERT_EQ(test, hex2bin(d, v->d, bytes), 0);
	pub[0] = 0x04;
	KUNIT_ASSERT_EQ(test, hex2bin(pub + 1, v->ux, bytes), 0);
	KUNIT_ASSERT_EQ(test, hex2bin(pub + 1 + bytes, v->uy, bytes), 0);
	KUNIT_ASSERT_EQ(test, hex2bin(r, v->r, bytes), 0);
	KUNIT_ASSERT_EQ(test, hex2bin(s, v->s, bytes), 0);
	KUNIT_ASSERT_EQ(test, ops->digest(ops->ctx, KM_DIGEST_SHA_2_256, &seg,
					  1, h), 0);

	/* expected DER: SEQUENCE { r, s } */
	blen = der_int(body, r, bytes);
	blen += der_int(body + blen, s, bytes);
	want[0] = 0x30;
	if (blen < 0x80) {
		want[1] = blen;
		wlen = 2;
	} else {
		want[1] = 0x81;
		want[2] = blen;
		wlen = 3;
	}
	memcpy(want + wlen, body, blen);
	wlen += blen;

	KUNIT_EXPECT_EQ(test, ec_public_from_private(c, d, bytes, mypub, ws),
			0);
	KUNIT_EXPECT_MEMEQ(test, mypub, pub, ec_point_len(c));
	KUNIT_EXPECT_EQ(test, ec_ecdsa_sign_rfc6979(c, ops,
						    KM_DIGEST_SHA_2_256, d,
						    bytes, h, sizeof(h), NULL,
						    0, sig, &siglen, ws), 0);
	KUNIT_EXPECT_EQ(test, siglen, wlen);
	KUNIT_EXPECT_MEMEQ(test, sig, want, wlen);
	KUNIT_EXPECT_EQ(test, ec_ecdsa_verify(c, pub, ec_point_len(c), h,
					      sizeof(h), want, wlen, ws), 0);
	h[3] ^= 0x20;
	KUNIT_EXPECT_EQ(test, ec_ecdsa_verify(c, pub, ec_point_len(c), h,
					      sizeof(h), want, wlen, ws),
			-EKEYREJECTED);
	memzero_explicit(d, sizeof(d));
}

static void ec_round_trip_test(struct kunit *test)
{
	const struct km_crypto_ops *ops = km_kernel_crypto_ops();
	struct ec_ws *ws = kunit_kzalloc(test, sizeof(*ws), GFP_KERNEL);
	u8 a[EC_MAX_BYTES], b[EC_MAX_BYTES], s1[EC_MAX_BYTES], s2[EC_MAX_BYTES];
	u8 apub[EC_MAX_POINT_LEN], bpub[EC_MAX_POINT_LEN];
	u8 sig1[EC_MAX_SIG_LEN], sig2[EC_MAX_SIG_LEN], h[48];
	size_t len1, len2, plen, bytes;
	u32 id;

	KUNIT_ASSERT_NOT_NULL(test, ops);
	KUNIT_ASSERT_NOT_NULL(test, ws);
	KUNIT_ASSERT_NULL(test, ec_curve_get(4));
	memset(h, 0xa5, sizeof(h));
	for (id = EC_CURVE_P224; id <= EC_CURVE_P521; id++) {
		const struct ec_curve *c = ec_curve_get(id);

		KUNIT_ASSERT_NOT_NULL(test, c);
		plen = ec_point_len(c);
		bytes = ec_curve_bytes(c);
		KUNIT_ASSERT_EQ(test, ec_keygen(c, ops, a, apub, ws), 0);
		KUNIT_ASSERT_EQ(test, ec_keygen(c, ops, b, bpub, ws), 0);
		KUNIT_EXPECT_EQ(test, ec_check_public(c, apub, plen, ws), 0);

		len1 = sizeof(sig1);
		len2 = sizeof(sig2);
		KUNIT_EXPECT_EQ(test, ec_ecdsa_sign(c, ops, KM_DIGEST_SHA_2_384,
						    a, bytes, h, sizeof(h),
						    sig1, &len1, ws), 0);
		KUNIT_EXPECT_EQ(test, ec_ecdsa_sign(c, ops, KM_DIGEST_SHA_2_384,
						    a, bytes, h, sizeof(h),
						    sig2, &len2, ws), 0);
		KUNIT_EXPECT_TRUE(test, len1 != len2 ||
				  memcmp(sig1, sig2, len1));
		KUNIT_EXPECT_EQ(test, ec_ecdsa_verify(c, apub, plen, h,
						      sizeof(h), sig1, len1,
						      ws), 0);
		KUNIT_EXPECT_EQ(test, ec_ecdsa_verify(c, apub, plen, h,
						      sizeof(h), sig2, len2,
						      ws), 0);
		KUNIT_EXPECT_EQ(test, ec_ecdsa_verify(c, bpub, plen, h,
						      sizeof(h), sig1, len1,
						      ws), -EKEYREJECTED);

		KUNIT_EXPECT_EQ(test, ec_ecdh(c, a, bytes, bpub, plen, s1, ws),
				0);
		KUNIT_EXPECT_EQ(test, ec_ecdh(c, b, bytes, apub, plen, s2, ws),
				0);
		KUNIT_EXPECT_MEMEQ(test, s1, s2, bytes);

		/* off-curve and compressed peers are refused */
		bpub[plen - 1] ^= 1;
		KUNIT_EXPECT_EQ(test, ec_ecdh(c, a, bytes, bpub, plen, s1, ws),
				-EINVAL);
		bpub[0] = 0x02;
		KUNIT_EXPECT_EQ(test, ec_ecdh(c, a, bytes, bpub, 1 + bytes, s1,
					      ws), -EOPNOTSUPP);
		memzero_explicit(a, sizeof(a));
		memzero_explicit(b, sizeof(b));
	}
}

static struct kunit_case ec_cases[] = {
	KUNIT_CASE_PARAM(ec_rfc6979_test, ec_rfc6979_gen_params),
	KUNIT_CASE(ec_round_trip_test),
	{}
};

static struct kunit_suite ec_suite = {
	.name = "keymint_ec",
	.test_cases = ec_cases,
};

kunit_test_suite(ec_suite);
