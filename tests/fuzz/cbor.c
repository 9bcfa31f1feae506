// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * libFuzzer target: the lib/cbor decoder on arbitrary input.
 *
 * Besides memory safety (ASan/UBSan, the input is an exact-size heap
 * copy), it asserts that:
 *  - cbor_skip() and an independent recursive walker built on cbor_next()
 *    (the diagnostic printer of the vector tests) agree on well-formedness,
 *    except where the printer runs out of its own depth or output space;
 *  - cbor_next() always makes progress and ends at the end of the input;
 *  - a well-formed item re-encoded token by token with cbor_put_*() is
 *    well-formed, re-encodes to itself, and equals the input exactly when
 *    the input was accepted in strict mode (preferred encodings only);
 *  - a walk with the typed getters, entering every definite container,
 *    never fails on a strict-valid item except with -EPROTO (indefinite
 *    item, float, simple value), -ERANGE (integer below -2^63) or -E2BIG.
 */
#include <assert.h>
#include <stdlib.h>

#include "../../kunit/cbor_rfc8949_vectors.h"

#define FUZZ_MAX	4096

static int getter_walk(struct cbor_dec *d)
{
	size_t n, i;
	const u8 *p;
	const char *s;
	u64 u;
	s64 v;
	bool b;
	int ret;

	switch (cbor_peek(d)) {
	case CBOR_T_UINT:
		return cbor_get_uint(d, &u);
	case CBOR_T_NINT:
		return cbor_get_int(d, &v);	/* -ERANGE below -2^63 */
	case CBOR_T_BYTES:
		return cbor_get_bytes(d, &p, &n);
	case CBOR_T_TEXT:
		return cbor_get_text(d, &s, &n);
	case CBOR_T_TRUE:
	case CBOR_T_FALSE:
		return cbor_get_bool(d, &b);
	case CBOR_T_NULL:
		return cbor_get_null(d);
	case CBOR_T_TAG:
		ret = cbor_get_tag(d, &u);
		return ret ? ret : getter_walk(d);
	case CBOR_T_ARRAY:
	case CBOR_T_MAP:
		if (cbor_peek(d) == CBOR_T_ARRAY)
			ret = cbor_enter_array(d, &n);
		else
			ret = cbor_enter_map(d, &n);
		if (ret)
			return ret;
		if (cbor_peek(d) == CBOR_T_NONE && d->left[d->depth - 1])
			return cbor_skip(d);	/* malformed: let skip say so */
		for (i = 0; i < d->left[d->depth - 1]; )
			if (getter_walk(d))
				return d->err;
		return cbor_leave(d);
	default:
		return cbor_skip(d);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static u8 out[2 * FUZZ_MAX + 64], out2[2 * FUZZ_MAX + 64];
	static char diag[16 * FUZZ_MAX];
	struct cbor_item it;
	struct cbor_dec d;
	size_t n1 = 0, n2 = 0;
	int lax, strict, dg, ret;
	u8 *in;

	if (size > FUZZ_MAX)
		return 0;
	in = malloc(size ? size : 1);
	memcpy(in, data, size);

	lax = cbor_skip_all(in, size, 0);
	strict = cbor_skip_all(in, size, CBOR_DEC_STRICT);
	assert(!strict || strict == -EBADMSG || strict == -E2BIG ||
	       lax == strict);
	if (!strict)
		assert(!lax);

	dg = cbor_diag(in, size, 0, diag, sizeof(diag));
	if (!dg)
		assert(!lax);
	if (!lax)
		assert(!dg || dg == -E2BIG || dg == -ENOSPC);

	/* the tokenizer always progresses */
	cbor_dec_init(&d, in, size, 0);
	for (;;) {
		const u8 *before = d.p;

		if (cbor_next(&d, &it) || it.type == CBOR_T_NONE)
			break;
		assert(d.p > before && d.p <= d.end);
	}
	if (!d.err)
		assert(d.p == d.end);

	if (!lax) {
		ret = cbor_reencode(in, size, out, sizeof(out), &n1);
		assert(!ret);
		assert(!cbor_skip_all(out, n1, 0));
		ret = cbor_reencode(out, n1, out2, sizeof(out2), &n2);
		assert(!ret && n2 == n1 && !memcmp(out, out2, n1));
		if (!strict)
			assert(n1 == size && !memcmp(out, in, size));
	}

	if (!strict) {
		cbor_dec_init(&d, in, size, CBOR_DEC_STRICT);
		ret = getter_walk(&d);
		if (!ret)
			ret = cbor_dec_finish(&d);
		assert(!ret || ret == -EPROTO || ret == -E2BIG ||
		       ret == -ERANGE);
	}
	free(in);
	return 0;
}
