// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit suite keymint_der: lib/der in the kernel through its exported API.
 * Known-answer vectors: RFC 8410 Ed25519 keys (section 10), the VTS
 * SecureKeyWrapper, and encodings of SPKI, ECDSA-Sig-Value, INTEGERs,
 * high tag numbers and X.509 times at the UTCTime/GeneralizedTime
 * boundary; every truncation of the parsed vectors is rejected.
 */
#include <kunit/test.h>
#include <linux/slab.h>

#include "../lib/der/der.h"

/* RFC 8410 section 10.3 (private key) and 10.1 (public key) */
static const u8 rfc8410_priv[] = {
	0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65,
	0x70, 0x04, 0x22, 0x04, 0x20, 0xd4, 0xee, 0x72, 0xdb, 0xf9, 0x13,
	0x58, 0x4a, 0xd5, 0xb6, 0xd8, 0xf1, 0xf7, 0x69, 0xf8, 0xad, 0x3a,
	0xfe, 0x7c, 0x28, 0xcb, 0xf1, 0xd4, 0xfb, 0xe0, 0x97, 0xa8, 0x8f,
	0x44, 0x75, 0x58, 0x42,
};

static const u8 rfc8410_pub[] = {
	0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21,
	0x00, 0x19, 0xbf, 0x44, 0x09, 0x69, 0x84, 0xcd, 0xfe, 0x85, 0x41,
	0xba, 0xc1, 0x67, 0xdc, 0x3b, 0x96, 0xc8, 0x50, 0x86, 0xaa, 0x30,
	0xb6, 0xb6, 0xcb, 0x0c, 0x5c, 0x38, 0xad, 0x70, 0x31, 0x66, 0xe1,
};

/* VTS KeyMintTest wrapped_key, abbreviated: 4-byte transport key */
static const u8 wrapper[] = {
	0x30, 0x53, 0x02, 0x01, 0x00, 0x04, 0x04, 0xaa, 0xd9, 0x3e, 0xd5,
	0x04, 0x0c, 0x6d, 0x97, 0x21, 0xd0, 0x85, 0x89, 0x58, 0x1a, 0xb4,
	0x92, 0x04, 0xa3, 0x30, 0x2e, 0x02, 0x01, 0x03, 0x30, 0x29, 0xa1,
	0x08, 0x31, 0x06, 0x02, 0x01, 0x00, 0x02, 0x01, 0x01, 0xa2, 0x03,
	0x02, 0x01, 0x20, 0xa3, 0x04, 0x02, 0x02, 0x01, 0x00, 0xa4, 0x05,
	0x31, 0x03, 0x02, 0x01, 0x01, 0xa6, 0x05, 0x31, 0x03, 0x02, 0x01,
	0x40, 0xbf, 0x83, 0x77, 0x02, 0x05, 0x00, 0x04, 0x04, 0xa6, 0x1c,
	0x6e, 0x24, 0x04, 0x04, 0x25, 0x60, 0xc7, 0x01,
};

static void der_rfc8410_test(struct kunit *test)
{
	struct der_pkcs8 p8;
	struct der_spki spki;
	struct der_buf key;
	size_t cut;

	KUNIT_ASSERT_EQ(test, der_parse_pkcs8(rfc8410_priv,
					      sizeof(rfc8410_priv), &p8), 0);
	KUNIT_EXPECT_EQ(test, p8.version, 0);
	KUNIT_EXPECT_EQ(test, p8.algid.alg, DER_ALG_ED25519);
	KUNIT_ASSERT_EQ(test, der_parse_curve_private(p8.key, p8.key_len,
						      &key), 0);
	KUNIT_EXPECT_EQ(test, key.n, 32);
	KUNIT_EXPECT_PTR_EQ(test, key.p, rfc8410_priv + 16);

	KUNIT_ASSERT_EQ(test, der_parse_spki(rfc8410_pub, sizeof(rfc8410_pub),
					     &spki), 0);
	KUNIT_EXPECT_EQ(test, spki.algid.alg, DER_ALG_ED25519);
	KUNIT_EXPECT_EQ(test, spki.key.n, 32);
	KUNIT_EXPECT_EQ(test, spki.key.p[0], 0x19);

	for (cut = 0; cut < sizeof(rfc8410_priv); cut++)
		KUNIT_EXPECT_EQ(test, der_parse_pkcs8(rfc8410_priv, cut, &p8),
				-EBADMSG);
	for (cut = 0; cut < sizeof(rfc8410_pub); cut++)
		KUNIT_EXPECT_EQ(test, der_parse_spki(rfc8410_pub, cut, &spki),
				-EBADMSG);
}

static void der_wrapper_test(struct kunit *test)
{
	static const u32 tags[] = { 1, 2, 3, 4, 6, 503 };
	struct der_key_wrapper w;
	struct der_authlist_iter it;
	struct der_tlv v;
	size_t i = 0, cut;
	u32 tag;
	s64 x;

	KUNIT_ASSERT_EQ(test, der_parse_key_wrapper(wrapper, sizeof(wrapper),
						    &w), 0);
	KUNIT_EXPECT_EQ(test, w.transport_key.n, 4);
	KUNIT_EXPECT_EQ(test, w.iv.n, 12);
	KUNIT_EXPECT_EQ(test, w.key_format, 3);
	KUNIT_EXPECT_PTR_EQ(test, w.key_description.p, wrapper + 25);
	KUNIT_EXPECT_EQ(test, w.key_description.n, 0x30);
	KUNIT_EXPECT_EQ(test, w.encrypted_key.n, 4);
	KUNIT_EXPECT_EQ(test, w.tag.n, 4);
	der_authlist_init(&it, &w.auth_list);
	while (der_authlist_next(&it, &tag, &v) == 1 && i < ARRAY_SIZE(tags)) {
		KUNIT_EXPECT_EQ(test, tag, tags[i]);
		if (tag == 3) {
			KUNIT_EXPECT_EQ(test, der_get_int(&v, &x), 0);
			KUNIT_EXPECT_EQ(test, x, 256);
		}
		i++;
	}
	KUNIT_EXPECT_EQ(test, i, ARRAY_SIZE(tags));
	for (cut = 0; cut < sizeof(wrapper); cut++)
		KUNIT_EXPECT_EQ(test, der_parse_key_wrapper(wrapper, cut, &w),
				-EBADMSG);
}

static void der_expect_enc(struct kunit *test, struct der_enc *e,
			   const u8 *want, size_t n)
{
	size_t len;

	KUNIT_ASSERT_EQ(test, der_enc_finish(e, &len), 0);
	KUNIT_ASSERT_EQ(test, len, n);
	KUNIT_EXPECT_EQ(test, memcmp(e->buf, want, n), 0);
}

static void der_encode_test(struct kunit *test)
{
	static const u8 r[4] = { 0x00, 0x00, 0x81, 0x02 };
	static const u8 s[4] = { 0x01, 0x02, 0x03, 0x04 };
	static const u8 sig[] = { 0x30, 0x0b, 0x02, 0x03, 0x00, 0x81, 0x02,
				  0x02, 0x04, 0x01, 0x02, 0x03, 0x04 };
	static const u8 tag724[] = { 0xbf, 0x85, 0x54, 0x03, 0x02, 0x01,
				     0x7f };
	static const u8 utc2049[] = "\027\015491231235959Z";
	static const u8 gen2050[] = "\030\01720500101000000Z";
	static const u8 gen1949[] = "\030\01719491231235959Z";
	static const u8 leap[] = "\027\015240229120000Z";
	u8 *buf = kunit_kzalloc(test, 128, GFP_KERNEL);
	struct der_enc e;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	der_enc_init(&e, buf, 128);
	der_put_spki_ed25519(&e, rfc8410_pub + 12);
	der_expect_enc(test, &e, rfc8410_pub, sizeof(rfc8410_pub));

	der_enc_init(&e, buf, 128);
	der_put_pkcs8(&e, DER_ALG_ED25519, DER_CURVE_NONE, rfc8410_priv + 14,
		      34);
	der_expect_enc(test, &e, rfc8410_priv, sizeof(rfc8410_priv));

	der_enc_init(&e, buf, 128);
	der_put_ecdsa_sig(&e, r, sizeof(r), s, sizeof(s));
	der_expect_enc(test, &e, sig, sizeof(sig));

	der_enc_init(&e, buf, 128);
	der_begin_explicit(&e, 724);
	der_put_int(&e, 127);
	der_end(&e);
	der_expect_enc(test, &e, tag724, sizeof(tag724));

	der_enc_init(&e, buf, 128);
	der_put_time(&e, 2524607999LL);
	der_expect_enc(test, &e, utc2049, 15);
	der_enc_init(&e, buf, 128);
	der_put_time(&e, 2524608000LL);
	der_expect_enc(test, &e, gen2050, 17);
	der_enc_init(&e, buf, 128);
	der_put_time(&e, -631152001LL);
	der_expect_enc(test, &e, gen1949, 17);
	der_enc_init(&e, buf, 128);
	der_put_time(&e, 1709208000LL);
	der_expect_enc(test, &e, leap, 15);

	der_enc_init(&e, NULL, 0);
	der_put_spki_ed25519(&e, rfc8410_pub + 12);
	KUNIT_EXPECT_EQ(test, der_enc_finish(&e, NULL), -EMSGSIZE);
	KUNIT_EXPECT_EQ(test, e.len, sizeof(rfc8410_pub));
}

static void der_reject_test(struct kunit *test)
{
	static const u8 nonmin_len[] = { 0x30, 0x81, 0x06, 0x02, 0x01, 0x01,
					 0x02, 0x01, 0x01 };
	static const u8 indef[] = { 0x30, 0x80, 0x02, 0x01, 0x01, 0x02,
				    0x01, 0x01, 0x00, 0x00 };
	static const u8 nonmin_int[] = { 0x30, 0x07, 0x02, 0x02, 0x00, 0x01,
					 0x02, 0x01, 0x01 };
	static const u8 negative[] = { 0x30, 0x06, 0x02, 0x01, 0x81, 0x02,
				       0x01, 0x01 };
	struct der_buf a, b;

	KUNIT_EXPECT_EQ(test, der_parse_ecdsa_sig(nonmin_len,
						  sizeof(nonmin_len), &a, &b),
			-EBADMSG);
	KUNIT_EXPECT_EQ(test, der_parse_ecdsa_sig(indef, sizeof(indef), &a,
						  &b), -EBADMSG);
	KUNIT_EXPECT_EQ(test, der_parse_ecdsa_sig(nonmin_int,
						  sizeof(nonmin_int), &a, &b),
			-EBADMSG);
	KUNIT_EXPECT_EQ(test, der_parse_ecdsa_sig(negative, sizeof(negative),
						  &a, &b), -EBADMSG);
}

static struct kunit_case keymint_der_cases[] = {
	KUNIT_CASE(der_rfc8410_test),
	KUNIT_CASE(der_wrapper_test),
	KUNIT_CASE(der_encode_test),
	KUNIT_CASE(der_reject_test),
	{}
};

static struct kunit_suite keymint_der_suite = {
	.name = "keymint_der",
	.test_cases = keymint_der_cases,
};

kunit_test_suite(keymint_der_suite);
