// SPDX-License-Identifier: GPL-2.0-only
/*
 * client.c - libFuzzer target for libkeymint's response handling: the
 * input is a TA response handed back by a fake backend to every typed
 * call, to km_decode_response() for each opcode band, and to the CBOR
 * diagnostic printer.  Any outcome but a crash, a sanitizer report or a
 * return value outside the documented kinds is fine.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../userspace/lib/keymint.h"

static const uint8_t *fz_data;
static size_t fz_len;

static int fz_transact(void *ctx, const uint8_t *req, size_t len,
		       uint8_t *rsp, size_t cap, size_t *rsplen)
{
	if (fz_len > cap)
		return -EMSGSIZE;
	memcpy(rsp, fz_data, fz_len);
	*rsplen = fz_len;
	return 0;
}

static const struct km_backend fz_backend = {
	.name = "fuzz",
	.transact = fz_transact,
};

static void fz_check(int r, bool rpc)
{
	/* 0, a KeyMint ErrorCode, a client error; positive only for RKP. */
	if (r > 0 && !rpc)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const uint32_t ops[] = { 0x11, 0x12, 0x41, 0x81, 0x82 };
	static FILE *null;
	struct keymint_boot_info bi;
	struct km_hardware_info hi;
	struct km_dev *dev = NULL;
	const uint8_t *body;
	size_t n, i;

	if (!null)
		null = fopen("/dev/null", "w");
	fz_data = data;
	fz_len = size;
	if (km_dev_open_backend(&fz_backend, NULL, &dev))
		abort();
	memset(&bi, 0, sizeof(bi));
	fz_check(km_get_hardware_info(dev, &hi), false);
	fz_check(km_add_rng_entropy(dev, data, size < 16 ? size : 16), false);
	fz_check(km_set_hal_info(dev, 1, 202501, 20250101), false);
	fz_check(km_set_boot_info_msg(dev, &bi), false);
	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		body = NULL;
		n = 0;
		int r = km_decode_response(ops[i], data, size, &body, &n);

		fz_check(r, ops[i] == 0x41);
		if (!r && (body < data || body + n > data + size))
			abort();
	}
	if (null)
		km_cbor_diag(null, data, size);
	km_dev_close(dev);
	return 0;
}
