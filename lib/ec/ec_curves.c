// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * Domain parameters of P-224, P-256, P-384 and P-521.
 *
 * p, n, b and G are those of SEC 2 v2 section 2 and FIPS 186-5 / SP 800-186
 * section 3.2.1, written as little-endian 64-bit limbs.  The Montgomery
 * constants (m0inv = -m^-1 mod 2^64, rr = R^2 mod m, one = R mod m with
 * R = 2^(64 * limbs)) and the Montgomery forms of b and G are derived from
 * them; tests/unit/ec_test.c recomputes every one of them with
 * bn_mont_init() and bn_to_mont() and compares.
 */
#include "ec_int.h"
#include "ec_p256_table.h"

/* The generated comb must have the shape ec_base_mul() reads. */
static_assert(ARRAY_SIZE(p256_g_table) == EC_GW_COUNT &&
	      ARRAY_SIZE(p256_g_table[0]) == EC_GN, "P-256 comb shape");

/* P224 */

static const struct bn_mont p224_fp = {
	.n = 4,
	.bits = 224,
	.m0inv = 0xffffffffffffffffULL,
	.m = {
		0x0000000000000001ULL, 0xffffffff00000000ULL,
		0xffffffffffffffffULL, 0x00000000ffffffffULL,
	},
	.rr = {
		0xffffffff00000001ULL, 0xffffffff00000000ULL,
		0xfffffffe00000000ULL, 0x00000000ffffffffULL,
	},
	.one = {
		0xffffffff00000000ULL, 0xffffffffffffffffULL,
		0x0000000000000000ULL, 0x0000000000000000ULL,
	},
};

static const struct bn_mont p224_fn = {
	.n = 4,
	.bits = 224,
	.m0inv = 0xd6e242706a1fc2ebULL,
	.m = {
		0x13dd29455c5c2a3dULL, 0xffff16a2e0b8f03eULL,
		0xffffffffffffffffULL, 0x00000000ffffffffULL,
	},
	.rr = {
		0x29947a695f517d15ULL, 0xabc8ff5931d63f4bULL,
		0x6ad15f7cd9714856ULL, 0x00000000b1e97961ULL,
	},
	.one = {
		0xa3a3d5c300000000ULL, 0x1f470fc1ec22d6baULL,
		0x000000000000e95dULL, 0x0000000000000000ULL,
	},
};

static const bn_limb p224_b[EC_MAX_LIMBS] = {
	0x270b39432355ffb4ULL, 0x5044b0b7d7bfd8baULL,
	0x0c04b3abf5413256ULL, 0x00000000b4050a85ULL,
};

static const bn_limb p224_b_mont[EC_MAX_LIMBS] = {
	0xe768cdf663c059cdULL, 0x107ac2f3ccf01310ULL,
	0x3dceba98c8528151ULL, 0x000000007fc02f93ULL,
};

static const bn_limb p224_gx_mont[EC_MAX_LIMBS] = {
	0xbc9052266d0a4aeaULL, 0x852597366018bfaaULL,
	0x6dd3af9bf96bec05ULL, 0x00000000a21b5e60ULL,
};

static const bn_limb p224_gy_mont[EC_MAX_LIMBS] = {
	0x2edca1e5eff3ede8ULL, 0xf8cd672b05335a6bULL,
	0xaea9c5ae03dfe878ULL, 0x00000000614786f1ULL,
};

static const bn_limb p224_gx[EC_MAX_LIMBS] = {
	0x343280d6115c1d21ULL, 0x4a03c1d356c21122ULL,
	0x6bb4bf7f321390b9ULL, 0x00000000b70e0cbdULL,
};

static const bn_limb p224_gy[EC_MAX_LIMBS] = {
	0x44d5819985007e34ULL, 0xcd4375a05a074764ULL,
	0xb5f723fb4c22dfe6ULL, 0x00000000bd376388ULL,
};

/* P256 */

static const struct bn_mont p256_fp = {
	.n = 4,
	.bits = 256,
	.m0inv = 0x0000000000000001ULL,
	.m = {
		0xffffffffffffffffULL, 0x00000000ffffffffULL,
		0x0000000000000000ULL, 0xffffffff00000001ULL,
	},
	.rr = {
		0x0000000000000003ULL, 0xfffffffbffffffffULL,
		0xfffffffffffffffeULL, 0x00000004fffffffdULL,
	},
	.one = {
		0x0000000000000001ULL, 0xffffffff00000000ULL,
		0xffffffffffffffffULL, 0x00000000fffffffeULL,
	},
};

static const struct bn_mont p256_fn = {
	.n = 4,
	.bits = 256,
	.m0inv = 0xccd1c8aaee00bc4fULL,
	.m = {
		0xf3b9cac2fc632551ULL, 0xbce6faada7179e84ULL,
		0xffffffffffffffffULL, 0xffffffff00000000ULL,
	},
	.rr = {
		0x83244c95be79eea2ULL, 0x4699799c49bd6fa6ULL,
		0x2845b2392b6bec59ULL, 0x66e12d94f3d95620ULL,
	},
	.one = {
		0x0c46353d039cdaafULL, 0x4319055258e8617bULL,
		0x0000000000000000ULL, 0x00000000ffffffffULL,
	},
};

static const bn_limb p256_b[EC_MAX_LIMBS] = {
	0x3bce3c3e27d2604bULL, 0x651d06b0cc53b0f6ULL,
	0xb3ebbd55769886bcULL, 0x5ac635d8aa3a93e7ULL,
};

static const bn_limb p256_b_mont[EC_MAX_LIMBS] = {
	0xd89cdf6229c4bddfULL, 0xacf005cd78843090ULL,
	0xe5a220abf7212ed6ULL, 0xdc30061d04874834ULL,
};

static const bn_limb p256_gx_mont[EC_MAX_LIMBS] = {
	0x79e730d418a9143cULL, 0x75ba95fc5fedb601ULL,
	0x79fb732b77622510ULL, 0x18905f76a53755c6ULL,
};

static const bn_limb p256_gy_mont[EC_MAX_LIMBS] = {
	0xddf25357ce95560aULL, 0x8b4ab8e4ba19e45cULL,
	0xd2e88688dd21f325ULL, 0x8571ff1825885d85ULL,
};

static const bn_limb p256_gx[EC_MAX_LIMBS] = {
	0xf4a13945d898c296ULL, 0x77037d812deb33a0ULL,
	0xf8bce6e563a440f2ULL, 0x6b17d1f2e12c4247ULL,
};

static const bn_limb p256_gy[EC_MAX_LIMBS] = {
	0xcbb6406837bf51f5ULL, 0x2bce33576b315eceULL,
	0x8ee7eb4a7c0f9e16ULL, 0x4fe342e2fe1a7f9bULL,
};

/* P384 */

static const struct bn_mont p384_fp = {
	.n = 6,
	.bits = 384,
	.m0inv = 0x0000000100000001ULL,
	.m = {
		0x00000000ffffffffULL, 0xffffffff00000000ULL,
		0xfffffffffffffffeULL, 0xffffffffffffffffULL,
		0xffffffffffffffffULL, 0xffffffffffffffffULL,
	},
	.rr = {
		0xfffffffe00000001ULL, 0x0000000200000000ULL,
		0xfffffffe00000000ULL, 0x0000000200000000ULL,
		0x0000000000000001ULL, 0x0000000000000000ULL,
	},
	.one = {
		0xffffffff00000001ULL, 0x00000000ffffffffULL,
		0x0000000000000001ULL, 0x0000000000000000ULL,
		0x0000000000000000ULL, 0x0000000000000000ULL,
	},
};

static const struct bn_mont p384_fn = {
	.n = 6,
	.bits = 384,
	.m0inv = 0x6ed46089e88fdc45ULL,
	.m = {
		0xecec196accc52973ULL, 0x581a0db248b0a77aULL,
		0xc7634d81f4372ddfULL, 0xffffffffffffffffULL,
		0xffffffffffffffffULL, 0xffffffffffffffffULL,
	},
	.rr = {
		0x2d319b2419b409a9ULL, 0xff3d81e5df1aa419ULL,
		0xbc3e483afcb82947ULL, 0xd40d49174aab1cc5ULL,
		0x3fb05b7a28266895ULL, 0x0c84ee012b39bf21ULL,
	},
	.one = {
		0x1313e695333ad68dULL, 0xa7e5f24db74f5885ULL,
		0x389cb27e0bc8d220ULL, 0x0000000000000000ULL,
		0x0000000000000000ULL, 0x0000000000000000ULL,
	},
};

static const bn_limb p384_b[EC_MAX_LIMBS] = {
	0x2a85c8edd3ec2aefULL, 0xc656398d8a2ed19dULL,
	0x0314088f5013875aULL, 0x181d9c6efe814112ULL,
	0x988e056be3f82d19ULL, 0xb3312fa7e23ee7e4ULL,
};

static const bn_limb p384_b_mont[EC_MAX_LIMBS] = {
	0x081188719d412dccULL, 0xf729add87a4c32ecULL,
	0x77f2209b1920022eULL, 0xe3374bee94938ae2ULL,
	0xb62b21f41f022094ULL, 0xcd08114b604fbff9ULL,
};

static const bn_limb p384_gx_mont[EC_MAX_LIMBS] = {
	0x3dd0756649c0b528ULL, 0x20e378e2a0d6ce38ULL,
	0x879c3afc541b4d6eULL, 0x6454868459a30effULL,
	0x812ff723614ede2bULL, 0x4d3aadc2299e1513ULL,
};

static const bn_limb p384_gy_mont[EC_MAX_LIMBS] = {
	0x23043dad4b03a4feULL, 0xa1bfa8bf7bb4a9acULL,
	0x8bade7562e83b050ULL, 0xc6c3521968f4ffd9ULL,
	0xdd8002263969a840ULL, 0x2b78abc25a15c5e9ULL,
};

static const bn_limb p384_gx[EC_MAX_LIMBS] = {
	0x3a545e3872760ab7ULL, 0x5502f25dbf55296cULL,
	0x59f741e082542a38ULL, 0x6e1d3b628ba79b98ULL,
	0x8eb1c71ef320ad74ULL, 0xaa87ca22be8b0537ULL,
};

static const bn_limb p384_gy[EC_MAX_LIMBS] = {
	0x7a431d7c90ea0e5fULL, 0x0a60b1ce1d7e819dULL,
	0xe9da3113b5f0b8c0ULL, 0xf8f41dbd289a147cULL,
	0x5d9e98bf9292dc29ULL, 0x3617de4a96262c6fULL,
};

/* P521 */

/* Not static: ec.c recognises it and uses the Mersenne reduction. */
const struct bn_mont ec_p521_fp = {
	.n = 9,
	.bits = 521,
	.m0inv = 0x0000000000000001ULL,
	.m = {
		0xffffffffffffffffULL, 0xffffffffffffffffULL,
		0xffffffffffffffffULL, 0xffffffffffffffffULL,
		0xffffffffffffffffULL, 0xffffffffffffffffULL,
		0xffffffffffffffffULL, 0xffffffffffffffffULL,
		0x00000000000001ffULL,
	},
	.rr = {
		0x0000000000000000ULL, 0x0000400000000000ULL,
		0x0000000000000000ULL, 0x0000000000000000ULL,
		0x0000000000000000ULL, 0x0000000000000000ULL,
		0x0000000000000000ULL, 0x0000000000000000ULL,
		0x0000000000000000ULL,
	},
	.one = {
		0x0080000000000000ULL, 0x0000000000000000ULL,
		0x0000000000000000ULL, 0x0000000000000000ULL,
		0x0000000000000000ULL, 0x0000000000000000ULL,
		0x0000000000000000ULL, 0x0000000000000000ULL,
		0x0000000000000000ULL,
	},
};

static const struct bn_mont p521_fn = {
	.n = 9,
	.bits = 521,
	.m0inv = 0x1d2f5ccd79a995c7ULL,
	.m = {
		0xbb6fb71e91386409ULL, 0x3bb5c9b8899c47aeULL,
		0x7fcc0148f709a5d0ULL, 0x51868783bf2f966bULL,
		0xfffffffffffffffaULL, 0xffffffffffffffffULL,
		0xffffffffffffffffULL, 0xffffffffffffffffULL,
		0x00000000000001ffULL,
	},
	.rr = {
		0x137cd04dcf15dd04ULL, 0xf707badce5547ea3ULL,
		0x12a78d38794573ffULL, 0xd3721ef557f75e06ULL,
		0xdd6e23d82e49c7dbULL, 0xcff3d142b7756e3eULL,
		0x5bcc6d61a8e567bcULL, 0x2d8e03d1492d0d45ULL,
		0x000000000000003dULL,
	},
	.one = {
		0xfb80000000000000ULL, 0x28a2482470b763cdULL,
		0x17e2251b23bb31dcULL, 0xca4019ff5b847b2dULL,
		0x02d73cbc3e206834ULL, 0x0000000000000000ULL,
		0x0000000000000000ULL, 0x0000000000000000ULL,
		0x0000000000000000ULL,
	},
};

static const bn_limb p521_b[EC_MAX_LIMBS] = {
	0xef451fd46b503f00ULL, 0x3573df883d2c34f1ULL,
	0x1652c0bd3bb1bf07ULL, 0x56193951ec7e937bULL,
	0xb8b489918ef109e1ULL, 0xa2da725b99b315f3ULL,
	0x929a21a0b68540eeULL, 0x953eb9618e1c9a1fULL,
	0x0000000000000051ULL,
};

static const bn_limb p521_b_mont[EC_MAX_LIMBS] = {
	0x8014654fae586387ULL, 0x78f7a28fea35a81fULL,
	0x839ab9efc41e961aULL, 0xbd8b29605e9dd8dfULL,
	0xf0ab0c9ca8f63f49ULL, 0xf9dc5a44c8c77884ULL,
	0x77516d392dccd98aULL, 0x0fc94d10d05b42a0ULL,
	0x000000000000004dULL,
};

static const bn_limb p521_gx_mont[EC_MAX_LIMBS] = {
	0xb331a16381adc101ULL, 0x4dfcbf3f18e172deULL,
	0x6f19a459e0c2b521ULL, 0x947f0ee093d17fd4ULL,
	0xdd50a5af3bf7f3acULL, 0x90fc1457b035a69eULL,
	0x214e32409c829fdaULL, 0xe6cf1f65b311cadaULL,
	0x0000000000000074ULL,
};

static const bn_limb p521_gy_mont[EC_MAX_LIMBS] = {
	0x28460e4a5a9e268eULL, 0x20445f4a3b4fe8b3ULL,
	0xb09a9e3843513961ULL, 0x2062a85c809fd683ULL,
	0x164bf7394caf7a13ULL, 0x340bd7de8b939f33ULL,
	0xeccc7aa224abcda2ULL, 0x022e452fda163e8dULL,
	0x00000000000001e0ULL,
};

static const bn_limb p521_gx[EC_MAX_LIMBS] = {
	0xf97e7e31c2e5bd66ULL, 0x3348b3c1856a429bULL,
	0xfe1dc127a2ffa8deULL, 0xa14b5e77efe75928ULL,
	0xf828af606b4d3dbaULL, 0x9c648139053fb521ULL,
	0x9e3ecb662395b442ULL, 0x858e06b70404e9cdULL,
	0x00000000000000c6ULL,
};

static const bn_limb p521_gy[EC_MAX_LIMBS] = {
	0x88be94769fd16650ULL, 0x353c7086a272c240ULL,
	0xc550b9013fad0761ULL, 0x97ee72995ef42640ULL,
	0x17afbd17273e662cULL, 0x98f54449579b4468ULL,
	0x5c8a5fb42c7d1bd9ULL, 0x39296a789a3bc004ULL,
	0x0000000000000118ULL,
};

static const struct ec_curve ec_curves[] = {
	{
		.id = EC_CURVE_P224, .bits = 224, .nlimbs = 4, .bytes = 28,
		.fp = &p224_fp, .fn = &p224_fn, .b = p224_b,
		.gx = p224_gx, .gy = p224_gy,
		.b_mont = p224_b_mont, .gx_mont = p224_gx_mont,
		.gy_mont = p224_gy_mont,
	},
	{
		.id = EC_CURVE_P256, .bits = 256, .nlimbs = 4, .bytes = 32,
		.fp = &p256_fp, .fn = &p256_fn, .b = p256_b,
		.gx = p256_gx, .gy = p256_gy,
		.b_mont = p256_b_mont, .gx_mont = p256_gx_mont,
		.gy_mont = p256_gy_mont, .g_table = &p256_g_table[0][0][0][0],
	},
	{
		.id = EC_CURVE_P384, .bits = 384, .nlimbs = 6, .bytes = 48,
		.fp = &p384_fp, .fn = &p384_fn, .b = p384_b,
		.gx = p384_gx, .gy = p384_gy,
		.b_mont = p384_b_mont, .gx_mont = p384_gx_mont,
		.gy_mont = p384_gy_mont,
	},
	{
		.id = EC_CURVE_P521, .bits = 521, .nlimbs = 9, .bytes = 66,
		.fp = &ec_p521_fp, .fn = &p521_fn, .b = p521_b,
		.gx = p521_gx, .gy = p521_gy,
		.b_mont = p521_b_mont, .gx_mont = p521_gx_mont,
		.gy_mont = p521_gy_mont,
	},
};

/**
 * ec_curve_get() - look a curve up by its KeyMint EcCurve value.
 * @id: EC_CURVE_P224, EC_CURVE_P256, EC_CURVE_P384 or EC_CURVE_P521
 *
 * Return: the curve, or NULL for any other value (including CURVE_25519,
 * which is not a short Weierstrass curve).
 */
const struct ec_curve *ec_curve_get(u32 id)
{
	if (id >= ARRAY_SIZE(ec_curves))
		return NULL;
	return &ec_curves[id];
}

KM_EXPORT(ec_curve_get);

/**
 * ec_curve_id() - KeyMint EcCurve value of a curve.
 * @c: the curve
 *
 * Return: the EcCurve value.
 */
u32 ec_curve_id(const struct ec_curve *c)
{
	return c->id;
}

KM_EXPORT(ec_curve_id);

/**
 * ec_curve_bytes() - length of a coordinate, a private key or r and s.
 * @c: the curve
 *
 * Return: 28, 32, 48 or 66.
 */
size_t ec_curve_bytes(const struct ec_curve *c)
{
	return c->bytes;
}

KM_EXPORT(ec_curve_bytes);

/**
 * ec_curve_bits() - bit length of the field prime and of the group order.
 * @c: the curve
 *
 * Return: 224, 256, 384 or 521.
 */
unsigned int ec_curve_bits(const struct ec_curve *c)
{
	return c->bits;
}

KM_EXPORT(ec_curve_bits);

/**
 * ec_point_len() - length of an uncompressed public key.
 * @c: the curve
 *
 * Return: 1 + 2 * ec_curve_bytes(@c).
 */
size_t ec_point_len(const struct ec_curve *c)
{
	return 1 + 2 * c->bytes;
}

KM_EXPORT(ec_point_len);
