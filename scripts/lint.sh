#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
#
# lint.sh - static checks of the kernel code; one case per file.
#
#  - every .c/.h under drivers/ and lib/ (and the uapi headers): checkpatch.pl
#    --strict and kernel-doc -none -Wall from linux-source-6.12 must be silent;
#  - every uapi header compiles on its own as C90 (-std=c90 -Wall -Werror),
#    as the kernel's usr/include/Makefile does.
# Prints "lint: N passed, N failed".
set -u
. "$(dirname "$0")/lib.sh"
km_ensure_ksrc

cd "$KM_SRCDIR" || exit 1
cp=$KM_KSRC/scripts/checkpatch.pl
kd=$KM_KSRC/scripts/kernel-doc
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

files=$(find drivers lib include/uapi -name '*.[ch]' 2>/dev/null | sort)
for f in $files; do
	ign=
	# The userspace half of lib/port.h defines the kernel's type names on
	# top of libc: the kernel-type and macro style checks do not apply.
	[ "$f" = lib/port_user.h ] &&
		ign=--ignore=PREFER_KERNEL_TYPES,CAMELCASE,MACRO_ARG_REUSE,PREFER_DEFINED_ATTRIBUTE_MACRO
	out=$(perl "$cp" --strict --no-tree --terse --show-types $ign -f "$f" 2>&1 |
	      grep -vE '^total: 0 errors, 0 warnings, 0 checks|^$|has no obvious style problems')
	out2=$("$kd" -none -Wall "$f" 2>&1)
	if [ -z "$out" ] && [ -z "$out2" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "  FAIL $f"
		printf '%s\n%s\n' "$out" "$out2" | sed '/^$/d' >"$tmp/msg"
		head -n 12 "$tmp/msg" | sed 's/^/    /'
		n=$(wc -l <"$tmp/msg")
		[ "$n" -le 12 ] || echo "    ... $((n - 12)) more lines"
	fi
done

for h in $(find include/uapi -name '*.h' | sort); do
	printf '#include <%s>\n' "${h#include/uapi/}" >"$tmp/t.c"
	if out=$(gcc -std=c90 -Wall -Werror -fsyntax-only -Iinclude/uapi \
		 "$tmp/t.c" 2>&1); then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "  FAIL $h: does not compile standalone with -std=c90"
		printf '%s\n' "$out" | sed 's/^/    /'
	fi
done

echo "lint: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
