#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
#
# check.sh - what "make check" runs: install/verify the Debian packages,
# then every suite (unit, kunit, e2e-6.1, e2e-6.12, lint, fuzz, ct), each
# even if an earlier one failed.  Prints one "<suite>: N passed, N failed"
# line per suite, then "check: N passed, N failed" (the sums), and exits
# non-zero if anything failed.  A suite that exits non-zero without
# counting a failure (a build error, say) is shown with one failure.
# Logs: build/check/<suite>.log.  KM_CHECK_SUITES overrides the list.
set -u
. "$(dirname "$0")/lib.sh"

"$KM_SRCDIR/scripts/deps.sh" || exit 1
suites=${KM_CHECK_SUITES:-"unit kunit e2e-6.1 e2e-6.12 lint fuzz ct"}
logs=$KM_SRCDIR/build/check
mkdir -p "$logs"
summary=
tp=0
tf=0
t0=$(date +%s)
for s in $suites; do
	target=$s
	[ "$s" = fuzz ] && target=fuzz-short
	echo "=== $s"
	t1=$(date +%s)
	make --no-print-directory -j"$KM_JOBS" -C "$KM_SRCDIR" "$target" 2>&1 | tee "$logs/$s.log"
	rc=${PIPESTATUS[0]}
	line=$(grep -E "^$s: [0-9]+ passed, [0-9]+ failed$" "$logs/$s.log" | tail -n 1)
	p=0
	f=0
	if [ -n "$line" ]; then
		p=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/')
		f=$(echo "$line" | sed -E 's/.*, ([0-9]+) failed$/\1/')
	fi
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
	fi
	tp=$((tp + p))
	tf=$((tf + f))
	echo "=== $s done in $(($(date +%s) - t1)) s"
	summary="$summary$s: $p passed, $f failed"$'\n'
done
echo
echo "=== summary ($(($(date +%s) - t0)) s)"
printf '%s' "$summary"
echo "check: $tp passed, $tf failed"
[ "$tf" -eq 0 ]
