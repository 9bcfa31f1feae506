// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * msg.c - libkeymint message layer: the kmr-wire envelope and the typed
 * calls for the commands the TA implements, built on lib/cbor.
 *
 *   request  = [opcode: uint, body]
 *   response = [error_code: int, [] | [[opcode: uint, body]]]
 *
 * Responses are decoded strictly: preferred encodings only, no trailing
 * bytes, the response opcode must echo the request's, an error code comes
 * with an empty payload and success with exactly one.
 */
#include <errno.h>
#include <string.h>

#include "../../lib/cbor/cbor.h"
#include "../../lib/wire/km_defs.h"
#include "keymint.h"
#include "internal.h"

static int km_cbor_err(int r)
{
	/* lib/cbor errors are negative errno; map them to client errors. */
	return KM_CLIENT_ERR(r < 0 ? -r : EBADMSG);
}

/* IRemotelyProvisionedComponent reports positive status codes. */
static bool km_op_is_rpc(uint32_t opcode)
{
	return (opcode & ~0xfU) == 0x40;
}

/**
 * km_encode_request() - build [opcode, body]
 * @opcode: KeyMint operation code
 * @body: the request array, already CBOR-encoded (one item)
 * @body_len: its length
 * @out: output buffer
 * @cap: its size
 * @ret_len: receives the encoded length; untouched on failure
 *
 * @body is copied verbatim; it is the caller's job that it is one item.
 *
 * Return: 0, or KM_CLIENT_ERR(EMSGSIZE) if @out is too small or the result
 * exceeds KEYMINT_MAX_MSG_SIZE, KM_CLIENT_ERR(EINVAL) for bad arguments.
 */
int km_encode_request(uint32_t opcode, const uint8_t *body, size_t body_len,
		      uint8_t *out, size_t cap, size_t *ret_len)
{
	struct cbor_enc e;
	size_t n;
	int r;

	if (!body || !body_len || !ret_len || (!out && cap))
		return KM_CLIENT_ERR(EINVAL);
	cbor_enc_init(&e, out, cap);
	cbor_put_array(&e, 2);
	cbor_put_uint(&e, opcode);
	cbor_put_raw(&e, body, body_len);
	r = cbor_enc_finish(&e, &n);
	if (r)
		return km_cbor_err(r);
	if (n > KEYMINT_MAX_MSG_SIZE)
		return KM_CLIENT_ERR(EMSGSIZE);
	*ret_len = n;
	return 0;
}

/**
 * km_decode_response() - check a response envelope and find its body
 * @opcode: opcode of the request it answers
 * @rsp: whole response
 * @len: its length
 * @ret_body: receives a pointer into @rsp to the response body (one CBOR
 *	item); untouched unless 0 is returned
 * @ret_body_len: receives the body's length
 *
 * Return: 0 and the body on success; the KeyMint ErrorCode (-1 ... -65535)
 * the TA returned (for the IRemotelyProvisionedComponent opcodes 0x40-0x4f
 * also a positive RPC status, e.g. 1 STATUS_FAILED);
 * KM_CLIENT_ERR(EBADMSG) for malformed CBOR, a wrong
 * envelope shape, an error code out of range or trailing bytes;
 * KM_CLIENT_ERR(EPROTO) if the response is for another opcode.
 */
int km_decode_response(uint32_t opcode, const uint8_t *rsp, size_t len,
		       const uint8_t **ret_body, size_t *ret_body_len)
{
	const uint8_t *body = NULL, *body_end = NULL;
	struct cbor_dec d;
	size_t n, m;
	u32 rop = 0;
	s32 err;
	int r;

	if (!rsp || !len)
		return KM_CLIENT_ERR(EBADMSG);
	cbor_dec_init(&d, rsp, len, CBOR_DEC_STRICT);
	if (cbor_enter_array(&d, &n) || n != 2)
		return KM_CLIENT_ERR(EBADMSG);
	if (cbor_get_s32(&d, &err) || cbor_enter_array(&d, &m))
		return KM_CLIENT_ERR(EBADMSG);
	if (err <= -KM_CLIENT_ERR_BASE || (err > 0 && !km_op_is_rpc(opcode)))
		return KM_CLIENT_ERR(EBADMSG);
	if ((err == 0 && m != 1) || (err != 0 && m != 0))
		return KM_CLIENT_ERR(EBADMSG);
	if (m == 1) {
		if (cbor_enter_array(&d, &n) || n != 2 ||
		    cbor_get_u32(&d, &rop))
			return KM_CLIENT_ERR(EBADMSG);
		body = d.p;
		if (cbor_skip(&d))
			return KM_CLIENT_ERR(EBADMSG);
		body_end = d.p;
		if (cbor_leave(&d))
			return KM_CLIENT_ERR(EBADMSG);
	}
	if (cbor_leave(&d) || cbor_leave(&d))
		return KM_CLIENT_ERR(EBADMSG);
	r = cbor_dec_finish(&d);
	if (r)
		return KM_CLIENT_ERR(EBADMSG);
	if (err)
		return err;
	if (rop != opcode)
		return KM_CLIENT_ERR(EPROTO);
	*ret_body = body;
	*ret_body_len = (size_t)(body_end - body);
	return 0;
}

/**
 * km_call_raw() - send one request body and return the response body
 * @dev: connection
 * @opcode: KeyMint operation code
 * @body: CBOR-encoded request array for @opcode
 * @body_len: its length
 * @rsp: buffer for the whole response (KEYMINT_MAX_MSG_SIZE suffices)
 * @cap: its size
 * @ret_body: receives a pointer into @rsp to the response body
 * @ret_body_len: receives its length
 *
 * Return: 0, the KeyMint ErrorCode of the response, or a client error (see
 * km_transact() and km_decode_response()).
 */
int km_call_raw(struct km_dev *dev, uint32_t opcode, const uint8_t *body,
		size_t body_len, uint8_t *rsp, size_t cap,
		const uint8_t **ret_body, size_t *ret_body_len)
{
	uint8_t *req, *scratch;
	size_t len, rlen;
	int r;

	if (!dev || !rsp || !ret_body || !ret_body_len)
		return KM_CLIENT_ERR(EINVAL);
	km_dev_bufs(dev, &req, &scratch);
	r = km_encode_request(opcode, body, body_len, req,
			      KEYMINT_MAX_MSG_SIZE, &len);
	if (r)
		return r;
	r = km_transact(dev, req, len, rsp, cap, &rlen);
	if (r)
		return r;
	return km_decode_response(opcode, rsp, rlen, ret_body, ret_body_len);
}

/*
 * Encode a request body with @enc into the connection's scratch space and
 * run it; on success *ret_body points into the connection's response
 * buffer.
 */
static int km_call(struct km_dev *dev, uint32_t opcode, struct cbor_enc *e,
		   const uint8_t **ret_body, size_t *ret_body_len)
{
	uint8_t *req, *rsp;
	size_t n;
	int r;

	r = cbor_enc_finish(e, &n);
	if (r)
		return km_cbor_err(r);
	km_dev_bufs(dev, &req, &rsp);
	/*
	 * e->buf may be rsp itself: km_call_raw() copies the body into req
	 * before anything writes to rsp.
	 */
	return km_call_raw(dev, opcode, e->buf, n, rsp, KEYMINT_MAX_MSG_SIZE,
			   ret_body, ret_body_len);
}

/* Response bodies that carry nothing: exactly "[]". */
static int km_expect_empty(const uint8_t *body, size_t len)
{
	struct cbor_dec d;
	size_t n;

	cbor_dec_init(&d, body, len, CBOR_DEC_STRICT);
	if (cbor_enter_array(&d, &n) || n != 0 || cbor_leave(&d) ||
	    cbor_dec_finish(&d))
		return KM_CLIENT_ERR(EBADMSG);
	return 0;
}

static int km_copy_text(struct cbor_dec *d, char *out, size_t cap)
{
	const char *s;
	size_t n;

	if (cbor_get_text(d, &s, &n))
		return KM_CLIENT_ERR(EBADMSG);
	if (n >= cap)
		return KM_CLIENT_ERR(E2BIG);
	if (memchr(s, '\0', n))
		return KM_CLIENT_ERR(EBADMSG);
	memcpy(out, s, n);
	out[n] = '\0';
	return 0;
}

/**
 * km_get_hardware_info() - IKeyMintDevice::getHardwareInfo (0x11)
 * @dev: connection
 * @ret_info: receives the answer; untouched on failure
 *
 * Return: 0, a KeyMint ErrorCode, or a client error (E2BIG for a name longer
 * than KM_HW_NAME_MAX, EBADMSG for a malformed body).
 */
int km_get_hardware_info(struct km_dev *dev,
			 struct km_hardware_info *ret_info)
{
	uint8_t ebuf[4];
	struct km_hardware_info hi;
	const uint8_t *body;
	struct cbor_enc e;
	struct cbor_dec d;
	size_t blen, n;
	bool b;
	int r;

	if (!dev || !ret_info)
		return KM_CLIENT_ERR(EINVAL);
	cbor_enc_init(&e, ebuf, sizeof(ebuf));
	cbor_put_array(&e, 0);
	r = km_call(dev, KM_OP_GET_HARDWARE_INFO, &e, &body, &blen);
	if (r)
		return r;

	memset(&hi, 0, sizeof(hi));
	cbor_dec_init(&d, body, blen, CBOR_DEC_STRICT);
	if (cbor_enter_array(&d, &n) || n != 1 ||
	    cbor_enter_array(&d, &n) || n != 5 ||
	    cbor_get_s32(&d, &hi.version_number) ||
	    cbor_get_s32(&d, &hi.security_level))
		return KM_CLIENT_ERR(EBADMSG);
	r = km_copy_text(&d, hi.name, sizeof(hi.name));
	if (r)
		return r;
	r = km_copy_text(&d, hi.author, sizeof(hi.author));
	if (r)
		return r;
	if (cbor_get_bool(&d, &b) || cbor_leave(&d) || cbor_leave(&d) ||
	    cbor_dec_finish(&d))
		return KM_CLIENT_ERR(EBADMSG);
	hi.timestamp_token_required = b;
	*ret_info = hi;
	return 0;
}

/**
 * km_add_rng_entropy() - IKeyMintDevice::addRngEntropy (0x12)
 * @dev: connection
 * @data: entropy to mix in
 * @len: its length, at most KM_RNG_ENTROPY_MAX (the TA enforces the limit
 *	and answers INVALID_INPUT_LENGTH; the library does not pre-check)
 *
 * Return: 0, a KeyMint ErrorCode, or a client error.
 */
int km_add_rng_entropy(struct km_dev *dev, const uint8_t *data, size_t len)
{
	uint8_t *req, *rsp;
	const uint8_t *body;
	struct cbor_enc e;
	size_t blen;
	int r;

	if (!dev || (!data && len))
		return KM_CLIENT_ERR(EINVAL);
	km_dev_bufs(dev, &req, &rsp);
	/*
	 * Build the body in the response buffer, which km_call_raw() only
	 * writes after the body has been copied into the request.
	 */
	cbor_enc_init(&e, rsp, KEYMINT_MAX_MSG_SIZE);
	cbor_put_array(&e, 1);
	cbor_put_bytes(&e, data, len);
	r = km_call(dev, KM_OP_ADD_RNG_ENTROPY, &e, &body, &blen);
	if (r)
		return r;
	return km_expect_empty(body, blen);
}

/**
 * km_set_hal_info() - start-of-day SetHalInfo (0x81)
 * @dev: connection
 * @os_version: OS version, e.g. 140000 (the TA takes it as given)
 * @os_patchlevel: YYYYMM
 * @vendor_patchlevel: YYYYMMDD
 *
 * Return: 0, a KeyMint ErrorCode, or a client error.
 */
int km_set_hal_info(struct km_dev *dev, uint32_t os_version,
		    uint32_t os_patchlevel, uint32_t vendor_patchlevel)
{
	const uint8_t *body;
	struct cbor_enc e;
	uint8_t ebuf[32];
	size_t blen;
	int r;

	if (!dev)
		return KM_CLIENT_ERR(EINVAL);
	cbor_enc_init(&e, ebuf, sizeof(ebuf));
	cbor_put_array(&e, 3);
	cbor_put_uint(&e, os_version);
	cbor_put_uint(&e, os_patchlevel);
	cbor_put_uint(&e, vendor_patchlevel);
	r = km_call(dev, KM_OP_SET_HAL_INFO, &e, &body, &blen);
	if (r)
		return r;
	return km_expect_empty(body, blen);
}

/**
 * km_set_boot_info_msg() - SetBootInfo (0x82) sent as a KeyMint message
 * @dev: connection
 * @bi: root of trust; only the key, hash, state, lock and patchlevel fields
 *	are sent (@bi->flags and @bi->reserved must be zero)
 *
 * The same information as km_set_boot_info(), through the message path the
 * reference HAL uses.  The kernel decides which callers may send it.
 *
 * Return: 0, a KeyMint ErrorCode, or a client error.
 */
int km_set_boot_info_msg(struct km_dev *dev,
			 const struct keymint_boot_info *bi)
{
	const uint8_t *body;
	struct cbor_enc e;
	uint8_t ebuf[96];
	size_t blen;
	int r;

	if (!dev || !bi || bi->flags || bi->reserved[0] || bi->reserved[1] ||
	    bi->device_locked > 1)
		return KM_CLIENT_ERR(EINVAL);
	cbor_enc_init(&e, ebuf, sizeof(ebuf));
	cbor_put_array(&e, 5);
	cbor_put_bytes(&e, bi->verified_boot_key, sizeof(bi->verified_boot_key));
	cbor_put_bool(&e, bi->device_locked != 0);
	cbor_put_uint(&e, bi->verified_boot_state);
	cbor_put_bytes(&e, bi->verified_boot_hash,
		       sizeof(bi->verified_boot_hash));
	cbor_put_uint(&e, bi->boot_patchlevel);
	r = km_call(dev, KM_OP_SET_BOOT_INFO, &e, &body, &blen);
	if (r)
		return r;
	return km_expect_empty(body, blen);
}
