#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
#
# deps.sh - make sure the Debian 12 packages the build and tests need are
# installed.  As root, missing packages are installed with apt-get (no
# recommends; update-initramfs is diverted meanwhile because nothing here
# boots the host's initrds, which saves minutes).  Otherwise the missing
# packages are listed and the script fails.
set -eu
. "$(dirname "$0")/lib.sh"

pkgs="gcc libc6-dev make bc bison flex libelf-dev libssl-dev perl python3
kmod cpio rsync xz-utils zstd pahole
linux-headers-amd64 linux-image-amd64
linux-headers-6.12-amd64 linux-image-6.12-amd64 linux-source-6.12
qemu-system-x86 busybox-static clang libclang-rt-14-dev valgrind"

missing=
for p in $pkgs; do
	st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	[ "$st" = "install ok installed" ] || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
	echo "missing Debian packages:$missing" >&2
	echo "install them as root:  apt-get install --no-install-recommends$missing" >&2
	echo "(or run 'make deps' as root)" >&2
	exit 1
fi

echo "installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt="apt-get -o DPkg::Lock::Timeout=900 -q -y"
uri=/usr/sbin/update-initramfs
restore() {
	rm -f "$uri"
	dpkg-divert --local --rename --remove "$uri" >/dev/null
}
dpkg-divert --local --rename --add "$uri" >/dev/null
trap restore EXIT
ln -sf /bin/true "$uri"
$apt update >/dev/null
# shellcheck disable=SC2086
$apt install --no-install-recommends $missing
