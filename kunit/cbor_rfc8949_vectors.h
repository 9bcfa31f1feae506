/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * RFC 8949 Appendix A vectors and malformed-input cases for lib/cbor,
 * shared by the KUnit suite (kunit/cbor_kunit.c) and the userspace unit
 * test (tests/unit/cbor_test.c), plus the tiny diagnostic-notation printer
 * and token re-encoder both use.  Needs only lib/cbor and lib/port.h.
 *
 * Diagnostic notation follows RFC 8949 section 8 except:
 *  - floats are printed by their bits, "f16:3c00", "f32:47c35000",
 *    "f64:3ff199999999999a" (no floating point in the kernel), with
 *    Infinity, -Infinity and NaN named as in the RFC;
 *  - text is printed as its UTF-8 bytes, escaping only '"' and '\';
 *  - bignums stay tagged items (2(h'...')); the RFC value is in .rfc.
 */
#ifndef KEYMINT_KUNIT_CBOR_RFC8949_VECTORS_H
#define KEYMINT_KUNIT_CBOR_RFC8949_VECTORS_H

#include "../lib/cbor/cbor.h"

/**
 * struct cbor_vec - one RFC 8949 Appendix A example.
 * @hex: the encoding
 * @diag: expected output of cbor_diag()
 * @rfc: the RFC's own diagnostic text where it differs from @diag
 * @strict_ok: also accepted under CBOR_DEC_STRICT (false for the
 *	non-preferred float encodings the appendix lists)
 */
struct cbor_vec {
	const char *hex;
	const char *diag;
	const char *rfc;
	bool strict_ok;
};

static const struct cbor_vec cbor_rfc8949_vecs[] __maybe_unused = {
	{ "00", "0", NULL, true },
	{ "01", "1", NULL, true },
	{ "0a", "10", NULL, true },
	{ "17", "23", NULL, true },
	{ "1818", "24", NULL, true },
	{ "1819", "25", NULL, true },
	{ "1864", "100", NULL, true },
	{ "1903e8", "1000", NULL, true },
	{ "1a000f4240", "1000000", NULL, true },
	{ "1b000000e8d4a51000", "1000000000000", NULL, true },
	{ "1bffffffffffffffff", "18446744073709551615", NULL, true },
	{ "c249010000000000000000", "2(h'010000000000000000')",
	  "18446744073709551616", true },
	{ "3bffffffffffffffff", "-18446744073709551616", NULL, true },
	{ "c349010000000000000000", "3(h'010000000000000000')",
	  "-18446744073709551617", true },
	{ "20", "-1", NULL, true },
	{ "29", "-10", NULL, true },
	{ "3863", "-100", NULL, true },
	{ "3903e7", "-1000", NULL, true },
	{ "f90000", "f16:0000", "0.0", true },
	{ "f98000", "f16:8000", "-0.0", true },
	{ "f93c00", "f16:3c00", "1.0", true },
	{ "fb3ff199999999999a", "f64:3ff199999999999a", "1.1", true },
	{ "f93e00", "f16:3e00", "1.5", true },
	{ "f97bff", "f16:7bff", "65504.0", true },
	{ "fa47c35000", "f32:47c35000", "100000.0", true },
	{ "fa7f7fffff", "f32:7f7fffff", "3.4028234663852886e+38", true },
	{ "fb7e37e43c8800759c", "f64:7e37e43c8800759c", "1.0e+300", true },
	{ "f90001", "f16:0001", "5.960464477539063e-8", true },
	{ "f90400", "f16:0400", "0.00006103515625", true },
	{ "f9c400", "f16:c400", "-4.0", true },
	{ "fbc010666666666666", "f64:c010666666666666", "-4.1", true },
	{ "f97c00", "Infinity", NULL, true },
	{ "f97e00", "NaN", NULL, true },
	{ "f9fc00", "-Infinity", NULL, true },
	{ "fa7f800000", "Infinity", NULL, false },
	{ "fa7fc00000", "NaN", NULL, false },
	{ "faff800000", "-Infinity", NULL, false },
	{ "fb7ff0000000000000", "Infinity", NULL, false },
	{ "fb7ff8000000000000", "NaN", NULL, false },
	{ "fbfff0000000000000", "-Infinity", NULL, false },
	{ "f4", "false", NULL, true },
	{ "f5", "true", NULL, true },
	{ "f6", "null", NULL, true },
	{ "f7", "undefined", NULL, true },
	{ "f0", "simple(16)", NULL, true },
	{ "f8ff", "simple(255)", NULL, true },
	{ "c074323031332d30332d32315432303a30343a30305a",
	  "0(\"2013-03-21T20:04:00Z\")", NULL, true },
	{ "c11a514b67b0", "1(1363896240)", NULL, true },
	{ "c1fb41d452d9ec200000", "1(f64:41d452d9ec200000)",
	  "1(1363896240.5)", true },
	{ "d74401020304", "23(h'01020304')", NULL, true },
	{ "d818456449455446", "24(h'6449455446')", NULL, true },
	{ "d82076687474703a2f2f7777772e6578616d706c652e636f6d",
	  "32(\"http://www.example.com\")", NULL, true },
	{ "40", "h''", NULL, true },
	{ "4401020304", "h'01020304'", NULL, true },
	{ "60", "\"\"", NULL, true },
	{ "6161", "\"a\"", NULL, true },
	{ "6449455446", "\"IETF\"", NULL, true },
	{ "62225c", "\"\\\"\\\\\"", NULL, true },
	{ "62c3bc", "\"\xc3\xbc\"", "\"\\u00fc\"", true },
	{ "63e6b0b4", "\"\xe6\xb0\xb4\"", "\"\\u6c34\"", true },
	{ "64f0908591", "\"\xf0\x90\x85\x91\"", "\"\\ud800\\udd51\"", true },
	{ "80", "[]", NULL, true },
	{ "83010203", "[1, 2, 3]", NULL, true },
	{ "8301820203820405", "[1, [2, 3], [4, 5]]", NULL, true },
	{ "98190102030405060708090a0b0c0d0e0f101112131415161718181819",
	  "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]",
	  NULL, true },
	{ "a0", "{}", NULL, true },
	{ "a201020304", "{1: 2, 3: 4}", NULL, true },
	{ "a26161016162820203", "{\"a\": 1, \"b\": [2, 3]}", NULL, true },
	{ "826161a161626163", "[\"a\", {\"b\": \"c\"}]", NULL, true },
	{ "a56161614161626142616361436164614461656145",
	  "{\"a\": \"A\", \"b\": \"B\", \"c\": \"C\", \"d\": \"D\", \"e\": \"E\"}",
	  NULL, true },
	{ "5f42010243030405ff", "(_ h'0102', h'030405')", NULL, true },
	{ "7f657374726561646d696e67ff", "(_ \"strea\", \"ming\")", NULL,
	  true },
	{ "9fff", "[_ ]", NULL, true },
	{ "9f018202039f0405ffff", "[_ 1, [2, 3], [_ 4, 5]]", NULL, true },
	{ "9f01820203820405ff", "[_ 1, [2, 3], [4, 5]]", NULL, true },
	{ "83018202039f0405ff", "[1, [2, 3], [_ 4, 5]]", NULL, true },
	{ "83019f0203ff820405", "[1, [_ 2, 3], [4, 5]]", NULL, true },
	{ "9f0102030405060708090a0b0c0d0e0f101112131415161718181819ff",
	  "[_ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]",
	  NULL, true },
	{ "bf61610161629f0203ffff", "{_ \"a\": 1, \"b\": [_ 2, 3]}", NULL,
	  true },
	{ "826161bf61626163ff", "[\"a\", {_ \"b\": \"c\"}]", NULL, true },
	{ "bf6346756ef563416d7421ff", "{_ \"Fun\": true, \"Amt\": -2}", NULL,
	  true },
};

/**
 * struct cbor_bad - an input cbor_skip() + cbor_dec_finish() must reject
 *	(or, with @lax 0, accept only without CBOR_DEC_STRICT).
 * @hex: the input
 * @lax: expected result without CBOR_DEC_STRICT (0 or negative errno)
 * @strict: expected result with CBOR_DEC_STRICT
 * @what: the category, for failure messages
 */
struct cbor_bad {
	const char *hex;
	int lax;
	int strict;
	const char *what;
};

static const struct cbor_bad cbor_bad_vecs[] __maybe_unused = {
	/* reserved additional information 28..30, every major type */
	{ "1c", -EBADMSG, -EBADMSG, "reserved ai 28 uint" },
	{ "1d", -EBADMSG, -EBADMSG, "reserved ai 29 uint" },
	{ "1e", -EBADMSG, -EBADMSG, "reserved ai 30 uint" },
	{ "3c", -EBADMSG, -EBADMSG, "reserved ai nint" },
	{ "5d", -EBADMSG, -EBADMSG, "reserved ai bytes" },
	{ "7e", -EBADMSG, -EBADMSG, "reserved ai text" },
	{ "9c", -EBADMSG, -EBADMSG, "reserved ai array" },
	{ "bd", -EBADMSG, -EBADMSG, "reserved ai map" },
	{ "de00", -EBADMSG, -EBADMSG, "reserved ai tag" },
	{ "fc", -EBADMSG, -EBADMSG, "reserved ai 28 simple" },
	{ "fd", -EBADMSG, -EBADMSG, "reserved ai 29 simple" },
	{ "fe", -EBADMSG, -EBADMSG, "reserved ai 30 simple" },
	/* indefinite length where none exists */
	{ "1f", -EBADMSG, -EBADMSG, "indefinite uint" },
	{ "3f", -EBADMSG, -EBADMSG, "indefinite nint" },
	{ "df00", -EBADMSG, -EBADMSG, "indefinite tag" },
	/* break where no indefinite item ends */
	{ "ff", -EBADMSG, -EBADMSG, "bare break" },
	{ "81ff", -EBADMSG, -EBADMSG, "break in definite array" },
	{ "a101ff", -EBADMSG, -EBADMSG, "break in definite map" },
	{ "c0ff", -EBADMSG, -EBADMSG, "tag of a break" },
	{ "9fc0ffff", -EBADMSG, -EBADMSG, "tag of a break in indef array" },
	{ "bf01ff", -EBADMSG, -EBADMSG, "indef map ends after key" },
	{ "bf010203ff", -EBADMSG, -EBADMSG, "indef map odd item count" },
	/* indefinite strings with bad chunks, or unterminated */
	{ "5f6161ff", -EBADMSG, -EBADMSG, "text chunk in byte string" },
	{ "7f4161ff", -EBADMSG, -EBADMSG, "byte chunk in text string" },
	{ "5f5fffff", -EBADMSG, -EBADMSG, "nested indefinite chunk" },
	{ "7f7fffff", -EBADMSG, -EBADMSG, "nested indefinite text chunk" },
	{ "5f00ff", -EBADMSG, -EBADMSG, "integer chunk" },
	{ "5f4100", -EBADMSG, -EBADMSG, "byte string missing break" },
	{ "5f", -EBADMSG, -EBADMSG, "byte string head only" },
	{ "9f01", -EBADMSG, -EBADMSG, "array missing break" },
	{ "bf0102", -EBADMSG, -EBADMSG, "map missing break" },
	/* two-byte simple values below 32 are never well-formed */
	{ "f800", -EBADMSG, -EBADMSG, "simple(0) in two bytes" },
	{ "f814", -EBADMSG, -EBADMSG, "false in two bytes" },
	{ "f81f", -EBADMSG, -EBADMSG, "simple(31) in two bytes" },
	/* lengths and counts beyond the buffer */
	{ "41", -EBADMSG, -EBADMSG, "byte string past end" },
	{ "5affffffff00", -EBADMSG, -EBADMSG, "2^32-1 byte string" },
	{ "7b7fffffffffffffff", -EBADMSG, -EBADMSG, "2^63-1 text string" },
	{ "5bffffffffffffffff01", -EBADMSG, -EBADMSG, "2^64-1 bytes" },
	{ "9bffffffffffffffff00", -EBADMSG, -EBADMSG, "2^64-1 elements" },
	{ "bbffffffffffffffff0000", -EBADMSG, -EBADMSG, "2^64-1 pairs" },
	{ "bb800000000000000000", -EBADMSG, -EBADMSG, "2^63 pairs" },
	{ "9a7fffffff00", -EBADMSG, -EBADMSG, "2^31-1 elements" },
	{ "a20102", -EBADMSG, -EBADMSG, "map one pair short" },
	{ "9f9bffffffffffffffff", -EBADMSG, -EBADMSG, "nested huge count" },
	{ "18", -EBADMSG, -EBADMSG, "1-byte argument missing" },
	{ "1a0000", -EBADMSG, -EBADMSG, "4-byte argument truncated" },
	{ "fb000000", -EBADMSG, -EBADMSG, "double truncated" },
	{ "c0", -EBADMSG, -EBADMSG, "tag without item" },
	/* non-preferred argument encodings: fine unless strict */
	{ "1800", 0, -EBADMSG, "uint 0 in 1 byte" },
	{ "1817", 0, -EBADMSG, "uint 23 in 1 byte" },
	{ "190000", 0, -EBADMSG, "uint in 2 bytes" },
	{ "1900ff", 0, -EBADMSG, "uint 255 in 2 bytes" },
	{ "1a0000ffff", 0, -EBADMSG, "uint 65535 in 4 bytes" },
	{ "1b00000000ffffffff", 0, -EBADMSG, "uint 2^32-1 in 8 bytes" },
	{ "3800", 0, -EBADMSG, "nint in 1 byte" },
	{ "5800", 0, -EBADMSG, "bytes length in 1 byte" },
	{ "790000", 0, -EBADMSG, "text length in 2 bytes" },
	{ "9800", 0, -EBADMSG, "array count in 1 byte" },
	{ "ba00000000", 0, -EBADMSG, "map count in 4 bytes" },
	{ "d80000", 0, -EBADMSG, "tag 0 in 1 byte" },
	{ "5f5800ff", 0, -EBADMSG, "chunk length in 1 byte" },
	{ "fa3f800000", 0, -EBADMSG, "1.0 as float32" },
	{ "fb3ff0000000000000", 0, -EBADMSG, "1.0 as float64" },
	{ "fb3ff8000000000000", 0, -EBADMSG, "1.5 as float64" },
	{ "fa33800000", 0, -EBADMSG, "2^-24 as float32" },
	{ "fb3e70000000000000", 0, -EBADMSG, "2^-24 as float64" },
	{ "fa00000000", 0, -EBADMSG, "0.0 as float32" },
	/* preferred floats that must stay accepted in strict mode */
	{ "fa33000000", 0, 0, "2^-25 needs float32" },
	{ "fa477ff000", 0, 0, "65520.0 needs float32" },
	{ "fb3ff0000000000001", 0, 0, "1.0+ulp needs float64" },
	{ "fb36a0000000000000", 0, -EBADMSG, "2^-149 as float64" },
	{ "fb3690000000000000", 0, 0, "2^-150 needs float64" },
	/* invalid UTF-8: accepted unless strict */
	{ "61ff", 0, -EBADMSG, "0xff in text" },
	{ "6180", 0, -EBADMSG, "lone continuation byte" },
	{ "62c080", 0, -EBADMSG, "overlong NUL" },
	{ "63e08080", 0, -EBADMSG, "overlong 3-byte" },
	{ "63eda080", 0, -EBADMSG, "surrogate U+D800" },
	{ "64f4908080", 0, -EBADMSG, "above U+10FFFF" },
	{ "62e6b0", 0, -EBADMSG, "truncated sequence" },
	{ "7f61c361bcff", 0, -EBADMSG, "code point split over chunks" },
	{ "64f48fbfbf", 0, 0, "U+10FFFF is valid" },
	/* trailing bytes after one complete item */
	{ "0000", -EBADMSG, -EBADMSG, "two items" },
	{ "8000", -EBADMSG, -EBADMSG, "item then uint" },
	{ "9fffff", -EBADMSG, -EBADMSG, "item then break" },
};

/* ---- helpers shared by both test programs ---------------------------- */

static int __maybe_unused cbor_t_unhex(const char *hex, u8 *out, size_t cap)
{
	size_t n = 0;

	while (hex[0] && hex[1]) {
		int v = 0, k;

		for (k = 0; k < 2; k++) {
			char c = hex[k];

			v <<= 4;
			if (c >= '0' && c <= '9')
				v |= c - '0';
			else if (c >= 'a' && c <= 'f')
				v |= c - 'a' + 10;
			else if (c >= 'A' && c <= 'F')
				v |= c - 'A' + 10;
			else
				return -1;
		}
		if (n == cap)
			return -1;
		out[n++] = (u8)v;
		hex += 2;
	}
	return hex[0] ? -1 : (int)n;
}

/**
 * struct cbor_diag_buf - output of the diagnostic printer.
 * @s: buffer, kept NUL-terminated
 * @cap: size of @s
 * @len: characters written
 * @full: something did not fit
 */
struct cbor_diag_buf {
	char *s;
	size_t cap;
	size_t len;
	bool full;
};

static void cbor_diag_putn(struct cbor_diag_buf *b, const char *p, size_t n)
{
	while (n--) {
		if (b->len + 1 >= b->cap) {
			b->full = true;
			return;
		}
		b->s[b->len++] = *p++;
		b->s[b->len] = 0;
	}
}

static void cbor_diag_puts(struct cbor_diag_buf *b, const char *p)
{
	cbor_diag_putn(b, p, strlen(p));
}

static void cbor_diag_u64(struct cbor_diag_buf *b, u64 v)
{
	char t[21];
	int i = sizeof(t);

	do {
		t[--i] = '0' + (char)(v % 10);
		v /= 10;
	} while (v);
	cbor_diag_putn(b, t + i, sizeof(t) - i);
}

static void cbor_diag_hex(struct cbor_diag_buf *b, u64 v, unsigned int bytes)
{
	static const char x[] = "0123456789abcdef";
	char t[16];
	unsigned int i;

	for (i = 0; i < 2 * bytes; i++)
		t[i] = x[(v >> (4 * (2 * bytes - 1 - i))) & 15];
	cbor_diag_putn(b, t, 2 * bytes);
}

static void cbor_diag_float(struct cbor_diag_buf *b, u64 bits, u64 width)
{
	unsigned int ebits = width == 2 ? 5 : width == 4 ? 8 : 11;
	unsigned int mbits = 8 * (unsigned int)width - 1 - ebits;
	u64 exp = (bits >> mbits) & ((1ULL << ebits) - 1);
	u64 man = bits & ((1ULL << mbits) - 1);
	bool neg = bits >> (8 * width - 1);

	if (exp == (1ULL << ebits) - 1) {
		cbor_diag_puts(b, man ? "NaN" : neg ? "-Infinity" :
			       "Infinity");
		return;
	}
	cbor_diag_puts(b, width == 2 ? "f16:" : width == 4 ? "f32:" : "f64:");
	cbor_diag_hex(b, bits, (unsigned int)width);
}

static void cbor_diag_str(struct cbor_diag_buf *b, const struct cbor_item *it)
{
	size_t i;

	if (it->type == CBOR_T_BYTES) {
		cbor_diag_puts(b, "h'");
		for (i = 0; i < it->len; i++)
			cbor_diag_hex(b, it->ptr[i], 1);
		cbor_diag_puts(b, "'");
		return;
	}
	cbor_diag_puts(b, "\"");
	for (i = 0; i < it->len; i++) {
		char c = (char)it->ptr[i];

		if (c == '"' || c == '\\')
			cbor_diag_puts(b, "\\");
		cbor_diag_putn(b, &c, 1);
	}
	cbor_diag_puts(b, "\"");
}

/*
 * Print one item read with cbor_next() in diagnostic notation.  Returns 0,
 * a decoder error, or -EBADMSG for structure cbor_next() leaves to its
 * caller (a misplaced break, a missing item).  Recursion is bounded by
 * @depth, like the decoder's own depth limit.
 */
static int cbor_diag_item(struct cbor_dec *d, struct cbor_diag_buf *b,
			  unsigned int depth)
{
	struct cbor_item it, brk;
	u64 i;
	int ret = cbor_next(d, &it);

	if (ret)
		return ret;
	switch (it.type) {
	case CBOR_T_UINT:
		cbor_diag_u64(b, it.u);
		return 0;
	case CBOR_T_NINT:
		cbor_diag_puts(b, "-");
		if (it.u == ~0ULL)
			cbor_diag_puts(b, "18446744073709551616");
		else
			cbor_diag_u64(b, it.u + 1);
		return 0;
	case CBOR_T_BYTES:
	case CBOR_T_TEXT:
		if (!it.indef) {
			cbor_diag_str(b, &it);
			return 0;
		}
		cbor_diag_puts(b, "(_ ");
		for (i = 0; cbor_peek(d) != CBOR_T_BREAK; i++) {
			struct cbor_item c;

			ret = cbor_next(d, &c);
			if (ret)
				return ret;
			if (c.type != it.type || c.indef)
				return -EBADMSG;
			if (i)
				cbor_diag_puts(b, ", ");
			cbor_diag_str(b, &c);
		}
		cbor_next(d, &brk);
		cbor_diag_puts(b, ")");
		return 0;
	case CBOR_T_ARRAY:
	case CBOR_T_MAP:
		if (depth >= CBOR_MAX_DEPTH)
			return -E2BIG;
		cbor_diag_puts(b, it.type == CBOR_T_ARRAY ? "[" : "{");
		if (it.indef)
			cbor_diag_puts(b, "_ ");
		for (i = 0; it.indef ? cbor_peek(d) != CBOR_T_BREAK : i < it.len;
		     i++) {
			if (cbor_peek(d) == CBOR_T_NONE)
				return d->err ? d->err : -EBADMSG;
			if (i)
				cbor_diag_puts(b, ", ");
			ret = cbor_diag_item(d, b, depth + 1);
			if (ret)
				return ret;
			if (it.type == CBOR_T_MAP) {
				cbor_diag_puts(b, ": ");
				ret = cbor_diag_item(d, b, depth + 1);
				if (ret)
					return ret;
			}
		}
		if (it.indef)
			cbor_next(d, &brk);
		cbor_diag_puts(b, it.type == CBOR_T_ARRAY ? "]" : "}");
		return 0;
	case CBOR_T_TAG:
		if (depth >= 4 * CBOR_MAX_DEPTH)
			return -E2BIG;
		cbor_diag_u64(b, it.u);
		cbor_diag_puts(b, "(");
		ret = cbor_diag_item(d, b, depth + 1);
		cbor_diag_puts(b, ")");
		return ret;
	case CBOR_T_FALSE:
		cbor_diag_puts(b, "false");
		return 0;
	case CBOR_T_TRUE:
		cbor_diag_puts(b, "true");
		return 0;
	case CBOR_T_NULL:
		cbor_diag_puts(b, "null");
		return 0;
	case CBOR_T_UNDEFINED:
		cbor_diag_puts(b, "undefined");
		return 0;
	case CBOR_T_SIMPLE:
		cbor_diag_puts(b, "simple(");
		cbor_diag_u64(b, it.u);
		cbor_diag_puts(b, ")");
		return 0;
	case CBOR_T_FLOAT:
		cbor_diag_float(b, it.u, it.len);
		return 0;
	default:
		return -EBADMSG;	/* break or end of input */
	}
}

/*
 * Decode @in (one item, nothing after it) into diagnostic notation.
 * Returns 0 or negative errno.
 */
static int __maybe_unused cbor_diag(const u8 *in, size_t n,
				    unsigned int flags, char *out, size_t cap)
{
	struct cbor_diag_buf b = { .s = out, .cap = cap };
	struct cbor_dec d;
	int ret;

	out[0] = 0;
	cbor_dec_init(&d, in, n, flags);
	ret = cbor_diag_item(&d, &b, 0);
	if (!ret)
		ret = cbor_dec_finish(&d);
	if (!ret && b.full)
		ret = -ENOSPC;
	return ret;
}

/*
 * Re-encode every token of @in with the cbor_put_*() API (the encoder
 * chooses the argument widths itself; floats keep their width).
 * Returns 0 or negative errno; *@outlen gets the encoded size.
 */
static int __maybe_unused cbor_reencode(const u8 *in, size_t n, u8 *out,
					size_t cap, size_t *outlen)
{
	struct cbor_dec d;
	struct cbor_enc e;
	struct cbor_item it;
	int ret;

	cbor_dec_init(&d, in, n, 0);
	cbor_enc_init(&e, out, cap);
	for (;;) {
		ret = cbor_next(&d, &it);
		if (ret)
			return ret;
		switch (it.type) {
		case CBOR_T_NONE:
			return cbor_enc_finish(&e, outlen);
		case CBOR_T_UINT:
			cbor_put_uint(&e, it.u);
			break;
		case CBOR_T_NINT:
			cbor_put_nint(&e, it.u);
			break;
		case CBOR_T_BYTES:
			if (it.indef)
				cbor_put_indef(&e, CBOR_MAJOR_BYTES);
			else
				cbor_put_bytes(&e, it.ptr, it.len);
			break;
		case CBOR_T_TEXT:
			if (it.indef)
				cbor_put_indef(&e, CBOR_MAJOR_TEXT);
			else
				cbor_put_text(&e, (const char *)it.ptr, it.len);
			break;
		case CBOR_T_ARRAY:
			if (it.indef)
				cbor_put_indef(&e, CBOR_MAJOR_ARRAY);
			else
				cbor_put_array(&e, it.len);
			break;
		case CBOR_T_MAP:
			if (it.indef)
				cbor_put_indef(&e, CBOR_MAJOR_MAP);
			else
				cbor_put_map(&e, it.len);
			break;
		case CBOR_T_TAG:
			cbor_put_tag(&e, it.u);
			break;
		case CBOR_T_FALSE:
		case CBOR_T_TRUE:
			cbor_put_bool(&e, it.type == CBOR_T_TRUE);
			break;
		case CBOR_T_NULL:
			cbor_put_null(&e);
			break;
		case CBOR_T_UNDEFINED:
			cbor_put_undefined(&e);
			break;
		case CBOR_T_SIMPLE:
			cbor_put_simple(&e, (u8)it.u);
			break;
		case CBOR_T_FLOAT:
			cbor_put_float_bits(&e, it.u, (unsigned int)it.len);
			break;
		case CBOR_T_BREAK:
			cbor_put_break(&e);
			break;
		}
	}
}

/* cbor_skip() over one item, then cbor_dec_finish(): 0 or first error. */
static int __maybe_unused cbor_skip_all(const u8 *in, size_t n,
					unsigned int flags)
{
	struct cbor_dec d;
	int ret;

	cbor_dec_init(&d, in, n, flags);
	ret = cbor_skip(&d);
	if (ret)
		return ret;
	return cbor_dec_finish(&d);
}

#endif /* KEYMINT_KUNIT_CBOR_RFC8949_VECTORS_H */
