#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# run-suite.sh SUITE PROGRAM... - run test programs, add up their
# "<name>: N passed, N failed" lines and print one "SUITE: N passed, N failed"
# line.  A program that exits non-zero, or prints no count, adds a failure.
# Exit status: 0 only if nothing failed and something passed.
# KM_RUN_PREFIX, if set, is prepended to every command (e.g. valgrind).
# Each program gets KM_TEST_TIMEOUT seconds (default 900), then fails.
suite=$1
shift
tp=0
tf=0
for prog in "$@"; do
	# shellcheck disable=SC2086
	out=$(timeout "${KM_TEST_TIMEOUT:-900}" ${KM_RUN_PREFIX:-} "$prog" 2>&1)
	rc=$?
	printf '%s\n' "$out" | sed "s|^|  |"
	last=$(printf '%s\n' "$out" | grep -E '^[A-Za-z0-9_.-]+: [0-9]+ passed, [0-9]+ failed$' | tail -n 1)
	if [ -z "$last" ]; then
		echo "  $(basename "$prog"): no result line (exit $rc)"
		tf=$((tf + 1))
		continue
	fi
	p=$(printf '%s' "$last" | sed -E 's/.*: ([0-9]+) passed.*/\1/')
	f=$(printf '%s' "$last" | sed -E 's/.*, ([0-9]+) failed$/\1/')
	tp=$((tp + p))
	tf=$((tf + f))
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "  $(basename "$prog"): exit $rc"
		tf=$((tf + 1))
	fi
done
[ $# -gt 0 ] || { echo "  no $suite programs registered"; tf=$((tf + 1)); }
echo "$suite: $tp passed, $tf failed"
[ "$tf" -eq 0 ] && [ "$tp" -gt 0 ]
