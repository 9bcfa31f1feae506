// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * names.c - libkeymint: printable names.  ErrorCode, opcode and tag names
 * come from lib/wire's tables (km_defs.c, linked in); this file adds the
 * ErrorCode listing, the CLI spellings of boot states, and km_strerror()
 * for any libkeymint return value.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../../lib/wire/km_defs.h"
#include "keymint.h"

/**
 * km_error_list() - walk the ErrorCode table
 * @idx: row, from 0
 * @value: receives the code
 * @name: receives its AIDL name
 *
 * Return: 0, or -ENOENT past the last row (outputs untouched).
 */
int km_error_list(unsigned int idx, int32_t *value, const char **name)
{
	const struct km_error_info *e = km_error_at(idx);

	if (!e)
		return -ENOENT;
	*value = e->value;
	*name = e->name;
	return 0;
}

/**
 * km_boot_state_name() - command-line spelling of a verified boot state
 * @state: KEYMINT_BOOT_STATE_*
 *
 * Return: "verified", "self-signed", "unverified", "failed", or NULL.
 */
const char *km_boot_state_name(uint32_t state)
{
	static const char * const names[] = {
		[KEYMINT_BOOT_STATE_VERIFIED] = "verified",
		[KEYMINT_BOOT_STATE_SELF_SIGNED] = "self-signed",
		[KEYMINT_BOOT_STATE_UNVERIFIED] = "unverified",
		[KEYMINT_BOOT_STATE_FAILED] = "failed",
	};

	return state < ARRAY_SIZE(names) ? names[state] : NULL;
}

/**
 * km_security_level_name() - name of a KeyMint SecurityLevel
 * @level: e.g. 1
 *
 * Return: "TRUSTED_ENVIRONMENT", ..., or NULL for an unknown level.
 */
const char *km_security_level_name(int32_t level)
{
	return km_enum_name(KM_ENUM_SECURITY_LEVEL, level);
}

/**
 * km_strerror() - describe any libkeymint return value
 * @rc: 0, a KeyMint ErrorCode, a positive RPC status or a client error
 *
 * Return: a static or thread-local string such as "INVALID_ARGUMENT (-38)"
 * or "transport: No such file or directory"; never NULL.
 */
const char *km_strerror(int rc)
{
	static __thread char buf[96];
	const char *name;

	if (km_is_client_err(rc)) {
		switch (km_client_errno(rc)) {
		case EBADMSG:
			return "malformed response from the TA";
		case EPROTO:
			return "response does not match the request";
		default:
			snprintf(buf, sizeof(buf), "transport: %s",
				 strerror(km_client_errno(rc)));
			return buf;
		}
	}
	if (rc > 0) {
		name = km_enum_name(KM_ENUM_RPC_STATUS, rc);
		snprintf(buf, sizeof(buf), "RPC status %s (%d)",
			 name ? name : "?", rc);
		return buf;
	}
	name = km_error_name(rc);
	if (name)
		snprintf(buf, sizeof(buf), "%s (%d)", name, rc);
	else
		snprintf(buf, sizeof(buf), "KeyMint error %d", rc);
	return buf;
}
