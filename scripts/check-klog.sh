#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# check-klog.sh LOG - fail if the guest's kernel log (the dmesg dump between
# KM-DMESG-BEGIN/END and any timestamped console line) shows an oops, BUG,
# WARN, lockdep report, sanitizer report or a stack trace.  Prints the
# offending lines.
[ $# -eq 1 ] || { echo "usage: check-klog.sh LOG" >&2; exit 2; }
pat='Oops|BUG:|WARNING:|lockdep|possible recursive locking|circular locking|'
pat=$pat'KASAN|UBSAN|KFENCE|general protection|Call Trace|Kernel panic|'
pat=$pat'kernel BUG|refcount_t:|list_(add|del) corruption|blocked for more than|'
pat=$pat'stack-protector|Unable to handle kernel|segfault at'
bad=$( { sed -n '/^KM-DMESG-BEGIN/,/^KM-DMESG-END/p' "$1"
	 grep -E '^\[ *[0-9]+\.[0-9]+\]' "$1"; } | grep -E "$pat" | sort -u)
[ -z "$bad" ] && exit 0
echo "  kernel log problems:"
printf '%s\n' "$bad" | head -n 40 | sed 's/^/    /'
exit 1
