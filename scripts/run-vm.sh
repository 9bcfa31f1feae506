#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
#
# run-vm.sh e2e KVER KODIR WORKDIR PROG...
# run-vm.sh vm  KVER KODIR WORKDIR SCRIPT
#
# Boot Debian kernel KVER in QEMU (TCG: KVM does not work on these hosts)
# from a busybox initramfs holding the kernel's crypto modules, the
# project's modules from KODIR and tests/e2e/init.
#
# e2e: the guest loads keymint, runs each PROG, unloads every keymint module
#      (fresh state per program), then dumps dmesg.  Prints the programs'
#      output and "e2e-<6.1|6.12>: N passed, N failed" (sum of the programs'
#      own result lines; a crash, non-zero exit or missing line is a
#      failure).
# vm:  the guest loads keymint, sets boot info with the keymint CLI, mounts
#      SCRIPT's folder at /mnt (virtio-9p, read-write) and runs SCRIPT there
#      with the project's tools on PATH.  Prints its output; exits with its
#      status.
# Both fail on any oops/BUG/WARN/lockdep/sanitizer line in the kernel log.
#
# Environment: KM_CLI (static keymint CLI), KM_QEMU_CPU (e.g. max),
# KM_VM_TIMEOUT (seconds, default 900).
set -u
. "$(dirname "$0")/lib.sh"

[ $# -ge 4 ] || km_die "usage: run-vm.sh e2e|vm KVER KODIR WORKDIR ARGS..."
mode=$1
kver=$2
kodir=$3
work=$4
shift 4
short=$(km_kshort "$kver")
mkdir -p "$work"
work=$(cd "$work" && pwd)
log=$work/serial.log

read -r vmlinuz modroot < <("$KM_SRCDIR/scripts/fetch-kernel.sh" "$kver") ||
	km_die "no kernel $kver"
[ -n "${vmlinuz:-}" ] || km_die "no kernel $kver"

files=("$KM_SRCDIR/tests/e2e/init=init"
       "$KM_SRCDIR/tests/e2e/preload.list=km/preload.list")
echo "$mode" >"$work/mode"
files+=("$work/mode=km/mode")
if [ -n "${KM_CLI:-}" ] && [ -x "$KM_CLI" ]; then
	files+=("$KM_CLI=km/bin/keymint")
fi
virtfs=()
missing=0
if [ "$mode" = e2e ]; then
	: >"$work/tests"
	progs=()
	for p in "$@"; do
		if [ -x "$p" ]; then
			progs+=("$p")
		else
			echo "  $(basename "$p"): not built"
			missing=$((missing + 1))
		fi
	done
	set -- ${progs[@]+"${progs[@]}"}
	for p in "$@"; do
		files+=("$p=km/bin/$(basename "$p")")
		basename "$p" >>"$work/tests"
	done
	files+=("$work/tests=km/tests")
else
	[ $# -eq 1 ] && [ -f "$1" ] || km_die "vm: SCRIPT must be a file"
	sdir=$(cd "$(dirname "$1")" && pwd)
	basename "$1" >"$work/script"
	files+=("$work/script=km/script")
	virtfs=(-virtfs "local,path=$sdir,mount_tag=host0,security_model=none,id=host0")
fi

"$KM_SRCDIR/scripts/mkinitramfs.sh" "$kver" "$modroot" "$kodir" \
	"$work/initramfs.cpio.gz" "${files[@]}" || km_die "initramfs failed"

loglevel=5
[ "$mode" = vm ] && loglevel=4
cpu=()
[ -n "${KM_QEMU_CPU:-}" ] && cpu=(-cpu "$KM_QEMU_CPU")
start=$(date +%s)
timeout "${KM_VM_TIMEOUT:-900}" qemu-system-x86_64 -accel tcg "${cpu[@]}" \
	-m 1024 -smp 1 -display none -monitor none -no-reboot \
	-serial "file:$log.raw" "${virtfs[@]}" \
	-kernel "$vmlinuz" -initrd "$work/initramfs.cpio.gz" \
	-append "console=ttyS0 panic=-1 oops=panic loglevel=$loglevel" \
	</dev/null >"$work/qemu.out" 2>&1
qrc=$?
tr -d '\r' <"$log.raw" >"$log"
secs=$(($(date +%s) - start))

fail=0
if ! grep -q '^KM-DONE' "$log"; then
	echo "  guest did not finish (qemu exit $qrc after ${secs}s); serial log tail:"
	tail -n 40 "$log" | sed 's/^/    /'
	cat "$work/qemu.out" | sed 's/^/    /'
	fail=1
fi
"$KM_SRCDIR/scripts/check-klog.sh" "$log" || fail=1

if [ "$mode" = vm ]; then
	grep '^KM-INIT: ' "$log" | grep -v ', mode vm$' | sed 's/^KM-INIT: /  vm: /' >&2
	sed -n '/^KM-VM-BEGIN/,/^KM-VM-EXIT/p' "$log" | sed '1d; /^KM-VM-EXIT/d'
	rc=$(sed -n 's/^KM-VM-EXIT rc=\([0-9]*\)$/\1/p' "$log" | tail -n 1)
	[ -n "$rc" ] || rc=1
	[ "$fail" -eq 0 ] || { [ "$rc" -ne 0 ] || rc=1; }
	exit "$rc"
fi

# e2e: add up the programs' "<name>: N passed, N failed" lines.
tp=0
tf=$((fail + missing))
for p in "$@"; do
	t=$(basename "$p")
	block=$(sed -n "/^KM-TEST-BEGIN $t\$/,/^KM-TEST-END $t /p" "$log")
	printf '%s\n' "$block" | sed '1d; /^KM-TEST-END/d; s/^/  /'
	last=$(printf '%s\n' "$block" |
	       grep -E '^[A-Za-z0-9_.-]+: [0-9]+ passed, [0-9]+ failed$' | tail -n 1)
	rc=$(printf '%s\n' "$block" | sed -n 's/^KM-TEST-END .* rc=\([0-9]*\)$/\1/p')
	if [ -z "$last" ]; then
		echo "  $t: no result line (rc=${rc:-none})"
		tf=$((tf + 1))
		continue
	fi
	p_=$(printf '%s' "$last" | sed -E 's/.*: ([0-9]+) passed.*/\1/')
	f_=$(printf '%s' "$last" | sed -E 's/.*, ([0-9]+) failed$/\1/')
	tp=$((tp + p_))
	tf=$((tf + f_))
	if [ "${rc:-1}" != 0 ] && [ "$f_" -eq 0 ]; then
		echo "  $t: exit status ${rc:-none}"
		tf=$((tf + 1))
	fi
done
[ $# -gt 0 ] || [ "$missing" -gt 0 ] || { echo "  no e2e programs"; tf=$((tf + 1)); }
echo "  (guest $kver: ${secs}s, log ${log#"$KM_SRCDIR"/})"
echo "e2e-$short: $tp passed, $tf failed"
[ "$tf" -eq 0 ] && [ "$tp" -gt 0 ]
