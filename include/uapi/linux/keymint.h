/* SPDX-License-Identifier: GPL-2.0-only WITH Linux-syscall-note */
/*
 * keymint.h - userspace ABI of /dev/keymint, the in-kernel KeyMint TA.
 *
 * Messages: every write() carries one whole CBOR request in the KeyMint
 * reference implementation's wire encoding ([opcode, request]); the next
 * read() returns its whole CBOR response ([error_code, [] | [[opcode,
 * response]]]).  KeyMint errors travel inside the response; the syscalls
 * themselves fail only for transport problems (-EINVAL, -EMSGSIZE, -EBUSY,
 * -EAGAIN, -EFAULT, -EINTR, -ENOMEM, -ENOBUFS).  See
 * Documentation/userspace-api.rst (device) and Documentation/wire-protocol.rst
 * (messages).
 *
 * ioctls carry what is not a KeyMint message: the ABI version query and the
 * bootloader's one-shot root of trust.
 */
#ifndef _UAPI_LINUX_KEYMINT_H
#define _UAPI_LINUX_KEYMINT_H

#include <linux/ioctl.h>
#include <linux/types.h>

/* Version of this ABI (ioctls and read/write semantics). */
#define KEYMINT_ABI_VERSION		1

/*
 * Largest request a write() accepts and largest response a read() can
 * return, in bytes.  Big enough for a 16 KiB Ed25519 message or an
 * RSA-4096 PKCS#8 import together with their CBOR envelope.
 */
#define KEYMINT_MAX_MSG_SIZE		(32 * 1024)

/* Verified boot states (the KeyMint VerifiedBootState values). */
#define KEYMINT_BOOT_STATE_VERIFIED	0
#define KEYMINT_BOOT_STATE_SELF_SIGNED	1
#define KEYMINT_BOOT_STATE_UNVERIFIED	2
#define KEYMINT_BOOT_STATE_FAILED	3

#define KEYMINT_BOOT_KEY_SIZE		32
#define KEYMINT_BOOT_HASH_SIZE		32

/**
 * struct keymint_version - answer of %KEYMINT_IOC_GET_VERSION.
 * @abi_version: [out] %KEYMINT_ABI_VERSION of the running module
 * @max_msg_size: [out] largest request or response, in bytes
 * @keymint_version: [out] KeyMint HAL version implemented (e.g. 400 for v4)
 * @flags: [out] KEYMINT_STATE_* bits describing the start-of-day state
 */
struct keymint_version {
	__u32 abi_version;
	__u32 max_msg_size;
	__u32 keymint_version;
	__u32 flags;
};

/* Bits of &struct keymint_version.flags. */
#define KEYMINT_STATE_BOOT_INFO_SET	0x1U
#define KEYMINT_STATE_HAL_INFO_SET	0x2U

/**
 * struct keymint_boot_info - root of trust set by the bootloader.
 * @verified_boot_key: [in] digest of the key that verified the boot image
 *	(all zeroes when unverified)
 * @verified_boot_hash: [in] digest of the verified boot metadata
 * @verified_boot_state: [in] one of KEYMINT_BOOT_STATE_*
 * @device_locked: [in] 1 when the bootloader is locked, 0 otherwise
 * @boot_patchlevel: [in] boot image patch level, YYYYMMDD (month 01-12,
 *	day 00-31, year 1970 or later)
 * @flags: [in] must be zero
 * @reserved: [in] must be zero
 *
 * Accepted once per module load, from a caller with CAP_SYS_ADMIN at the
 * time of the ioctl (else -EPERM).  A repeat with identical contents
 * succeeds and changes nothing; a different one fails with -EALREADY.
 * Non-zero @flags or @reserved, a state above %KEYMINT_BOOT_STATE_FAILED,
 * @device_locked above 1 or a malformed @boot_patchlevel fail with -EINVAL.
 * A failed call changes nothing.  The layout has no implicit padding: 96
 * bytes on every ABI.
 */
struct keymint_boot_info {
	__u8 verified_boot_key[KEYMINT_BOOT_KEY_SIZE];
	__u8 verified_boot_hash[KEYMINT_BOOT_HASH_SIZE];
	__u32 verified_boot_state;
	__u32 device_locked;
	__u32 boot_patchlevel;
	__u32 flags;
	__u64 reserved[2];
};

#define KEYMINT_IOC_MAGIC		0xB9

/* Query the ABI version and start-of-day state (any opener). */
#define KEYMINT_IOC_GET_VERSION		_IOR(KEYMINT_IOC_MAGIC, 0x00, struct keymint_version)
/* Set the root of trust and boot state, once (CAP_SYS_ADMIN). */
#define KEYMINT_IOC_SET_BOOT_INFO	_IOW(KEYMINT_IOC_MAGIC, 0x01, struct keymint_boot_info)

#endif /* _UAPI_LINUX_KEYMINT_H */
