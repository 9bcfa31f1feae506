#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
#
# mkinitramfs.sh KVER MODROOT KODIR OUT.cpio.gz [SRC=DST]...
#
# Assemble the busybox initramfs the QEMU tests boot:
#  - busybox-static with the applets the guest scripts use;
#  - MODROOT/lib/modules/KVER/kernel/{crypto,lib/crypto,arch/x86/crypto}
#    and the 9p/netfs modules (for make vm), plus the project's .ko files
#    from KODIR in extra/, indexed by the host's depmod -b;
#  - each SRC file copied to DST inside the image (e.g. tests/e2e/init=init).
set -eu
. "$(dirname "$0")/lib.sh"

[ $# -ge 4 ] || km_die "usage: mkinitramfs.sh KVER MODROOT KODIR OUT [SRC=DST]..."
kver=$1
modroot=$2
kodir=$3
out=$4
shift 4

bb=/bin/busybox
[ -x "$bb" ] || km_die "$bb missing (apt-get install busybox-static)"
command -v depmod >/dev/null || PATH=$PATH:/sbin:/usr/sbin
command -v depmod >/dev/null || km_die "depmod missing (apt-get install kmod)"

st=$(mktemp -d)
trap 'rm -rf "$st"' EXIT
md=$st/lib/modules/$kver
mkdir -p "$st"/{bin,sbin,dev,proc,sys,tmp,mnt,etc,root} "$md/extra"
cp "$bb" "$st/bin/busybox"
for a in sh ash mount umount insmod rmmod modprobe lsmod depmod poweroff \
	 reboot cat echo grep sed awk dmesg sleep mkdir ls uname timeout cut \
	 tr head tail sync printf test [ true false env id chmod rm cp mv \
	 wc od hexdump xxd sort seq date stat find xargs dd; do
	ln -s busybox "$st/bin/$a"
done
ln -s ../bin/busybox "$st/sbin/modprobe"

src=$modroot/lib/modules/$kver
[ -d "$src/kernel" ] || km_die "$src/kernel missing"
for d in kernel/crypto kernel/lib/crypto kernel/arch/x86/crypto \
	 kernel/net/9p kernel/fs/9p kernel/fs/netfs kernel/fs/fscache \
	 kernel/drivers/virtio; do
	[ -d "$src/$d" ] || continue
	mkdir -p "$md/$d"
	cp -a "$src/$d/." "$md/$d/"
done
rm -f "$md"/kernel/net/9p/9pnet_rdma.* "$md"/kernel/net/9p/9pnet_xen.*
cp "$src"/modules.builtin* "$src/modules.order" "$md/" 2>/dev/null || true
n=0
for ko in "$kodir"/*.ko; do
	[ -e "$ko" ] || continue
	cp "$ko" "$md/extra/"
	n=$((n + 1))
done
[ "$n" -gt 0 ] || km_die "no .ko files in $kodir"
depmod -b "$st" "$kver"

for pair in "$@"; do
	s=${pair%%=*}
	d=${pair#*=}
	mkdir -p "$st/$(dirname "$d")"
	cp "$s" "$st/$d"
done
[ -e "$st/init" ] && chmod +x "$st/init"
mkdir -p "$(dirname "$out")"
(cd "$st" && find . -print0 | cpio --null -o -H newc --quiet) | gzip -1 >"$out.tmp"
mv "$out.tmp" "$out"
