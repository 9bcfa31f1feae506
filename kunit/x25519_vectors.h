/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * RFC 7748 X25519 test vectors, transcribed as data: the two section 5.2
 * function vectors, the section 5.2 iterated test (after 1, 1,000 and
 * 1,000,000 iterations) and the section 6.1 Diffie-Hellman example.
 * Shared by kunit/x25519_kunit.c and tests/unit/x25519_test.c.
 */
#ifndef KEYMINT_KUNIT_X25519_VECTORS_H
#define KEYMINT_KUNIT_X25519_VECTORS_H

/**
 * struct x25519_vec - one X25519(scalar, u) = out vector, all fields hex.
 * @scalar: the 32-byte scalar (clamped by the function)
 * @u: the 32-byte input u-coordinate
 * @out: the expected 32-byte output u-coordinate
 */
struct x25519_vec {
	const char *scalar, *u, *out;
};

/* Section 5.2.  The second vector's u has bit 255 set (it is masked). */
static const struct x25519_vec x25519_rfc_vecs[] __maybe_unused = {
	{ "a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4",
	  "e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c",
	  "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552" },
	{ "4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d",
	  "e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493",
	  "95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957" },
};

/*
 * Section 5.2 iterated test: k = u = 9; repeat (k, u) = (X25519(k, u), k).
 * The value of k after 1, 1,000 and 1,000,000 iterations.
 */
static const char x25519_iter1[] __maybe_unused =
	"422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079";
static const char x25519_iter1000[] __maybe_unused =
	"684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51";
static const char x25519_iter1000000[] __maybe_unused =
	"7c3911e0ab2586fd864497297e575e6f3bc601c0883c30df5f4dd2d24f665424";

/* Section 6.1: Alice's and Bob's key pairs and their shared secret K. */
static const char x25519_alice_priv[] __maybe_unused =
	"77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a";
static const char x25519_alice_pub[] __maybe_unused =
	"8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a";
static const char x25519_bob_priv[] __maybe_unused =
	"5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb";
static const char x25519_bob_pub[] __maybe_unused =
	"de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f";
static const char x25519_shared[] __maybe_unused =
	"4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742";

#endif /* KEYMINT_KUNIT_X25519_VECTORS_H */
