// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * Strict kmr-wire decoding of requests and encoding of responses.
 *
 * Every body decoder below reads exactly the fields generated.cddl lists,
 * in order, and insists on the exact array lengths, the exact CBOR types,
 * integer ranges and enum membership.  Errors are sticky in struct km_rd,
 * so each decoder is a straight sequence of reads checked once at the end.
 */
#include "wire.h"

/**
 * struct km_rd - decoding state for one request body.
 * @d: the CBOR decoder (its own errors are negative errno)
 * @err: first KeyMint error detected, or 0
 */
struct km_rd {
	struct cbor_dec d;
	int err;
};

static void rd_fail(struct km_rd *r, int err)
{
	if (!r->err)
		r->err = err;
}

static bool rd_ok(struct km_rd *r)
{
	if (!r->err && r->d.err)
		r->err = KM_ERROR_INVALID_ARGUMENT;
	return !r->err;
}

/* Enter a struct (an array) that must have exactly @fields members. */
static void rd_struct(struct km_rd *r, size_t fields)
{
	size_t n;

	if (!rd_ok(r))
		return;
	if (cbor_enter_array(&r->d, &n) || n != fields)
		rd_fail(r, KM_ERROR_INVALID_ARGUMENT);
}

static void rd_end(struct km_rd *r)
{
	if (rd_ok(r) && cbor_leave(&r->d))
		rd_fail(r, KM_ERROR_INVALID_ARGUMENT);
}

/* Option<T>: [] or [T].  Returns true when T follows (then rd_end()). */
static bool rd_option(struct km_rd *r)
{
	size_t n;

	if (!rd_ok(r))
		return false;
	if (cbor_enter_array(&r->d, &n) || n > 1) {
		rd_fail(r, KM_ERROR_INVALID_ARGUMENT);
		return false;
	}
	if (n == 0) {
		rd_end(r);
		return false;
	}
	return true;
}

static void rd_bytes(struct km_rd *r, struct km_bytes *b)
{
	if (rd_ok(r) && cbor_get_bytes(&r->d, &b->p, &b->len))
		rd_fail(r, KM_ERROR_INVALID_ARGUMENT);
}

static void rd_u32(struct km_rd *r, u32 *v)
{
	if (rd_ok(r) && cbor_get_u32(&r->d, v))
		rd_fail(r, KM_ERROR_INVALID_ARGUMENT);
}

static void rd_s32(struct km_rd *r, s32 *v)
{
	if (rd_ok(r) && cbor_get_s32(&r->d, v))
		rd_fail(r, KM_ERROR_INVALID_ARGUMENT);
}

static void rd_s64(struct km_rd *r, s64 *v)
{
	if (rd_ok(r) && cbor_get_int(&r->d, v))
		rd_fail(r, KM_ERROR_INVALID_ARGUMENT);
}

static void rd_bool(struct km_rd *r, bool *v)
{
	if (rd_ok(r) && cbor_get_bool(&r->d, v))
		rd_fail(r, KM_ERROR_INVALID_ARGUMENT);
}

static void rd_enum(struct km_rd *r, enum km_enum_id id, u32 *v)
{
	s64 x = 0;

	rd_s64(r, &x);
	if (!rd_ok(r))
		return;
	if (!km_enum_valid(id, x))
		rd_fail(r, KM_ERROR_INVALID_ARGUMENT);
	else
		*v = (u32)x;
}

/* Timestamp = [milliseconds]. */
static void rd_timestamp(struct km_rd *r, s64 *ms)
{
	rd_struct(r, 1);
	rd_s64(r, ms);
	rd_end(r);
}

static void rd_hw_auth_token(struct km_rd *r, struct km_hw_auth_token *t)
{
	u32 type = 0;

	rd_struct(r, 6);
	rd_s64(r, &t->challenge);
	rd_s64(r, &t->user_id);
	rd_s64(r, &t->authenticator_id);
	rd_enum(r, KM_ENUM_HW_AUTH_TYPE, &type);
	t->authenticator_type = (s32)type;
	rd_timestamp(r, &t->timestamp_ms);
	rd_bytes(r, &t->mac);
	rd_end(r);
}

static void rd_timestamp_token(struct km_rd *r, struct km_timestamp_token *t)
{
	rd_struct(r, 3);
	rd_s64(r, &t->challenge);
	rd_timestamp(r, &t->timestamp_ms);
	rd_bytes(r, &t->mac);
	rd_end(r);
}

static void rd_opt_hat(struct km_rd *r, bool *has, struct km_hw_auth_token *t)
{
	*has = rd_option(r);
	if (*has) {
		rd_hw_auth_token(r, t);
		rd_end(r);
	}
}

static void rd_opt_tst(struct km_rd *r, bool *has,
		       struct km_timestamp_token *t)
{
	*has = rd_option(r);
	if (*has) {
		rd_timestamp_token(r, t);
		rd_end(r);
	}
}

static void rd_opt_bytes(struct km_rd *r, bool *has, struct km_bytes *b)
{
	*has = rd_option(r);
	if (*has) {
		rd_bytes(r, b);
		rd_end(r);
	}
}

static void rd_params(struct km_rd *r, struct km_list *l)
{
	int ret;

	if (!rd_ok(r))
		return;
	ret = km_wire_get_params(&r->d, l);
	if (ret)
		rd_fail(r, ret);
}

/* Element checkers for km_list fields other than KeyParam lists. */
typedef void (*km_rd_elem_fn)(struct km_rd *r);

/* MacedPublicKey = [maced_key: bstr] */
static void rd_maced_key(struct km_rd *r)
{
	struct km_bytes b;

	rd_struct(r, 1);
	rd_bytes(r, &b);
	rd_end(r);
}

/* SharedSecretParameters = [seed: bstr, nonce: bstr] */
static void rd_shared_secret_params(struct km_rd *r)
{
	struct km_bytes b;

	rd_struct(r, 2);
	rd_bytes(r, &b);
	rd_bytes(r, &b);
	rd_end(r);
}

static void rd_list(struct km_rd *r, struct km_list *l, km_rd_elem_fn elem)
{
	const u8 *start = r->d.p;
	size_t n, i;

	if (!rd_ok(r))
		return;
	if (cbor_enter_array(&r->d, &n) || n > KM_MAX_LIST) {
		rd_fail(r, KM_ERROR_INVALID_ARGUMENT);
		return;
	}
	for (i = 0; i < n && rd_ok(r); i++)
		elem(r);
	rd_end(r);
	if (rd_ok(r)) {
		l->cbor = start;
		l->len = r->d.p - start;
		l->count = n;
	}
}

static void rd_attest_key(struct km_rd *r, bool *has,
			  struct km_attestation_key *k)
{
	*has = rd_option(r);
	if (!*has)
		return;
	rd_struct(r, 3);
	rd_bytes(r, &k->key_blob);
	rd_params(r, &k->params);
	rd_bytes(r, &k->issuer_subject);
	rd_end(r);
	rd_end(r);
}

/**
 * km_wire_get_param() - decode one KeyParam, [tag, value].
 * @d: decoder positioned at the KeyParam
 * @p: result; byte strings borrow from the decoder's buffer
 *
 * Strict per tag: the tag must be a v4 tag kmr-wire carries, BOOL values
 * must be true, ENUM values members of the tag's enumeration, UINT values
 * fit 32 bits, ULONG values 64 bits, DATE values a signed 64-bit integer.
 *
 * Return: 0, %KM_ERROR_INVALID_TAG for an unknown or uncarried tag, or
 * %KM_ERROR_INVALID_ARGUMENT for anything else that is wrong.
 */
int km_wire_get_param(struct cbor_dec *d, struct km_param *p)
{
	const struct km_tag_info *ti;
	size_t n, blen;
	s32 tag;
	s64 x;
	int ret;

	if (cbor_enter_array(d, &n) || n != 2 || cbor_get_s32(d, &tag))
		return KM_ERROR_INVALID_ARGUMENT;
	ti = km_tag_lookup((u32)tag);
	if (!ti || ti->wire == KM_WK_NONE)
		return KM_ERROR_INVALID_TAG;
	memset(p, 0, sizeof(*p));
	p->tag = ti->tag;
	switch (ti->wire) {
	case KM_WK_TRUE:
		ret = cbor_get_bool(d, &p->b);
		if (!ret && !p->b)
			ret = -EINVAL;
		break;
	case KM_WK_U32:
		ret = cbor_get_u32(d, &p->v32);
		break;
	case KM_WK_U64:
		ret = cbor_get_uint(d, &p->v64);
		break;
	case KM_WK_DATE:
		ret = cbor_get_int(d, &p->date);
		break;
	case KM_WK_BYTES:
		ret = cbor_get_bytes(d, &p->blob.p, &blen);
		if (!ret && blen > 0xffffffffU)
			ret = -E2BIG;
		p->blob.len = (u32)blen;
		break;
	case KM_WK_ENUM:
		ret = cbor_get_int(d, &x);
		if (!ret && !km_enum_valid(ti->enum_id, x))
			ret = -EINVAL;
		p->v32 = (u32)x;
		break;
	default:
		ret = -EINVAL;
		break;
	}
	if (ret || cbor_leave(d))
		return KM_ERROR_INVALID_ARGUMENT;
	return 0;
}

KM_EXPORT(km_wire_get_param);

/**
 * km_wire_get_params() - validate a Vec<KeyParam> and remember where it is.
 * @d: decoder positioned at the array
 * @list: result: the encoded range and element count
 *
 * Every element is checked with km_wire_get_param(); at most
 * %KM_MAX_PARAMS elements are accepted.
 *
 * Return: 0 or a negative KeyMint error (see km_wire_get_param()).
 */
int km_wire_get_params(struct cbor_dec *d, struct km_list *list)
{
	const u8 *start = d->p;
	struct km_param p;
	size_t n, i;
	int ret;

	if (cbor_enter_array(d, &n) || n > KM_MAX_PARAMS)
		return KM_ERROR_INVALID_ARGUMENT;
	for (i = 0; i < n; i++) {
		ret = km_wire_get_param(d, &p);
		if (ret)
			return ret;
	}
	if (cbor_leave(d))
		return KM_ERROR_INVALID_ARGUMENT;
	list->cbor = start;
	list->len = d->p - start;
	list->count = n;
	return 0;
}

KM_EXPORT(km_wire_get_params);

/**
 * km_params_decode() - expand a validated KeyParam list into an array.
 * @list: list from a decoded request
 * @out: caller array
 * @cap: number of entries @out has room for
 *
 * Return: number of parameters written, %KM_ERROR_INVALID_ARGUMENT if
 * @cap is too small or the list does not decode.
 */
int km_params_decode(const struct km_list *list, struct km_param *out,
		     size_t cap)
{
	struct cbor_dec d;
	size_t n, i;
	int ret;

	if (!list->cbor)
		return 0;
	cbor_dec_init(&d, list->cbor, list->len, CBOR_DEC_STRICT);
	if (cbor_enter_array(&d, &n) || n > cap)
		return KM_ERROR_INVALID_ARGUMENT;
	for (i = 0; i < n; i++) {
		ret = km_wire_get_param(&d, &out[i]);
		if (ret)
			return ret;
	}
	if (cbor_leave(&d) || cbor_dec_finish(&d))
		return KM_ERROR_INVALID_ARGUMENT;
	return n;
}

KM_EXPORT(km_params_decode);

static void km_enc_fail(struct cbor_enc *e, int err)
{
	if (!e->err)
		e->err = err;
}

/**
 * km_wire_put_param() - encode one KeyParam.
 * @e: encoder
 * @p: the parameter; its tag must be one kmr-wire carries (otherwise the
 *	encoder's sticky error becomes -EINVAL)
 */
void km_wire_put_param(struct cbor_enc *e, const struct km_param *p)
{
	const struct km_tag_info *ti = km_tag_lookup(p->tag);

	if (!ti || ti->wire == KM_WK_NONE) {
		km_enc_fail(e, -EINVAL);
		return;
	}
	cbor_put_array(e, 2);
	cbor_put_int(e, (s32)p->tag);
	switch (ti->wire) {
	case KM_WK_TRUE:
		cbor_put_bool(e, true);
		break;
	case KM_WK_U32:
		cbor_put_uint(e, p->v32);
		break;
	case KM_WK_U64:
		cbor_put_uint(e, p->v64);
		break;
	case KM_WK_DATE:
		cbor_put_int(e, p->date);
		break;
	case KM_WK_BYTES:
		cbor_put_bytes(e, p->blob.p, p->blob.len);
		break;
	default: /* KM_WK_ENUM */
		cbor_put_int(e, (s32)p->v32);
		break;
	}
}

KM_EXPORT(km_wire_put_param);

/**
 * km_wire_put_params() - encode a Vec<KeyParam>.
 * @e: encoder
 * @p: parameters
 * @n: number of parameters
 */
void km_wire_put_params(struct cbor_enc *e, const struct km_param *p,
			size_t n)
{
	size_t i;

	cbor_put_array(e, n);
	for (i = 0; i < n; i++)
		km_wire_put_param(e, &p[i]);
}

KM_EXPORT(km_wire_put_params);

/**
 * km_wire_put_error() - encode an error response, [error_code, []].
 * @e: encoder (normally empty)
 * @error_code: KeyMint ErrorCode (or IRPC status for 0x4x opcodes)
 */
void km_wire_put_error(struct cbor_enc *e, s32 error_code)
{
	cbor_put_array(e, 2);
	cbor_put_int(e, error_code);
	cbor_put_array(e, 0);
}

KM_EXPORT(km_wire_put_error);

/**
 * km_wire_put_ok() - start a success response, [0, [[op, ...
 * @e: encoder (normally empty)
 * @op: opcode being answered
 *
 * The caller then encodes exactly one item: the response body.
 */
void km_wire_put_ok(struct cbor_enc *e, u32 op)
{
	cbor_put_array(e, 2);
	cbor_put_int(e, 0);
	cbor_put_array(e, 1);
	cbor_put_array(e, 2);
	cbor_put_uint(e, op);
}

KM_EXPORT(km_wire_put_ok);

/**
 * km_wire_put_hw_info() - encode GetHardwareInfoResponse.
 * @e: encoder
 * @hi: the KeyMintHardwareInfo
 */
void km_wire_put_hw_info(struct cbor_enc *e, const struct km_hw_info *hi)
{
	cbor_put_array(e, 1);
	cbor_put_array(e, 5);
	cbor_put_int(e, hi->version_number);
	cbor_put_uint(e, hi->security_level);
	cbor_put_cstr(e, hi->name);
	cbor_put_cstr(e, hi->author);
	cbor_put_bool(e, hi->timestamp_token_required);
}

KM_EXPORT(km_wire_put_hw_info);

/**
 * km_wire_put_key_creation_result() - encode a {Generate,Import,
 *	ImportWrapped}KeyResponse: [KeyCreationResult].
 * @e: encoder
 * @blob: key blob
 * @blob_len: its length
 * @chars: key characteristics, one entry per security level
 * @n_chars: number of @chars
 * @certs: DER certificates (leaf first)
 * @n_certs: number of @certs
 */
void km_wire_put_key_creation_result(struct cbor_enc *e,
				     const u8 *blob, size_t blob_len,
				     const struct km_key_chars *chars,
				     size_t n_chars,
				     const struct km_bytes *certs,
				     size_t n_certs)
{
	size_t i;

	cbor_put_array(e, 1);
	cbor_put_array(e, 3);
	cbor_put_bytes(e, blob, blob_len);
	cbor_put_array(e, n_chars);
	for (i = 0; i < n_chars; i++) {
		cbor_put_array(e, 2);
		cbor_put_uint(e, chars[i].security_level);
		km_wire_put_params(e, chars[i].params, chars[i].n);
	}
	cbor_put_array(e, n_certs);
	for (i = 0; i < n_certs; i++) {
		cbor_put_array(e, 1);
		cbor_put_bytes(e, certs[i].p, certs[i].len);
	}
}

KM_EXPORT(km_wire_put_key_creation_result);

/* Decode the body of @req->op; the decoder covers exactly the body. */
static void km_decode_body(struct km_rd *r, struct km_req *q)
{
	switch (q->op) {
	case KM_OP_GET_HARDWARE_INFO:
	case KM_OP_DELETE_ALL_KEYS:
	case KM_OP_DESTROY_ATTESTATION_IDS:
	case KM_OP_EARLY_BOOT_ENDED:
	case KM_OP_RPC_GET_HARDWARE_INFO:
	case KM_OP_GET_SHARED_SECRET_PARAMS:
	case KM_OP_GET_ROT_CHALLENGE:
		rd_struct(r, 0);
		break;
	case KM_OP_ADD_RNG_ENTROPY:
		rd_struct(r, 1);
		rd_bytes(r, &q->add_rng_entropy.data);
		break;
	case KM_OP_GENERATE_KEY:
		rd_struct(r, 2);
		rd_params(r, &q->generate_key.params);
		rd_attest_key(r, &q->generate_key.has_attest_key,
			      &q->generate_key.attest_key);
		break;
	case KM_OP_IMPORT_KEY:
		rd_struct(r, 4);
		rd_params(r, &q->import_key.params);
		rd_enum(r, KM_ENUM_KEY_FORMAT, &q->import_key.key_format);
		rd_bytes(r, &q->import_key.key_data);
		rd_attest_key(r, &q->import_key.has_attest_key,
			      &q->import_key.attest_key);
		break;
	case KM_OP_IMPORT_WRAPPED_KEY:
		rd_struct(r, 6);
		rd_bytes(r, &q->import_wrapped_key.wrapped_key_data);
		rd_bytes(r, &q->import_wrapped_key.wrapping_key_blob);
		rd_bytes(r, &q->import_wrapped_key.masking_key);
		rd_params(r, &q->import_wrapped_key.params);
		rd_s64(r, &q->import_wrapped_key.password_sid);
		rd_s64(r, &q->import_wrapped_key.biometric_sid);
		break;
	case KM_OP_UPGRADE_KEY:
		rd_struct(r, 2);
		rd_bytes(r, &q->upgrade_key.key_blob);
		rd_params(r, &q->upgrade_key.params);
		break;
	case KM_OP_DELETE_KEY:
	case KM_OP_CONVERT_STORAGE_KEY:
		rd_struct(r, 1);
		rd_bytes(r, &q->key_blob.key_blob);
		break;
	case KM_OP_BEGIN:
		rd_struct(r, 4);
		rd_enum(r, KM_ENUM_KEY_PURPOSE, &q->begin.purpose);
		rd_bytes(r, &q->begin.key_blob);
		rd_params(r, &q->begin.params);
		rd_opt_hat(r, &q->begin.has_auth_token, &q->begin.auth_token);
		break;
	case KM_OP_DEVICE_LOCKED:
		rd_struct(r, 2);
		rd_bool(r, &q->device_locked.password_only);
		rd_opt_tst(r, &q->device_locked.has_timestamp_token,
			   &q->device_locked.timestamp_token);
		break;
	case KM_OP_GET_KEY_CHARACTERISTICS:
		rd_struct(r, 3);
		rd_bytes(r, &q->get_key_characteristics.key_blob);
		rd_bytes(r, &q->get_key_characteristics.app_id);
		rd_bytes(r, &q->get_key_characteristics.app_data);
		break;
	case KM_OP_UPDATE_AAD:
	case KM_OP_UPDATE:
		rd_struct(r, 4);
		rd_s64(r, &q->update.op_handle);
		rd_bytes(r, &q->update.input);
		rd_opt_hat(r, &q->update.has_auth_token, &q->update.auth_token);
		rd_opt_tst(r, &q->update.has_timestamp_token,
			   &q->update.timestamp_token);
		break;
	case KM_OP_FINISH:
		rd_struct(r, 6);
		rd_s64(r, &q->finish.op_handle);
		rd_opt_bytes(r, &q->finish.has_input, &q->finish.input);
		rd_opt_bytes(r, &q->finish.has_signature, &q->finish.signature);
		rd_opt_hat(r, &q->finish.has_auth_token, &q->finish.auth_token);
		rd_opt_tst(r, &q->finish.has_timestamp_token,
			   &q->finish.timestamp_token);
		rd_opt_bytes(r, &q->finish.has_confirmation_token,
			     &q->finish.confirmation_token);
		break;
	case KM_OP_ABORT:
		rd_struct(r, 1);
		rd_s64(r, &q->abort.op_handle);
		break;
	case KM_OP_RPC_GENERATE_KEY_PAIR:
		rd_struct(r, 1);
		rd_bool(r, &q->rpc_generate_key_pair.test_mode);
		break;
	case KM_OP_RPC_GENERATE_CSR:
		rd_struct(r, 4);
		rd_bool(r, &q->rpc_generate_csr.test_mode);
		rd_list(r, &q->rpc_generate_csr.keys_to_sign, rd_maced_key);
		rd_bytes(r, &q->rpc_generate_csr.endpoint_encryption_cert_chain);
		rd_bytes(r, &q->rpc_generate_csr.challenge);
		break;
	case KM_OP_RPC_GENERATE_CSR_V2:
		rd_struct(r, 2);
		rd_list(r, &q->rpc_generate_csr.keys_to_sign, rd_maced_key);
		rd_bytes(r, &q->rpc_generate_csr.challenge);
		break;
	case KM_OP_COMPUTE_SHARED_SECRET:
		rd_struct(r, 1);
		rd_list(r, &q->compute_shared_secret.params,
			rd_shared_secret_params);
		break;
	case KM_OP_GENERATE_TIMESTAMP:
		rd_struct(r, 1);
		rd_s64(r, &q->generate_timestamp.challenge);
		break;
	case KM_OP_GET_ROT: {
		struct km_bytes c = { NULL, 0 };

		rd_struct(r, 1);
		rd_bytes(r, &c);
		if (rd_ok(r) && c.len != sizeof(q->get_rot.challenge))
			rd_fail(r, KM_ERROR_INVALID_ARGUMENT);
		if (rd_ok(r))
			memcpy(q->get_rot.challenge, c.p, c.len);
		break;
	}
	case KM_OP_SEND_ROT:
		rd_struct(r, 1);
		rd_bytes(r, &q->send_rot.root_of_trust);
		break;
	case KM_OP_SET_HAL_INFO:
		rd_struct(r, 3);
		rd_u32(r, &q->set_hal_info.os_version);
		rd_u32(r, &q->set_hal_info.os_patchlevel);
		rd_u32(r, &q->set_hal_info.vendor_patchlevel);
		break;
	case KM_OP_SET_BOOT_INFO:
		rd_struct(r, 5);
		rd_bytes(r, &q->set_boot_info.verified_boot_key);
		rd_bool(r, &q->set_boot_info.device_boot_locked);
		rd_s32(r, &q->set_boot_info.verified_boot_state);
		rd_bytes(r, &q->set_boot_info.verified_boot_hash);
		rd_u32(r, &q->set_boot_info.boot_patchlevel);
		break;
	case KM_OP_SET_ATTESTATION_IDS: {
		size_t i;

		rd_struct(r, 1);	/* SetAttestationIdsRequest */
		rd_struct(r, ARRAY_SIZE(q->set_attestation_ids.id));
		for (i = 0; i < ARRAY_SIZE(q->set_attestation_ids.id); i++)
			rd_bytes(r, &q->set_attestation_ids.id[i]);
		rd_end(r);
		break;
	}
	case KM_OP_SET_HAL_VERSION:
		rd_struct(r, 1);
		rd_u32(r, &q->set_hal_version.aidl_version);
		break;
	case KM_OP_SET_ADDITIONAL_ATTESTATION_INFO:
		rd_struct(r, 1);
		rd_params(r, &q->set_additional_attestation_info.info);
		break;
	default:
		rd_fail(r, KM_WIRE_UNDECODABLE);
		return;
	}
	rd_end(r);
	if (rd_ok(r) && cbor_dec_finish(&r->d))
		rd_fail(r, KM_ERROR_INVALID_ARGUMENT);
}

/**
 * km_wire_decode_request() - strictly decode a whole request.
 * @buf: the request, [opcode, body]
 * @len: its length
 * @req: result (zeroed first); borrows from @buf
 *
 * The envelope is checked first: @buf must be exactly one well-formed
 * two-element array whose first element is a known opcode.  Then the body
 * is decoded against that opcode's schema.
 *
 * Return: 0; %KM_WIRE_UNDECODABLE (UNKNOWN_ERROR, -1000) when the envelope
 * is wrong (not CBOR, not [uint, item], unknown opcode, trailing bytes,
 * nesting deeper than %CBOR_MAX_DEPTH), with @req->op 0; or, with @req->op
 * set, %KM_ERROR_INVALID_TAG / %KM_ERROR_INVALID_ARGUMENT when the body
 * does not match the opcode's schema.
 */
int km_wire_decode_request(const u8 *buf, size_t len, struct km_req *req)
{
	struct km_rd r = { .err = 0 };
	const u8 *body, *body_end;
	size_t n;
	u64 op;

	memset(req, 0, sizeof(*req));
	cbor_dec_init(&r.d, buf, len, CBOR_DEC_STRICT);
	if (cbor_enter_array(&r.d, &n) || n != 2 || cbor_get_uint(&r.d, &op))
		return KM_WIRE_UNDECODABLE;
	body = r.d.p;
	if (cbor_skip(&r.d))
		return KM_WIRE_UNDECODABLE;
	body_end = r.d.p;
	if (cbor_leave(&r.d) || cbor_dec_finish(&r.d))
		return KM_WIRE_UNDECODABLE;
	if (op > KM_OP_MAX || !km_op_valid((u32)op))
		return KM_WIRE_UNDECODABLE;

	req->op = (u32)op;
	cbor_dec_init(&r.d, body, body_end - body, CBOR_DEC_STRICT);
	km_decode_body(&r, req);
	if (r.err) {
		u32 keep = req->op;

		memset(req, 0, sizeof(*req));
		req->op = keep;
		return r.err;
	}
	return 0;
}

KM_EXPORT(km_wire_decode_request);
