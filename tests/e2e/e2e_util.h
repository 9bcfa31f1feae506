/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * Helpers shared by the end-to-end programs that run inside the test guest
 * against the real /dev/keymint: a tiny CBOR head writer/reader (just what
 * the tests need to build requests and look at the envelope of responses)
 * and request/response round trips.
 */
#ifndef KEYMINT_TESTS_E2E_UTIL_H
#define KEYMINT_TESTS_E2E_UTIL_H

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <linux/keymint.h>

#include "../unit/check.h"

#define E2E_DEV "/dev/keymint"

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#endif

/* KeyMint ErrorCode values the tests look for. */
#define KM_ERR_OK				0
#define KM_ERR_INVALID_INPUT_LENGTH		(-21)
#define KM_ERR_INVALID_ARGUMENT			(-38)
#define KM_ERR_HARDWARE_NOT_YET_AVAILABLE	(-85)
#define KM_ERR_UNIMPLEMENTED			(-100)
#define KM_ERR_UNKNOWN_ERROR			(-1000)

/* Opcodes (kmr-wire). */
#define OP_GET_HARDWARE_INFO	0x11
#define OP_ADD_RNG_ENTROPY	0x12
#define OP_SET_HAL_INFO		0x81
#define OP_SET_BOOT_INFO	0x82

/* Append a CBOR head (major type @mt, argument @v) at @p; return its end. */
static inline uint8_t *cb_head(uint8_t *p, unsigned int mt, uint64_t v)
{
	mt <<= 5;
	if (v < 24) {
		*p++ = mt | v;
	} else if (v <= 0xff) {
		*p++ = mt | 24;
		*p++ = v;
	} else if (v <= 0xffff) {
		*p++ = mt | 25;
		*p++ = v >> 8;
		*p++ = v;
	} else if (v <= 0xffffffffULL) {
		*p++ = mt | 26;
		for (int s = 24; s >= 0; s -= 8)
			*p++ = v >> s;
	} else {
		*p++ = mt | 27;
		for (int s = 56; s >= 0; s -= 8)
			*p++ = v >> s;
	}
	return p;
}

static inline uint8_t *cb_int(uint8_t *p, int64_t v)
{
	return v >= 0 ? cb_head(p, 0, v) : cb_head(p, 1, -1 - v);
}

static inline uint8_t *cb_bstr(uint8_t *p, const void *d, size_t n)
{
	p = cb_head(p, 2, n);
	memcpy(p, d, n);
	return p + n;
}

/* Read one CBOR head at *pp (bounded by @end); 0 or -1 if malformed. */
static inline int cb_get_head(const uint8_t **pp, const uint8_t *end,
			      unsigned int *mt, uint64_t *v)
{
	const uint8_t *p = *pp;
	unsigned int ai, n;

	if (p >= end)
		return -1;
	*mt = *p >> 5;
	ai = *p++ & 31;
	if (ai < 24) {
		*v = ai;
	} else if (ai <= 27) {
		n = 1u << (ai - 24);
		if ((size_t)(end - p) < n)
			return -1;
		*v = 0;
		while (n--)
			*v = *v << 8 | *p++;
	} else {
		return -1;
	}
	*pp = p;
	return 0;
}

/*
 * Parse the envelope [error_code, [] | [[opcode, rsp]]] of a response.
 * Stores the error code; *body points after "[" of the inner array (NULL
 * when it is empty).  Returns 0 or -1 when it is not such an envelope.
 */
static inline int rsp_envelope(const uint8_t *rsp, size_t len, int64_t *err,
			       const uint8_t **body)
{
	const uint8_t *p = rsp, *end = rsp + len;
	unsigned int mt;
	uint64_t v;

	*body = NULL;
	if (cb_get_head(&p, end, &mt, &v) || mt != 4 || v != 2)
		return -1;
	if (cb_get_head(&p, end, &mt, &v) || mt > 1)
		return -1;
	*err = mt == 0 ? (int64_t)v : -1 - (int64_t)v;
	if (cb_get_head(&p, end, &mt, &v) || mt != 4 || v > 1)
		return -1;
	if (v == 1)
		*body = p;
	return 0;
}

static inline int e2e_open(int flags)
{
	return open(E2E_DEV, O_RDWR | O_CLOEXEC | flags);
}

/*
 * One round trip on @fd: write @req, read the response into @rsp (@cap
 * bytes).  Returns the response length or -errno of the failing call.
 */
static inline ssize_t e2e_call(int fd, const void *req, size_t len,
			       uint8_t *rsp, size_t cap)
{
	ssize_t n = write(fd, req, len);

	if (n < 0)
		return -errno;
	if ((size_t)n != len)
		return -EIO;
	n = read(fd, rsp, cap);
	return n < 0 ? -errno : n;
}

/* Round trip on a fresh fd; returns the KeyMint error code or INT64_MIN. */
static inline int64_t e2e_error_of(const void *req, size_t len)
{
	static uint8_t rsp[KEYMINT_MAX_MSG_SIZE];
	const uint8_t *body;
	int64_t err;
	ssize_t n;
	int fd = e2e_open(0);

	if (fd < 0)
		return INT64_MIN;
	n = e2e_call(fd, req, len, rsp, sizeof(rsp));
	close(fd);
	if (n <= 0 || rsp_envelope(rsp, n, &err, &body))
		return INT64_MIN;
	return err;
}

#endif /* KEYMINT_TESTS_E2E_UTIL_H */
