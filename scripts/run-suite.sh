#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
#
# run-suite.sh SUITE PROGRAM... - run test programs, add up their
# "<name>: N passed, N failed" lines and print one "SUITE: N passed, N failed"
# line.  A program that exits non-zero, or prints no count, adds a failure.
# Exit status: 0 only if nothing failed and something passed.
# KM_RUN_PREFIX, if set, is prepended to every command (e.g. valgrind).
# Each program gets KM_TEST_TIMEOUT seconds (default 900), then fails.
# KM_RUN_JOBS (default 1) programs run at the same time, started in the
# order given (so list the longest first); their output is printed in that
# order too, each program's as soon as it and all before it are done.
set -u
suite=$1
shift
jobs=${KM_RUN_JOBS:-1}
case $jobs in
'' | *[!0-9]* | 0) jobs=1 ;;
esac
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
tp=0
tf=0

# run_one INDEX PROGRAM: output to $tmp/INDEX.out, then the status to .rc
run_one() {
	# shellcheck disable=SC2086
	timeout "${KM_TEST_TIMEOUT:-900}" ${KM_RUN_PREFIX:-} "$2" \
		>"$tmp/$1.out" 2>&1
	echo $? >"$tmp/$1.rc.tmp"
	mv "$tmp/$1.rc.tmp" "$tmp/$1.rc"
}

# report PROGRAM INDEX: print one finished program's output, add its counts
report() {
	local prog=$1 out rc last p f

	out=$(cat "$tmp/$2.out")
	rc=$(cat "$tmp/$2.rc")
	printf '%s\n' "$out" | sed "s|^|  |"
	last=$(printf '%s\n' "$out" | grep -E '^[A-Za-z0-9_.-]+: [0-9]+ passed, [0-9]+ failed$' | tail -n 1)
	if [ -z "$last" ]; then
		echo "  $(basename "$prog"): no result line (exit $rc)"
		tf=$((tf + 1))
		return
	fi
	p=$(printf '%s' "$last" | sed -E 's/.*: ([0-9]+) passed.*/\1/')
	f=$(printf '%s' "$last" | sed -E 's/.*, ([0-9]+) failed$/\1/')
	tp=$((tp + p))
	tf=$((tf + f))
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "  $(basename "$prog"): exit $rc"
		tf=$((tf + 1))
	fi
}

progs=("$@")
next=0
# flush: report every finished program that has no unfinished one before it
flush() {
	while [ "$next" -lt "${#progs[@]}" ] && [ -e "$tmp/$next.rc" ]; do
		report "${progs[$next]}" "$next"
		next=$((next + 1))
	done
}

for i in "${!progs[@]}"; do
	while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
		wait -n
		flush
	done
	run_one "$i" "${progs[$i]}" &
done
while [ -n "$(jobs -rp)" ]; do
	wait -n
	flush
done
wait
flush
[ $# -gt 0 ] || { echo "  no $suite programs registered"; tf=$((tf + 1)); }
echo "$suite: $tp passed, $tf failed"
[ "$tf" -eq 0 ] && [ "$tp" -gt 0 ]
