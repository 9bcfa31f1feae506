// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * The KeyMint TA core: message dispatcher, start-of-day state and RNG.
 */
#include "ta.h"
#include "../wire/wire.h"

/**
 * DOC: dispatcher
 *
 * km_ta_process() handles one request in five steps:
 *
 * 1. bounds: a request longer than %KM_TA_MAX_REQ is answered with
 *    INVALID_INPUT_LENGTH without being parsed;
 * 2. strict decoding of the envelope and of the body against the opcode's
 *    schema (lib/wire); an undecodable envelope (not CBOR, not
 *    [opcode, body], unknown opcode, trailing bytes, too deep) gets exactly
 *    ``82 39 03 e7 80`` ([UNKNOWN_ERROR, []]); a body that does not match
 *    gets [INVALID_ARGUMENT, []] (or [INVALID_TAG, []] for a KeyParam tag
 *    kmr-wire does not carry);
 * 3. lookup in the opcode table, bounds-checked and clamped with
 *    km_index_nospec();
 * 4. start-of-day gate: until both SetBootInfo and SetHalInfo have
 *    succeeded, only the commands flagged %KM_CMD_EARLY run and every
 *    other one gets HARDWARE_NOT_YET_AVAILABLE;
 * 5. the km_cmd_<name>() handler, which either encodes a complete success
 *    response or returns a negative KeyMint error that becomes
 *    [error, []].  Opcodes without a handler answer UNIMPLEMENTED.
 *
 * The IRemotelyProvisionedComponent opcodes (0x4x) use the IRPC status
 * space: any failure there is reported as STATUS_FAILED (1).
 */

/**
 * DOC: TA random number generator
 *
 * The TA keeps a 32-byte pool key K, seeded from the platform RNG
 * (crypto->random, i.e. get_random_bytes() in the kernel) at
 * km_ta_init().  With H(k, m) = HMAC-SHA256:
 *
 * - addRngEntropy(D): K = H(K, "KM-TA mix" || be64(len D) || D);
 * - output of n bytes: draw 32 fresh platform bytes R outside the lock;
 *   under the lock take c = counter++, S = H(K, "KM-TA out" || be64(c) ||
 *   R) and ratchet K = H(K, "KM-TA next" || be64(c) || R); then, outside
 *   the lock, output block i as H(S, be32(i)), truncated to n bytes.
 *
 * An attacker who controls or observes only the platform RNG knows R and
 * the initial K but not the caller entropy mixed into K; one who controls
 * only the caller entropy does not know the platform seed of K nor R.
 * Either way S is a PRF output under an unknown key.  The ratchet makes
 * earlier outputs unrecoverable from a later compromise of K, and the
 * counter keeps outputs distinct even if R repeats.  Every temporary is
 * wiped.
 */

#define KM_CMD_EARLY	0x1	/* allowed before start of day */
#define KM_CMD_RPC	0x2	/* IRemotelyProvisionedComponent error space */

/**
 * struct km_cmd - one row of the opcode table.
 * @fn: handler, or NULL while the command is UNIMPLEMENTED
 * @flags: KM_CMD_* flags
 */
struct km_cmd {
	int (*fn)(struct km_ta *ta, const struct km_caller *caller,
		  const struct km_req *req, struct cbor_enc *e);
	unsigned int flags;
};

static const char km_ta_name[] = "Linux KeyMint";
static const char km_ta_author[] = "keymint-linux";

static int km_ta_hmac(struct km_ta *ta, const u8 *key,
		      const struct km_seg *in, unsigned int n, u8 out[32])
{
	return ta->crypto->hmac(ta->crypto->ctx, KM_DIGEST_SHA_2_256, key,
				KM_TA_RNG_KEY_SIZE, in, n, out);
}

/**
 * km_ta_init() - initialise a TA instance.
 * @ta: zeroed storage owned by the host
 * @plat: platform services; @plat->crypto must provide hmac and random
 *
 * Seeds the RNG pool key from the platform RNG.  Boot info and HAL info
 * start unset.
 *
 * Return: 0, -EINVAL for missing services, or the platform RNG's error.
 */
int km_ta_init(struct km_ta *ta, const struct km_ta_platform *plat)
{
	int ret;

	if (!ta || !plat || !plat->crypto || !plat->crypto->hmac ||
	    !plat->crypto->random)
		return -EINVAL;
	memset(ta, 0, sizeof(*ta));
	ta->crypto = plat->crypto;
	ret = ta->crypto->random(ta->crypto->ctx, ta->rng_key,
				 sizeof(ta->rng_key));
	if (ret) {
		km_wipe(ta->rng_key, sizeof(ta->rng_key));
		return ret;
	}
	km_mutex_init(&ta->state_lock);
	km_mutex_init(&ta->rng_lock);
	ta->initialised = true;
	return 0;
}

KM_EXPORT(km_ta_init);

/**
 * km_ta_destroy() - wipe a TA instance.
 * @ta: instance from km_ta_init(); no km_ta_*() call may be running
 *
 * Safe on an instance whose km_ta_init() failed.
 */
void km_ta_destroy(struct km_ta *ta)
{
	if (!ta || !ta->initialised)
		return;
	km_mutex_destroy(&ta->rng_lock);
	km_mutex_destroy(&ta->state_lock);
	km_wipe(ta, sizeof(*ta));
}

KM_EXPORT(km_ta_destroy);

/**
 * km_ta_add_entropy() - mix caller entropy into the RNG pool.
 * @ta: TA instance
 * @data: entropy (may be NULL when @len is 0)
 * @len: at most %KM_TA_MAX_ENTROPY bytes
 *
 * Return: 0, -EINVAL if @len is too large, or the HMAC's error (the pool
 * is then unchanged).
 */
int km_ta_add_entropy(struct km_ta *ta, const u8 *data, size_t len)
{
	static const u8 label[] = "KM-TA mix";
	u8 be_len[8], k[KM_TA_RNG_KEY_SIZE];
	struct km_seg in[3] = {
		{ label, sizeof(label) - 1 },
		{ be_len, sizeof(be_len) },
		{ data, len },
	};
	int ret;

	if (len > KM_TA_MAX_ENTROPY)
		return -EINVAL;
	put_unaligned_be64(len, be_len);
	km_mutex_lock(&ta->rng_lock);
	ret = km_ta_hmac(ta, ta->rng_key, in, ARRAY_SIZE(in), k);
	if (!ret)
		memcpy(ta->rng_key, k, sizeof(k));
	km_mutex_unlock(&ta->rng_lock);
	km_wipe(k, sizeof(k));
	return ret;
}

KM_EXPORT(km_ta_add_entropy);

/**
 * km_ta_random() - draw bytes from the TA's RNG.
 * @ta: TA instance
 * @out: output buffer
 * @len: number of bytes
 *
 * See "TA random number generator" above for the construction.
 *
 * Return: 0, or a negative errno from the platform RNG or HMAC (@out is
 * then wiped).
 */
int km_ta_random(struct km_ta *ta, u8 *out, size_t len)
{
	static const u8 out_label[] = "KM-TA out";
	static const u8 next_label[] = "KM-TA next";
	u8 fresh[32], ctr[8], seed[32], next[32], block[32], idx[4];
	struct km_seg in[3] = {
		{ out_label, sizeof(out_label) - 1 },
		{ ctr, sizeof(ctr) },
		{ fresh, sizeof(fresh) },
	};
	struct km_seg bin[1] = { { idx, sizeof(idx) } };
	size_t off, n;
	u32 i;
	int ret;

	ret = ta->crypto->random(ta->crypto->ctx, fresh, sizeof(fresh));
	if (ret)
		goto out;

	km_mutex_lock(&ta->rng_lock);
	put_unaligned_be64(ta->rng_counter, ctr);
	ret = km_ta_hmac(ta, ta->rng_key, in, ARRAY_SIZE(in), seed);
	if (!ret) {
		in[0].p = next_label;
		in[0].len = sizeof(next_label) - 1;
		ret = km_ta_hmac(ta, ta->rng_key, in, ARRAY_SIZE(in), next);
	}
	if (!ret) {
		memcpy(ta->rng_key, next, sizeof(next));
		ta->rng_counter++;
	}
	km_mutex_unlock(&ta->rng_lock);
	if (ret)
		goto out;

	for (off = 0, i = 0; off < len; off += n, i++) {
		put_unaligned_be32(i, idx);
		ret = km_ta_hmac(ta, seed, bin, ARRAY_SIZE(bin), block);
		if (ret)
			break;
		n = min(len - off, sizeof(block));
		memcpy(out + off, block, n);
	}
out:
	if (ret && len)
		km_wipe(out, len);
	km_wipe(fresh, sizeof(fresh));
	km_wipe(seed, sizeof(seed));
	km_wipe(next, sizeof(next));
	km_wipe(block, sizeof(block));
	return ret;
}

KM_EXPORT(km_ta_random);

static bool km_boot_info_equal(const struct km_boot_info *a,
			       const struct km_boot_info *b)
{
	return !km_memneq(a->verified_boot_key, b->verified_boot_key,
			  sizeof(a->verified_boot_key)) &&
	       !km_memneq(a->verified_boot_hash, b->verified_boot_hash,
			  sizeof(a->verified_boot_hash)) &&
	       a->verified_boot_state == b->verified_boot_state &&
	       a->device_locked == b->device_locked &&
	       a->boot_patchlevel == b->boot_patchlevel;
}

/*
 * A boot patch level is a date, YYYYMMDD, with a month 01..12 and a day
 * 00..31 (Android uses day 00 for "this month").  The same rule holds for
 * the ioctl and for the SetBootInfo message.
 */
static bool km_patchlevel_valid(u32 pl)
{
	u32 month = pl / 100 % 100, day = pl % 100;

	return pl >= 19700100 && pl <= 99991231 && month >= 1 && month <= 12 &&
	       day <= 31;
}

/**
 * km_ta_set_boot_info() - set the root of trust, once per TA lifetime.
 * @ta: TA instance
 * @bi: boot info; @bi->verified_boot_state must be 0..3
 *
 * Used by the SET_BOOT_INFO ioctl and by the SetBootInfo (0x82) message.
 *
 * Return: 0 when stored, or when identical to what is already stored
 * (nothing changes); -EALREADY if different boot info was set before;
 * -EINVAL for an invalid state or a boot patch level that is not a
 * YYYYMMDD date.
 */
int km_ta_set_boot_info(struct km_ta *ta, const struct km_boot_info *bi)
{
	int ret = 0;

	if (bi->verified_boot_state > KM_BOOT_STATE_FAILED ||
	    !km_patchlevel_valid(bi->boot_patchlevel))
		return -EINVAL;
	km_mutex_lock(&ta->state_lock);
	if (ta->boot_info_set) {
		if (!km_boot_info_equal(&ta->boot_info, bi))
			ret = -EALREADY;
	} else {
		memcpy(ta->boot_info.verified_boot_key, bi->verified_boot_key,
		       sizeof(bi->verified_boot_key));
		memcpy(ta->boot_info.verified_boot_hash, bi->verified_boot_hash,
		       sizeof(bi->verified_boot_hash));
		ta->boot_info.verified_boot_state = bi->verified_boot_state;
		ta->boot_info.device_locked = bi->device_locked;
		ta->boot_info.boot_patchlevel = bi->boot_patchlevel;
		ta->boot_info_set = true;
	}
	km_mutex_unlock(&ta->state_lock);
	return ret;
}

KM_EXPORT(km_ta_set_boot_info);

/**
 * km_ta_set_hal_info() - set the HAL-reported versions, once.
 * @ta: TA instance
 * @hi: versions from SetHalInfo (0x81)
 *
 * Return: 0 when stored or identical to what is stored; -EALREADY if
 * different HAL info was set before.
 */
int km_ta_set_hal_info(struct km_ta *ta, const struct km_hal_info *hi)
{
	int ret = 0;

	km_mutex_lock(&ta->state_lock);
	if (ta->hal_info_set) {
		if (ta->hal_info.os_version != hi->os_version ||
		    ta->hal_info.os_patchlevel != hi->os_patchlevel ||
		    ta->hal_info.vendor_patchlevel != hi->vendor_patchlevel)
			ret = -EALREADY;
	} else {
		ta->hal_info = *hi;
		ta->hal_info_set = true;
	}
	km_mutex_unlock(&ta->state_lock);
	return ret;
}

KM_EXPORT(km_ta_set_hal_info);

/**
 * km_ta_state_flags() - start-of-day state.
 * @ta: TA instance
 *
 * Return: %KM_TA_STATE_BOOT_INFO_SET and/or %KM_TA_STATE_HAL_INFO_SET
 * (equal to the uapi KEYMINT_STATE_* bits).
 */
u32 km_ta_state_flags(struct km_ta *ta)
{
	u32 flags = 0;

	km_mutex_lock(&ta->state_lock);
	if (ta->boot_info_set)
		flags |= KM_TA_STATE_BOOT_INFO_SET;
	if (ta->hal_info_set)
		flags |= KM_TA_STATE_HAL_INFO_SET;
	km_mutex_unlock(&ta->state_lock);
	return flags;
}

KM_EXPORT(km_ta_state_flags);

static int km_cmd_get_hardware_info(struct km_ta *ta,
				    const struct km_caller *caller,
				    const struct km_req *req,
				    struct cbor_enc *e)
{
	static const struct km_hw_info hi = {
		.version_number = KM_TA_KEYMINT_VERSION,
		.security_level = KM_SECURITY_LEVEL_TRUSTED_ENVIRONMENT,
		.name = km_ta_name,
		.author = km_ta_author,
		/* The module has its own monotonic clock. */
		.timestamp_token_required = false,
	};

	km_wire_put_ok(e, req->op);
	km_wire_put_hw_info(e, &hi);
	return 0;
}

static int km_cmd_add_rng_entropy(struct km_ta *ta,
				  const struct km_caller *caller,
				  const struct km_req *req, struct cbor_enc *e)
{
	const struct km_bytes *d = &req->add_rng_entropy.data;

	if (d->len > KM_TA_MAX_ENTROPY)
		return KM_ERROR_INVALID_INPUT_LENGTH;
	if (km_ta_add_entropy(ta, d->p, d->len))
		return KM_ERROR_UNKNOWN_ERROR;
	km_wire_put_ok(e, req->op);
	cbor_put_array(e, 0);
	return 0;
}

static int km_cmd_set_hal_info(struct km_ta *ta,
			       const struct km_caller *caller,
			       const struct km_req *req, struct cbor_enc *e)
{
	const struct km_hal_info hi = {
		.os_version = req->set_hal_info.os_version,
		.os_patchlevel = req->set_hal_info.os_patchlevel,
		.vendor_patchlevel = req->set_hal_info.vendor_patchlevel,
	};

	if (km_ta_set_hal_info(ta, &hi))
		return KM_ERROR_INVALID_ARGUMENT;
	km_wire_put_ok(e, req->op);
	cbor_put_array(e, 0);
	return 0;
}

static int km_cmd_set_boot_info(struct km_ta *ta,
				const struct km_caller *caller,
				const struct km_req *req, struct cbor_enc *e)
{
	const struct km_bytes *key = &req->set_boot_info.verified_boot_key;
	const struct km_bytes *hash = &req->set_boot_info.verified_boot_hash;
	s32 state = req->set_boot_info.verified_boot_state;
	struct km_boot_info bi;
	int ret;

	if (!caller || !caller->may_set_boot_info)
		return KM_ERROR_SECURE_HW_ACCESS_DENIED;
	if (key->len != KM_TA_BOOT_KEY_SIZE ||
	    hash->len != KM_TA_BOOT_HASH_SIZE ||
	    state < KM_BOOT_STATE_VERIFIED || state > KM_BOOT_STATE_FAILED)
		return KM_ERROR_INVALID_ARGUMENT;
	memcpy(bi.verified_boot_key, key->p, KM_TA_BOOT_KEY_SIZE);
	memcpy(bi.verified_boot_hash, hash->p, KM_TA_BOOT_HASH_SIZE);
	bi.verified_boot_state = state;
	bi.device_locked = req->set_boot_info.device_boot_locked;
	bi.boot_patchlevel = req->set_boot_info.boot_patchlevel;
	ret = km_ta_set_boot_info(ta, &bi);
	km_wipe(&bi, sizeof(bi));
	if (ret)
		return KM_ERROR_INVALID_ARGUMENT;
	km_wire_put_ok(e, req->op);
	cbor_put_array(e, 0);
	return 0;
}

static const struct km_cmd km_cmds[KM_OP_MAX + 1] = {
	[KM_OP_GET_HARDWARE_INFO] = { km_cmd_get_hardware_info, KM_CMD_EARLY },
	[KM_OP_ADD_RNG_ENTROPY] = { km_cmd_add_rng_entropy, KM_CMD_EARLY },
	[KM_OP_SET_HAL_INFO] = { km_cmd_set_hal_info, KM_CMD_EARLY },
	[KM_OP_SET_BOOT_INFO] = { km_cmd_set_boot_info, KM_CMD_EARLY },
	[KM_OP_RPC_GET_HARDWARE_INFO] = { NULL, KM_CMD_RPC },
	[KM_OP_RPC_GENERATE_KEY_PAIR] = { NULL, KM_CMD_RPC },
	[KM_OP_RPC_GENERATE_CSR] = { NULL, KM_CMD_RPC },
	[KM_OP_RPC_GENERATE_CSR_V2] = { NULL, KM_CMD_RPC },
};

/* Exactly [UNKNOWN_ERROR, []], for requests that cannot be decoded. */
static const u8 km_undecodable_rsp[] = { 0x82, 0x39, 0x03, 0xe7, 0x80 };

static bool km_ta_started(struct km_ta *ta)
{
	u32 want = KM_TA_STATE_BOOT_INFO_SET | KM_TA_STATE_HAL_INFO_SET;

	return (km_ta_state_flags(ta) & want) == want;
}

static s32 km_ta_dispatch(struct km_ta *ta, const struct km_caller *caller,
			  const struct km_req *req, int decode_err,
			  struct cbor_enc *e)
{
	const struct km_cmd *cmd;
	int ret;

	if (req->op > KM_OP_MAX)	/* the decoder only yields known ops */
		return KM_ERROR_UNKNOWN_ERROR;
	cmd = &km_cmds[km_index_nospec(req->op, KM_OP_MAX + 1)];

	if (decode_err)
		ret = decode_err;
	else if (!(cmd->flags & KM_CMD_EARLY) && !km_ta_started(ta))
		ret = KM_ERROR_HARDWARE_NOT_YET_AVAILABLE;
	else if (!cmd->fn)
		ret = KM_ERROR_UNIMPLEMENTED;
	else
		ret = cmd->fn(ta, caller, req, e);

	if (ret && (cmd->flags & KM_CMD_RPC))
		ret = KM_RPC_STATUS_FAILED;
	return ret;
}

/**
 * km_ta_process() - handle one kmr-wire request.
 * @ta: TA instance
 * @caller: what the host knows about the sender
 * @req: the request, [opcode, body]
 * @req_len: its length
 * @rsp: response buffer
 * @rsp_cap: its size (the driver passes KEYMINT_MAX_MSG_SIZE)
 * @rsp_len: set to the response length on success
 *
 * Always produces a CBOR response, [error_code, []] or
 * [0, [[opcode, body]]], for any input.  See "dispatcher" above for the
 * error policy.  May be called concurrently from many threads; only the
 * small start-of-day and RNG states are locked, briefly.
 *
 * Return: 0, -EINVAL for NULL arguments, or -EMSGSIZE if the response
 * does not fit in @rsp_cap bytes (at least %KM_TA_MIN_RSP_SIZE always do
 * for error responses).
 */
int km_ta_process(struct km_ta *ta, const struct km_caller *caller,
		  const u8 *req, size_t req_len,
		  u8 *rsp, size_t rsp_cap, size_t *rsp_len)
{
	struct cbor_enc e;
	struct km_req r;
	s32 err;
	int ret;

	if (!ta || !rsp || !rsp_len || (!req && req_len))
		return -EINVAL;
	if (rsp_cap < KM_TA_MIN_RSP_SIZE)
		return -EMSGSIZE;

	cbor_enc_init(&e, rsp, rsp_cap);
	if (!ta->initialised) {
		km_wire_put_error(&e, KM_ERROR_HARDWARE_NOT_YET_AVAILABLE);
		goto finish;
	}
	if (req_len > KM_TA_MAX_REQ) {
		km_wire_put_error(&e, KM_ERROR_INVALID_INPUT_LENGTH);
		goto finish;
	}

	ret = km_wire_decode_request(req, req_len, &r);
	if (ret == KM_WIRE_UNDECODABLE) {
		memcpy(rsp, km_undecodable_rsp, sizeof(km_undecodable_rsp));
		*rsp_len = sizeof(km_undecodable_rsp);
		return 0;
	}

	err = km_ta_dispatch(ta, caller, &r, ret, &e);
	if (err) {
		cbor_enc_init(&e, rsp, rsp_cap);
		km_wire_put_error(&e, err);
	}
finish:
	ret = cbor_enc_finish(&e, rsp_len);
	if (ret == -EMSGSIZE)
		return -EMSGSIZE;
	if (ret) {
		/* An encoder misuse: report it without leaking partial data. */
		km_wipe(rsp, rsp_cap);
		memcpy(rsp, km_undecodable_rsp, sizeof(km_undecodable_rsp));
		*rsp_len = sizeof(km_undecodable_rsp);
	}
	return 0;
}

KM_EXPORT(km_ta_process);
