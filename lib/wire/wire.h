/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * The strict kmr-wire codec: the request envelope, every
 * request body, KeyParam lists and the responses the TA produces.
 *
 * Encoding rules (KeyMint reference implementation, generated.cddl): a
 * struct is a CBOR array of its fields in order, Option<T> is [] or [T],
 * Vec<u8> is a byte string, Vec<T> an array, enums are integers, and a
 * KeyParam is [tag, value].  Requests are [opcode, body]; responses are
 * [error_code, []] or [0, [[opcode, body]]].
 *
 * Decoders borrow: byte strings and parameter lists point into the
 * request buffer, which must outlive the decoded structure.  Parameter
 * lists are validated completely when the body is decoded and kept as a
 * (pointer, length, count) range; km_params_decode() expands one into a
 * caller array when a command needs random access.
 *
 * Decoder errors are negative KeyMint ErrorCodes: %KM_ERROR_INVALID_TAG for
 * a tag kmr-wire does not carry, %KM_ERROR_INVALID_ARGUMENT for anything
 * else (wrong type or count, bad enum value, BOOL not true, integer out of
 * range, more than %KM_MAX_PARAMS parameters, malformed CBOR).
 */
#ifndef KEYMINT_LIB_WIRE_WIRE_H
#define KEYMINT_LIB_WIRE_WIRE_H

#include "km_defs.h"
#include "../cbor/cbor.h"

/* Most KeyParams accepted in one list; more is INVALID_ARGUMENT. */
#define KM_MAX_PARAMS		64
/* Most entries in any other list (certificates, keys to sign, ...). */
#define KM_MAX_LIST		64

/**
 * struct km_bytes - a borrowed byte string.
 * @p: first byte (may be NULL when @len is 0)
 * @len: length in bytes
 */
struct km_bytes {
	const u8 *p;
	size_t len;
};

/**
 * struct km_list - a validated, borrowed CBOR array.
 * @cbor: the encoded array, header included
 * @len: encoded length in bytes
 * @count: number of elements
 */
struct km_list {
	const u8 *cbor;
	size_t len;
	u32 count;
};

/**
 * struct km_param - one decoded KeyParam.
 * @tag: full tag value (&enum km_tag)
 * @v32: value of ENUM, ENUM_REP and UINT tags
 * @v64: value of ULONG and ULONG_REP tags
 * @date: value of DATE tags (milliseconds since the epoch)
 * @b: BOOL tags (always true when decoded)
 * @blob: BYTES and BIGNUM tags (borrowed)
 * @blob.p: first byte
 * @blob.len: length in bytes
 */
struct km_param {
	u32 tag;
	union {
		u32 v32;
		u64 v64;
		s64 date;
		bool b;
		struct {
			const u8 *p;
			u32 len;
		} blob;
	};
};

/**
 * struct km_timestamp_token - TimeStampToken.
 * @challenge: challenge it answers
 * @timestamp_ms: secure clock time
 * @mac: HMAC over the token
 */
struct km_timestamp_token {
	s64 challenge;
	s64 timestamp_ms;
	struct km_bytes mac;
};

/**
 * struct km_hw_auth_token - HardwareAuthToken.
 * @challenge: operation challenge
 * @user_id: secure user id
 * @authenticator_id: authenticator's id
 * @authenticator_type: HardwareAuthenticatorType (bit mask, -1 = ANY)
 * @timestamp_ms: time of authentication
 * @mac: HMAC over the token
 */
struct km_hw_auth_token {
	s64 challenge;
	s64 user_id;
	s64 authenticator_id;
	s32 authenticator_type;
	s64 timestamp_ms;
	struct km_bytes mac;
};

/**
 * struct km_attestation_key - AttestationKey.
 * @key_blob: blob of the attesting key
 * @params: its attestKeyParams
 * @issuer_subject: DER issuer subject name
 */
struct km_attestation_key {
	struct km_bytes key_blob;
	struct km_list params;
	struct km_bytes issuer_subject;
};

/**
 * struct km_req - a decoded request: the opcode and its body.
 * @op: &enum km_op
 * @add_rng_entropy: AddRngEntropyRequest (0x12)
 * @generate_key: GenerateKeyRequest (0x13)
 * @import_key: ImportKeyRequest (0x14)
 * @import_wrapped_key: ImportWrappedKeyRequest (0x15)
 * @upgrade_key: UpgradeKeyRequest (0x16)
 * @key_blob: DeleteKeyRequest (0x17), ConvertStorageKeyToEphemeralRequest
 *	(0x1d)
 * @begin: BeginRequest (0x1a)
 * @device_locked: DeviceLockedRequest (0x1b)
 * @get_key_characteristics: GetKeyCharacteristicsRequest (0x1e)
 * @update: UpdateAadRequest (0x31), UpdateRequest (0x32)
 * @finish: FinishRequest (0x33)
 * @abort: AbortRequest (0x34)
 * @rpc_generate_key_pair: GenerateEcdsaP256KeyPairRequest (0x42)
 * @rpc_generate_csr: GenerateCertificateRequest{,V2}Request (0x43, 0x44)
 * @compute_shared_secret: ComputeSharedSecretRequest (0x52)
 * @generate_timestamp: GenerateTimeStampRequest (0x61)
 * @get_rot: GetRootOfTrustRequest (0x72)
 * @send_rot: SendRootOfTrustRequest (0x73)
 * @set_hal_info: SetHalInfoRequest (0x81)
 * @set_boot_info: SetBootInfoRequest (0x82)
 * @set_attestation_ids: SetAttestationIdsRequest (0x83)
 * @set_hal_version: SetHalVersionRequest (0x84)
 * @set_additional_attestation_info: SetAdditionalAttestationInfoRequest
 *	(0x91)
 *
 * Exactly one member of the anonymous union is valid, selected by @op.
 * Opcodes with an empty body use none.  Option<T> fields have a has_*
 * flag.  Member names follow generated.cddl.
 */
struct km_req {
	u32 op;
	union {
		struct {
			struct km_bytes data;
		} add_rng_entropy;
		struct {
			struct km_list params;
			bool has_attest_key;
			struct km_attestation_key attest_key;
		} generate_key;
		struct {
			struct km_list params;
			u32 key_format;
			struct km_bytes key_data;
			bool has_attest_key;
			struct km_attestation_key attest_key;
		} import_key;
		struct {
			struct km_bytes wrapped_key_data;
			struct km_bytes wrapping_key_blob;
			struct km_bytes masking_key;
			struct km_list params;
			s64 password_sid;
			s64 biometric_sid;
		} import_wrapped_key;
		struct {
			struct km_bytes key_blob;
			struct km_list params;
		} upgrade_key;
		struct {
			struct km_bytes key_blob;
		} key_blob;	/* DeleteKey, ConvertStorageKeyToEphemeral */
		struct {
			u32 purpose;
			struct km_bytes key_blob;
			struct km_list params;
			bool has_auth_token;
			struct km_hw_auth_token auth_token;
		} begin;
		struct {
			bool password_only;
			bool has_timestamp_token;
			struct km_timestamp_token timestamp_token;
		} device_locked;
		struct {
			struct km_bytes key_blob;
			struct km_bytes app_id;
			struct km_bytes app_data;
		} get_key_characteristics;
		struct {
			s64 op_handle;
			struct km_bytes input;
			bool has_auth_token;
			struct km_hw_auth_token auth_token;
			bool has_timestamp_token;
			struct km_timestamp_token timestamp_token;
		} update;	/* Update and UpdateAad */
		struct {
			s64 op_handle;
			bool has_input;
			struct km_bytes input;
			bool has_signature;
			struct km_bytes signature;
			bool has_auth_token;
			struct km_hw_auth_token auth_token;
			bool has_timestamp_token;
			struct km_timestamp_token timestamp_token;
			bool has_confirmation_token;
			struct km_bytes confirmation_token;
		} finish;
		struct {
			s64 op_handle;
		} abort;
		struct {
			bool test_mode;
		} rpc_generate_key_pair;
		struct {
			bool test_mode;
			struct km_list keys_to_sign;
			struct km_bytes endpoint_encryption_cert_chain;
			struct km_bytes challenge;
		} rpc_generate_csr;	/* v2 CSR: test_mode false, chain empty */
		struct {
			struct km_list params;
		} compute_shared_secret;
		struct {
			s64 challenge;
		} generate_timestamp;
		struct {
			u8 challenge[16];
		} get_rot;
		struct {
			struct km_bytes root_of_trust;
		} send_rot;
		struct {
			u32 os_version;
			u32 os_patchlevel;
			u32 vendor_patchlevel;
		} set_hal_info;
		struct {
			struct km_bytes verified_boot_key;
			bool device_boot_locked;
			s32 verified_boot_state;
			struct km_bytes verified_boot_hash;
			u32 boot_patchlevel;
		} set_boot_info;
		struct {
			struct km_bytes id[9];
		} set_attestation_ids;	/* brand, device, product, serial,
					 * imei, imei2, meid, manufacturer,
					 * model
					 */
		struct {
			u32 aidl_version;
		} set_hal_version;
		struct {
			struct km_list info;
		} set_additional_attestation_info;
	};
};

/* km_wire_decode_request() result for input that is not a request. */
#define KM_WIRE_UNDECODABLE	KM_ERROR_UNKNOWN_ERROR

int km_wire_decode_request(const u8 *buf, size_t len, struct km_req *req);

int km_wire_get_param(struct cbor_dec *d, struct km_param *p);
int km_wire_get_params(struct cbor_dec *d, struct km_list *list);
int km_params_decode(const struct km_list *list, struct km_param *out,
		     size_t cap);
void km_wire_put_param(struct cbor_enc *e, const struct km_param *p);
void km_wire_put_params(struct cbor_enc *e, const struct km_param *p,
			size_t n);

void km_wire_put_error(struct cbor_enc *e, s32 error_code);
void km_wire_put_ok(struct cbor_enc *e, u32 op);

/**
 * struct km_hw_info - KeyMintHardwareInfo.
 * @version_number: KeyMint version (e.g. 400)
 * @security_level: &enum km_security_level
 * @name: implementation name (non-empty)
 * @author: author name (non-empty)
 * @timestamp_token_required: the TA needs ISecureClock tokens
 */
struct km_hw_info {
	s32 version_number;
	u32 security_level;
	const char *name;
	const char *author;
	bool timestamp_token_required;
};

void km_wire_put_hw_info(struct cbor_enc *e, const struct km_hw_info *hi);

/**
 * struct km_key_chars - one KeyCharacteristics entry.
 * @security_level: &enum km_security_level enforcing @params
 * @params: the authorizations
 * @n: number of @params
 */
struct km_key_chars {
	u32 security_level;
	const struct km_param *params;
	size_t n;
};

void km_wire_put_key_creation_result(struct cbor_enc *e,
				     const u8 *blob, size_t blob_len,
				     const struct km_key_chars *chars,
				     size_t n_chars,
				     const struct km_bytes *certs,
				     size_t n_certs);

#endif /* KEYMINT_LIB_WIRE_WIRE_H */
