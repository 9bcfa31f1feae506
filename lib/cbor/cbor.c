// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * Strict, non-allocating CBOR (RFC 8949) encoder and
 * pull decoder.  See cbor.h for the contract (sticky errors, strictness,
 * container accounting, depth bound).
 *
 * Bounds discipline: every read goes through cbor_head(), which compares
 * the number of bytes still available with what the head announces before
 * touching them, using subtraction on pointers known to satisfy p <= end,
 * so no length (even 2^64 - 1) can wrap a pointer.
 */
#include "cbor.h"

#define CBOR_BREAK	0xff
#define CBOR_AI_INDEF	31
#define CBOR_S64_MAX	(((u64)1 << 63) - 1)
#define CBOR_U32_MAX	0xffffffffULL

/* ---------------------------------------------------------------------- */
/* Encoder                                                                  */
/* ---------------------------------------------------------------------- */

static void cbor_enc_fail(struct cbor_enc *e, int err)
{
	if (!e->err)
		e->err = err;
}

/* Append @n bytes; after an overflow only the length keeps counting. */
static void cbor_emit(struct cbor_enc *e, const void *p, size_t n)
{
	if (e->err && e->err != -EMSGSIZE)
		return;
	if (n > SIZE_MAX - e->len) {
		e->err = -EMSGSIZE;
		e->len = SIZE_MAX;
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

static void cbor_put_head(struct cbor_enc *e, u8 major, u64 v)
{
	u8 b[9];
	size_t n;

	if (v < 24) {
		b[0] = major << 5 | (u8)v;
		n = 1;
	} else if (v <= 0xff) {
		b[0] = major << 5 | 24;
		b[1] = (u8)v;
		n = 2;
	} else if (v <= 0xffff) {
		b[0] = major << 5 | 25;
		put_unaligned_be16((u16)v, b + 1);
		n = 3;
	} else if (v <= CBOR_U32_MAX) {
		b[0] = major << 5 | 26;
		put_unaligned_be32((u32)v, b + 1);
		n = 5;
	} else {
		b[0] = major << 5 | 27;
		put_unaligned_be64(v, b + 1);
		n = 9;
	}
	cbor_emit(e, b, n);
}

static void cbor_put_byte(struct cbor_enc *e, u8 b)
{
	cbor_emit(e, &b, 1);
}

/**
 * cbor_enc_init() - start encoding into a caller buffer
 * @e: encoder state to initialise
 * @buf: output buffer, or NULL for a pure size calculation
 * @cap: size of @buf in bytes (0 when @buf is NULL)
 */
void cbor_enc_init(struct cbor_enc *e, u8 *buf, size_t cap)
{
	e->buf = buf;
	e->cap = buf ? cap : 0;
	e->len = 0;
	e->err = 0;
}

KM_EXPORT(cbor_enc_init);

/**
 * cbor_put_uint() - emit an unsigned integer (major type 0)
 * @e: encoder
 * @v: value
 */
void cbor_put_uint(struct cbor_enc *e, u64 v)
{
	cbor_put_head(e, CBOR_MAJOR_UINT, v);
}

KM_EXPORT(cbor_put_uint);

/**
 * cbor_put_nint() - emit the negative integer -1 - @n (major type 1)
 * @e: encoder
 * @n: argument; -1 - @n is the value, so the full range down to -2^64 is
 *     reachable
 */
void cbor_put_nint(struct cbor_enc *e, u64 n)
{
	cbor_put_head(e, CBOR_MAJOR_NINT, n);
}

KM_EXPORT(cbor_put_nint);

/**
 * cbor_put_int() - emit a signed integer (major type 0 or 1)
 * @e: encoder
 * @v: value
 */
void cbor_put_int(struct cbor_enc *e, s64 v)
{
	if (v < 0)
		cbor_put_head(e, CBOR_MAJOR_NINT, ~(u64)v);
	else
		cbor_put_head(e, CBOR_MAJOR_UINT, (u64)v);
}

KM_EXPORT(cbor_put_int);

/**
 * cbor_put_bytes() - emit a definite-length byte string
 * @e: encoder
 * @p: content (may be NULL when @n is 0)
 * @n: content length
 */
void cbor_put_bytes(struct cbor_enc *e, const void *p, size_t n)
{
	cbor_put_head(e, CBOR_MAJOR_BYTES, n);
	cbor_emit(e, p, n);
}

KM_EXPORT(cbor_put_bytes);

/**
 * cbor_put_text() - emit a definite-length text string
 * @e: encoder
 * @s: UTF-8 content, not necessarily NUL-terminated (NULL when @n is 0)
 * @n: content length in bytes
 *
 * The encoder does not check UTF-8 validity; callers emit known text.
 */
void cbor_put_text(struct cbor_enc *e, const char *s, size_t n)
{
	cbor_put_head(e, CBOR_MAJOR_TEXT, n);
	cbor_emit(e, s, n);
}

KM_EXPORT(cbor_put_text);

/**
 * cbor_put_cstr() - emit a NUL-terminated C string as a text string
 * @e: encoder
 * @s: string; NULL sets -EINVAL
 */
void cbor_put_cstr(struct cbor_enc *e, const char *s)
{
	if (!s) {
		cbor_enc_fail(e, -EINVAL);
		return;
	}
	cbor_put_text(e, s, strlen(s));
}

KM_EXPORT(cbor_put_cstr);

/**
 * cbor_put_array() - emit the head of a definite-length array
 * @e: encoder
 * @count: number of elements the caller emits next
 */
void cbor_put_array(struct cbor_enc *e, u64 count)
{
	cbor_put_head(e, CBOR_MAJOR_ARRAY, count);
}

KM_EXPORT(cbor_put_array);

/**
 * cbor_put_map() - emit the head of a definite-length map
 * @e: encoder
 * @pairs: number of key/value pairs the caller emits next
 */
void cbor_put_map(struct cbor_enc *e, u64 pairs)
{
	cbor_put_head(e, CBOR_MAJOR_MAP, pairs);
}

KM_EXPORT(cbor_put_map);

/**
 * cbor_put_tag() - emit a tag head; the caller emits the tagged item next
 * @e: encoder
 * @tag: tag number
 */
void cbor_put_tag(struct cbor_enc *e, u64 tag)
{
	cbor_put_head(e, CBOR_MAJOR_TAG, tag);
}

KM_EXPORT(cbor_put_tag);

/**
 * cbor_put_bool() - emit true or false
 * @e: encoder
 * @b: value
 */
void cbor_put_bool(struct cbor_enc *e, bool b)
{
	cbor_put_byte(e, b ? 0xf5 : 0xf4);
}

KM_EXPORT(cbor_put_bool);

/**
 * cbor_put_null() - emit null
 * @e: encoder
 */
void cbor_put_null(struct cbor_enc *e)
{
	cbor_put_byte(e, 0xf6);
}

KM_EXPORT(cbor_put_null);

/**
 * cbor_put_undefined() - emit undefined
 * @e: encoder
 */
void cbor_put_undefined(struct cbor_enc *e)
{
	cbor_put_byte(e, 0xf7);
}

KM_EXPORT(cbor_put_undefined);

/**
 * cbor_put_simple() - emit a simple value (major type 7)
 * @e: encoder
 * @v: simple value; 24..31 are reserved by RFC 8949 and set -EINVAL
 */
void cbor_put_simple(struct cbor_enc *e, u8 v)
{
	if (v < 24) {
		cbor_put_byte(e, 0xe0 | v);
	} else if (v < 32) {
		cbor_enc_fail(e, -EINVAL);
	} else {
		u8 b[2] = { 0xf8, v };

		cbor_emit(e, b, 2);
	}
}

KM_EXPORT(cbor_put_simple);

/**
 * cbor_put_float_bits() - emit a floating-point value from its IEEE 754 bits
 * @e: encoder
 * @bits: binary16, binary32 or binary64 bit pattern
 * @width: 2, 4 or 8 bytes; anything else, or bits that do not fit the
 *         width, sets -EINVAL
 *
 * No floating-point arithmetic is involved; the caller picks the width.
 */
void cbor_put_float_bits(struct cbor_enc *e, u64 bits, unsigned int width)
{
	u8 b[9];

	switch (width) {
	case 2:
		if (bits > 0xffff)
			goto bad;
		b[0] = 0xf9;
		put_unaligned_be16((u16)bits, b + 1);
		break;
	case 4:
		if (bits > CBOR_U32_MAX)
			goto bad;
		b[0] = 0xfa;
		put_unaligned_be32((u32)bits, b + 1);
		break;
	case 8:
		b[0] = 0xfb;
		put_unaligned_be64(bits, b + 1);
		break;
	default:
		goto bad;
	}
	cbor_emit(e, b, 1 + width);
	return;
bad:
	cbor_enc_fail(e, -EINVAL);
}

KM_EXPORT(cbor_put_float_bits);

/**
 * cbor_put_indef() - start an indefinite-length string, array or map
 * @e: encoder
 * @major: CBOR_MAJOR_BYTES, _TEXT, _ARRAY or _MAP (others set -EINVAL)
 *
 * The caller emits the chunks (definite strings of the same major type) or
 * the elements, then cbor_put_break().
 */
void cbor_put_indef(struct cbor_enc *e, enum cbor_major major)
{
	if (major < CBOR_MAJOR_BYTES || major > CBOR_MAJOR_MAP) {
		cbor_enc_fail(e, -EINVAL);
		return;
	}
	cbor_put_byte(e, (u8)(major << 5 | CBOR_AI_INDEF));
}

KM_EXPORT(cbor_put_indef);

/**
 * cbor_put_break() - emit the stop code that ends an indefinite item
 * @e: encoder
 */
void cbor_put_break(struct cbor_enc *e)
{
	cbor_put_byte(e, CBOR_BREAK);
}

KM_EXPORT(cbor_put_break);

/**
 * cbor_put_raw() - append pre-encoded CBOR bytes unchanged
 * @e: encoder
 * @p: bytes (may be NULL when @n is 0)
 * @n: number of bytes
 *
 * The caller vouches that @p is one or more complete, well-formed items.
 */
void cbor_put_raw(struct cbor_enc *e, const void *p, size_t n)
{
	cbor_emit(e, p, n);
}

KM_EXPORT(cbor_put_raw);

/**
 * cbor_enc_finish() - report the outcome of a sequence of puts
 * @e: encoder
 * @len: set to the bytes produced, or on -EMSGSIZE to the size that
 *       would have been needed (may be NULL)
 *
 * Return: 0, -EMSGSIZE if @buf was too small, -EINVAL after a bad put.
 */
int cbor_enc_finish(const struct cbor_enc *e, size_t *len)
{
	if (len)
		*len = e->len;
	return e->err;
}

KM_EXPORT(cbor_enc_finish);

/* ---------------------------------------------------------------------- */
/* Decoder                                                                  */
/* ---------------------------------------------------------------------- */

/* RFC 3629 UTF-8: no overlong forms, no surrogates, at most U+10FFFF. */
static bool cbor_utf8_valid(const u8 *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		u8 c = s[i];
		u8 lo = 0x80, hi = 0xbf;
		size_t k, need;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			need = 1;
		} else if (c >= 0xe0 && c <= 0xef) {
			need = 2;
			if (c == 0xe0)
				lo = 0xa0;
			else if (c == 0xed)
				hi = 0x9f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			need = 3;
			if (c == 0xf0)
				lo = 0x90;
			else if (c == 0xf4)
				hi = 0x8f;
		} else {
			return false;
		}
		if (n - i - 1 < need)
			return false;
		for (k = 1; k <= need; k++) {
			u8 t = s[i + k];

			if (t < lo || t > hi)
				return false;
			lo = 0x80;
			hi = 0xbf;
		}
		i += need + 1;
	}
	return true;
}

/*
 * Preferred serialization of floats (RFC 8949 section 4.1): a value must
 * not be encoded wider than the narrowest IEEE format that represents it
 * exactly (NaN payloads included).  Pure integer bit tests, no FP.
 */
static bool cbor_f32_fits_f16(u32 b)
{
	u32 exp = (b >> 23) & 0xff, man = b & 0x7fffff;
	int e;

	if (exp == 0xff)			/* Inf or NaN: payload must fit */
		return !(man & 0x1fff);
	if (exp == 0)				/* zero fits; subnormals do not */
		return man == 0;
	e = (int)exp - 127;
	if (e > 15 || e < -24)
		return false;
	if (e >= -14)				/* half normal: 10-bit fraction */
		return !(man & 0x1fff);
	/* half subnormal: (1.man) * 2^e must be a multiple of 2^-24 */
	return !((man | 0x800000) & ((1U << (-1 - e)) - 1));
}

static bool cbor_f64_fits_f32(u64 b)
{
	u64 exp = (b >> 52) & 0x7ff, man = b & 0xfffffffffffffULL;
	int e;

	if (exp == 0x7ff)
		return !(man & 0x1fffffff);
	if (exp == 0)
		return man == 0;
	e = (int)exp - 1023;
	if (e > 127 || e < -149)
		return false;
	if (e >= -126)
		return !(man & 0x1fffffff);
	return !((man | (1ULL << 52)) & ((1ULL << (-(e + 97))) - 1));
}

/* Read the argument announced by additional info @ai (< 28) at @p. */
static int cbor_arg(const u8 **pp, const u8 *end, u8 ai, bool strict,
		    u64 *v)
{
	const u8 *p = *pp;
	size_t avail = end - p;

	switch (ai) {
	case 24:
		if (avail < 1)
			return -EBADMSG;
		*v = p[0];
		p += 1;
		if (strict && *v < 24)
			return -EBADMSG;
		break;
	case 25:
		if (avail < 2)
			return -EBADMSG;
		*v = get_unaligned_be16(p);
		p += 2;
		if (strict && *v <= 0xff)
			return -EBADMSG;
		break;
	case 26:
		if (avail < 4)
			return -EBADMSG;
		*v = get_unaligned_be32(p);
		p += 4;
		if (strict && *v <= 0xffff)
			return -EBADMSG;
		break;
	case 27:
		if (avail < 8)
			return -EBADMSG;
		*v = get_unaligned_be64(p);
		p += 8;
		if (strict && *v <= CBOR_U32_MAX)
			return -EBADMSG;
		break;
	default:
		if (ai >= 24)		/* 28..31: reserved or misplaced */
			return -EBADMSG;
		*v = ai;
		break;
	}
	*pp = p;
	return 0;
}

/*
 * Check the chunks of an indefinite-length string whose head ended at @p:
 * definite strings of the same major type, then a break.  Chunks cannot
 * nest, so this is a flat loop bounded by the input length.
 */
static int cbor_indef_string(const u8 *p, const u8 *end, u8 major,
			     unsigned int flags, u64 *total,
			     const u8 **after)
{
	bool strict = flags & CBOR_DEC_STRICT;
	u64 sum = 0;

	while (p < end) {
		u8 b = *p++;
		u64 n;
		int ret;

		if (b == CBOR_BREAK) {
			*total = sum;
			*after = p;
			return 0;
		}
		if (b >> 5 != major || (b & 31) == CBOR_AI_INDEF)
			return -EBADMSG;
		ret = cbor_arg(&p, end, b & 31, strict, &n);
		if (ret)
			return ret;
		if (n > (u64)(end - p))
			return -EBADMSG;
		if (strict && major == CBOR_MAJOR_TEXT &&
		    !cbor_utf8_valid(p, n))
			return -EBADMSG;
		p += n;
		sum += n;
	}
	return -EBADMSG;
}

/*
 * Decode the head of the item at @p (p < end).  *@next is where the next
 * token starts (after the content of a definite string; right after the
 * head of an indefinite one), *@after is past the whole item for strings
 * and past the head for everything else.
 */
static int cbor_head(const u8 *p, const u8 *end, unsigned int flags,
		     struct cbor_item *it, const u8 **next, const u8 **after)
{
	bool strict = flags & CBOR_DEC_STRICT;
	u8 b = *p++;
	u8 major = b >> 5, ai = b & 31;
	u64 v = 0;
	int ret;

	it->indef = false;
	it->u = 0;
	it->len = 0;
	it->ptr = NULL;

	switch (major) {
	case CBOR_MAJOR_UINT:
	case CBOR_MAJOR_NINT:
	case CBOR_MAJOR_TAG:
		ret = cbor_arg(&p, end, ai, strict, &v);
		if (ret)
			return ret;
		it->type = major == CBOR_MAJOR_UINT ? CBOR_T_UINT :
			   major == CBOR_MAJOR_NINT ? CBOR_T_NINT : CBOR_T_TAG;
		it->u = v;
		*next = p;
		*after = p;
		return 0;
	case CBOR_MAJOR_BYTES:
	case CBOR_MAJOR_TEXT:
		it->type = major == CBOR_MAJOR_BYTES ? CBOR_T_BYTES :
			   CBOR_T_TEXT;
		if (ai == CBOR_AI_INDEF) {
			ret = cbor_indef_string(p, end, major, flags,
						&it->len, after);
			if (ret)
				return ret;
			it->indef = true;
			*next = p;
			return 0;
		}
		ret = cbor_arg(&p, end, ai, strict, &v);
		if (ret)
			return ret;
		if (v > (u64)(end - p))
			return -EBADMSG;
		if (strict && major == CBOR_MAJOR_TEXT &&
		    !cbor_utf8_valid(p, v))
			return -EBADMSG;
		it->ptr = p;
		it->len = v;
		*next = p + v;
		*after = *next;
		return 0;
	case CBOR_MAJOR_ARRAY:
	case CBOR_MAJOR_MAP:
		it->type = major == CBOR_MAJOR_ARRAY ? CBOR_T_ARRAY :
			   CBOR_T_MAP;
		if (ai == CBOR_AI_INDEF) {
			it->indef = true;
		} else {
			ret = cbor_arg(&p, end, ai, strict, &v);
			if (ret)
				return ret;
			/* every element takes at least one byte */
			if (major == CBOR_MAJOR_ARRAY ?
			    v > (u64)(end - p) : v > (u64)(end - p) / 2)
				return -EBADMSG;
			it->len = v;
		}
		*next = p;
		*after = p;
		return 0;
	default:
		break;
	}

	/* major type 7 */
	if (ai < 20) {
		it->type = CBOR_T_SIMPLE;
		it->u = ai;
	} else if (ai < 24) {
		static const enum cbor_type t[] = {
			CBOR_T_FALSE, CBOR_T_TRUE, CBOR_T_NULL,
			CBOR_T_UNDEFINED,
		};

		it->type = t[ai - 20];
	} else if (ai == 24) {
		if (p >= end)
			return -EBADMSG;
		v = *p++;
		if (v < 32)		/* always malformed, RFC 8949 3.3 */
			return -EBADMSG;
		it->type = CBOR_T_SIMPLE;
		it->u = v;
	} else if (ai <= 27) {
		unsigned int w = 1U << (ai - 24);

		if ((size_t)(end - p) < w)
			return -EBADMSG;
		if (w == 2) {
			v = get_unaligned_be16(p);
		} else if (w == 4) {
			v = get_unaligned_be32(p);
			if (strict && cbor_f32_fits_f16((u32)v))
				return -EBADMSG;
		} else {
			v = get_unaligned_be64(p);
			if (strict && cbor_f64_fits_f32(v))
				return -EBADMSG;
		}
		p += w;
		it->type = CBOR_T_FLOAT;
		it->u = v;
		it->len = w;
	} else if (ai == CBOR_AI_INDEF) {
		it->type = CBOR_T_BREAK;
	} else {
		return -EBADMSG;	/* 28..30 reserved */
	}
	*next = p;
	*after = p;
	return 0;
}

static int cbor_dec_fail(struct cbor_dec *d, int err)
{
	if (!d->err)
		d->err = err;
	return d->err;
}

/**
 * cbor_dec_init() - start decoding a caller-owned byte range
 * @d: decoder state to initialise
 * @buf: input (may be NULL when @len is 0)
 * @len: input length
 * @flags: CBOR_DEC_* flags
 */
void cbor_dec_init(struct cbor_dec *d, const u8 *buf, size_t len,
		   unsigned int flags)
{
	memset(d, 0, sizeof(*d));
	d->p = buf;
	d->end = buf ? buf + len : buf;
	d->flags = flags;
}

KM_EXPORT(cbor_dec_init);

/**
 * cbor_next() - read the next token (generic, flat)
 * @d: decoder
 * @it: filled with the token; ->type is CBOR_T_NONE on error or at the
 *      end of input
 *
 * Definite strings are returned whole (.ptr/.len).  An indefinite string
 * is returned as its start (.indef set, .len the total content length,
 * already checked: definite chunks of the same major type, then a break);
 * its chunks and the break follow as separate tokens.  Containers are
 * returned as heads only; their elements follow.  Structure beyond that
 * (counts, placement of breaks) is the caller's to check, see cbor.h.
 *
 * Return: 0 (also at the end of input, with CBOR_T_NONE), or the sticky
 * negative errno.
 */
int cbor_next(struct cbor_dec *d, struct cbor_item *it)
{
	const u8 *next, *after;
	int ret;

	it->type = CBOR_T_NONE;
	if (d->err)
		return d->err;
	if (d->p == d->end)
		return 0;
	ret = cbor_head(d->p, d->end, d->flags, it, &next, &after);
	if (ret) {
		it->type = CBOR_T_NONE;
		return cbor_dec_fail(d, ret);
	}
	d->p = next;
	return 0;
}

KM_EXPORT(cbor_next);

/**
 * cbor_peek() - type of the next item without consuming it
 * @d: decoder
 *
 * Return: the type, or CBOR_T_NONE after an error, at the end of input,
 * at the end of the entered container, or if the next head is malformed
 * (the getter that reads it then reports the error).
 */
enum cbor_type cbor_peek(struct cbor_dec *d)
{
	struct cbor_item it;
	const u8 *next, *after;

	if (d->err || d->p == d->end)
		return CBOR_T_NONE;
	if (d->depth && !d->left[d->depth - 1])
		return CBOR_T_NONE;
	if (cbor_head(d->p, d->end, d->flags, &it, &next, &after))
		return CBOR_T_NONE;
	return it.type;
}

KM_EXPORT(cbor_peek);

/*
 * Read the head of the next item for a typed getter without consuming it.
 * A break here is always malformed: getters only enter definite
 * containers.
 */
static int cbor_dec_head(struct cbor_dec *d, struct cbor_item *it,
			 const u8 **next)
{
	const u8 *after;
	int ret;

	if (d->err)
		return d->err;
	if (d->depth && !d->left[d->depth - 1])
		return cbor_dec_fail(d, -EPROTO);
	if (d->p == d->end)
		return cbor_dec_fail(d, -EBADMSG);
	ret = cbor_head(d->p, d->end, d->flags, it, next, &after);
	if (ret)
		return cbor_dec_fail(d, ret);
	if (it->type == CBOR_T_BREAK)
		return cbor_dec_fail(d, -EBADMSG);
	return 0;
}

/* Consume the item read by cbor_dec_head(); tags are not counted. */
static void cbor_dec_commit(struct cbor_dec *d, const u8 *next, bool count)
{
	d->p = next;
	if (count && d->depth)
		d->left[d->depth - 1]--;
}

/* Head of a definite item of type @t, or -EPROTO. */
static int cbor_dec_want(struct cbor_dec *d, struct cbor_item *it,
			 const u8 **next, enum cbor_type t)
{
	int ret = cbor_dec_head(d, it, next);

	if (ret)
		return ret;
	if (it->type != t || it->indef)
		return cbor_dec_fail(d, -EPROTO);
	return 0;
}

/**
 * cbor_get_uint() - read an unsigned integer
 * @d: decoder
 * @v: result (untouched on failure)
 *
 * Return: 0 or negative errno (-EPROTO for any other type).
 */
int cbor_get_uint(struct cbor_dec *d, u64 *v)
{
	struct cbor_item it;
	const u8 *next;
	int ret = cbor_dec_want(d, &it, &next, CBOR_T_UINT);

	if (ret)
		return ret;
	*v = it.u;
	cbor_dec_commit(d, next, true);
	return 0;
}

KM_EXPORT(cbor_get_uint);

/**
 * cbor_get_u32() - read an unsigned integer that fits in 32 bits
 * @d: decoder
 * @v: result (untouched on failure)
 *
 * Return: 0 or negative errno (-ERANGE if the value exceeds U32_MAX).
 */
int cbor_get_u32(struct cbor_dec *d, u32 *v)
{
	struct cbor_item it;
	const u8 *next;
	int ret = cbor_dec_want(d, &it, &next, CBOR_T_UINT);

	if (ret)
		return ret;
	if (it.u > CBOR_U32_MAX)
		return cbor_dec_fail(d, -ERANGE);
	*v = (u32)it.u;
	cbor_dec_commit(d, next, true);
	return 0;
}

KM_EXPORT(cbor_get_u32);

/**
 * cbor_get_int() - read a signed integer (major type 0 or 1)
 * @d: decoder
 * @v: result (untouched on failure)
 *
 * Return: 0 or negative errno (-ERANGE outside the s64 range).
 */
int cbor_get_int(struct cbor_dec *d, s64 *v)
{
	struct cbor_item it;
	const u8 *next;
	int ret = cbor_dec_head(d, &it, &next);

	if (ret)
		return ret;
	if (it.type != CBOR_T_UINT && it.type != CBOR_T_NINT)
		return cbor_dec_fail(d, -EPROTO);
	if (it.u > CBOR_S64_MAX)
		return cbor_dec_fail(d, -ERANGE);
	*v = it.type == CBOR_T_UINT ? (s64)it.u : -1 - (s64)it.u;
	cbor_dec_commit(d, next, true);
	return 0;
}

KM_EXPORT(cbor_get_int);

/**
 * cbor_get_s32() - read a signed integer that fits in 32 bits
 * @d: decoder
 * @v: result (untouched on failure)
 *
 * Return: 0 or negative errno (-ERANGE outside the s32 range).
 */
int cbor_get_s32(struct cbor_dec *d, s32 *v)
{
	struct cbor_item it;
	const u8 *next;
	int ret = cbor_dec_head(d, &it, &next);

	if (ret)
		return ret;
	if (it.type != CBOR_T_UINT && it.type != CBOR_T_NINT)
		return cbor_dec_fail(d, -EPROTO);
	/* s32 spans 0..0x7fffffff and -1 - (0..0x7fffffff) */
	if (it.u > 0x7fffffff)
		return cbor_dec_fail(d, -ERANGE);
	*v = it.type == CBOR_T_UINT ? (s32)it.u : -1 - (s32)it.u;
	cbor_dec_commit(d, next, true);
	return 0;
}

KM_EXPORT(cbor_get_s32);

/**
 * cbor_get_bytes() - read a definite-length byte string
 * @d: decoder
 * @p: set to the content inside the input buffer (borrowed)
 * @n: set to the content length
 *
 * Return: 0 or negative errno.
 */
int cbor_get_bytes(struct cbor_dec *d, const u8 **p, size_t *n)
{
	struct cbor_item it;
	const u8 *next;
	int ret = cbor_dec_want(d, &it, &next, CBOR_T_BYTES);

	if (ret)
		return ret;
	*p = it.ptr;
	*n = (size_t)it.len;
	cbor_dec_commit(d, next, true);
	return 0;
}

KM_EXPORT(cbor_get_bytes);

/**
 * cbor_get_text() - read a definite-length text string
 * @d: decoder
 * @s: set to the content inside the input buffer (borrowed, not
 *     NUL-terminated)
 * @n: set to the content length in bytes
 *
 * Return: 0 or negative errno.
 */
int cbor_get_text(struct cbor_dec *d, const char **s, size_t *n)
{
	struct cbor_item it;
	const u8 *next;
	int ret = cbor_dec_want(d, &it, &next, CBOR_T_TEXT);

	if (ret)
		return ret;
	*s = (const char *)it.ptr;
	*n = (size_t)it.len;
	cbor_dec_commit(d, next, true);
	return 0;
}

KM_EXPORT(cbor_get_text);

/**
 * cbor_get_bool() - read true or false
 * @d: decoder
 * @b: result (untouched on failure)
 *
 * Return: 0 or negative errno.
 */
int cbor_get_bool(struct cbor_dec *d, bool *b)
{
	struct cbor_item it;
	const u8 *next;
	int ret = cbor_dec_head(d, &it, &next);

	if (ret)
		return ret;
	if (it.type != CBOR_T_TRUE && it.type != CBOR_T_FALSE)
		return cbor_dec_fail(d, -EPROTO);
	*b = it.type == CBOR_T_TRUE;
	cbor_dec_commit(d, next, true);
	return 0;
}

KM_EXPORT(cbor_get_bool);

/**
 * cbor_get_null() - read null
 * @d: decoder
 *
 * Return: 0 or negative errno.
 */
int cbor_get_null(struct cbor_dec *d)
{
	struct cbor_item it;
	const u8 *next;
	int ret = cbor_dec_want(d, &it, &next, CBOR_T_NULL);

	if (ret)
		return ret;
	cbor_dec_commit(d, next, true);
	return 0;
}

KM_EXPORT(cbor_get_null);

/**
 * cbor_get_tag() - read a tag head; the tagged item is read next
 * @d: decoder
 * @tag: tag number (untouched on failure)
 *
 * The tag is not counted as a container element; the item it tags is.
 *
 * Return: 0 or negative errno.
 */
int cbor_get_tag(struct cbor_dec *d, u64 *tag)
{
	struct cbor_item it;
	const u8 *next;
	int ret = cbor_dec_want(d, &it, &next, CBOR_T_TAG);

	if (ret)
		return ret;
	*tag = it.u;
	cbor_dec_commit(d, next, false);
	return 0;
}

KM_EXPORT(cbor_get_tag);

static int cbor_enter(struct cbor_dec *d, enum cbor_type t, size_t *n)
{
	struct cbor_item it;
	const u8 *next;
	int ret = cbor_dec_want(d, &it, &next, t);

	if (ret)
		return ret;
	if (d->depth >= CBOR_MAX_DEPTH)
		return cbor_dec_fail(d, -E2BIG);
	cbor_dec_commit(d, next, true);
	/* cbor_head() bounded .len by the remaining input: no overflow */
	d->left[d->depth++] = t == CBOR_T_MAP ? 2 * it.len : it.len;
	*n = (size_t)it.len;
	return 0;
}

/**
 * cbor_enter_array() - enter a definite-length array
 * @d: decoder
 * @count: set to the number of elements
 *
 * Return: 0, -EPROTO for another type, -E2BIG past CBOR_MAX_DEPTH.
 */
int cbor_enter_array(struct cbor_dec *d, size_t *count)
{
	return cbor_enter(d, CBOR_T_ARRAY, count);
}

KM_EXPORT(cbor_enter_array);

/**
 * cbor_enter_map() - enter a definite-length map
 * @d: decoder
 * @pairs: set to the number of key/value pairs
 *
 * Return: 0, -EPROTO for another type, -E2BIG past CBOR_MAX_DEPTH.
 */
int cbor_enter_map(struct cbor_dec *d, size_t *pairs)
{
	return cbor_enter(d, CBOR_T_MAP, pairs);
}

KM_EXPORT(cbor_enter_map);

/**
 * cbor_leave() - leave the innermost entered container
 * @d: decoder
 *
 * Return: 0, or -EPROTO if no container is entered or some of its items
 * were not consumed (use cbor_skip() to ignore items on purpose).
 */
int cbor_leave(struct cbor_dec *d)
{
	if (d->err)
		return d->err;
	if (!d->depth || d->left[d->depth - 1])
		return cbor_dec_fail(d, -EPROTO);
	d->depth--;
	return 0;
}

KM_EXPORT(cbor_leave);

/**
 * cbor_skip() - consume one complete item of any type
 * @d: decoder
 *
 * Checks the item's full structure: tags are followed by an item,
 * breaks appear only where an indefinite container may end, definite
 * containers hold exactly their count, indefinite strings hold only
 * definite chunks of their own type.  Nesting counts towards
 * CBOR_MAX_DEPTH together with the containers already entered.  The work
 * is bounded by the input length whatever the announced counts.
 *
 * Return: 0 or negative errno; on error the read position is unchanged.
 */
int cbor_skip(struct cbor_dec *d)
{
	u64 rem[CBOR_MAX_DEPTH];	/* definite: items left; indef: seen */
	bool indef[CBOR_MAX_DEPTH];
	bool map[CBOR_MAX_DEPTH];
	unsigned int n = 0;
	bool tagged = false;
	const u8 *p = d->p;

	if (d->err)
		return d->err;
	if (d->depth && !d->left[d->depth - 1])
		return cbor_dec_fail(d, -EPROTO);

	for (;;) {
		struct cbor_item it;
		const u8 *next, *after;
		int ret;

		if (p == d->end)
			return cbor_dec_fail(d, -EBADMSG);
		ret = cbor_head(p, d->end, d->flags, &it, &next, &after);
		if (ret)
			return cbor_dec_fail(d, ret);
		p = after;

		if (it.type == CBOR_T_BREAK) {
			if (tagged || !n || !indef[n - 1])
				return cbor_dec_fail(d, -EBADMSG);
			/* an indefinite map must not end after a key */
			if (map[n - 1] && (rem[n - 1] & 1))
				return cbor_dec_fail(d, -EBADMSG);
			n--;		/* the container is now complete */
		} else if (it.type == CBOR_T_TAG) {
			tagged = true;
			continue;
		} else if (it.type == CBOR_T_ARRAY || it.type == CBOR_T_MAP) {
			if (d->depth + n >= CBOR_MAX_DEPTH)
				return cbor_dec_fail(d, -E2BIG);
			tagged = false;
			if (it.indef || it.len) {
				indef[n] = it.indef;
				map[n] = it.type == CBOR_T_MAP;
				rem[n] = map[n] ? 2 * it.len : it.len;
				n++;
				continue;
			}
		}
		tagged = false;

		/* One item completed: close every container it fills. */
		for (;;) {
			if (!n)
				goto done;
			if (indef[n - 1]) {
				rem[n - 1]++;
				break;
			}
			if (--rem[n - 1])
				break;
			n--;
		}
	}
done:
	cbor_dec_commit(d, p, true);
	return 0;
}

KM_EXPORT(cbor_skip);

/**
 * cbor_dec_finish() - check that decoding consumed exactly the input
 * @d: decoder
 *
 * Return: the sticky error if any, -EPROTO if a container is still
 * entered, -EBADMSG if bytes remain, else 0.
 */
int cbor_dec_finish(struct cbor_dec *d)
{
	if (d->err)
		return d->err;
	if (d->depth)
		return cbor_dec_fail(d, -EPROTO);
	if (d->p != d->end)
		return cbor_dec_fail(d, -EBADMSG);
	return 0;
}

KM_EXPORT(cbor_dec_finish);
