#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only OR MIT
"""Flatten a Wycheproof JSON file into records a C test can read.

Usage: wycheproof_flat.py FILE.json > FILE.flat

Each test case becomes one record: "key value" lines followed by a blank
line.  Group fields come first, test fields after; nested objects are
flattened with dots (publicKey.uncompressed); lists of strings are joined
with commas (flags); numbers are printed in decimal; strings verbatim
(values never contain newlines in Wycheproof hex fields; comments have
their newlines replaced by spaces).  The first record is the file header
(algorithm, numberOfTests).  tests/unit/wyche.h reads the format.
"""
import json
import sys


def flat(prefix, obj, out):
    if isinstance(obj, dict):
        for k, v in obj.items():
            flat(prefix + k + "." if isinstance(v, dict) else prefix + k, v, out)
    elif isinstance(obj, list):
        out.append((prefix.rstrip("."), ",".join(str(x) for x in obj)))
    elif isinstance(obj, bool):
        out.append((prefix, "true" if obj else "false"))
    elif obj is None:
        out.append((prefix, ""))
    else:
        out.append((prefix, str(obj).replace("\n", " ")))


def main():
    with open(sys.argv[1]) as f:
        doc = json.load(f)
    w = sys.stdout.write
    w("algorithm %s\nnumberOfTests %d\n\n" % (doc.get("algorithm", ""), doc.get("numberOfTests", 0)))
    for g in doc["testGroups"]:
        gfields = []
        for k, v in g.items():
            if k == "tests":
                continue
            flat(k + "." if isinstance(v, dict) else k, v, gfields)
        for t in g["tests"]:
            tfields = []
            for k, v in t.items():
                flat(k + "." if isinstance(v, dict) else k, v, tfields)
            for k, v in gfields + tfields:
                w("%s %s\n" % (k, v))
            w("\n")


if __name__ == "__main__":
    main()
