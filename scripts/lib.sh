# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=dash disable=SC2034
#
# scripts/lib.sh - helpers shared by the build and test scripts (sourced).
#
# KM_CACHE   cache for kernel trees and build dirs (default ~/.cache/keymint)
# KM_JOBS    parallel jobs for kernel builds (default 2)

KM_SRCDIR=$(cd "$(dirname "$0")/.." && pwd)
KM_CACHE=${KM_CACHE:-$HOME/.cache/keymint}
KM_JOBS=${KM_JOBS:-2}
KM_KSRC=${KM_KSRC:-$KM_CACHE/linux-source-6.12}

km_die() {
	echo "$(basename "$0"): $*" >&2
	exit 1
}

# km_kver [6.12|6.1|<full version>] - resolve a Debian kernel version from
# the linux-headers meta package (6.12 -> linux-headers-6.12-amd64,
# 6.1 -> linux-headers-amd64); a full version is returned unchanged.
km_kver() {
	local pkg dep
	case "${1:-6.12}" in
	6.12) pkg=linux-headers-6.12-amd64 ;;
	6.1) pkg=linux-headers-amd64 ;;
	*) echo "$1"; return 0 ;;
	esac
	dep=$(dpkg-query -W -f='${Depends}' "$pkg" 2>/dev/null) ||
		km_die "$pkg is not installed (run 'make deps' as root)"
	echo "$dep" | sed -E 's/^linux-headers-([^ ,]+).*/\1/'
}

# km_kshort <full version> - "6.12" or "6.1": the name used in suite lines.
km_kshort() {
	echo "$1" | sed -E 's/^([0-9]+\.[0-9]+).*/\1/'
}

# km_ensure_ksrc - make sure the linux-source-6.12 tree (checkpatch,
# kernel-doc, kunit.py) is unpacked under $KM_KSRC.
km_ensure_ksrc() {
	local tarball=/usr/src/linux-source-6.12.tar.xz

	[ -x "$KM_KSRC/scripts/checkpatch.pl" ] && return 0
	[ -r "$tarball" ] || km_die "$tarball missing (apt-get install linux-source-6.12)"
	echo "  unpacking $tarball into $KM_CACHE (once)" >&2
	mkdir -p "$KM_CACHE"
	(
		flock 9
		[ -x "$KM_KSRC/scripts/checkpatch.pl" ] && exit 0
		rm -rf "$KM_KSRC.tmp" && mkdir -p "$KM_KSRC.tmp" &&
		tar -xf "$tarball" -C "$KM_KSRC.tmp" --strip-components=1 &&
		mv "$KM_KSRC.tmp" "$KM_KSRC"
	) 9>"$KM_CACHE/.ksrc.lock"
	[ -x "$KM_KSRC/scripts/checkpatch.pl" ] || km_die "cannot unpack $tarball"
}
