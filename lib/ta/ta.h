/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * lib/ta - the portable KeyMint trusted-application core: the message
 * dispatcher behind /dev/keymint, start-of-day state and the TA's RNG.
 *
 * It builds unchanged in the kernel (keymint_ta.ko, driven by
 * drivers/keymint) and in userspace (unit tests, fuzzers).  It never
 * allocates: the host allocates one struct km_ta, calls km_ta_init(), then
 * feeds whole CBOR requests to km_ta_process(), from as many threads as it
 * likes.  Messages use the KeyMint reference implementation's "kmr-wire"
 * encoding; see Documentation/wire-protocol.rst.
 */
#ifndef KEYMINT_LIB_TA_H
#define KEYMINT_LIB_TA_H

#include "../port.h"
#include "../crypto_ops.h"

/* KeyMint HAL version implemented, as reported by getHardwareInfo. */
#define KM_TA_KEYMINT_VERSION	400

/* addRngEntropy refuses more than this many bytes (INVALID_INPUT_LENGTH). */
#define KM_TA_MAX_ENTROPY	2048

/* Longest request parsed; equal to the uapi KEYMINT_MAX_MSG_SIZE. */
#define KM_TA_MAX_REQ		(32 * 1024)
/* Smallest response buffer km_ta_process() accepts. */
#define KM_TA_MIN_RSP_SIZE	64

#define KM_TA_BOOT_KEY_SIZE	32
#define KM_TA_BOOT_HASH_SIZE	32
#define KM_TA_RNG_KEY_SIZE	32

/* Bits returned by km_ta_state_flags(); equal to the uapi KEYMINT_STATE_*. */
#define KM_TA_STATE_BOOT_INFO_SET	0x1U
#define KM_TA_STATE_HAL_INFO_SET	0x2U

/**
 * struct km_boot_info - root of trust and boot state from the bootloader.
 * @verified_boot_key: digest of the key that verified the boot image
 * @verified_boot_hash: digest of the verified boot metadata
 * @verified_boot_state: KeyMint VerifiedBootState (0 VERIFIED .. 3 FAILED)
 * @device_locked: the bootloader is locked
 * @boot_patchlevel: boot image patch level, YYYYMMDD
 */
struct km_boot_info {
	u8 verified_boot_key[KM_TA_BOOT_KEY_SIZE];
	u8 verified_boot_hash[KM_TA_BOOT_HASH_SIZE];
	u32 verified_boot_state;
	bool device_locked;
	u32 boot_patchlevel;
};

/**
 * struct km_hal_info - system versions reported by the HAL (SetHalInfo).
 * @os_version: OS version, e.g. 160000
 * @os_patchlevel: OS patch level, YYYYMM
 * @vendor_patchlevel: vendor patch level, YYYYMMDD
 */
struct km_hal_info {
	u32 os_version;
	u32 os_patchlevel;
	u32 vendor_patchlevel;
};

/**
 * struct km_caller - what the host knows about the sender of a request.
 * @may_set_boot_info: the opener had CAP_SYS_ADMIN, so SetBootInfo (0x82)
 *	over the message path is allowed
 */
struct km_caller {
	bool may_set_boot_info;
};

/**
 * struct km_ta_platform - services the host provides to the TA.
 * @crypto: hash/HMAC/CMAC and the platform RNG (must outlive the TA)
 */
struct km_ta_platform {
	const struct km_crypto_ops *crypto;
};

/**
 * struct km_ta - one TA instance.  The host allocates it (zeroed) and
 * passes it to km_ta_init(); every field is private to lib/ta.
 * @crypto: platform primitives, from &struct km_ta_platform
 * @state_lock: protects @boot_info, @boot_info_set, @hal_info and
 *	@hal_info_set (held only to copy or compare them)
 * @boot_info: root of trust, valid once @boot_info_set
 * @boot_info_set: SetBootInfo / the ioctl succeeded once
 * @hal_info: HAL-reported versions, valid once @hal_info_set
 * @hal_info_set: SetHalInfo succeeded once
 * @rng_lock: protects @rng_key and @rng_counter (held for a few HMACs)
 * @rng_key: the RNG pool key K (secret)
 * @rng_counter: number of outputs drawn so far
 * @initialised: km_ta_init() succeeded and km_ta_destroy() has not run
 */
struct km_ta {
	const struct km_crypto_ops *crypto;

	struct km_mutex state_lock;
	struct km_boot_info boot_info;
	bool boot_info_set;
	struct km_hal_info hal_info;
	bool hal_info_set;

	struct km_mutex rng_lock;
	u8 rng_key[KM_TA_RNG_KEY_SIZE];
	u64 rng_counter;

	bool initialised;
};

int km_ta_init(struct km_ta *ta, const struct km_ta_platform *plat);
void km_ta_destroy(struct km_ta *ta);
int km_ta_process(struct km_ta *ta, const struct km_caller *caller,
		  const u8 *req, size_t req_len,
		  u8 *rsp, size_t rsp_cap, size_t *rsp_len);
int km_ta_set_boot_info(struct km_ta *ta, const struct km_boot_info *bi);
int km_ta_set_hal_info(struct km_ta *ta, const struct km_hal_info *hi);
u32 km_ta_state_flags(struct km_ta *ta);
int km_ta_add_entropy(struct km_ta *ta, const u8 *data, size_t len);
int km_ta_random(struct km_ta *ta, u8 *out, size_t len);

#endif /* KEYMINT_LIB_TA_H */
