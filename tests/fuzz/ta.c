// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * libFuzzer target: the kmr-wire decoder and the TA dispatcher on
 * arbitrary requests.
 *
 * Input layout: one control byte, then the request.  Control bit 0 makes
 * the caller privileged (may send SetBootInfo); bit 1 selects a TA whose
 * start of day is complete instead of a fresh one.  Besides memory safety
 * (ASan/UBSan) it asserts that:
 *  - km_ta_process() always returns 0 and a response that is exactly one
 *    CBOR item [error, []] or [0, [[opcode, body]]];
 *  - a non-zero error is a KeyMint ErrorCode from the table or, for the
 *    0x4x opcodes, an IRPC status;
 *  - an undecodable request gets exactly 82 39 03 e7 80;
 *  - every KeyParam list the decoder accepted expands with
 *    km_params_decode() to the same count.
 */
#include <stdlib.h>
#include <string.h>

#include "../unit/ops_openssl.h"
#include "../../lib/ta/ta.h"
#include "../../lib/wire/wire.h"

static struct km_ta fresh_ta, ready_ta;
static u8 rsp[KM_TA_MAX_REQ];

static void setup(void)
{
	static bool done;
	struct km_ta_platform plat = { .crypto = &km_openssl_ops };
	struct km_boot_info bi = { .boot_patchlevel = 20250105 };
	struct km_hal_info hi = { 160000, 202501, 20250105 };

	if (done)
		return;
	done = true;
	if (km_ta_init(&fresh_ta, &plat) || km_ta_init(&ready_ta, &plat) ||
	    km_ta_set_boot_info(&ready_ta, &bi) ||
	    km_ta_set_hal_info(&ready_ta, &hi))
		abort();
}

static void check_params(const struct km_list *l)
{
	struct km_param p[KM_MAX_PARAMS];

	if (l->cbor && km_params_decode(l, p, KM_MAX_PARAMS) != (int)l->count)
		abort();
}

int LLVMFuzzerTestOneInput(const u8 *data, size_t size)
{
	static const u8 undecodable[] = { 0x82, 0x39, 0x03, 0xe7, 0x80 };
	struct km_caller caller;
	struct cbor_dec d;
	struct km_req req;
	struct km_ta *ta;
	size_t len = 0, n;
	int dret;
	s32 err;

	setup();
	if (!size)
		return 0;
	caller.may_set_boot_info = data[0] & 1;
	ta = (data[0] & 2) ? &ready_ta : &fresh_ta;
	data++;
	size--;

	dret = km_wire_decode_request(data, size, &req);
	if (!dret) {
		switch (req.op) {
		case KM_OP_GENERATE_KEY:
			check_params(&req.generate_key.params);
			check_params(&req.generate_key.attest_key.params);
			break;
		case KM_OP_IMPORT_KEY:
			check_params(&req.import_key.params);
			break;
		case KM_OP_IMPORT_WRAPPED_KEY:
			check_params(&req.import_wrapped_key.params);
			break;
		case KM_OP_UPGRADE_KEY:
			check_params(&req.upgrade_key.params);
			break;
		case KM_OP_BEGIN:
			check_params(&req.begin.params);
			break;
		case KM_OP_SET_ADDITIONAL_ATTESTATION_INFO:
			check_params(&req.set_additional_attestation_info.info);
			break;
		}
	}

	if (km_ta_process(ta, &caller, data, size, rsp, sizeof(rsp), &len))
		abort();
	if (dret == KM_WIRE_UNDECODABLE && size <= KM_TA_MAX_REQ &&
	    (len != sizeof(undecodable) || memcmp(rsp, undecodable, len)))
		abort();

	cbor_dec_init(&d, rsp, len, CBOR_DEC_STRICT);
	if (cbor_enter_array(&d, &n) || n != 2 || cbor_get_s32(&d, &err))
		abort();
	if (err) {
		bool rpc = req.op >= 0x41 && req.op <= 0x44;

		if (!(rpc ? err > 0 && err <= KM_RPC_STATUS_REMOVED :
		      !!km_error_name(err)))
			abort();
		if (cbor_enter_array(&d, &n) || n != 0 || cbor_leave(&d))
			abort();
	} else {
		if (cbor_enter_array(&d, &n) || n != 1 ||
		    cbor_enter_array(&d, &n) || n != 2 ||
		    cbor_get_s32(&d, &err) || (u32)err != req.op ||
		    cbor_skip(&d) || cbor_leave(&d) || cbor_leave(&d))
			abort();
	}
	if (cbor_leave(&d) || cbor_dec_finish(&d))
		abort();
	return 0;
}
