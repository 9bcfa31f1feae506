#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
#
# build-modules.sh KVER OUTDIR - build the KeyMint modules out of tree
# against /usr/src/linux-headers-KVER with W=1.
#
# kbuild writes objects next to the sources and "make clean" removes *.ko
# recursively, so the kernel-side sources (Kbuild, Kconfig, include/, lib/,
# drivers/, kunit/) are copied to OUTDIR/src first and built there; the
# resulting .ko files are collected flat in OUTDIR/.  Any compiler or
# modpost warning fails the build.
set -eu
. "$(dirname "$0")/lib.sh"

[ $# -eq 2 ] || km_die "usage: build-modules.sh KVER OUTDIR"
kver=$1
out=$2
hdr=/usr/src/linux-headers-$kver
[ -d "$hdr" ] || km_die "$hdr missing (apt-get install linux-headers-$kver)"

mkdir -p "$out/src"
items=
for i in Kbuild Kconfig include lib drivers kunit; do
	[ -e "$KM_SRCDIR/$i" ] && items="$items $KM_SRCDIR/$i"
done
# shellcheck disable=SC2086
rsync -a --delete --exclude '*.o' --exclude '*.ko' --exclude '.*.cmd' \
	$items "$out/src/"
# drop top-level entries that disappeared from the repository
for e in "$out/src"/*; do
	[ -e "$KM_SRCDIR/$(basename "$e")" ] || rm -rf "$e"
done

log=$out/build.log
rc=0
# A kbuild of its own: no jobserver or flags inherited from a calling make.
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL \
	make -C "$hdr" M="$out/src" CONFIG_KEYMINT=m W=1 -j"$KM_JOBS" modules \
	>"$log" 2>&1 || rc=$?
if [ $rc -ne 0 ] || grep -vE '^make(\[[0-9]+\])?: ' "$log" |
		    grep -qE 'warning:|WARNING:|error:'; then
	grep -vE '^make(\[[0-9]+\])?: (Entering|Leaving)' "$log" >&2
	[ $rc -ne 0 ] && km_die "build against $kver failed"
	km_die "build against $kver has warnings (W=1 must be clean)"
fi
rm -f "$out"/*.ko
find "$out/src" -name '*.ko' -exec cp {} "$out/" \;
n=$(find "$out" -maxdepth 1 -name '*.ko' | wc -l)
echo "  modules for $kver: $n in ${out#"$KM_SRCDIR"/}/"
ls "$out"/*.ko 2>/dev/null | sed 's|.*/|    |'
exit 0
