# generate curve constants
curves = {
 'p224': dict(
  p=2**224 - 2**96 + 1,
  n=0xffffffffffffffffffffffffffff16a2e0b8f03e13dd29455c5c2a3d,
  b=0xb4050a850c04b3abf54132565044b0b7d7bfd8ba270b39432355ffb4,
  gx=0xb70e0cbd6bb4bf7f321390b94a03c1d356c21122343280d6115c1d21,
  gy=0xbd376388b5f723fb4c22dfe6cd4375a05a07476444d5819985007e34),
 'p256': dict(
  p=2**256 - 2**224 + 2**192 + 2**96 - 1,
  n=0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551,
  b=0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b,
  gx=0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
  gy=0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5),
 'p384': dict(
  p=2**384 - 2**128 - 2**96 + 2**32 - 1,
  n=0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973,
  b=0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef,
  gx=0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7,
  gy=0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f),
 'p521': dict(
  p=2**521 - 1,
  n=0x01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409,
  b=0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00,
  gx=0x00c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3dbaa14b5e77efe75928fe1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd66,
  gy=0x011839296a789a3bc0045c8a5fb42c7d1bd998f54449579b446817afbd17273e662c97ee72995ef42640c550b9013fad0761353c7086a272c24088be94769fd16650),
}
import sys
def limbs(v, n):
    return [(v >> (64*i)) & (2**64-1) for i in range(n)]
def arr(name, v, n):
    l = limbs(v, n)
    s = "static const bn_limb %s[EC_MAX_LIMBS] = {\n" % name
    items = ["0x%016xULL" % x for x in l]
    lines = []
    for i in range(0, len(items), 2):
        lines.append("\t" + ", ".join(items[i:i+2]) + ",")
    return s + "\n".join(lines) + "\n};\n"
def mont(name, m, n):
    R = 2**(64*n)
    m0inv = (-pow(m, -1, 2**64)) % 2**64
    def body(v):
        l = limbs(v, n)
        items = ["0x%016xULL" % x for x in l]
        return "{\n" + "\n".join("\t\t" + ", ".join(items[i:i+2]) + "," for i in range(0, len(items), 2)) + "\n\t}"
    return ("static const struct bn_mont %s = {\n\t.n = %d,\n\t.bits = %d,\n\t.m0inv = 0x%016xULL,\n\t.m = %s,\n\t.rr = %s,\n\t.one = %s,\n};\n" %
            (name, n, m.bit_length(), m0inv, body(m), body(R*R % m), body(R % m)))
out = []
for c, d in curves.items():
    p, n_, b = d['p'], d['n'], d['b']
    # sanity: G on curve
    assert (d['gy']**2 - (d['gx']**3 - 3*d['gx'] + b)) % p == 0
    assert n_ < p < 2*n_
    nl = (p.bit_length() + 63)//64
    out.append("/* %s */\n" % c.upper())
    out.append(mont("%s_fp" % c, p, nl))
    out.append(mont("%s_fn" % c, n_, nl))
    R = 2**(64*nl)
    out.append(arr("%s_b" % c, b, nl))
    out.append(arr("%s_b_mont" % c, b*R % p, nl))
    out.append(arr("%s_gx_mont" % c, d['gx']*R % p, nl))
    out.append(arr("%s_gy_mont" % c, d['gy']*R % p, nl))
    out.append(arr("%s_gx" % c, d['gx'], nl))
    out.append(arr("%s_gy" % c, d['gy'], nl))
sys.stdout.write("\n".join(out))
