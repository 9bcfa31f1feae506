/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * the kernel crypto API behind lib/'s
 * struct km_crypto_ops (digests, HMAC, AES-CMAC, randomness).
 *
 * keymint.ko allocates the shared digest transforms in km_crypto_init() at
 * module load and frees them in km_crypto_exit() at unload.  Everything in
 * between (including KUnit suites, which get the table through
 * km_kernel_crypto_ops()) may call the ops from any number of threads, in
 * process context only: every op may sleep.
 */
#ifndef KEYMINT_DRIVERS_KM_CRYPTO_H
#define KEYMINT_DRIVERS_KM_CRYPTO_H

#include "../../lib/crypto_ops.h"

int km_crypto_init(void);
void km_crypto_exit(void);
const struct km_crypto_ops *km_kernel_crypto_ops(void);

#endif /* KEYMINT_DRIVERS_KM_CRYPTO_H */
