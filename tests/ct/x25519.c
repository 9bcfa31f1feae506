// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * ctgrind check of X25519: the shared secret (Montgomery ladder) and the
 * public key (Ed25519's fixed-base table and the birational map).
 *
 * The private scalar is marked undefined for valgrind memcheck, and so,
 * in a second pass, is the peer's point; any branch or memory index that
 * depends on them makes valgrind report "Conditional jump or move depends
 * on uninitialised value(s)" or "Use of uninitialised value of size 8",
 * and `valgrind --error-exitcode=1` fails the run.  The outputs and the
 * return value (0 or -EINVAL, computed with masks from the output, which
 * the caller is about to receive anyway) are declassified afterwards and
 * compared with a reference run on defined inputs.  The last round uses a
 * point of order 8, so the refusal path (-EINVAL, zero output) is covered
 * too.
 */
#include <valgrind/memcheck.h>

#include "../unit/check.h"
#include "../../lib/ed25519/x25519.h"

static const u8 order8[32] = {
	0xe0, 0xeb, 0x7a, 0x7c, 0x3b, 0x41, 0xb8, 0xae,
	0x16, 0x56, 0xe3, 0xfa, 0xf1, 0x9f, 0xc4, 0x6a,
	0xda, 0x09, 0x8d, 0xeb, 0x9c, 0x32, 0xb1, 0xfd,
	0x86, 0x62, 0x05, 0x16, 0x5f, 0x49, 0xb8, 0x00,
};

int main(void)
{
	u8 k[32], u[32], out[32], ref[32], pub[32], pubref[32];
	int i, round, ret, want;

	for (round = 0; round < 5; round++) {
		for (i = 0; i < 32; i++) {
			k[i] = (u8)(round * 77 + i * 13 + 1);
			u[i] = (u8)(round * 31 + i * 7 + 5);
		}
		if (round == 4)
			memcpy(u, order8, 32);
		/* Reference with defined inputs. */
		want = km_x25519(ref, k, u);
		CHECK_EQ(want, round == 4 ? -EINVAL : 0);
		CHECK_EQ(km_x25519_public_key(pubref, k), 0);

		/* Secret scalar. */
		VALGRIND_MAKE_MEM_UNDEFINED(k, sizeof(k));
		ret = km_x25519(out, k, u);
		VALGRIND_MAKE_MEM_DEFINED(out, sizeof(out));
		VALGRIND_MAKE_MEM_DEFINED(&ret, sizeof(ret));
		CHECK_EQ(ret, want);
		CHECK_MEM(out, ref, 32);

		ret = km_x25519_public_key(pub, k);
		VALGRIND_MAKE_MEM_DEFINED(pub, sizeof(pub));
		VALGRIND_MAKE_MEM_DEFINED(&ret, sizeof(ret));
		CHECK_EQ(ret, 0);
		CHECK_MEM(pub, pubref, 32);

		/* Secret scalar and secret point. */
		VALGRIND_MAKE_MEM_UNDEFINED(u, sizeof(u));
		ret = km_x25519(out, k, u);
		VALGRIND_MAKE_MEM_DEFINED(out, sizeof(out));
		VALGRIND_MAKE_MEM_DEFINED(&ret, sizeof(ret));
		CHECK_EQ(ret, want);
		CHECK_MEM(out, ref, 32);
		VALGRIND_MAKE_MEM_DEFINED(k, sizeof(k));
		VALGRIND_MAKE_MEM_DEFINED(u, sizeof(u));
	}
	return check_summary("ct-x25519");
}
