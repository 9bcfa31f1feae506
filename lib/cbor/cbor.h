/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * lib/cbor - a small, strict, non-allocating CBOR (RFC 8949) codec.
 *
 * Encoder: the caller supplies the output buffer.  Errors are sticky: every
 * cbor_put_*() after the first failure is a no-op, so a sequence of puts is
 * checked once with cbor_enc_finish().  On overflow the encoder keeps
 * counting, so cbor_enc_finish() also reports the size that would have been
 * needed (a NULL buffer of capacity 0 is a pure size calculation).
 *
 * Decoder: a pull parser over a caller-owned byte range.  Typed getters
 * consume exactly one item of the expected type and fail with -EPROTO on
 * any other type; errors are sticky as well.  Only preferred ("shortest")
 * argument encodings are accepted for integers, lengths and tags when
 * CBOR_DEC_STRICT is set; indefinite-length items, floats and simple values
 * can be read with cbor_next() for generic consumers (tests, diagnostics)
 * but are rejected by the typed getters.  Nesting is bounded by
 * CBOR_MAX_DEPTH.  The decoder never reads outside [buf, buf + len).
 *
 * Container accounting: cbor_enter_array()/cbor_enter_map() remember how
 * many items the container holds.  Every typed getter and cbor_skip()
 * consumes one of them (a tag only prefixes the item that follows and is
 * not counted); asking for an item past the end of the entered container
 * fails with -EPROTO, cbor_peek() reports CBOR_T_NONE there, and
 * cbor_leave() fails with -EPROTO unless every item was consumed.
 *
 * cbor_next() is a flat tokenizer for generic consumers: it checks each
 * head (reserved additional information, strict preferred encodings,
 * lengths inside the buffer, simple values, the chunks of an
 * indefinite-length string) but leaves the structure (element counts,
 * where a break may appear) to its caller and does not take part in the
 * container accounting above; do not mix it with the typed getters inside
 * an entered container.  cbor_skip() checks the whole structure of one
 * item, with the same depth bound.
 *
 * Strict mode (CBOR_DEC_STRICT) additionally rejects floats that have a
 * shorter exact encoding (RFC 8949 section 4.1 preferred serialization)
 * and text strings that are not valid UTF-8 (RFC 3629: no overlong forms,
 * no surrogates, nothing above U+10FFFF).  Without it, text is not
 * checked.  Duplicate map keys are never detected by the codec.
 *
 * Error values (all negative errno):
 *  -EBADMSG   malformed or truncated input, reserved additional info,
 *             non-preferred encoding in strict mode, trailing bytes at
 *             cbor_dec_finish()
 *  -EPROTO    well-formed item of the wrong type for the getter (also an
 *             indefinite-length item, float or simple value given to a
 *             typed getter, and the container accounting errors above)
 *  -ERANGE    integer does not fit the requested C type
 *  -E2BIG     nesting deeper than CBOR_MAX_DEPTH, or a count too large
 *  -EMSGSIZE  encoder output buffer too small
 *  -EINVAL    encoder asked to emit something CBOR cannot express (a
 *             reserved simple value, a bad float width)
 */
#ifndef KEYMINT_LIB_CBOR_H
#define KEYMINT_LIB_CBOR_H

#include "../port.h"

#define CBOR_MAX_DEPTH	16

/* Major types (RFC 8949 section 3.1). */
enum cbor_major {
	CBOR_MAJOR_UINT = 0,
	CBOR_MAJOR_NINT = 1,
	CBOR_MAJOR_BYTES = 2,
	CBOR_MAJOR_TEXT = 3,
	CBOR_MAJOR_ARRAY = 4,
	CBOR_MAJOR_MAP = 5,
	CBOR_MAJOR_TAG = 6,
	CBOR_MAJOR_SIMPLE = 7,
};

/* Item types reported by cbor_next() and cbor_peek(). */
enum cbor_type {
	CBOR_T_NONE = 0,	/* end of input or error */
	CBOR_T_UINT,		/* value in .u */
	CBOR_T_NINT,		/* value is -1 - .u */
	CBOR_T_BYTES,		/* .ptr/.len, or indefinite start (.indef) */
	CBOR_T_TEXT,		/* .ptr/.len, or indefinite start (.indef) */
	CBOR_T_ARRAY,		/* .len elements, or indefinite (.indef) */
	CBOR_T_MAP,		/* .len pairs, or indefinite (.indef) */
	CBOR_T_TAG,		/* tag number in .u; the tagged item follows */
	CBOR_T_FALSE,
	CBOR_T_TRUE,
	CBOR_T_NULL,
	CBOR_T_UNDEFINED,
	CBOR_T_SIMPLE,		/* other simple value in .u */
	CBOR_T_FLOAT,		/* raw IEEE bits in .u, width in .len (2, 4, 8) */
	CBOR_T_BREAK,		/* 0xff stop code of an indefinite item */
};

/**
 * struct cbor_item - one decoded data item header.
 * @type: what was read
 * @indef: the item is an indefinite-length string, array or map
 * @u: unsigned argument (integer magnitude, tag number, float bits)
 * @len: byte length of a string, element count of an array, pair count
 *	of a map, or byte width of a float
 * @ptr: first byte of a definite-length string's content
 */
struct cbor_item {
	enum cbor_type type;
	bool indef;
	u64 u;
	u64 len;
	const u8 *ptr;
};

/**
 * struct cbor_enc - encoder state.
 * @buf: output buffer (may be NULL when @cap is 0)
 * @cap: size of @buf
 * @len: bytes produced so far (keeps counting past @cap)
 * @err: first error, or 0
 */
struct cbor_enc {
	u8 *buf;
	size_t cap;
	size_t len;
	int err;
};

/* Decoder flags. */
#define CBOR_DEC_STRICT	0x1	/* reject non-preferred argument encodings */

/**
 * struct cbor_dec - decoder state.
 * @p: next byte to read
 * @end: one past the last byte
 * @err: first error, or 0
 * @flags: CBOR_DEC_* flags
 * @depth: current nesting of containers entered with the getters
 * @left: items not yet consumed in each entered container (a map counts
 *	keys and values)
 */
struct cbor_dec {
	const u8 *p;
	const u8 *end;
	int err;
	unsigned int flags;
	unsigned int depth;
	u64 left[CBOR_MAX_DEPTH];
};

void cbor_enc_init(struct cbor_enc *e, u8 *buf, size_t cap);
void cbor_put_uint(struct cbor_enc *e, u64 v);
void cbor_put_int(struct cbor_enc *e, s64 v);
void cbor_put_bytes(struct cbor_enc *e, const void *p, size_t n);
void cbor_put_text(struct cbor_enc *e, const char *s, size_t n);
void cbor_put_cstr(struct cbor_enc *e, const char *s);
void cbor_put_array(struct cbor_enc *e, u64 count);
void cbor_put_map(struct cbor_enc *e, u64 pairs);
void cbor_put_tag(struct cbor_enc *e, u64 tag);
void cbor_put_bool(struct cbor_enc *e, bool b);
void cbor_put_null(struct cbor_enc *e);
void cbor_put_raw(struct cbor_enc *e, const void *p, size_t n);
void cbor_put_nint(struct cbor_enc *e, u64 n);
void cbor_put_undefined(struct cbor_enc *e);
void cbor_put_simple(struct cbor_enc *e, u8 v);
void cbor_put_float_bits(struct cbor_enc *e, u64 bits, unsigned int width);
void cbor_put_indef(struct cbor_enc *e, enum cbor_major major);
void cbor_put_break(struct cbor_enc *e);
int cbor_enc_finish(const struct cbor_enc *e, size_t *len);

void cbor_dec_init(struct cbor_dec *d, const u8 *buf, size_t len,
		   unsigned int flags);
int cbor_next(struct cbor_dec *d, struct cbor_item *it);
enum cbor_type cbor_peek(struct cbor_dec *d);
int cbor_get_uint(struct cbor_dec *d, u64 *v);
int cbor_get_u32(struct cbor_dec *d, u32 *v);
int cbor_get_int(struct cbor_dec *d, s64 *v);
int cbor_get_s32(struct cbor_dec *d, s32 *v);
int cbor_get_bytes(struct cbor_dec *d, const u8 **p, size_t *n);
int cbor_get_text(struct cbor_dec *d, const char **s, size_t *n);
int cbor_get_bool(struct cbor_dec *d, bool *b);
int cbor_get_null(struct cbor_dec *d);
int cbor_get_tag(struct cbor_dec *d, u64 *tag);
int cbor_enter_array(struct cbor_dec *d, size_t *count);
int cbor_enter_map(struct cbor_dec *d, size_t *pairs);
int cbor_leave(struct cbor_dec *d);
int cbor_skip(struct cbor_dec *d);
int cbor_dec_finish(struct cbor_dec *d);

#endif /* KEYMINT_LIB_CBOR_H */
