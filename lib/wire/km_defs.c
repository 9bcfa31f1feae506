// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * KeyMint v4 name and validity tables, generated from the X-macro lists in
 * km_defs.h.
 */
#include "km_defs.h"

#define KM_TAG_ROW(name, wk, en) { KM_TAG_##name, #name, KM_WK_##wk, KM_ENUM_##en }
static const struct km_tag_info km_tags[] = {
	KM_TAG_ROW(PURPOSE, ENUM, KEY_PURPOSE),
	KM_TAG_ROW(ALGORITHM, ENUM, ALGORITHM),
	KM_TAG_ROW(KEY_SIZE, U32, NONE),
	KM_TAG_ROW(BLOCK_MODE, ENUM, BLOCK_MODE),
	KM_TAG_ROW(DIGEST, ENUM, DIGEST),
	KM_TAG_ROW(PADDING, ENUM, PADDING_MODE),
	KM_TAG_ROW(CALLER_NONCE, TRUE, NONE),
	KM_TAG_ROW(MIN_MAC_LENGTH, U32, NONE),
	KM_TAG_ROW(EC_CURVE, ENUM, EC_CURVE),
	KM_TAG_ROW(RSA_PUBLIC_EXPONENT, U64, NONE),
	KM_TAG_ROW(INCLUDE_UNIQUE_ID, TRUE, NONE),
	KM_TAG_ROW(RSA_OAEP_MGF_DIGEST, ENUM, DIGEST),
	KM_TAG_ROW(BOOTLOADER_ONLY, TRUE, NONE),
	KM_TAG_ROW(ROLLBACK_RESISTANCE, TRUE, NONE),
	KM_TAG_ROW(HARDWARE_TYPE, NONE, SECURITY_LEVEL),
	KM_TAG_ROW(EARLY_BOOT_ONLY, TRUE, NONE),
	KM_TAG_ROW(ACTIVE_DATETIME, DATE, NONE),
	KM_TAG_ROW(ORIGINATION_EXPIRE_DATETIME, DATE, NONE),
	KM_TAG_ROW(USAGE_EXPIRE_DATETIME, DATE, NONE),
	KM_TAG_ROW(MIN_SECONDS_BETWEEN_OPS, NONE, NONE),
	KM_TAG_ROW(MAX_USES_PER_BOOT, U32, NONE),
	KM_TAG_ROW(USAGE_COUNT_LIMIT, U32, NONE),
	KM_TAG_ROW(USER_ID, U32, NONE),
	KM_TAG_ROW(USER_SECURE_ID, U64, NONE),
	KM_TAG_ROW(NO_AUTH_REQUIRED, TRUE, NONE),
	KM_TAG_ROW(USER_AUTH_TYPE, U32, NONE),
	KM_TAG_ROW(AUTH_TIMEOUT, U32, NONE),
	KM_TAG_ROW(ALLOW_WHILE_ON_BODY, TRUE, NONE),
	KM_TAG_ROW(TRUSTED_USER_PRESENCE_REQUIRED, TRUE, NONE),
	KM_TAG_ROW(TRUSTED_CONFIRMATION_REQUIRED, TRUE, NONE),
	KM_TAG_ROW(UNLOCKED_DEVICE_REQUIRED, TRUE, NONE),
	KM_TAG_ROW(APPLICATION_ID, BYTES, NONE),
	KM_TAG_ROW(APPLICATION_DATA, BYTES, NONE),
	KM_TAG_ROW(CREATION_DATETIME, DATE, NONE),
	KM_TAG_ROW(ORIGIN, ENUM, KEY_ORIGIN),
	KM_TAG_ROW(ROOT_OF_TRUST, BYTES, NONE),
	KM_TAG_ROW(OS_VERSION, U32, NONE),
	KM_TAG_ROW(OS_PATCHLEVEL, U32, NONE),
	KM_TAG_ROW(UNIQUE_ID, NONE, NONE),
	KM_TAG_ROW(ATTESTATION_CHALLENGE, BYTES, NONE),
	KM_TAG_ROW(ATTESTATION_APPLICATION_ID, BYTES, NONE),
	KM_TAG_ROW(ATTESTATION_ID_BRAND, BYTES, NONE),
	KM_TAG_ROW(ATTESTATION_ID_DEVICE, BYTES, NONE),
	KM_TAG_ROW(ATTESTATION_ID_PRODUCT, BYTES, NONE),
	KM_TAG_ROW(ATTESTATION_ID_SERIAL, BYTES, NONE),
	KM_TAG_ROW(ATTESTATION_ID_IMEI, BYTES, NONE),
	KM_TAG_ROW(ATTESTATION_ID_MEID, BYTES, NONE),
	KM_TAG_ROW(ATTESTATION_ID_MANUFACTURER, BYTES, NONE),
	KM_TAG_ROW(ATTESTATION_ID_MODEL, BYTES, NONE),
	KM_TAG_ROW(VENDOR_PATCHLEVEL, U32, NONE),
	KM_TAG_ROW(BOOT_PATCHLEVEL, U32, NONE),
	KM_TAG_ROW(DEVICE_UNIQUE_ATTESTATION, TRUE, NONE),
	KM_TAG_ROW(IDENTITY_CREDENTIAL_KEY, NONE, NONE),
	KM_TAG_ROW(STORAGE_KEY, TRUE, NONE),
	KM_TAG_ROW(ATTESTATION_ID_SECOND_IMEI, BYTES, NONE),
	KM_TAG_ROW(MODULE_HASH, BYTES, NONE),
	KM_TAG_ROW(ASSOCIATED_DATA, NONE, NONE),
	KM_TAG_ROW(NONCE, BYTES, NONE),
	KM_TAG_ROW(MAC_LENGTH, U32, NONE),
	KM_TAG_ROW(RESET_SINCE_ID_ROTATION, TRUE, NONE),
	KM_TAG_ROW(CONFIRMATION_TOKEN, NONE, NONE),
	KM_TAG_ROW(CERTIFICATE_SERIAL, BYTES, NONE),
	KM_TAG_ROW(CERTIFICATE_SUBJECT, BYTES, NONE),
	KM_TAG_ROW(CERTIFICATE_NOT_BEFORE, DATE, NONE),
	KM_TAG_ROW(CERTIFICATE_NOT_AFTER, DATE, NONE),
	KM_TAG_ROW(MAX_BOOT_LEVEL, U32, NONE),
};

#define KM_ERROR_ROW(name) { KM_ERROR_##name, #name }
static const struct km_error_info km_errors[] = {
	KM_ERROR_ROW(OK),
	KM_ERROR_ROW(ROOT_OF_TRUST_ALREADY_SET),
	KM_ERROR_ROW(UNSUPPORTED_PURPOSE),
	KM_ERROR_ROW(INCOMPATIBLE_PURPOSE),
	KM_ERROR_ROW(UNSUPPORTED_ALGORITHM),
	KM_ERROR_ROW(INCOMPATIBLE_ALGORITHM),
	KM_ERROR_ROW(UNSUPPORTED_KEY_SIZE),
	KM_ERROR_ROW(UNSUPPORTED_BLOCK_MODE),
	KM_ERROR_ROW(INCOMPATIBLE_BLOCK_MODE),
	KM_ERROR_ROW(UNSUPPORTED_MAC_LENGTH),
	KM_ERROR_ROW(UNSUPPORTED_PADDING_MODE),
	KM_ERROR_ROW(INCOMPATIBLE_PADDING_MODE),
	KM_ERROR_ROW(UNSUPPORTED_DIGEST),
	KM_ERROR_ROW(INCOMPATIBLE_DIGEST),
	KM_ERROR_ROW(INVALID_EXPIRATION_TIME),
	KM_ERROR_ROW(INVALID_USER_ID),
	KM_ERROR_ROW(INVALID_AUTHORIZATION_TIMEOUT),
	KM_ERROR_ROW(UNSUPPORTED_KEY_FORMAT),
	KM_ERROR_ROW(INCOMPATIBLE_KEY_FORMAT),
	KM_ERROR_ROW(UNSUPPORTED_KEY_ENCRYPTION_ALGORITHM),
	KM_ERROR_ROW(UNSUPPORTED_KEY_VERIFICATION_ALGORITHM),
	KM_ERROR_ROW(INVALID_INPUT_LENGTH),
	KM_ERROR_ROW(KEY_EXPORT_OPTIONS_INVALID),
	KM_ERROR_ROW(DELEGATION_NOT_ALLOWED),
	KM_ERROR_ROW(KEY_NOT_YET_VALID),
	KM_ERROR_ROW(KEY_EXPIRED),
	KM_ERROR_ROW(KEY_USER_NOT_AUTHENTICATED),
	KM_ERROR_ROW(OUTPUT_PARAMETER_NULL),
	KM_ERROR_ROW(INVALID_OPERATION_HANDLE),
	KM_ERROR_ROW(INSUFFICIENT_BUFFER_SPACE),
	KM_ERROR_ROW(VERIFICATION_FAILED),
	KM_ERROR_ROW(TOO_MANY_OPERATIONS),
	KM_ERROR_ROW(UNEXPECTED_NULL_POINTER),
	KM_ERROR_ROW(INVALID_KEY_BLOB),
	KM_ERROR_ROW(IMPORTED_KEY_NOT_ENCRYPTED),
	KM_ERROR_ROW(IMPORTED_KEY_DECRYPTION_FAILED),
	KM_ERROR_ROW(IMPORTED_KEY_NOT_SIGNED),
	KM_ERROR_ROW(IMPORTED_KEY_VERIFICATION_FAILED),
	KM_ERROR_ROW(INVALID_ARGUMENT),
	KM_ERROR_ROW(UNSUPPORTED_TAG),
	KM_ERROR_ROW(INVALID_TAG),
	KM_ERROR_ROW(MEMORY_ALLOCATION_FAILED),
	KM_ERROR_ROW(IMPORT_PARAMETER_MISMATCH),
	KM_ERROR_ROW(SECURE_HW_ACCESS_DENIED),
	KM_ERROR_ROW(OPERATION_CANCELLED),
	KM_ERROR_ROW(CONCURRENT_ACCESS_CONFLICT),
	KM_ERROR_ROW(SECURE_HW_BUSY),
	KM_ERROR_ROW(SECURE_HW_COMMUNICATION_FAILED),
	KM_ERROR_ROW(UNSUPPORTED_EC_FIELD),
	KM_ERROR_ROW(MISSING_NONCE),
	KM_ERROR_ROW(INVALID_NONCE),
	KM_ERROR_ROW(MISSING_MAC_LENGTH),
	KM_ERROR_ROW(KEY_RATE_LIMIT_EXCEEDED),
	KM_ERROR_ROW(CALLER_NONCE_PROHIBITED),
	KM_ERROR_ROW(KEY_MAX_OPS_EXCEEDED),
	KM_ERROR_ROW(INVALID_MAC_LENGTH),
	KM_ERROR_ROW(MISSING_MIN_MAC_LENGTH),
	KM_ERROR_ROW(UNSUPPORTED_MIN_MAC_LENGTH),
	KM_ERROR_ROW(UNSUPPORTED_KDF),
	KM_ERROR_ROW(UNSUPPORTED_EC_CURVE),
	KM_ERROR_ROW(KEY_REQUIRES_UPGRADE),
	KM_ERROR_ROW(ATTESTATION_CHALLENGE_MISSING),
	KM_ERROR_ROW(KEYMINT_NOT_CONFIGURED),
	KM_ERROR_ROW(ATTESTATION_APPLICATION_ID_MISSING),
	KM_ERROR_ROW(CANNOT_ATTEST_IDS),
	KM_ERROR_ROW(ROLLBACK_RESISTANCE_UNAVAILABLE),
	KM_ERROR_ROW(HARDWARE_TYPE_UNAVAILABLE),
	KM_ERROR_ROW(PROOF_OF_PRESENCE_REQUIRED),
	KM_ERROR_ROW(CONCURRENT_PROOF_OF_PRESENCE_REQUESTED),
	KM_ERROR_ROW(NO_USER_CONFIRMATION),
	KM_ERROR_ROW(DEVICE_LOCKED),
	KM_ERROR_ROW(EARLY_BOOT_ENDED),
	KM_ERROR_ROW(ATTESTATION_KEYS_NOT_PROVISIONED),
	KM_ERROR_ROW(ATTESTATION_IDS_NOT_PROVISIONED),
	KM_ERROR_ROW(INVALID_OPERATION),
	KM_ERROR_ROW(STORAGE_KEY_UNSUPPORTED),
	KM_ERROR_ROW(INCOMPATIBLE_MGF_DIGEST),
	KM_ERROR_ROW(UNSUPPORTED_MGF_DIGEST),
	KM_ERROR_ROW(MISSING_NOT_BEFORE),
	KM_ERROR_ROW(MISSING_NOT_AFTER),
	KM_ERROR_ROW(MISSING_ISSUER_SUBJECT),
	KM_ERROR_ROW(INVALID_ISSUER_SUBJECT),
	KM_ERROR_ROW(BOOT_LEVEL_EXCEEDED),
	KM_ERROR_ROW(HARDWARE_NOT_YET_AVAILABLE),
	KM_ERROR_ROW(MODULE_HASH_ALREADY_SET),
	KM_ERROR_ROW(UNIMPLEMENTED),
	KM_ERROR_ROW(VERSION_MISMATCH),
	KM_ERROR_ROW(UNKNOWN_ERROR),
};

/**
 * struct km_name_row - a (value, name) pair of an enumeration.
 * @value: the value
 * @name: its AIDL name
 */
struct km_name_row {
	s64 value;
	const char *name;
};

#define KM_NAME_ROW(pfx, name) { pfx##name, #name }
static const struct km_name_row km_ops[] = {
	{ KM_OP_GET_HARDWARE_INFO, "DeviceGetHardwareInfo" },
	{ KM_OP_ADD_RNG_ENTROPY, "DeviceAddRngEntropy" },
	{ KM_OP_GENERATE_KEY, "DeviceGenerateKey" },
	{ KM_OP_IMPORT_KEY, "DeviceImportKey" },
	{ KM_OP_IMPORT_WRAPPED_KEY, "DeviceImportWrappedKey" },
	{ KM_OP_UPGRADE_KEY, "DeviceUpgradeKey" },
	{ KM_OP_DELETE_KEY, "DeviceDeleteKey" },
	{ KM_OP_DELETE_ALL_KEYS, "DeviceDeleteAllKeys" },
	{ KM_OP_DESTROY_ATTESTATION_IDS, "DeviceDestroyAttestationIds" },
	{ KM_OP_BEGIN, "DeviceBegin" },
	{ KM_OP_DEVICE_LOCKED, "DeviceDeviceLocked" },
	{ KM_OP_EARLY_BOOT_ENDED, "DeviceEarlyBootEnded" },
	{ KM_OP_CONVERT_STORAGE_KEY, "DeviceConvertStorageKeyToEphemeral" },
	{ KM_OP_GET_KEY_CHARACTERISTICS, "DeviceGetKeyCharacteristics" },
	{ KM_OP_UPDATE_AAD, "OperationUpdateAad" },
	{ KM_OP_UPDATE, "OperationUpdate" },
	{ KM_OP_FINISH, "OperationFinish" },
	{ KM_OP_ABORT, "OperationAbort" },
	{ KM_OP_RPC_GET_HARDWARE_INFO, "RpcGetHardwareInfo" },
	{ KM_OP_RPC_GENERATE_KEY_PAIR, "RpcGenerateEcdsaP256KeyPair" },
	{ KM_OP_RPC_GENERATE_CSR, "RpcGenerateCertificateRequest" },
	{ KM_OP_RPC_GENERATE_CSR_V2, "RpcGenerateCertificateV2Request" },
	{ KM_OP_GET_SHARED_SECRET_PARAMS, "SharedSecretGetSharedSecretParameters" },
	{ KM_OP_COMPUTE_SHARED_SECRET, "SharedSecretComputeSharedSecret" },
	{ KM_OP_GENERATE_TIMESTAMP, "SecureClockGenerateTimeStamp" },
	{ KM_OP_GET_ROT_CHALLENGE, "GetRootOfTrustChallenge" },
	{ KM_OP_GET_ROT, "GetRootOfTrust" },
	{ KM_OP_SEND_ROT, "SendRootOfTrust" },
	{ KM_OP_SET_HAL_INFO, "SetHalInfo" },
	{ KM_OP_SET_BOOT_INFO, "SetBootInfo" },
	{ KM_OP_SET_ATTESTATION_IDS, "SetAttestationIds" },
	{ KM_OP_SET_HAL_VERSION, "SetHalVersion" },
	{ KM_OP_SET_ADDITIONAL_ATTESTATION_INFO, "SetAdditionalAttestationInfo" },
};

static const struct km_name_row km_algorithms[] = {
	KM_NAME_ROW(KM_ALGORITHM_, RSA),
	KM_NAME_ROW(KM_ALGORITHM_, EC),
	KM_NAME_ROW(KM_ALGORITHM_, AES),
	KM_NAME_ROW(KM_ALGORITHM_, TRIPLE_DES),
	KM_NAME_ROW(KM_ALGORITHM_, HMAC),
};

static const struct km_name_row km_block_modes[] = {
	KM_NAME_ROW(KM_MODE_, ECB),
	KM_NAME_ROW(KM_MODE_, CBC),
	KM_NAME_ROW(KM_MODE_, CTR),
	KM_NAME_ROW(KM_MODE_, GCM),
};

static const struct km_name_row km_digests[] = {
	KM_NAME_ROW(KM_DIGEST_, NONE),
	KM_NAME_ROW(KM_DIGEST_, MD5),
	KM_NAME_ROW(KM_DIGEST_, SHA1),
	KM_NAME_ROW(KM_DIGEST_, SHA_2_224),
	KM_NAME_ROW(KM_DIGEST_, SHA_2_256),
	KM_NAME_ROW(KM_DIGEST_, SHA_2_384),
	KM_NAME_ROW(KM_DIGEST_, SHA_2_512),
};

static const struct km_name_row km_paddings[] = {
	KM_NAME_ROW(KM_PAD_, NONE),
	KM_NAME_ROW(KM_PAD_, RSA_OAEP),
	KM_NAME_ROW(KM_PAD_, RSA_PSS),
	KM_NAME_ROW(KM_PAD_, RSA_PKCS1_1_5_ENCRYPT),
	KM_NAME_ROW(KM_PAD_, RSA_PKCS1_1_5_SIGN),
	KM_NAME_ROW(KM_PAD_, PKCS7),
};

static const struct km_name_row km_purposes[] = {
	KM_NAME_ROW(KM_PURPOSE_, ENCRYPT),
	KM_NAME_ROW(KM_PURPOSE_, DECRYPT),
	KM_NAME_ROW(KM_PURPOSE_, SIGN),
	KM_NAME_ROW(KM_PURPOSE_, VERIFY),
	KM_NAME_ROW(KM_PURPOSE_, WRAP_KEY),
	KM_NAME_ROW(KM_PURPOSE_, AGREE_KEY),
	KM_NAME_ROW(KM_PURPOSE_, ATTEST_KEY),
};

static const struct km_name_row km_origins[] = {
	KM_NAME_ROW(KM_ORIGIN_, GENERATED),
	KM_NAME_ROW(KM_ORIGIN_, DERIVED),
	KM_NAME_ROW(KM_ORIGIN_, IMPORTED),
	KM_NAME_ROW(KM_ORIGIN_, RESERVED),
	KM_NAME_ROW(KM_ORIGIN_, SECURELY_IMPORTED),
};

static const struct km_name_row km_key_formats[] = {
	KM_NAME_ROW(KM_KEY_FORMAT_, X509),
	KM_NAME_ROW(KM_KEY_FORMAT_, PKCS8),
	KM_NAME_ROW(KM_KEY_FORMAT_, RAW),
};

static const struct km_name_row km_ec_curves[] = {
	KM_NAME_ROW(KM_EC_CURVE_, P_224),
	KM_NAME_ROW(KM_EC_CURVE_, P_256),
	KM_NAME_ROW(KM_EC_CURVE_, P_384),
	KM_NAME_ROW(KM_EC_CURVE_, P_521),
	KM_NAME_ROW(KM_EC_CURVE_, CURVE_25519),
};

static const struct km_name_row km_hw_auth_types[] = {
	KM_NAME_ROW(KM_HW_AUTH_, NONE),
	KM_NAME_ROW(KM_HW_AUTH_, PASSWORD),
	KM_NAME_ROW(KM_HW_AUTH_, FINGERPRINT),
	KM_NAME_ROW(KM_HW_AUTH_, ANY),
};

static const struct km_name_row km_security_levels[] = {
	KM_NAME_ROW(KM_SECURITY_LEVEL_, SOFTWARE),
	KM_NAME_ROW(KM_SECURITY_LEVEL_, TRUSTED_ENVIRONMENT),
	KM_NAME_ROW(KM_SECURITY_LEVEL_, STRONGBOX),
	KM_NAME_ROW(KM_SECURITY_LEVEL_, KEYSTORE),
};

static const struct km_name_row km_boot_states[] = {
	KM_NAME_ROW(KM_BOOT_STATE_, VERIFIED),
	KM_NAME_ROW(KM_BOOT_STATE_, SELF_SIGNED),
	KM_NAME_ROW(KM_BOOT_STATE_, UNVERIFIED),
	KM_NAME_ROW(KM_BOOT_STATE_, FAILED),
};

static const struct km_name_row km_eek_curves[] = {
	KM_NAME_ROW(KM_EEK_CURVE_, NONE),
	KM_NAME_ROW(KM_EEK_CURVE_, P256),
	KM_NAME_ROW(KM_EEK_CURVE_, CURVE_25519),
};

static const struct km_name_row km_rpc_statuses[] = {
	KM_NAME_ROW(KM_RPC_STATUS_, OK),
	KM_NAME_ROW(KM_RPC_STATUS_, FAILED),
	KM_NAME_ROW(KM_RPC_STATUS_, INVALID_MAC),
	KM_NAME_ROW(KM_RPC_STATUS_, PRODUCTION_KEY_IN_TEST_REQUEST),
	KM_NAME_ROW(KM_RPC_STATUS_, TEST_KEY_IN_PRODUCTION_REQUEST),
	KM_NAME_ROW(KM_RPC_STATUS_, INVALID_EEK),
	KM_NAME_ROW(KM_RPC_STATUS_, REMOVED),
};

/**
 * struct km_enum_table - the rows of one enumeration.
 * @rows: the rows
 * @n: number of rows
 */
struct km_enum_table {
	const struct km_name_row *rows;
	size_t n;
};

static const struct km_enum_table km_enums[KM_ENUM_COUNT] = {
	[KM_ENUM_ALGORITHM] = { km_algorithms, ARRAY_SIZE(km_algorithms) },
	[KM_ENUM_BLOCK_MODE] = { km_block_modes, ARRAY_SIZE(km_block_modes) },
	[KM_ENUM_DIGEST] = { km_digests, ARRAY_SIZE(km_digests) },
	[KM_ENUM_PADDING_MODE] = { km_paddings, ARRAY_SIZE(km_paddings) },
	[KM_ENUM_KEY_PURPOSE] = { km_purposes, ARRAY_SIZE(km_purposes) },
	[KM_ENUM_KEY_ORIGIN] = { km_origins, ARRAY_SIZE(km_origins) },
	[KM_ENUM_KEY_FORMAT] = { km_key_formats, ARRAY_SIZE(km_key_formats) },
	[KM_ENUM_EC_CURVE] = { km_ec_curves, ARRAY_SIZE(km_ec_curves) },
	[KM_ENUM_HW_AUTH_TYPE] = { km_hw_auth_types, ARRAY_SIZE(km_hw_auth_types) },
	[KM_ENUM_SECURITY_LEVEL] = { km_security_levels, ARRAY_SIZE(km_security_levels) },
	[KM_ENUM_VERIFIED_BOOT_STATE] = { km_boot_states, ARRAY_SIZE(km_boot_states) },
	[KM_ENUM_EEK_CURVE] = { km_eek_curves, ARRAY_SIZE(km_eek_curves) },
	[KM_ENUM_RPC_STATUS] = { km_rpc_statuses, ARRAY_SIZE(km_rpc_statuses) },
};

static const struct km_name_row *km_row_find(const struct km_name_row *rows,
					     size_t n, s64 value)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (rows[i].value == value)
			return &rows[i];
	return NULL;
}

/**
 * km_tag_lookup() - find a tag in the v4 tag table.
 * @tag: full tag value (type | number)
 *
 * Return: the table row, or NULL for a value that is not a v4 tag
 * (including KM_TAG_INVALID and a known number with the wrong type).
 */
const struct km_tag_info *km_tag_lookup(u32 tag)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(km_tags); i++)
		if (km_tags[i].tag == tag)
			return &km_tags[i];
	return NULL;
}

KM_EXPORT(km_tag_lookup);

/**
 * km_tag_at() - iterate over the tag table.
 * @idx: 0 .. %KM_NUM_TAGS - 1
 *
 * Return: the @idx-th row, or NULL past the end.
 */
const struct km_tag_info *km_tag_at(unsigned int idx)
{
	if (idx >= ARRAY_SIZE(km_tags))
		return NULL;
	return &km_tags[idx];
}

KM_EXPORT(km_tag_at);

/**
 * km_tag_name() - name of a tag.
 * @tag: full tag value
 *
 * Return: the AIDL name (e.g. "KEY_SIZE"), or NULL for an unknown tag.
 */
const char *km_tag_name(u32 tag)
{
	const struct km_tag_info *ti = km_tag_lookup(tag);

	return ti ? ti->name : NULL;
}

KM_EXPORT(km_tag_name);

/**
 * km_tag_type_name() - name of a tag's TagType.
 * @tag: full tag value (only the type bits are used)
 *
 * Return: e.g. "UINT"; "INVALID" for type 0; NULL for an undefined type.
 */
const char *km_tag_type_name(u32 tag)
{
	static const char * const names[] = {
		"INVALID", "ENUM", "ENUM_REP", "UINT", "UINT_REP", "ULONG",
		"DATE", "BOOL", "BIGNUM", "BYTES", "ULONG_REP",
	};
	u32 t = km_tag_type(tag) >> 28;

	if (t >= ARRAY_SIZE(names))
		return NULL;
	return names[t];
}

KM_EXPORT(km_tag_type_name);

/**
 * km_error_name() - name of a KeyMint ErrorCode.
 * @err: the error code (0 or negative)
 *
 * Return: the AIDL name (e.g. "INVALID_ARGUMENT"), or NULL if unknown.
 */
const char *km_error_name(s32 err)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(km_errors); i++)
		if (km_errors[i].value == err)
			return km_errors[i].name;
	return NULL;
}

KM_EXPORT(km_error_name);

/**
 * km_error_at() - iterate over the ErrorCode table.
 * @idx: 0 .. %KM_NUM_ERRORS - 1
 *
 * Return: the @idx-th row, or NULL past the end.
 */
const struct km_error_info *km_error_at(unsigned int idx)
{
	if (idx >= ARRAY_SIZE(km_errors))
		return NULL;
	return &km_errors[idx];
}

KM_EXPORT(km_error_at);

/**
 * km_op_name() - reference name of a kmr-wire opcode.
 * @op: opcode
 *
 * Return: e.g. "DeviceGenerateKey", or NULL for an unknown opcode.
 */
const char *km_op_name(u32 op)
{
	const struct km_name_row *r = km_row_find(km_ops, ARRAY_SIZE(km_ops),
						  op);

	return r ? r->name : NULL;
}

KM_EXPORT(km_op_name);

/**
 * km_op_valid() - is @op a kmr-wire opcode?
 * @op: opcode
 *
 * Return: true for the %KM_NUM_OPS opcodes of &enum km_op.
 */
bool km_op_valid(u32 op)
{
	return km_op_name(op);
}

KM_EXPORT(km_op_valid);

/**
 * km_enum_name() - name of a value of one of the KeyMint enumerations.
 * @id: which enumeration
 * @value: the value
 *
 * Return: the AIDL name (e.g. "SHA_2_256"), or NULL if @value is not a
 * member (or @id is %KM_ENUM_NONE or out of range).
 */
const char *km_enum_name(enum km_enum_id id, s64 value)
{
	const struct km_name_row *r;

	if ((unsigned int)id >= KM_ENUM_COUNT || !km_enums[id].rows)
		return NULL;
	r = km_row_find(km_enums[id].rows, km_enums[id].n, value);
	return r ? r->name : NULL;
}

KM_EXPORT(km_enum_name);

/**
 * km_enum_valid() - is @value a member of enumeration @id?
 * @id: which enumeration
 * @value: the value
 *
 * Return: true if it is.
 */
bool km_enum_valid(enum km_enum_id id, s64 value)
{
	return km_enum_name(id, value);
}

KM_EXPORT(km_enum_valid);

/**
 * km_tag_value_valid() - may an ENUM/ENUM_REP tag carry @value?
 * @tag: full tag value
 * @value: the integer value
 *
 * Tags whose values are not a closed enumeration (e.g. USER_AUTH_TYPE, a
 * bit mask) accept any value that fits 32 bits.
 *
 * Return: false for unknown tags and non-members, true otherwise.
 */
bool km_tag_value_valid(u32 tag, s64 value)
{
	const struct km_tag_info *ti = km_tag_lookup(tag);

	if (!ti)
		return false;
	if (ti->enum_id == KM_ENUM_NONE)
		return value >= 0 && value <= 0xffffffffLL;
	return km_enum_valid(ti->enum_id, value);
}

KM_EXPORT(km_tag_value_valid);
