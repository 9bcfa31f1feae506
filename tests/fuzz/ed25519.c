// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * libFuzzer target: Ed25519 point decoding and
 * signature verification on arbitrary input.
 *
 * Input layout: pub[32] || sig[64] || message.  Shorter inputs are padded
 * with zeros.  Besides memory safety (ASan/UBSan), it asserts that:
 *  - verification never accepts with a public key check_public_key()
 *    rejects, nor with S >= L (-EBADMSG);
 *  - any signature we accept is also accepted by OpenSSL (random inputs
 *    rarely get there; the unit test covers the agreement in depth).
 */
#include <stdlib.h>

#include <openssl/evp.h>

#include "../unit/ops_openssl.h"
#include "../../lib/ed25519/ed25519.h"

static int ossl_verify(const u8 *pub, const u8 *msg, size_t len,
		       const u8 *sig)
{
	EVP_PKEY *pk = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, NULL,
						   pub, 32);
	EVP_MD_CTX *c = EVP_MD_CTX_new();
	int ok = 0;

	if (pk && c && EVP_DigestVerifyInit(c, NULL, NULL, NULL, pk) == 1)
		ok = EVP_DigestVerify(c, sig, 64, msg, len) == 1;
	EVP_MD_CTX_free(c);
	EVP_PKEY_free(pk);
	return ok;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct km_ed25519_ws ws;
	u8 buf[96] = { 0 };
	const u8 *msg = size > 96 ? data + 96 : NULL;
	size_t len = size > 96 ? size - 96 : 0;
	int key_ok, ret;

	memcpy(buf, data, size < 96 ? size : 96);
	key_ok = km_ed25519_check_public_key(buf);
	if (key_ok != 0 && key_ok != -EINVAL)
		abort();
	ret = km_ed25519_verify(&km_openssl_ops, &ws, buf, msg, len, buf + 32);
	if (ret != 0 && ret != -EINVAL && ret != -EBADMSG &&
	    ret != -EKEYREJECTED)
		abort();
	if (key_ok && ret != -EINVAL && ret != -EBADMSG)
		abort();
	/* Random inputs practically never verify; when they do, agree. */
	if (!ret && !ossl_verify(buf, msg, len, buf + 32))
		abort();
	return 0;
}
