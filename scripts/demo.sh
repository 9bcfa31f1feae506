#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# demo.sh - what "make demo" runs inside the QEMU guest (via make vm): the
# modules are loaded and the boot info has been set by the guest init, as a
# bootloader would; show the device and ask the TA about itself.
step() {
	echo
	echo "\$ $*"
	"$@"
}

echo "KeyMint for Linux demo, kernel $(uname -r)"
step ls -l /dev/keymint || exit 1
echo
echo "\$ grep keymint /proc/modules"
grep '^keymint' /proc/modules | cut -d' ' -f1-4
if ! command -v keymint >/dev/null; then
	echo "the keymint CLI was not built (userspace/userspace.mk missing)"
	exit 1
fi
step keymint boot status
step keymint info || exit 1
