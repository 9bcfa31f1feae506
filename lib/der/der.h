/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * lib/der - ASN.1 DER: a small encoder for what KeyMint emits (X.509
 * pieces, SubjectPublicKeyInfo, ECDSA signatures, PKCS#8) and a strict,
 * bounded parser for what it reads (PKCS#8 RSA/EC/Ed25519/X25519 private
 * keys, SubjectPublicKeyInfo, ECDSA-Sig-Value, SecureKeyWrapper).
 *
 * Encoder: caller buffer, sticky error, no allocation.  Constructed
 * values are opened with der_begin() and closed with der_end(), which
 * back-patches the minimal length (moving the content when the length
 * needs more than one byte).  On overflow the encoder keeps counting, so
 * der_enc_finish() reports the size needed; a NULL buffer of capacity 0
 * is a pure size calculation.
 *
 * Parser: every reader takes a (pointer, length) range and returns
 * borrowed (pointer, length) pieces inside it.  Only DER is accepted:
 * definite lengths in the minimal form (at most 4 length bytes), minimal
 * high tag numbers, minimal two's-complement INTEGERs, BIT STRINGs of
 * keys with no unused bits, valid OID encodings, and no bytes after the
 * outermost value.  Nesting is fixed by each reader's structure; nothing
 * recurses on input.  Reads never leave the given range.
 *
 * Errors (negative errno): -EBADMSG malformed, truncated, non-DER or
 * unexpected structure; -EOPNOTSUPP well-formed but unsupported (unknown
 * algorithm or curve, multi-prime RSA); -ERANGE a value out of range;
 * -EMSGSIZE encoder buffer too small; -E2BIG encoder nesting too deep;
 * -EINVAL bad encoder request (unbalanced der_end(), bad argument).
 */
#ifndef KEYMINT_LIB_DER_H
#define KEYMINT_LIB_DER_H

#include "../port.h"

#define DER_MAX_DEPTH	16

/* Identifier octet pieces (X.690 8.1.2). */
#define DER_UNIVERSAL	0x00
#define DER_APPLICATION	0x40
#define DER_CONTEXT	0x80
#define DER_PRIVATE	0xc0
#define DER_CONSTRUCTED	0x20

/* Universal tag numbers used here. */
#define DER_TAG_BOOLEAN		1
#define DER_TAG_INTEGER		2
#define DER_TAG_BIT_STRING	3
#define DER_TAG_OCTET_STRING	4
#define DER_TAG_NULL		5
#define DER_TAG_OID		6
#define DER_TAG_UTF8STRING	12
#define DER_TAG_SEQUENCE	16
#define DER_TAG_SET		17
#define DER_TAG_PRINTABLESTRING	19
#define DER_TAG_UTCTIME		23
#define DER_TAG_GENERALIZEDTIME	24

/* OID contents (no tag and length). */
extern const u8 der_oid_rsa_encryption[9];	/* 1.2.840.113549.1.1.1 */
extern const u8 der_oid_ec_public_key[7];	/* 1.2.840.10045.2.1 */
extern const u8 der_oid_secp224r1[5];		/* 1.3.132.0.33 */
extern const u8 der_oid_prime256v1[8];		/* 1.2.840.10045.3.1.7 */
extern const u8 der_oid_secp384r1[5];		/* 1.3.132.0.34 */
extern const u8 der_oid_secp521r1[5];		/* 1.3.132.0.35 */
extern const u8 der_oid_ed25519[3];		/* 1.3.101.112 */
extern const u8 der_oid_x25519[3];		/* 1.3.101.110 */
extern const u8 der_oid_common_name[3];		/* 2.5.4.3 */
extern const u8 der_oid_key_usage[3];		/* 2.5.29.15 */
extern const u8 der_oid_basic_constraints[3];	/* 2.5.29.19 */

/* Key algorithms and curves recognised by the readers. */
enum der_key_alg {
	DER_ALG_NONE = 0,
	DER_ALG_RSA,
	DER_ALG_EC,
	DER_ALG_ED25519,
	DER_ALG_X25519,
};

enum der_curve {
	DER_CURVE_NONE = 0,
	DER_CURVE_P224,
	DER_CURVE_P256,
	DER_CURVE_P384,
	DER_CURVE_P521,
};

/**
 * struct der_enc - encoder state.
 * @buf: output buffer (may be NULL when @cap is 0)
 * @cap: size of @buf
 * @len: bytes produced so far (keeps counting past @cap)
 * @err: first error, or 0
 * @depth: number of open constructed values
 * @open: for each open value, the offset of its one-byte length
 *	placeholder
 */
struct der_enc {
	u8 *buf;
	size_t cap;
	size_t len;
	int err;
	unsigned int depth;
	size_t open[DER_MAX_DEPTH];
};

void der_enc_init(struct der_enc *e, u8 *buf, size_t cap);
int der_enc_finish(const struct der_enc *e, size_t *len);
void der_put_raw(struct der_enc *e, const void *p, size_t n);
void der_put_tlv(struct der_enc *e, u8 cls, u32 tag, const void *p,
		 size_t n);
void der_begin(struct der_enc *e, u8 cls, u32 tag);
void der_begin_seq(struct der_enc *e);
void der_begin_set(struct der_enc *e);
void der_begin_explicit(struct der_enc *e, u32 tag);
void der_begin_octets(struct der_enc *e);
void der_begin_bits(struct der_enc *e);
void der_end(struct der_enc *e);
void der_put_uint_bytes(struct der_enc *e, u8 cls, u32 tag, const u8 *p,
			size_t n);
void der_put_int_bytes(struct der_enc *e, const u8 *p, size_t n);
void der_put_int(struct der_enc *e, s64 v);
void der_put_octets(struct der_enc *e, const void *p, size_t n);
void der_put_bits(struct der_enc *e, const void *p, size_t n,
		  unsigned int unused);
void der_put_null(struct der_enc *e);
void der_put_bool(struct der_enc *e, bool b);
void der_put_oid(struct der_enc *e, const u8 *oid, size_t n);
void der_put_printable(struct der_enc *e, const char *s, size_t n);
void der_put_utf8(struct der_enc *e, const char *s, size_t n);
void der_put_time(struct der_enc *e, s64 secs);
void der_put_generalized_time(struct der_enc *e, s64 secs);

void der_put_spki_rsa(struct der_enc *e, const u8 *n, size_t nlen,
		      const u8 *pubexp, size_t elen);
void der_put_spki_ec(struct der_enc *e, enum der_curve curve,
		     const u8 *point, size_t plen);
void der_put_spki_ed25519(struct der_enc *e, const u8 pub[32]);
void der_put_spki_x25519(struct der_enc *e, const u8 pub[32]);
void der_put_ecdsa_sig(struct der_enc *e, const u8 *r, size_t rlen,
		       const u8 *s, size_t slen);
void der_put_pkcs8(struct der_enc *e, enum der_key_alg alg,
		   enum der_curve curve, const u8 *key, size_t klen);
void der_put_name_cn(struct der_enc *e, const char *cn, size_t n);
void der_put_validity(struct der_enc *e, s64 not_before, s64 not_after);
void der_put_ext(struct der_enc *e, const u8 *oid, size_t oidlen,
		 bool critical, const u8 *val, size_t vlen);
void der_put_ext_key_usage(struct der_enc *e, u16 bits);
void der_put_ext_basic_constraints(struct der_enc *e, bool ca,
				   int pathlen);

int der_civil_from_secs(s64 secs, u32 *year, u32 *mon, u32 *day,
			u32 *hour, u32 *min, u32 *sec);

/**
 * struct der_tlv - one parsed DER value.
 * @cls: class and constructed bits of the identifier (DER_CONTEXT |
 *	DER_CONSTRUCTED, ...)
 * @tag: tag number
 * @val: contents
 * @len: length of @val
 * @raw: first byte of the identifier
 * @rawlen: length of the whole TLV
 */
struct der_tlv {
	u8 cls;
	u32 tag;
	const u8 *val;
	size_t len;
	const u8 *raw;
	size_t rawlen;
};

int der_read_tlv(const u8 **p, const u8 *end, struct der_tlv *t);

/**
 * struct der_algid - a parsed AlgorithmIdentifier.
 * @alg: recognised algorithm
 * @curve: named curve for DER_ALG_EC
 * @oid: algorithm OID contents
 * @oid_len: length of @oid
 */
struct der_algid {
	enum der_key_alg alg;
	enum der_curve curve;
	const u8 *oid;
	size_t oid_len;
};

/**
 * struct der_pkcs8 - a parsed PKCS#8 PrivateKeyInfo / OneAsymmetricKey.
 * @version: 0 (v1) or 1 (v2, RFC 5958)
 * @algid: the privateKeyAlgorithm
 * @key: contents of the privateKey OCTET STRING (the inner DER)
 * @key_len: length of @key
 * @pub: optional v2 publicKey bits (NULL when absent)
 * @pub_len: length of @pub
 */
struct der_pkcs8 {
	u32 version;
	struct der_algid algid;
	const u8 *key;
	size_t key_len;
	const u8 *pub;
	size_t pub_len;
};

/**
 * struct der_buf - a borrowed big-endian unsigned integer or byte string.
 * @p: first byte
 * @n: length (an INTEGER's magnitude without its sign byte)
 */
struct der_buf {
	const u8 *p;
	size_t n;
};

/**
 * struct der_rsa_priv - a parsed PKCS#1 RSAPrivateKey (two primes).
 * @n: modulus
 * @e: public exponent
 * @d: private exponent
 * @p: first prime
 * @q: second prime
 * @dp: d mod (p - 1)
 * @dq: d mod (q - 1)
 * @qinv: q^-1 mod p
 */
struct der_rsa_priv {
	struct der_buf n, e, d, p, q, dp, dq, qinv;
};

/**
 * struct der_ec_priv - a parsed RFC 5915 ECPrivateKey.
 * @priv: the private key octets
 * @curve: named curve from [0] parameters, DER_CURVE_NONE if absent
 * @pub: public point from [1], p == NULL if absent
 */
struct der_ec_priv {
	struct der_buf priv;
	enum der_curve curve;
	struct der_buf pub;
};

/**
 * struct der_spki - a parsed SubjectPublicKeyInfo.
 * @algid: the algorithm
 * @key: the subjectPublicKey bits (no unused bits allowed)
 */
struct der_spki {
	struct der_algid algid;
	struct der_buf key;
};

/**
 * struct der_key_wrapper - a parsed KeyMint SecureKeyWrapper.
 * @version: always 0
 * @transport_key: encryptedTransportKey
 * @iv: initializationVector
 * @key_description: the whole KeyDescription TLV (the AES-GCM AAD)
 * @key_format: KeyDescription.keyFormat
 * @auth_list: the AuthorizationList SEQUENCE contents, to walk with
 *	der_authlist_next()
 * @encrypted_key: encryptedKey
 * @tag: the GCM tag
 */
struct der_key_wrapper {
	u32 version;
	struct der_buf transport_key;
	struct der_buf iv;
	struct der_buf key_description;
	s64 key_format;
	struct der_buf auth_list;
	struct der_buf encrypted_key;
	struct der_buf tag;
};

/**
 * struct der_authlist_iter - iterator over AuthorizationList elements.
 * @p: next element
 * @end: end of the list contents
 * @last: tag number of the previous element (strictly increasing)
 * @started: an element was returned already
 */
struct der_authlist_iter {
	const u8 *p;
	const u8 *end;
	u32 last;
	bool started;
};

int der_parse_pkcs8(const u8 *p, size_t n, struct der_pkcs8 *out);
int der_parse_rsa_private(const u8 *p, size_t n, struct der_rsa_priv *out);
int der_parse_rsa_public(const u8 *p, size_t n, struct der_buf *mod,
			 struct der_buf *pubexp);
int der_parse_ec_private(const u8 *p, size_t n, struct der_ec_priv *out);
int der_parse_curve_private(const u8 *p, size_t n, struct der_buf *key);
int der_parse_spki(const u8 *p, size_t n, struct der_spki *out);
int der_parse_ecdsa_sig(const u8 *p, size_t n, struct der_buf *r,
			struct der_buf *s);
int der_parse_key_wrapper(const u8 *p, size_t n,
			  struct der_key_wrapper *out);
void der_authlist_init(struct der_authlist_iter *it,
		       const struct der_buf *list);
int der_authlist_next(struct der_authlist_iter *it, u32 *tag,
		      struct der_tlv *val);
int der_get_int(const struct der_tlv *t, s64 *v);
int der_get_uint(const struct der_tlv *t, struct der_buf *mag);

#endif /* KEYMINT_LIB_DER_H */
