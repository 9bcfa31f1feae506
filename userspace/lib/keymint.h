/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * userspace/lib - libkeymint, the one client library every userspace
 * program (the keymint tool, and later the HAL daemon, keystore and PKCS#11
 * module) uses to talk KeyMint to /dev/keymint or to another transport.
 *
 * Layers:
 *  - transport: km_dev_open() opens the character device; km_dev_open_backend()
 *    plugs in any other transport (an in-process TA for tests, a socket
 *    for the daemon) through struct km_backend.  km_transact() is one
 *    request/response exchange; km_get_version()/km_set_boot_info() are the
 *    ioctls.
 *  - messages: the KeyMint reference "kmr-wire" envelope
 *    ([opcode, request] -> [error_code, [] | [[opcode, response]]]),
 *    encoded and decoded with lib/cbor; km_call_raw() and one typed call
 *    per implemented command.
 *  - names: ErrorCode, opcode and boot-state names for printing.
 *
 * Return values.  Every call that talks to a transport returns 0 on
 * success or a negative int of one of two disjoint kinds:
 *  - a KeyMint ErrorCode taken from the TA's response (-1 ... -1000, for
 *    example -38 INVALID_ARGUMENT): the TA received and refused the request;
 *  - a client error, KM_CLIENT_ERR(errno) = -(KM_CLIENT_ERR_BASE + errno):
 *    the request never got a valid answer (open/write/read/ioctl failure,
 *    malformed or mismatched response, buffer too small, bad argument).
 * (Only km_call_raw()/km_decode_response() for the RKP opcodes 0x40-0x4f
 * can also return a positive IRemotelyProvisionedComponent status.)
 * km_is_client_err(rc) tells them apart and km_client_errno(rc) recovers
 * the positive errno.  km_strerror() names either kind.
 *
 * The library never prints and never exits.  A struct km_dev is not
 * thread-safe: use one per thread or serialize calls.
 */
#ifndef KEYMINT_USERSPACE_KEYMINT_H
#define KEYMINT_USERSPACE_KEYMINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <linux/keymint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Default device node; the KEYMINT_DEVICE environment variable overrides. */
#define KM_DEFAULT_DEVICE	"/dev/keymint"

/* Client errors live below every KeyMint ErrorCode (the lowest is -1000). */
#define KM_CLIENT_ERR_BASE	0x10000
#define KM_CLIENT_ERR(e)	(-(KM_CLIENT_ERR_BASE + (e)))

/**
 * km_is_client_err() - is @rc a client (transport/protocol) error?
 * @rc: return value of a libkeymint function
 *
 * Return: true for KM_CLIENT_ERR() values, false for 0 and KeyMint codes.
 */
static inline bool km_is_client_err(int rc)
{
	return rc <= -KM_CLIENT_ERR_BASE;
}

/**
 * km_client_errno() - positive errno carried by a client error
 * @rc: a value for which km_is_client_err() is true
 *
 * Return: the errno, or 0 if @rc is not a client error.
 */
static inline int km_client_errno(int rc)
{
	return km_is_client_err(rc) ? -rc - KM_CLIENT_ERR_BASE : 0;
}

/*
 * Opcodes and ErrorCode constants (KM_OP_*, KM_ERROR_*) come from
 * lib/wire/km_defs.h, the project's one table of KeyMint numbers; this
 * header does not repeat them so that both can be included together.
 */

/* Largest entropy buffer addRngEntropy accepts (IKeyMintDevice.aidl). */
#define KM_RNG_ENTROPY_MAX	2048

/**
 * struct km_backend - a transport.
 * @name: short name for diagnostics ("device", "loopback", ...)
 * @transact: send @req (@len bytes), store the whole response in @rsp
 *	(capacity @cap) and its length in *@rsplen.  Returns 0 or -errno.
 * @get_version: answer of KEYMINT_IOC_GET_VERSION; 0 or -errno.  NULL
 *	means -EOPNOTSUPP.
 * @set_boot_info: KEYMINT_IOC_SET_BOOT_INFO; 0 or -errno.  NULL means
 *	-EOPNOTSUPP.
 * @close: release @ctx (may be NULL).
 *
 * Every callback gets the ctx pointer given to km_dev_open_backend().
 */
struct km_backend {
	const char *name;
	int (*transact)(void *ctx, const uint8_t *req, size_t len,
			uint8_t *rsp, size_t cap, size_t *rsplen);
	int (*get_version)(void *ctx, struct keymint_version *ver);
	int (*set_boot_info)(void *ctx, const struct keymint_boot_info *bi);
	void (*close)(void *ctx);
};

struct km_dev;

int km_dev_open(const char *path, struct km_dev **ret_dev);
int km_dev_open_backend(const struct km_backend *be, void *ctx,
			struct km_dev **ret_dev);
void km_dev_close(struct km_dev *dev);
const char *km_dev_name(const struct km_dev *dev);

int km_transact(struct km_dev *dev, const uint8_t *req, size_t len,
		uint8_t *rsp, size_t cap, size_t *rsplen);
int km_get_version(struct km_dev *dev, struct keymint_version *ver);
int km_set_boot_info(struct km_dev *dev, const struct keymint_boot_info *bi);

/* Longest name km_get_hardware_info() stores, without the NUL. */
#define KM_HW_NAME_MAX	127

/**
 * struct km_hardware_info - KeyMintHardwareInfo, as the client sees it.
 * @version_number: KeyMint version (e.g. 400)
 * @security_level: 0 software, 1 trusted environment, 2 StrongBox
 * @timestamp_token_required: a TimeStampToken is needed for auth-bound keys
 * @name: keyMintName, NUL-terminated
 * @author: keyMintAuthorName, NUL-terminated
 */
struct km_hardware_info {
	int32_t version_number;
	int32_t security_level;
	bool timestamp_token_required;
	char name[KM_HW_NAME_MAX + 1];
	char author[KM_HW_NAME_MAX + 1];
};

int km_call_raw(struct km_dev *dev, uint32_t opcode, const uint8_t *body,
		size_t body_len, uint8_t *rsp, size_t cap,
		const uint8_t **ret_body, size_t *ret_body_len);
int km_get_hardware_info(struct km_dev *dev,
			 struct km_hardware_info *ret_info);
int km_add_rng_entropy(struct km_dev *dev, const uint8_t *data, size_t len);
int km_set_hal_info(struct km_dev *dev, uint32_t os_version,
		    uint32_t os_patchlevel, uint32_t vendor_patchlevel);
int km_set_boot_info_msg(struct km_dev *dev,
			 const struct keymint_boot_info *bi);

/* Envelope helpers, exposed for transports and tests. */
int km_encode_request(uint32_t opcode, const uint8_t *body, size_t body_len,
		      uint8_t *out, size_t cap, size_t *ret_len);
int km_decode_response(uint32_t opcode, const uint8_t *rsp, size_t len,
		       const uint8_t **ret_body, size_t *ret_body_len);

/*
 * Names, from lib/wire's tables (lib/wire/km_defs.c is linked into
 * libkeymint; these prototypes match lib/wire/km_defs.h exactly).
 */
const char *km_error_name(int32_t err);
const char *km_op_name(uint32_t op);
const char *km_tag_name(uint32_t tag);

int km_error_list(unsigned int idx, int32_t *value, const char **name);
const char *km_boot_state_name(uint32_t state);
const char *km_security_level_name(int32_t level);
const char *km_strerror(int rc);

int km_cbor_diag(FILE *f, const uint8_t *buf, size_t len);

#ifdef __cplusplus
}
#endif

#endif /* KEYMINT_USERSPACE_KEYMINT_H */
