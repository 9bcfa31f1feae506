/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Builds a schema-valid kmr-wire request for every opcode (shared by the
 * wire and ta unit tests).
 */
#ifndef KEYMINT_TESTS_KM_REQS_H
#define KEYMINT_TESTS_KM_REQS_H

#include "lib/wire/wire.h"

static inline void put_hat(struct cbor_enc *e)
{
	cbor_put_array(e, 6);
	cbor_put_int(e, 1);
	cbor_put_int(e, -2);
	cbor_put_int(e, 3);
	cbor_put_int(e, -1);		/* ANY */
	cbor_put_array(e, 1);
	cbor_put_int(e, 12345);
	cbor_put_bytes(e, "macmacmac", 9);
}

static inline void put_tst(struct cbor_enc *e)
{
	cbor_put_array(e, 3);
	cbor_put_int(e, 7);
	cbor_put_array(e, 1);
	cbor_put_int(e, 99);
	cbor_put_bytes(e, "mac", 3);
}

static inline void put_one_param(struct cbor_enc *e)
{
	static const struct km_param p[] = {
		{ .tag = KM_TAG_PURPOSE, .v32 = KM_PURPOSE_SIGN },
		{ .tag = KM_TAG_ALGORITHM, .v32 = KM_ALGORITHM_EC },
	};

	km_wire_put_params(e, p, ARRAY_SIZE(p));
}

static inline void put_body(struct cbor_enc *e, u32 op)
{
	unsigned int i;

	switch (op) {
	case KM_OP_ADD_RNG_ENTROPY:
	case KM_OP_DELETE_KEY:
	case KM_OP_CONVERT_STORAGE_KEY:
	case KM_OP_SEND_ROT:
		cbor_put_array(e, 1);
		cbor_put_bytes(e, "abc", 3);
		break;
	case KM_OP_GENERATE_KEY:
		cbor_put_array(e, 2);
		put_one_param(e);
		cbor_put_array(e, 1);	/* Some(AttestationKey) */
		cbor_put_array(e, 3);
		cbor_put_bytes(e, "blob", 4);
		put_one_param(e);
		cbor_put_bytes(e, "subj", 4);
		break;
	case KM_OP_IMPORT_KEY:
		cbor_put_array(e, 4);
		put_one_param(e);
		cbor_put_uint(e, KM_KEY_FORMAT_PKCS8);
		cbor_put_bytes(e, "key", 3);
		cbor_put_array(e, 0);
		break;
	case KM_OP_IMPORT_WRAPPED_KEY:
		cbor_put_array(e, 6);
		cbor_put_bytes(e, "w", 1);
		cbor_put_bytes(e, "k", 1);
		cbor_put_bytes(e, "m", 1);
		put_one_param(e);
		cbor_put_int(e, -1);
		cbor_put_int(e, 1);
		break;
	case KM_OP_UPGRADE_KEY:
		cbor_put_array(e, 2);
		cbor_put_bytes(e, "blob", 4);
		put_one_param(e);
		break;
	case KM_OP_BEGIN:
		cbor_put_array(e, 4);
		cbor_put_uint(e, KM_PURPOSE_SIGN);
		cbor_put_bytes(e, "blob", 4);
		put_one_param(e);
		cbor_put_array(e, 1);
		put_hat(e);
		break;
	case KM_OP_DEVICE_LOCKED:
		cbor_put_array(e, 2);
		cbor_put_bool(e, true);
		cbor_put_array(e, 1);
		put_tst(e);
		break;
	case KM_OP_GET_KEY_CHARACTERISTICS:
		cbor_put_array(e, 3);
		cbor_put_bytes(e, "blob", 4);
		cbor_put_bytes(e, "", 0);
		cbor_put_bytes(e, "d", 1);
		break;
	case KM_OP_UPDATE_AAD:
	case KM_OP_UPDATE:
		cbor_put_array(e, 4);
		cbor_put_int(e, -77);
		cbor_put_bytes(e, "in", 2);
		cbor_put_array(e, 1);
		put_hat(e);
		cbor_put_array(e, 1);
		put_tst(e);
		break;
	case KM_OP_FINISH:
		cbor_put_array(e, 6);
		cbor_put_int(e, 77);
		cbor_put_array(e, 1);
		cbor_put_bytes(e, "in", 2);
		cbor_put_array(e, 0);
		cbor_put_array(e, 1);
		put_hat(e);
		cbor_put_array(e, 0);
		cbor_put_array(e, 1);
		cbor_put_bytes(e, "conf", 4);
		break;
	case KM_OP_ABORT:
	case KM_OP_GENERATE_TIMESTAMP:
		cbor_put_array(e, 1);
		cbor_put_int(e, -9);
		break;
	case KM_OP_RPC_GENERATE_KEY_PAIR:
		cbor_put_array(e, 1);
		cbor_put_bool(e, false);
		break;
	case KM_OP_RPC_GENERATE_CSR:
		cbor_put_array(e, 4);
		cbor_put_bool(e, false);
		cbor_put_array(e, 2);
		for (i = 0; i < 2; i++) {
			cbor_put_array(e, 1);
			cbor_put_bytes(e, "k", 1);
		}
		cbor_put_bytes(e, "chain", 5);
		cbor_put_bytes(e, "chal", 4);
		break;
	case KM_OP_RPC_GENERATE_CSR_V2:
		cbor_put_array(e, 2);
		cbor_put_array(e, 1);
		cbor_put_array(e, 1);
		cbor_put_bytes(e, "k", 1);
		cbor_put_bytes(e, "chal", 4);
		break;
	case KM_OP_COMPUTE_SHARED_SECRET:
		cbor_put_array(e, 1);
		cbor_put_array(e, 2);
		for (i = 0; i < 2; i++) {
			cbor_put_array(e, 2);
			cbor_put_bytes(e, "", 0);
			cbor_put_bytes(e, "01234567890123456789012345678901",
				       32);
		}
		break;
	case KM_OP_GET_ROT:
		cbor_put_array(e, 1);
		cbor_put_bytes(e, "0123456789abcdef", 16);
		break;
	case KM_OP_SET_HAL_INFO:
		cbor_put_array(e, 3);
		cbor_put_uint(e, 160000);
		cbor_put_uint(e, 202501);
		cbor_put_uint(e, 20250105);
		break;
	case KM_OP_SET_BOOT_INFO:
		cbor_put_array(e, 5);
		cbor_put_bytes(e, "01234567890123456789012345678901", 32);
		cbor_put_bool(e, true);
		cbor_put_int(e, 0);
		cbor_put_bytes(e, "01234567890123456789012345678901", 32);
		cbor_put_uint(e, 20250105);
		break;
	case KM_OP_SET_ATTESTATION_IDS:
		cbor_put_array(e, 1);
		cbor_put_array(e, 9);
		for (i = 0; i < 9; i++)
			cbor_put_bytes(e, "id", 2);
		break;
	case KM_OP_SET_HAL_VERSION:
		cbor_put_array(e, 1);
		cbor_put_uint(e, 4);
		break;
	case KM_OP_SET_ADDITIONAL_ATTESTATION_INFO:
		cbor_put_array(e, 1);
		put_one_param(e);
		break;
	default:	/* empty request structs */
		cbor_put_array(e, 0);
		break;
	}
}

/* Whole request [op, body] into @out; returns its length or 0. */
static inline size_t build_req(u32 op, u8 *out, size_t cap)
{
	struct cbor_enc e;
	size_t len = 0;

	cbor_enc_init(&e, out, cap);
	cbor_put_array(&e, 2);
	cbor_put_uint(&e, op);
	put_body(&e, op);
	if (cbor_enc_finish(&e, &len))
		return 0;
	return len;
}

#endif /* KEYMINT_TESTS_KM_REQS_H */
