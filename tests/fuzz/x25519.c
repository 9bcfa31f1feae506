// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * libFuzzer target: X25519 on arbitrary scalar || point (64 bytes; shorter
 * inputs are padded with zeros, longer ones truncated).  Besides memory
 * safety (ASan/UBSan), it asserts that:
 *  - km_x25519() returns 0, or -EINVAL exactly when the output is all zero;
 *  - the result equals OpenSSL's X25519 derivation, and both refuse the
 *    same (all-zero) cases;
 *  - the public key from the fixed-base table + map equals the ladder on
 *    u = 9 (two independent evaluations on the same field code).
 */
#include <stdlib.h>

#include <openssl/evp.h>

#include "../unit/ops_openssl.h"
#include "../../lib/ed25519/x25519.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const u8 nine[32] = { 9 }, zero[32];
	u8 buf[64] = { 0 }, out[32], ref[32], pub[32], pub2[32];
	int ret, oret;

	memcpy(buf, data, size < 64 ? size : 64);
	ret = km_x25519(out, buf, buf + 32);
	if (ret != 0 && ret != -EINVAL)
		abort();
	if ((ret == -EINVAL) != !memcmp(out, zero, 32))
		abort();
	oret = km_openssl_x25519(buf, buf + 32, ref);
	if (!ret != !oret || (!ret && memcmp(out, ref, 32)))
		abort();
	if (km_x25519_public_key(pub, buf) || km_x25519(pub2, buf, nine) ||
	    memcmp(pub, pub2, 32))
		abort();
	return 0;
}
