import sys
p = 2**256 - 2**224 + 2**192 + 2**96 - 1
gx = 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296
gy = 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5
a = -3
def add(P, Q):
    if P is None: return Q
    if Q is None: return P
    x1, y1 = P; x2, y2 = Q
    if x1 == x2:
        if (y1 + y2) % p == 0: return None
        l = (3 * x1 * x1 + a) * pow(2 * y1, -1, p) % p
    else:
        l = (y2 - y1) * pow(x2 - x1, -1, p) % p
    x3 = (l * l - x1 - x2) % p
    return (x3, (l * (x1 - x3) - y1) % p)
R = 2**256
out = []
out.append("/* SPDX-License-Identifier: GPL-2.0-only OR MIT */")
out.append("/*")
out.append(" * lib/ec/ec_p256_table.h - generated: d * 16^i * G for the P-256 base point,")
out.append(" * i = 0..63, d = 1..15, affine x and y in Montgomery form (R = 2^256),")
out.append(" * little-endian limbs.  Used only by ec.c; checked by tests/unit/ec_test.c,")
out.append(" * which recomputes every entry with the generic point arithmetic.")
out.append(" */")
out.append("static const bn_limb p256_g_table[64][15][2][4] = {")
base = (gx, gy)
for i in range(64):
    out.append("\t{ /* 16^%d G */" % i)
    P = None
    for d in range(1, 16):
        P = add(P, base)
        x, y = P
        xs = [(x * R % p >> (64 * k)) & (2**64 - 1) for k in range(4)]
        ys = [(y * R % p >> (64 * k)) & (2**64 - 1) for k in range(4)]
        out.append("\t\t{ { 0x%016xULL, 0x%016xULL," % (xs[0], xs[1]))
        out.append("\t\t    0x%016xULL, 0x%016xULL }," % (xs[2], xs[3]))
        out.append("\t\t  { 0x%016xULL, 0x%016xULL," % (ys[0], ys[1]))
        out.append("\t\t    0x%016xULL, 0x%016xULL } }," % (ys[2], ys[3]))
    out.append("\t},")
    for _ in range(4):
        base = add(base, base)
out.append("};")
print("\n".join(out))
