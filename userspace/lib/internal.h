/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * internal.h - libkeymint private interfaces shared between its files.
 */
#ifndef KEYMINT_USERSPACE_INTERNAL_H
#define KEYMINT_USERSPACE_INTERNAL_H

#include "keymint.h"

void km_dev_bufs(struct km_dev *dev, uint8_t **req, uint8_t **rsp);

#endif /* KEYMINT_USERSPACE_INTERNAL_H */
