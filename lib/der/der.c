// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * ASN.1 DER encoder and strict parser for KeyMint (see der.h for the
 * contract).  X.690 (DER rules), RFC 5280 (X.509, time choice), RFC 5208 /
 * 5958 (PKCS#8), RFC 8017 (RSAPrivateKey), RFC 5915 (ECPrivateKey),
 * RFC 5480 (EC SPKI), RFC 8410 (Ed25519/X25519), RFC 3279 (ECDSA sig).
 */
#include "der.h"

const u8 der_oid_rsa_encryption[9] = {
	0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01 };
KM_EXPORT(der_oid_rsa_encryption);
const u8 der_oid_ec_public_key[7] = {
	0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01 };
KM_EXPORT(der_oid_ec_public_key);
const u8 der_oid_secp224r1[5] = { 0x2b, 0x81, 0x04, 0x00, 0x21 };
KM_EXPORT(der_oid_secp224r1);
const u8 der_oid_prime256v1[8] = {
	0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07 };
KM_EXPORT(der_oid_prime256v1);
const u8 der_oid_secp384r1[5] = { 0x2b, 0x81, 0x04, 0x00, 0x22 };
KM_EXPORT(der_oid_secp384r1);
const u8 der_oid_secp521r1[5] = { 0x2b, 0x81, 0x04, 0x00, 0x23 };
KM_EXPORT(der_oid_secp521r1);
const u8 der_oid_ed25519[3] = { 0x2b, 0x65, 0x70 };
KM_EXPORT(der_oid_ed25519);
const u8 der_oid_x25519[3] = { 0x2b, 0x65, 0x6e };
KM_EXPORT(der_oid_x25519);
const u8 der_oid_common_name[3] = { 0x55, 0x04, 0x03 };
KM_EXPORT(der_oid_common_name);
const u8 der_oid_key_usage[3] = { 0x55, 0x1d, 0x0f };
KM_EXPORT(der_oid_key_usage);
const u8 der_oid_basic_constraints[3] = { 0x55, 0x1d, 0x13 };
KM_EXPORT(der_oid_basic_constraints);

/* ---------------------------------------------------------------------- */
/* Encoder                                                                  */
/* ---------------------------------------------------------------------- */

static void der_fail(struct der_enc *e, int err)
{
	if (!e->err)
		e->err = err;
}

static bool der_counting(const struct der_enc *e)
{
	return e->err == -EMSGSIZE;
}

static void der_emit(struct der_enc *e, const void *p, size_t n)
{
	if (e->err && !der_counting(e))
		return;
	if (n > SIZE_MAX - e->len) {
		e->err = -EMSGSIZE;
		return;
	}
	if (!e->err && n <= e->cap - e->len) {
		if (n)
			memcpy(e->buf + e->len, p, n);
	} else {
		e->err = -EMSGSIZE;
	}
	e->len += n;
}

static void der_emit_byte(struct der_enc *e, u8 b)
{
	der_emit(e, &b, 1);
}

/* Identifier octets: low form below 31, else base-128 (X.690 8.1.2.4). */
static void der_emit_id(struct der_enc *e, u8 cls, u32 tag)
{
	u8 b[6];
	size_t n = 0;
	int shift;

	if (tag < 31) {
		der_emit_byte(e, cls | (u8)tag);
		return;
	}
	if (tag >> 28) {		/* the parser's limit: 4 octets */
		der_fail(e, -EINVAL);
		return;
	}
	b[n++] = cls | 0x1f;
	for (shift = 21; shift > 0 && !(tag >> shift); shift -= 7)
		;
	for (; shift > 0; shift -= 7)
		b[n++] = 0x80 | ((tag >> shift) & 0x7f);
	b[n++] = tag & 0x7f;
	der_emit(e, b, n);
}

static size_t der_len_size(size_t len)
{
	size_t n = 1;

	if (len < 0x80)
		return 1;
	while (len) {
		n++;
		len >>= 8;
	}
	return n;
}

static void der_len_write(u8 *b, size_t len, size_t size)
{
	size_t i;

	if (size == 1) {
		b[0] = (u8)len;
		return;
	}
	b[0] = 0x80 | (u8)(size - 1);
	for (i = size - 1; i >= 1; i--) {
		b[i] = (u8)len;
		len >>= 8;
	}
}

static void der_emit_len(struct der_enc *e, size_t len)
{
	u8 b[1 + sizeof(size_t)];
	size_t n = der_len_size(len);

	der_len_write(b, len, n);
	der_emit(e, b, n);
}

/**
 * der_enc_init() - start encoding into a caller buffer
 * @e: encoder state
 * @buf: output buffer, or NULL for a size calculation
 * @cap: size of @buf
 */
void der_enc_init(struct der_enc *e, u8 *buf, size_t cap)
{
	memset(e, 0, sizeof(*e));
	e->buf = buf;
	e->cap = buf ? cap : 0;
}

KM_EXPORT(der_enc_init);

/**
 * der_enc_finish() - outcome of a sequence of puts
 * @e: encoder
 * @len: bytes produced, or needed on -EMSGSIZE (may be NULL)
 *
 * Return: 0, the sticky error, or -EINVAL if a der_begin() is unclosed.
 */
int der_enc_finish(const struct der_enc *e, size_t *len)
{
	if (len)
		*len = e->len;
	if (e->err)
		return e->err;
	return e->depth ? -EINVAL : 0;
}

KM_EXPORT(der_enc_finish);

/**
 * der_put_raw() - append pre-encoded DER unchanged
 * @e: encoder
 * @p: bytes
 * @n: length
 */
void der_put_raw(struct der_enc *e, const void *p, size_t n)
{
	der_emit(e, p, n);
}

KM_EXPORT(der_put_raw);

/**
 * der_put_tlv() - emit a value with the given identifier and contents
 * @e: encoder
 * @cls: class and constructed bits (DER_CONTEXT, DER_CONSTRUCTED, ...)
 * @tag: tag number below 2^28 (31 and up use the high-tag-number form)
 * @p: contents
 * @n: length of @p
 */
void der_put_tlv(struct der_enc *e, u8 cls, u32 tag, const void *p,
		 size_t n)
{
	der_emit_id(e, cls & 0xe0, tag);
	der_emit_len(e, n);
	der_emit(e, p, n);
}

KM_EXPORT(der_put_tlv);

/**
 * der_begin() - open a constructed (or wrapping) value; close with der_end()
 * @e: encoder
 * @cls: class and constructed bits
 * @tag: tag number
 */
void der_begin(struct der_enc *e, u8 cls, u32 tag)
{
	if (e->depth >= DER_MAX_DEPTH) {
		der_fail(e, -E2BIG);
		return;
	}
	der_emit_id(e, cls & 0xe0, tag);
	if (e->err && !der_counting(e))
		return;
	e->open[e->depth++] = e->len;
	der_emit_byte(e, 0);		/* length placeholder */
}

KM_EXPORT(der_begin);

/**
 * der_begin_seq() - open a SEQUENCE
 * @e: encoder
 */
void der_begin_seq(struct der_enc *e)
{
	der_begin(e, DER_CONSTRUCTED, DER_TAG_SEQUENCE);
}

KM_EXPORT(der_begin_seq);

/**
 * der_begin_set() - open a SET (the caller emits elements in DER order)
 * @e: encoder
 */
void der_begin_set(struct der_enc *e)
{
	der_begin(e, DER_CONSTRUCTED, DER_TAG_SET);
}

KM_EXPORT(der_begin_set);

/**
 * der_begin_explicit() - open a context-specific [@tag] EXPLICIT wrapper
 * @e: encoder
 * @tag: tag number, e.g. 724 for KeyMint's attestationIdSecondImei
 */
void der_begin_explicit(struct der_enc *e, u32 tag)
{
	der_begin(e, DER_CONTEXT | DER_CONSTRUCTED, tag);
}

KM_EXPORT(der_begin_explicit);

/**
 * der_begin_octets() - open an OCTET STRING that wraps nested DER
 * @e: encoder
 */
void der_begin_octets(struct der_enc *e)
{
	der_begin(e, DER_UNIVERSAL, DER_TAG_OCTET_STRING);
}

KM_EXPORT(der_begin_octets);

/**
 * der_begin_bits() - open a BIT STRING (no unused bits) that wraps DER
 * @e: encoder
 */
void der_begin_bits(struct der_enc *e)
{
	der_begin(e, DER_UNIVERSAL, DER_TAG_BIT_STRING);
	der_emit_byte(e, 0);
}

KM_EXPORT(der_begin_bits);

/**
 * der_end() - close the innermost der_begin() and patch its length
 * @e: encoder
 */
void der_end(struct der_enc *e)
{
	size_t pos, content, k;

	if (e->err && !der_counting(e))
		return;
	if (!e->depth) {
		der_fail(e, -EINVAL);
		return;
	}
	pos = e->open[--e->depth];
	content = e->len - pos - 1;
	k = der_len_size(content);
	if (!e->err) {
		if (k - 1 > e->cap - e->len) {
			e->err = -EMSGSIZE;
		} else {
			memmove(e->buf + pos + k, e->buf + pos + 1, content);
			der_len_write(e->buf + pos, content, k);
		}
	}
	e->len += k - 1;
}

KM_EXPORT(der_end);

/**
 * der_put_uint_bytes() - emit an unsigned big-endian number as INTEGER
 * @e: encoder
 * @cls: class bits (DER_UNIVERSAL for INTEGER, DER_CONTEXT for IMPLICIT)
 * @tag: tag number (DER_TAG_INTEGER, or the implicit tag)
 * @p: magnitude, big-endian; leading zeros are dropped
 * @n: length of @p (0 encodes zero)
 *
 * A 0x00 is prepended when the top bit is set, so the value stays
 * positive.
 */
void der_put_uint_bytes(struct der_enc *e, u8 cls, u32 tag, const u8 *p,
			size_t n)
{
	static const u8 zero;
	bool pad;

	while (n && !p[0]) {
		p++;
		n--;
	}
	if (!n) {
		der_put_tlv(e, cls, tag, &zero, 1);
		return;
	}
	pad = p[0] & 0x80;
	der_emit_id(e, cls & 0xc0, tag);
	der_emit_len(e, n + pad);
	if (pad)
		der_emit_byte(e, 0);
	der_emit(e, p, n);
}

KM_EXPORT(der_put_uint_bytes);

/**
 * der_put_int_bytes() - emit INTEGER from an unsigned big-endian magnitude
 * @e: encoder
 * @p: magnitude
 * @n: length of @p
 */
void der_put_int_bytes(struct der_enc *e, const u8 *p, size_t n)
{
	der_put_uint_bytes(e, DER_UNIVERSAL, DER_TAG_INTEGER, p, n);
}

KM_EXPORT(der_put_int_bytes);

/**
 * der_put_int() - emit a signed 64-bit INTEGER in minimal form
 * @e: encoder
 * @v: value
 */
void der_put_int(struct der_enc *e, s64 v)
{
	u8 b[8];
	size_t i = 0;

	put_unaligned_be64((u64)v, b);
	/* drop a leading byte while the next one carries the same sign */
	while (i < 7 && ((b[i] == 0 && !(b[i + 1] & 0x80)) ||
			 (b[i] == 0xff && (b[i + 1] & 0x80))))
		i++;
	der_put_tlv(e, DER_UNIVERSAL, DER_TAG_INTEGER, b + i, 8 - i);
}

KM_EXPORT(der_put_int);

/**
 * der_put_octets() - emit an OCTET STRING
 * @e: encoder
 * @p: contents
 * @n: length
 */
void der_put_octets(struct der_enc *e, const void *p, size_t n)
{
	der_put_tlv(e, DER_UNIVERSAL, DER_TAG_OCTET_STRING, p, n);
}

KM_EXPORT(der_put_octets);

/**
 * der_put_bits() - emit a BIT STRING
 * @e: encoder
 * @p: bits, first bit in the top bit of p[0]
 * @n: length of @p in bytes
 * @unused: unused (zero) low bits of the last byte, 0..7; 0 if @n is 0
 *
 * -EINVAL if @unused is out of range or the unused bits are not zero
 * (DER, X.690 11.2.1).
 */
void der_put_bits(struct der_enc *e, const void *p, size_t n,
		  unsigned int unused)
{
	const u8 *b = p;

	if (unused > 7 || (!n && unused) ||
	    (n && (b[n - 1] & ((1U << unused) - 1)))) {
		der_fail(e, -EINVAL);
		return;
	}
	der_emit_id(e, DER_UNIVERSAL, DER_TAG_BIT_STRING);
	der_emit_len(e, n + 1);
	der_emit_byte(e, (u8)unused);
	der_emit(e, p, n);
}

KM_EXPORT(der_put_bits);

/**
 * der_put_null() - emit NULL
 * @e: encoder
 */
void der_put_null(struct der_enc *e)
{
	der_put_tlv(e, DER_UNIVERSAL, DER_TAG_NULL, NULL, 0);
}

KM_EXPORT(der_put_null);

/**
 * der_put_bool() - emit BOOLEAN (DER: TRUE is 0xff)
 * @e: encoder
 * @b: value
 */
void der_put_bool(struct der_enc *e, bool b)
{
	u8 v = b ? 0xff : 0x00;

	der_put_tlv(e, DER_UNIVERSAL, DER_TAG_BOOLEAN, &v, 1);
}

KM_EXPORT(der_put_bool);

/**
 * der_put_oid() - emit an OBJECT IDENTIFIER from its encoded contents
 * @e: encoder
 * @oid: contents, e.g. der_oid_prime256v1
 * @n: length of @oid
 */
void der_put_oid(struct der_enc *e, const u8 *oid, size_t n)
{
	der_put_tlv(e, DER_UNIVERSAL, DER_TAG_OID, oid, n);
}

KM_EXPORT(der_put_oid);

static bool der_printable_char(char c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9'))
		return true;
	return c && strchr(" '()+,-./:=?", c);
}

/**
 * der_put_printable() - emit a PrintableString
 * @e: encoder
 * @s: characters (X.680 PrintableString set only, else -EINVAL)
 * @n: length
 */
void der_put_printable(struct der_enc *e, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (!der_printable_char(s[i])) {
			der_fail(e, -EINVAL);
			return;
		}
	}
	der_put_tlv(e, DER_UNIVERSAL, DER_TAG_PRINTABLESTRING, s, n);
}

KM_EXPORT(der_put_printable);

/**
 * der_put_utf8() - emit a UTF8String (the caller supplies valid UTF-8)
 * @e: encoder
 * @s: string
 * @n: length in bytes
 */
void der_put_utf8(struct der_enc *e, const char *s, size_t n)
{
	der_put_tlv(e, DER_UNIVERSAL, DER_TAG_UTF8STRING, s, n);
}

KM_EXPORT(der_put_utf8);

/*
 * Days since 1970-01-01 to a proleptic Gregorian date, in 400-year eras
 * of 146097 days counted from 0000-03-01 so that leap days fall at the
 * end of each year.
 */
static void der_civil(s64 days, u32 *year, u32 *mon, u32 *day)
{
	s64 z = days + 719468;		/* days from 0000-03-01 */
	s64 era = (z >= 0 ? z : z - 146096) / 146097;
	s64 doe = z - era * 146097;	/* [0, 146096] */
	s64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	s64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	s64 mp = (5 * doy + 2) / 153;	/* March = 0 */
	s64 y = yoe + era * 400;

	*day = (u32)(doy - (153 * mp + 2) / 5 + 1);
	*mon = (u32)(mp < 10 ? mp + 3 : mp - 9);
	*year = (u32)(y + (*mon <= 2));
}

/* Seconds of 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z. */
#define DER_SECS_MIN	(-62167219200LL)
#define DER_SECS_MAX	253402300799LL

/**
 * der_civil_from_secs() - split seconds since the epoch into UTC fields
 * @secs: seconds since 1970-01-01T00:00:00Z (negative before)
 * @year: 0..9999
 * @mon: 1..12
 * @day: 1..31
 * @hour: 0..23
 * @min: 0..59
 * @sec: 0..59
 *
 * Return: 0, or -ERANGE outside years 0000..9999.
 */
int der_civil_from_secs(s64 secs, u32 *year, u32 *mon, u32 *day,
			u32 *hour, u32 *min, u32 *sec)
{
	s64 days, rem;

	if (secs < DER_SECS_MIN || secs > DER_SECS_MAX)
		return -ERANGE;
	days = secs / 86400;
	rem = secs % 86400;
	if (rem < 0) {
		rem += 86400;
		days--;
	}
	der_civil(days, year, mon, day);
	*hour = (u32)(rem / 3600);
	*min = (u32)(rem / 60 % 60);
	*sec = (u32)(rem % 60);
	return 0;
}

KM_EXPORT(der_civil_from_secs);

static void der_digits(char *s, u32 v, int n)
{
	while (n--) {
		s[n] = '0' + v % 10;
		v /= 10;
	}
}

static void der_put_time_as(struct der_enc *e, s64 secs, bool utc)
{
	u32 y, mo, d, h, mi, s;
	char t[15];
	int yl;

	if (der_civil_from_secs(secs, &y, &mo, &d, &h, &mi, &s)) {
		der_fail(e, -ERANGE);
		return;
	}
	if (utc && (y < 1950 || y > 2049)) {
		der_fail(e, -ERANGE);
		return;
	}
	yl = utc ? 2 : 4;
	der_digits(t, utc ? y % 100 : y, yl);
	der_digits(t + yl, mo, 2);
	der_digits(t + yl + 2, d, 2);
	der_digits(t + yl + 4, h, 2);
	der_digits(t + yl + 6, mi, 2);
	der_digits(t + yl + 8, s, 2);
	t[yl + 10] = 'Z';
	der_put_tlv(e, DER_UNIVERSAL,
		    utc ? DER_TAG_UTCTIME : DER_TAG_GENERALIZEDTIME, t,
		    yl + 11);
}

/**
 * der_put_time() - emit an X.509 Time (RFC 5280 4.1.2.5)
 * @e: encoder
 * @secs: seconds since the epoch
 *
 * UTCTime YYMMDDHHMMSSZ for years 1950..2049, GeneralizedTime
 * YYYYMMDDHHMMSSZ otherwise; -ERANGE outside years 0000..9999.
 */
void der_put_time(struct der_enc *e, s64 secs)
{
	u32 y, mo, d, h, mi, s;

	if (der_civil_from_secs(secs, &y, &mo, &d, &h, &mi, &s)) {
		der_fail(e, -ERANGE);
		return;
	}
	der_put_time_as(e, secs, y >= 1950 && y <= 2049);
}

KM_EXPORT(der_put_time);

/**
 * der_put_generalized_time() - emit a GeneralizedTime YYYYMMDDHHMMSSZ
 * @e: encoder
 * @secs: seconds since the epoch (years 0000..9999, else -ERANGE)
 */
void der_put_generalized_time(struct der_enc *e, s64 secs)
{
	der_put_time_as(e, secs, false);
}

KM_EXPORT(der_put_generalized_time);

static const u8 *der_curve_oid(enum der_curve c, size_t *n)
{
	switch (c) {
	case DER_CURVE_P224:
		*n = sizeof(der_oid_secp224r1);
		return der_oid_secp224r1;
	case DER_CURVE_P256:
		*n = sizeof(der_oid_prime256v1);
		return der_oid_prime256v1;
	case DER_CURVE_P384:
		*n = sizeof(der_oid_secp384r1);
		return der_oid_secp384r1;
	case DER_CURVE_P521:
		*n = sizeof(der_oid_secp521r1);
		return der_oid_secp521r1;
	default:
		*n = 0;
		return NULL;
	}
}

/* AlgorithmIdentifier for @alg (RFC 3279 NULL params for RSA). */
static void der_put_algid(struct der_enc *e, enum der_key_alg alg,
			  enum der_curve curve)
{
	const u8 *coid;
	size_t clen;

	der_begin_seq(e);
	switch (alg) {
	case DER_ALG_RSA:
		der_put_oid(e, der_oid_rsa_encryption,
			    sizeof(der_oid_rsa_encryption));
		der_put_null(e);
		break;
	case DER_ALG_EC:
		coid = der_curve_oid(curve, &clen);
		if (!coid) {
			der_fail(e, -EINVAL);
			break;
		}
		der_put_oid(e, der_oid_ec_public_key,
			    sizeof(der_oid_ec_public_key));
		der_put_oid(e, coid, clen);
		break;
	case DER_ALG_ED25519:
		der_put_oid(e, der_oid_ed25519, sizeof(der_oid_ed25519));
		break;
	case DER_ALG_X25519:
		der_put_oid(e, der_oid_x25519, sizeof(der_oid_x25519));
		break;
	default:
		der_fail(e, -EINVAL);
		break;
	}
	der_end(e);
}

/**
 * der_put_spki_rsa() - emit SubjectPublicKeyInfo for an RSA key
 * @e: encoder
 * @n: modulus, big-endian
 * @nlen: length of @n
 * @pubexp: public exponent, big-endian
 * @elen: length of @pubexp
 */
void der_put_spki_rsa(struct der_enc *e, const u8 *n, size_t nlen,
		      const u8 *pubexp, size_t elen)
{
	der_begin_seq(e);
	der_put_algid(e, DER_ALG_RSA, DER_CURVE_NONE);
	der_begin_bits(e);
	der_begin_seq(e);
	der_put_int_bytes(e, n, nlen);
	der_put_int_bytes(e, pubexp, elen);
	der_end(e);
	der_end(e);
	der_end(e);
}

KM_EXPORT(der_put_spki_rsa);

/**
 * der_put_spki_ec() - emit SubjectPublicKeyInfo for an EC key (RFC 5480)
 * @e: encoder
 * @curve: named curve
 * @point: the point, normally uncompressed (0x04 || X || Y)
 * @plen: length of @point
 */
void der_put_spki_ec(struct der_enc *e, enum der_curve curve,
		     const u8 *point, size_t plen)
{
	der_begin_seq(e);
	der_put_algid(e, DER_ALG_EC, curve);
	der_put_bits(e, point, plen, 0);
	der_end(e);
}

KM_EXPORT(der_put_spki_ec);

/**
 * der_put_spki_ed25519() - emit SubjectPublicKeyInfo for Ed25519 (RFC 8410)
 * @e: encoder
 * @pub: the 32-byte public key
 */
void der_put_spki_ed25519(struct der_enc *e, const u8 pub[32])
{
	der_begin_seq(e);
	der_put_algid(e, DER_ALG_ED25519, DER_CURVE_NONE);
	der_put_bits(e, pub, 32, 0);
	der_end(e);
}

KM_EXPORT(der_put_spki_ed25519);

/**
 * der_put_spki_x25519() - emit SubjectPublicKeyInfo for X25519 (RFC 8410)
 * @e: encoder
 * @pub: the 32-byte public key
 */
void der_put_spki_x25519(struct der_enc *e, const u8 pub[32])
{
	der_begin_seq(e);
	der_put_algid(e, DER_ALG_X25519, DER_CURVE_NONE);
	der_put_bits(e, pub, 32, 0);
	der_end(e);
}

KM_EXPORT(der_put_spki_x25519);

/**
 * der_put_ecdsa_sig() - emit ECDSA-Sig-Value ::= SEQUENCE { r, s }
 * @e: encoder
 * @r: r, big-endian unsigned (fixed-width with leading zeros is fine)
 * @rlen: length of @r
 * @s: s, big-endian unsigned
 * @slen: length of @s
 */
void der_put_ecdsa_sig(struct der_enc *e, const u8 *r, size_t rlen,
		       const u8 *s, size_t slen)
{
	der_begin_seq(e);
	der_put_int_bytes(e, r, rlen);
	der_put_int_bytes(e, s, slen);
	der_end(e);
}

KM_EXPORT(der_put_ecdsa_sig);

/**
 * der_put_pkcs8() - emit a PKCS#8 PrivateKeyInfo (version 0)
 * @e: encoder
 * @alg: key algorithm
 * @curve: named curve for DER_ALG_EC
 * @key: the inner private key DER (RSAPrivateKey, ECPrivateKey, or for
 *	Ed25519/X25519 the CurvePrivateKey OCTET STRING TLV)
 * @klen: length of @key
 */
void der_put_pkcs8(struct der_enc *e, enum der_key_alg alg,
		   enum der_curve curve, const u8 *key, size_t klen)
{
	der_begin_seq(e);
	der_put_int(e, 0);
	der_put_algid(e, alg, curve);
	der_put_octets(e, key, klen);
	der_end(e);
}

KM_EXPORT(der_put_pkcs8);

/**
 * der_put_name_cn() - emit an X.501 Name holding one commonName
 * @e: encoder
 * @cn: UTF-8 common name
 * @n: length in bytes
 */
void der_put_name_cn(struct der_enc *e, const char *cn, size_t n)
{
	der_begin_seq(e);
	der_begin_set(e);
	der_begin_seq(e);
	der_put_oid(e, der_oid_common_name, sizeof(der_oid_common_name));
	der_put_utf8(e, cn, n);
	der_end(e);
	der_end(e);
	der_end(e);
}

KM_EXPORT(der_put_name_cn);

/**
 * der_put_validity() - emit X.509 Validity
 * @e: encoder
 * @not_before: seconds since the epoch
 * @not_after: seconds since the epoch
 */
void der_put_validity(struct der_enc *e, s64 not_before, s64 not_after)
{
	der_begin_seq(e);
	der_put_time(e, not_before);
	der_put_time(e, not_after);
	der_end(e);
}

KM_EXPORT(der_put_validity);

/**
 * der_put_ext() - emit one X.509 Extension with an opaque DER value
 * @e: encoder
 * @oid: extnID contents
 * @oidlen: length of @oid
 * @critical: emitted only when true (DER omits the default FALSE)
 * @val: extnValue contents (the DER of the extension's own type)
 * @vlen: length of @val
 */
void der_put_ext(struct der_enc *e, const u8 *oid, size_t oidlen,
		 bool critical, const u8 *val, size_t vlen)
{
	der_begin_seq(e);
	der_put_oid(e, oid, oidlen);
	if (critical)
		der_put_bool(e, true);
	der_put_octets(e, val, vlen);
	der_end(e);
}

KM_EXPORT(der_put_ext);

/**
 * der_put_ext_key_usage() - emit a critical KeyUsage extension
 * @e: encoder
 * @bits: bit i set for KeyUsage bit i (0 digitalSignature ..
 *	8 decipherOnly); trailing zero bits are dropped as DER requires
 */
void der_put_ext_key_usage(struct der_enc *e, u16 bits)
{
	u8 v[4], b[2];
	int nbits = 0, i;
	size_t nbytes;
	unsigned int unused;

	if (bits >> 9) {
		der_fail(e, -EINVAL);
		return;
	}
	for (i = 0; i < 9; i++)
		if (bits & (1U << i))
			nbits = i + 1;
	b[0] = 0;
	b[1] = 0;
	for (i = 0; i < nbits; i++)
		if (bits & (1U << i))
			b[i / 8] |= 0x80 >> (i % 8);
	nbytes = (nbits + 7) / 8;
	unused = nbytes * 8 - nbits;
	v[0] = 0x03;
	v[1] = (u8)(nbytes + 1);
	v[2] = (u8)unused;
	memcpy(v + 3, b, nbytes);
	der_put_ext(e, der_oid_key_usage, sizeof(der_oid_key_usage), true,
		    v, 3 + nbytes);
}

KM_EXPORT(der_put_ext_key_usage);

/**
 * der_put_ext_basic_constraints() - emit a critical BasicConstraints
 * @e: encoder
 * @ca: cA flag (omitted when false, the DEFAULT)
 * @pathlen: pathLenConstraint, or negative for none
 */
void der_put_ext_basic_constraints(struct der_enc *e, bool ca, int pathlen)
{
	u8 v[16];
	struct der_enc in;
	size_t n;

	der_enc_init(&in, v, sizeof(v));
	der_begin_seq(&in);
	if (ca)
		der_put_bool(&in, true);
	if (pathlen >= 0)
		der_put_int(&in, pathlen);
	der_end(&in);
	if (der_enc_finish(&in, &n)) {
		der_fail(e, -EINVAL);
		return;
	}
	der_put_ext(e, der_oid_basic_constraints,
		    sizeof(der_oid_basic_constraints), true, v, n);
}

KM_EXPORT(der_put_ext_basic_constraints);

/* ---------------------------------------------------------------------- */
/* Parser                                                                   */
/* ---------------------------------------------------------------------- */

/**
 * der_read_tlv() - read one DER value, strictly
 * @p: in: where to read; out: just past the value (only on success)
 * @end: end of the readable range
 * @t: the value
 *
 * Rejects indefinite lengths, non-minimal lengths and tag numbers,
 * lengths over 4 bytes and contents past @end.
 *
 * Return: 0 or -EBADMSG.
 */
int der_read_tlv(const u8 **p, const u8 *end, struct der_tlv *t)
{
	const u8 *q = *p;
	u32 tag;
	size_t len;

	if (q >= end)
		return -EBADMSG;
	t->raw = q;
	t->cls = *q & 0xe0;
	tag = *q++ & 0x1f;
	if (tag == 0x1f) {
		int i;

		tag = 0;
		for (i = 0; ; i++) {
			if (q >= end || i == 4)	/* at most 28 bits */
				return -EBADMSG;
			if (i == 0 && *q == 0x80)	/* leading zero */
				return -EBADMSG;
			tag = tag << 7 | (*q & 0x7f);
			if (!(*q++ & 0x80))
				break;
		}
		if (tag < 31)
			return -EBADMSG;
	}
	if (q >= end)
		return -EBADMSG;
	len = *q++;
	if (len & 0x80) {
		size_t k = len & 0x7f, i;

		if (k == 0 || k > 4 || (size_t)(end - q) < k)
			return -EBADMSG;	/* indefinite or too long */
		if (q[0] == 0)
			return -EBADMSG;	/* leading zero byte */
		len = 0;
		for (i = 0; i < k; i++)
			len = len << 8 | *q++;
		if (len < 0x80)
			return -EBADMSG;	/* short form required */
	}
	if (len > (size_t)(end - q))
		return -EBADMSG;
	t->tag = tag;
	t->val = q;
	t->len = len;
	t->rawlen = q + len - t->raw;
	*p = q + len;
	return 0;
}

KM_EXPORT(der_read_tlv);

/* Read a value that must have the given class/constructed bits and tag. */
static int der_expect(const u8 **p, const u8 *end, u8 cls, u32 tag,
		      struct der_tlv *t)
{
	const u8 *q = *p;
	int ret = der_read_tlv(&q, end, t);

	if (ret)
		return ret;
	if (t->cls != cls || t->tag != tag)
		return -EBADMSG;
	*p = q;
	return 0;
}

/* Is the next value's identifier (cls, tag)?  No error if absent. */
static bool der_peek(const u8 *p, const u8 *end, u8 cls, u32 tag)
{
	struct der_tlv t;

	return !der_read_tlv(&p, end, &t) && t.cls == cls && t.tag == tag;
}

static int der_int_ok(const struct der_tlv *t)
{
	if (t->cls != DER_UNIVERSAL || t->tag != DER_TAG_INTEGER ||
	    !t->len)
		return -EBADMSG;
	if (t->len > 1 &&
	    ((t->val[0] == 0x00 && !(t->val[1] & 0x80)) ||
	     (t->val[0] == 0xff && (t->val[1] & 0x80))))
		return -EBADMSG;		/* not minimal */
	return 0;
}

/**
 * der_get_uint() - magnitude of a non-negative INTEGER
 * @t: an INTEGER value from der_read_tlv()
 * @mag: set to the big-endian magnitude without the sign byte (zero is
 *	one 0x00 byte)
 *
 * Return: 0, or -EBADMSG if not a minimal non-negative INTEGER.
 */
int der_get_uint(const struct der_tlv *t, struct der_buf *mag)
{
	int ret = der_int_ok(t);

	if (ret)
		return ret;
	if (t->val[0] & 0x80)
		return -EBADMSG;
	mag->p = t->val;
	mag->n = t->len;
	if (mag->n > 1 && !mag->p[0]) {
		mag->p++;
		mag->n--;
	}
	return 0;
}

KM_EXPORT(der_get_uint);

/**
 * der_get_int() - value of an INTEGER that fits in s64
 * @t: an INTEGER value from der_read_tlv()
 * @v: result
 *
 * Return: 0, -EBADMSG if not a minimal INTEGER, -ERANGE if too large.
 */
int der_get_int(const struct der_tlv *t, s64 *v)
{
	u64 x;
	size_t i;
	int ret = der_int_ok(t);

	if (ret)
		return ret;
	if (t->len > 8)
		return -ERANGE;
	x = (t->val[0] & 0x80) ? ~0ULL : 0;
	for (i = 0; i < t->len; i++)
		x = x << 8 | t->val[i];
	*v = (s64)x;
	return 0;
}

KM_EXPORT(der_get_int);

static int der_read_uint(const u8 **p, const u8 *end, struct der_buf *mag)
{
	struct der_tlv t;
	const u8 *q = *p;
	int ret = der_read_tlv(&q, end, &t);

	if (!ret)
		ret = der_get_uint(&t, mag);
	if (!ret)
		*p = q;
	return ret;
}

static int der_read_small(const u8 **p, const u8 *end, s64 *v)
{
	struct der_tlv t;
	const u8 *q = *p;
	int ret = der_read_tlv(&q, end, &t);

	if (!ret)
		ret = der_get_int(&t, v);
	if (!ret)
		*p = q;
	return ret;
}

static int der_read_octets(const u8 **p, const u8 *end, struct der_buf *b)
{
	struct der_tlv t;
	int ret = der_expect(p, end, DER_UNIVERSAL, DER_TAG_OCTET_STRING, &t);

	if (ret)
		return ret;
	b->p = t.val;
	b->n = t.len;
	return 0;
}

/* BIT STRING contents with no unused bits (keys, points). */
static int der_bits_whole(const struct der_tlv *t, struct der_buf *b)
{
	if (t->cls != DER_UNIVERSAL || t->tag != DER_TAG_BIT_STRING ||
	    !t->len || t->val[0])
		return -EBADMSG;
	b->p = t->val + 1;
	b->n = t->len - 1;
	return 0;
}

/* X.690 8.19: non-empty, minimal sub-identifiers, last one complete. */
static int der_oid_ok(const struct der_tlv *t)
{
	size_t i;

	if (t->cls != DER_UNIVERSAL || t->tag != DER_TAG_OID || !t->len ||
	    (t->val[t->len - 1] & 0x80))
		return -EBADMSG;
	for (i = 0; i < t->len; i++)
		if (t->val[i] == 0x80 && (i == 0 || !(t->val[i - 1] & 0x80)))
			return -EBADMSG;
	return 0;
}

static bool der_oid_is(const struct der_tlv *t, const u8 *oid, size_t n)
{
	return t->len == n && !memcmp(t->val, oid, n);
}

static enum der_curve der_curve_of(const struct der_tlv *t)
{
	if (der_oid_is(t, der_oid_secp224r1, sizeof(der_oid_secp224r1)))
		return DER_CURVE_P224;
	if (der_oid_is(t, der_oid_prime256v1, sizeof(der_oid_prime256v1)))
		return DER_CURVE_P256;
	if (der_oid_is(t, der_oid_secp384r1, sizeof(der_oid_secp384r1)))
		return DER_CURVE_P384;
	if (der_oid_is(t, der_oid_secp521r1, sizeof(der_oid_secp521r1)))
		return DER_CURVE_P521;
	return DER_CURVE_NONE;
}

/*
 * AlgorithmIdentifier: rsaEncryption with NULL parameters, id-ecPublicKey
 * with a namedCurve OID, Ed25519/X25519 with parameters absent.
 */
static int der_read_algid(const u8 **p, const u8 *end, struct der_algid *a)
{
	struct der_tlv seq, oid, par;
	const u8 *q, *qe;
	int ret = der_expect(p, end, DER_CONSTRUCTED, DER_TAG_SEQUENCE, &seq);

	if (ret)
		return ret;
	q = seq.val;
	qe = seq.val + seq.len;
	ret = der_read_tlv(&q, qe, &oid);
	if (!ret)
		ret = der_oid_ok(&oid);
	if (ret)
		return ret;
	a->oid = oid.val;
	a->oid_len = oid.len;
	a->curve = DER_CURVE_NONE;
	if (der_oid_is(&oid, der_oid_rsa_encryption,
		       sizeof(der_oid_rsa_encryption))) {
		a->alg = DER_ALG_RSA;
		ret = der_expect(&q, qe, DER_UNIVERSAL, DER_TAG_NULL, &par);
		if (ret || par.len)
			return -EBADMSG;
	} else if (der_oid_is(&oid, der_oid_ec_public_key,
			      sizeof(der_oid_ec_public_key))) {
		a->alg = DER_ALG_EC;
		ret = der_read_tlv(&q, qe, &par);
		if (ret)
			return ret;
		if (par.cls != DER_UNIVERSAL || par.tag != DER_TAG_OID)
			return -EOPNOTSUPP;	/* explicit/implicit curve */
		ret = der_oid_ok(&par);
		if (ret)
			return ret;
		a->curve = der_curve_of(&par);
		if (a->curve == DER_CURVE_NONE)
			return -EOPNOTSUPP;
	} else if (der_oid_is(&oid, der_oid_ed25519,
			      sizeof(der_oid_ed25519))) {
		a->alg = DER_ALG_ED25519;
	} else if (der_oid_is(&oid, der_oid_x25519, sizeof(der_oid_x25519))) {
		a->alg = DER_ALG_X25519;
	} else {
		return -EOPNOTSUPP;
	}
	return q == qe ? 0 : -EBADMSG;
}

/**
 * der_parse_pkcs8() - parse PKCS#8 PrivateKeyInfo / OneAsymmetricKey
 * @p: the DER
 * @n: its length (exactly one value, no trailing bytes)
 * @out: algorithm, curve, inner private key DER and optional public key
 *
 * Accepts version 0, or version 1 (RFC 5958) with an optional
 * [1] publicKey; optional [0] attributes are skipped.
 *
 * Return: 0, -EBADMSG, or -EOPNOTSUPP for other algorithms or curves.
 */
int der_parse_pkcs8(const u8 *p, size_t n, struct der_pkcs8 *out)
{
	const u8 *end = p + n, *q, *qe;
	struct der_tlv seq, t;
	struct der_pkcs8 r;
	struct der_buf key;
	s64 ver;
	int ret;

	memset(&r, 0, sizeof(r));
	ret = der_expect(&p, end, DER_CONSTRUCTED, DER_TAG_SEQUENCE, &seq);
	if (ret)
		return ret;
	if (p != end)
		return -EBADMSG;
	q = seq.val;
	qe = seq.val + seq.len;
	ret = der_read_small(&q, qe, &ver);
	if (ret)
		return ret == -ERANGE ? -EBADMSG : ret;
	if (ver != 0 && ver != 1)
		return -EBADMSG;
	r.version = (u32)ver;
	ret = der_read_algid(&q, qe, &r.algid);
	if (ret)
		return ret;
	ret = der_read_octets(&q, qe, &key);
	if (ret)
		return ret;
	r.key = key.p;
	r.key_len = key.n;
	if (der_peek(q, qe, DER_CONTEXT | DER_CONSTRUCTED, 0)) {
		ret = der_read_tlv(&q, qe, &t);	/* attributes: skipped */
		if (ret)
			return ret;
	}
	if (r.version == 1 && der_peek(q, qe, DER_CONTEXT, 1)) {
		ret = der_read_tlv(&q, qe, &t);
		if (ret)
			return ret;
		if (!t.len || t.val[0])
			return -EBADMSG;
		r.pub = t.val + 1;
		r.pub_len = t.len - 1;
	}
	if (q != qe)
		return -EBADMSG;
	*out = r;
	return 0;
}

KM_EXPORT(der_parse_pkcs8);

/**
 * der_parse_rsa_private() - parse a two-prime PKCS#1 RSAPrivateKey
 * @p: the DER (e.g. &der_pkcs8.key)
 * @n: its length
 * @out: the eight components as big-endian magnitudes
 *
 * Return: 0, -EBADMSG, or -EOPNOTSUPP for multi-prime (version 1) keys.
 */
int der_parse_rsa_private(const u8 *p, size_t n, struct der_rsa_priv *out)
{
	const u8 *end = p + n, *q, *qe;
	struct der_buf *f[8];
	struct der_rsa_priv r;
	struct der_tlv seq;
	s64 ver;
	int ret, i;

	ret = der_expect(&p, end, DER_CONSTRUCTED, DER_TAG_SEQUENCE, &seq);
	if (ret)
		return ret;
	if (p != end)
		return -EBADMSG;
	q = seq.val;
	qe = seq.val + seq.len;
	ret = der_read_small(&q, qe, &ver);
	if (ret)
		return -EBADMSG;
	if (ver == 1)
		return -EOPNOTSUPP;
	if (ver != 0)
		return -EBADMSG;
	f[0] = &r.n;
	f[1] = &r.e;
	f[2] = &r.d;
	f[3] = &r.p;
	f[4] = &r.q;
	f[5] = &r.dp;
	f[6] = &r.dq;
	f[7] = &r.qinv;
	for (i = 0; i < 8; i++) {
		ret = der_read_uint(&q, qe, f[i]);
		if (ret)
			return ret;
	}
	if (q != qe)
		return -EBADMSG;
	*out = r;
	return 0;
}

KM_EXPORT(der_parse_rsa_private);

/*
 * SEQUENCE { INTEGER, INTEGER } of non-negative values filling exactly
 * @n bytes: RSAPublicKey and ECDSA-Sig-Value share this shape.  The
 * outputs are written only on success.
 */
static int der_parse_uint_pair(const u8 *p, size_t n, struct der_buf *x,
			       struct der_buf *y)
{
	const u8 *end = p + n, *q, *qe;
	struct der_buf a, b;
	struct der_tlv seq;
	int ret;

	ret = der_expect(&p, end, DER_CONSTRUCTED, DER_TAG_SEQUENCE, &seq);
	if (ret)
		return ret;
	if (p != end)
		return -EBADMSG;
	q = seq.val;
	qe = seq.val + seq.len;
	ret = der_read_uint(&q, qe, &a);
	if (!ret)
		ret = der_read_uint(&q, qe, &b);
	if (ret)
		return ret;
	if (q != qe)
		return -EBADMSG;
	*x = a;
	*y = b;
	return 0;
}

/**
 * der_parse_rsa_public() - parse a PKCS#1 RSAPublicKey
 * @p: the DER (e.g. &der_spki.key)
 * @n: its length
 * @mod: modulus magnitude
 * @pubexp: public exponent magnitude
 *
 * Return: 0 or -EBADMSG.
 */
int der_parse_rsa_public(const u8 *p, size_t n, struct der_buf *mod,
			 struct der_buf *pubexp)
{
	return der_parse_uint_pair(p, n, mod, pubexp);
}

KM_EXPORT(der_parse_rsa_public);

/**
 * der_parse_ec_private() - parse an RFC 5915 ECPrivateKey
 * @p: the DER (e.g. &der_pkcs8.key)
 * @n: its length
 * @out: private key octets, optional curve and public point
 *
 * Return: 0, -EBADMSG, or -EOPNOTSUPP for an unknown curve.
 */
int der_parse_ec_private(const u8 *p, size_t n, struct der_ec_priv *out)
{
	const u8 *end = p + n, *q, *qe, *w;
	struct der_tlv seq, t, in;
	struct der_ec_priv r;
	s64 ver;
	int ret;

	memset(&r, 0, sizeof(r));
	ret = der_expect(&p, end, DER_CONSTRUCTED, DER_TAG_SEQUENCE, &seq);
	if (ret)
		return ret;
	if (p != end)
		return -EBADMSG;
	q = seq.val;
	qe = seq.val + seq.len;
	ret = der_read_small(&q, qe, &ver);
	if (ret || ver != 1)
		return -EBADMSG;
	ret = der_read_octets(&q, qe, &r.priv);
	if (ret)
		return ret;
	if (der_peek(q, qe, DER_CONTEXT | DER_CONSTRUCTED, 0)) {
		ret = der_read_tlv(&q, qe, &t);
		if (ret)
			return ret;
		w = t.val;
		ret = der_read_tlv(&w, t.val + t.len, &in);
		if (!ret)
			ret = der_oid_ok(&in);
		if (ret || w != t.val + t.len)
			return -EBADMSG;
		r.curve = der_curve_of(&in);
		if (r.curve == DER_CURVE_NONE)
			return -EOPNOTSUPP;
	}
	if (der_peek(q, qe, DER_CONTEXT | DER_CONSTRUCTED, 1)) {
		ret = der_read_tlv(&q, qe, &t);
		if (ret)
			return ret;
		w = t.val;
		ret = der_read_tlv(&w, t.val + t.len, &in);
		if (!ret)
			ret = der_bits_whole(&in, &r.pub);
		if (ret || w != t.val + t.len)
			return -EBADMSG;
	}
	if (q != qe)
		return -EBADMSG;
	*out = r;
	return 0;
}

KM_EXPORT(der_parse_ec_private);

/**
 * der_parse_curve_private() - parse an RFC 8410 CurvePrivateKey
 * @p: the DER (the PKCS#8 privateKey contents: an OCTET STRING TLV)
 * @n: its length
 * @key: the 32-byte Ed25519 seed or X25519 scalar
 *
 * Return: 0 or -EBADMSG (also for a length other than 32).
 */
int der_parse_curve_private(const u8 *p, size_t n, struct der_buf *key)
{
	const u8 *end = p + n;
	struct der_buf k;
	int ret = der_read_octets(&p, end, &k);

	if (ret)
		return ret;
	if (p != end || k.n != 32)
		return -EBADMSG;
	*key = k;
	return 0;
}

KM_EXPORT(der_parse_curve_private);

/**
 * der_parse_spki() - parse a SubjectPublicKeyInfo
 * @p: the DER
 * @n: its length
 * @out: algorithm, curve and the public key bits (for RSA, parse them
 *	further with der_parse_rsa_public())
 *
 * Return: 0, -EBADMSG, or -EOPNOTSUPP for other algorithms or curves.
 */
int der_parse_spki(const u8 *p, size_t n, struct der_spki *out)
{
	const u8 *end = p + n, *q, *qe;
	struct der_tlv seq, bits;
	struct der_spki r;
	int ret;

	ret = der_expect(&p, end, DER_CONSTRUCTED, DER_TAG_SEQUENCE, &seq);
	if (ret)
		return ret;
	if (p != end)
		return -EBADMSG;
	q = seq.val;
	qe = seq.val + seq.len;
	ret = der_read_algid(&q, qe, &r.algid);
	if (ret)
		return ret;
	ret = der_read_tlv(&q, qe, &bits);
	if (!ret)
		ret = der_bits_whole(&bits, &r.key);
	if (ret)
		return ret;
	if (q != qe)
		return -EBADMSG;
	if ((r.algid.alg == DER_ALG_ED25519 || r.algid.alg == DER_ALG_X25519) &&
	    r.key.n != 32)
		return -EBADMSG;
	*out = r;
	return 0;
}

KM_EXPORT(der_parse_spki);

/**
 * der_parse_ecdsa_sig() - parse ECDSA-Sig-Value ::= SEQUENCE { r, s }
 * @p: the DER
 * @n: its length
 * @r: magnitude of r
 * @s: magnitude of s
 *
 * Return: 0, or -EBADMSG (also for negative r or s).
 */
int der_parse_ecdsa_sig(const u8 *p, size_t n, struct der_buf *r,
			struct der_buf *s)
{
	return der_parse_uint_pair(p, n, r, s);
}

KM_EXPORT(der_parse_ecdsa_sig);

/**
 * der_parse_key_wrapper() - parse a KeyMint SecureKeyWrapper
 * @p: the DER (importWrappedKey's wrappedKeyData)
 * @n: its length
 * @out: the pieces; walk @out->auth_list with der_authlist_next()
 *
 * SecureKeyWrapper ::= SEQUENCE { version INTEGER (0),
 * encryptedTransportKey OCTET STRING, initializationVector OCTET STRING,
 * keyDescription SEQUENCE { keyFormat INTEGER, keyParams
 * AuthorizationList }, encryptedKey OCTET STRING, tag OCTET STRING }.
 *
 * Return: 0 or -EBADMSG.
 */
int der_parse_key_wrapper(const u8 *p, size_t n,
			  struct der_key_wrapper *out)
{
	const u8 *end = p + n, *q, *qe, *k, *ke;
	struct der_tlv seq, kd, al;
	struct der_key_wrapper r;
	s64 ver;
	int ret;

	ret = der_expect(&p, end, DER_CONSTRUCTED, DER_TAG_SEQUENCE, &seq);
	if (ret)
		return ret;
	if (p != end)
		return -EBADMSG;
	q = seq.val;
	qe = seq.val + seq.len;
	ret = der_read_small(&q, qe, &ver);
	if (ret || ver != 0)
		return -EBADMSG;
	r.version = 0;
	ret = der_read_octets(&q, qe, &r.transport_key);
	if (!ret)
		ret = der_read_octets(&q, qe, &r.iv);
	if (!ret)
		ret = der_expect(&q, qe, DER_CONSTRUCTED, DER_TAG_SEQUENCE,
				 &kd);
	if (ret)
		return ret;
	r.key_description.p = kd.raw;
	r.key_description.n = kd.rawlen;
	k = kd.val;
	ke = kd.val + kd.len;
	ret = der_read_small(&k, ke, &r.key_format);
	if (ret)
		return -EBADMSG;
	ret = der_expect(&k, ke, DER_CONSTRUCTED, DER_TAG_SEQUENCE, &al);
	if (ret || k != ke)
		return -EBADMSG;
	r.auth_list.p = al.val;
	r.auth_list.n = al.len;
	ret = der_read_octets(&q, qe, &r.encrypted_key);
	if (!ret)
		ret = der_read_octets(&q, qe, &r.tag);
	if (ret)
		return ret;
	if (q != qe)
		return -EBADMSG;
	*out = r;
	return 0;
}

KM_EXPORT(der_parse_key_wrapper);

/**
 * der_authlist_init() - start walking AuthorizationList contents
 * @it: iterator
 * @list: der_key_wrapper.auth_list (the SEQUENCE contents)
 */
void der_authlist_init(struct der_authlist_iter *it,
		       const struct der_buf *list)
{
	it->p = list->p;
	it->end = list->p + list->n;
	it->last = 0;
	it->started = false;
}

KM_EXPORT(der_authlist_init);

/**
 * der_authlist_next() - next [n] EXPLICIT element of an AuthorizationList
 * @it: iterator
 * @tag: the context tag number n (the KeyMint tag without its type bits)
 * @val: the single value inside the explicit wrapper
 *
 * Elements must be context-specific constructed, hold exactly one value,
 * and appear in strictly increasing tag order (DER of a SEQUENCE of
 * OPTIONAL fields).
 *
 * Return: 1 with an element, 0 at the end, or -EBADMSG.
 */
int der_authlist_next(struct der_authlist_iter *it, u32 *tag,
		      struct der_tlv *val)
{
	const u8 *q = it->p, *w;
	struct der_tlv t, in;
	int ret;

	if (q == it->end)
		return 0;
	ret = der_read_tlv(&q, it->end, &t);
	if (ret)
		return ret;
	if (t.cls != (DER_CONTEXT | DER_CONSTRUCTED))
		return -EBADMSG;
	if (it->started && t.tag <= it->last)
		return -EBADMSG;
	w = t.val;
	ret = der_read_tlv(&w, t.val + t.len, &in);
	if (ret || w != t.val + t.len)
		return -EBADMSG;
	it->p = q;
	it->last = t.tag;
	it->started = true;
	*tag = t.tag;
	*val = in;
	return 1;
}

KM_EXPORT(der_authlist_next);
