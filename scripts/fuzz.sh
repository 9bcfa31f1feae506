#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
#
# fuzz.sh SECONDS TARGET... - run each libFuzzer target for SECONDS with its
# corpus in build/fuzz/corpus/<name> (seeded from tests/fuzz/<name>.corpus/
# if that folder exists).  A target passes if it ran the whole time without
# a crash, leak, sanitizer report or timeout; crashing inputs are kept in
# build/fuzz/artifacts/.  Prints "fuzz: N passed, N failed".
set -u
. "$(dirname "$0")/lib.sh"

[ $# -ge 1 ] || km_die "usage: fuzz.sh SECONDS TARGET..."
secs=$1
shift
base=$KM_SRCDIR/build/fuzz
pass=0
fail=0
for t in "$@"; do
	n=$(basename "$t")
	corpus=$base/corpus/$n
	mkdir -p "$corpus" "$base/artifacts"
	seeds=()
	[ -d "$KM_SRCDIR/tests/fuzz/$n.corpus" ] && seeds=("$KM_SRCDIR/tests/fuzz/$n.corpus")
	log=$base/$n.log
	if "$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
		-print_final_stats=1 -artifact_prefix="$base/artifacts/$n-" \
		"$corpus" "${seeds[@]}" >"$log" 2>&1; then
		pass=$((pass + 1))
		echo "  $n: ok, $(grep -E '^stat::number_of_executed_units' "$log" |
			awk '{print $2}') runs in ${secs}s, corpus $(ls "$corpus" | wc -l)"
	else
		fail=$((fail + 1))
		echo "  $n: FAILED (log build/fuzz/$n.log)"
		grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -n 10 | sed 's/^/    /'
	fi
done
[ $# -gt 0 ] || { echo "  no fuzz targets registered"; fail=$((fail + 1)); }
echo "fuzz: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
