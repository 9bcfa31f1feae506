#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# kver.sh [6.12|6.1|VERSION] - print the full Debian kernel version
# (e.g. 6.12.117+deb12-amd64) resolved from the linux-headers meta package.
. "$(dirname "$0")/lib.sh"
km_kver "${1:-6.12}"
