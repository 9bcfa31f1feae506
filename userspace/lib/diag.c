// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * diag.c - libkeymint: CBOR diagnostic notation (RFC 8949 section 8) of a
 * buffer, for `keymint raw` and debugging.  Writes only to the stream the
 * caller passes.
 */
#include <errno.h>
#include <stdio.h>

#include "../../lib/cbor/cbor.h"
#include "keymint.h"

static void km_diag_bytes(FILE *f, const u8 *p, u64 n)
{
	u64 i;

	fputs("h'", f);
	for (i = 0; i < n; i++)
		fprintf(f, "%02x", p[i]);
	fputc('\'', f);
}

static void km_diag_text(FILE *f, const u8 *p, u64 n)
{
	u64 i;

	fputc('"', f);
	for (i = 0; i < n; i++) {
		if (p[i] == '"' || p[i] == '\\')
			fprintf(f, "\\%c", p[i]);
		else if (p[i] < 0x20 || p[i] == 0x7f)
			fprintf(f, "\\u%04x", p[i]);
		else
			fputc(p[i], f);
	}
	fputc('"', f);
}

static int km_diag_item(FILE *f, struct cbor_dec *d, unsigned int depth);

/* Items of a container until its count runs out or, if indefinite, a break. */
static int km_diag_seq(FILE *f, struct cbor_dec *d, const struct cbor_item *it,
		       unsigned int per, unsigned int depth)
{
	u64 i;
	int r;

	for (i = 0; it->indef || i / per < it->len; i++) {
		if (it->indef && cbor_peek(d) == CBOR_T_BREAK) {
			struct cbor_item brk;

			return cbor_next(d, &brk);
		}
		if (i)
			fputs(per == 2 && (i & 1) ? ": " : ", ", f);
		r = km_diag_item(f, d, depth + 1);
		if (r)
			return r;
	}
	return 0;
}

static int km_diag_item(FILE *f, struct cbor_dec *d, unsigned int depth)
{
	struct cbor_item it;
	int r;

	if (depth > CBOR_MAX_DEPTH)
		return -E2BIG;
	r = cbor_next(d, &it);
	if (r)
		return r;
	switch (it.type) {
	case CBOR_T_UINT:
		fprintf(f, "%llu", (unsigned long long)it.u);
		return 0;
	case CBOR_T_NINT:
		if (it.u == UINT64_MAX)
			fputs("-18446744073709551616", f);
		else
			fprintf(f, "-%llu", (unsigned long long)it.u + 1);
		return 0;
	case CBOR_T_BYTES:
	case CBOR_T_TEXT:
		if (it.indef) {
			fputs("(_ ", f);
			r = km_diag_seq(f, d, &it, 1, depth);
			if (!r)
				fputc(')', f);
			return r;
		}
		if (it.type == CBOR_T_BYTES)
			km_diag_bytes(f, it.ptr, it.len);
		else
			km_diag_text(f, it.ptr, it.len);
		return 0;
	case CBOR_T_ARRAY:
	case CBOR_T_MAP:
		fputs(it.type == CBOR_T_ARRAY ? "[" : "{", f);
		if (it.indef)
			fputs("_ ", f);
		r = km_diag_seq(f, d, &it, it.type == CBOR_T_MAP ? 2 : 1,
				depth);
		if (!r)
			fputs(it.type == CBOR_T_ARRAY ? "]" : "}", f);
		return r;
	case CBOR_T_TAG:
		fprintf(f, "%llu(", (unsigned long long)it.u);
		r = km_diag_item(f, d, depth + 1);
		if (!r)
			fputc(')', f);
		return r;
	case CBOR_T_FALSE:
		fputs("false", f);
		return 0;
	case CBOR_T_TRUE:
		fputs("true", f);
		return 0;
	case CBOR_T_NULL:
		fputs("null", f);
		return 0;
	case CBOR_T_UNDEFINED:
		fputs("undefined", f);
		return 0;
	case CBOR_T_SIMPLE:
		fprintf(f, "simple(%llu)", (unsigned long long)it.u);
		return 0;
	case CBOR_T_FLOAT:
		/* Raw bits: exact, and needs no floating-point formatting. */
		fprintf(f, "float%u(0x%0*llx)", (unsigned int)it.len * 8,
			(int)it.len * 2, (unsigned long long)it.u);
		return 0;
	default:
		return -EBADMSG;	/* a stray break or an unknown item */
	}
}

/**
 * km_cbor_diag() - print CBOR in diagnostic notation
 * @f: output stream
 * @buf: encoded CBOR, a sequence of one or more items
 * @len: its length
 *
 * Items of a sequence are separated by ", ".  Integers, strings, arrays,
 * maps, tags and simple values are printed as in RFC 8949 section 8;
 * floats as their raw bits, float16(0x3c00) for 1.0.
 *
 * Return: 0, or KM_CLIENT_ERR(EBADMSG/E2BIG) for malformed or too deeply
 * nested input (what was printed so far stays printed).
 */
int km_cbor_diag(FILE *f, const uint8_t *buf, size_t len)
{
	struct cbor_dec d;
	bool first = true;
	int r;

	if (!f || (!buf && len))
		return KM_CLIENT_ERR(EINVAL);
	if (!len)
		return KM_CLIENT_ERR(EBADMSG);
	cbor_dec_init(&d, buf, len, 0);
	while (d.p < d.end) {
		if (!first)
			fputs(", ", f);
		first = false;
		r = km_diag_item(f, &d, 0);
		if (r)
			return KM_CLIENT_ERR(-r);
	}
	return 0;
}
