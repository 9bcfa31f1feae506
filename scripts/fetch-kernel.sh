#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
#
# fetch-kernel.sh KVER - print "VMLINUZ MODROOT" for Debian kernel KVER: the
# boot image and the root under which lib/modules/KVER/ lives.
#
# If the image package is installed (linux-headers-KVER depends on it), the
# system copy is used.  Otherwise the package is fetched with
# apt-get download and unpacked with dpkg-deb -x into
# ~/.cache/keymint/kernels/KVER, without installing anything system-wide.
set -eu
. "$(dirname "$0")/lib.sh"

[ $# -eq 1 ] || km_die "usage: fetch-kernel.sh KVER"
kver=$1
if [ -r "/boot/vmlinuz-$kver" ] && [ -d "/lib/modules/$kver/kernel/crypto" ]; then
	echo "/boot/vmlinuz-$kver /"
	exit 0
fi
dir=$KM_CACHE/kernels/$kver
if [ ! -r "$dir/boot/vmlinuz-$kver" ]; then
	mkdir -p "$KM_CACHE/kernels"
	(
		flock 9
		[ -r "$dir/boot/vmlinuz-$kver" ] && exit 0
		tmp=$(mktemp -d "$KM_CACHE/kernels/dl.XXXXXX")
		trap 'rm -rf "$tmp"' EXIT
		echo "  fetching linux-image-$kver with apt-get download" >&2
		(cd "$tmp" && apt-get download -q "linux-image-$kver" >&2) ||
			km_die "apt-get download linux-image-$kver failed"
		rm -rf "$dir.new" && mkdir -p "$dir.new"
		dpkg-deb -x "$tmp"/linux-image-*.deb "$dir.new"
		rm -rf "$dir" && mv "$dir.new" "$dir"
	) 9>"$KM_CACHE/kernels/.lock"
fi
[ -r "$dir/boot/vmlinuz-$kver" ] || km_die "no kernel image for $kver"
echo "$dir/boot/vmlinuz-$kver $dir"
