#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
#
# kunit.sh - run the project's KUnit suites under User-Mode Linux.
#
# Debian's kernels are built without KUnit, so the suites run in a UML
# kernel built from linux-source-6.12 by tools/testing/kunit/kunit.py.  The
# project is linked in as drivers/misc/keymint (its Kbuild and Kconfig work
# in-tree) and kunit/.kunitconfig selects it.  The source tree and the UML
# build directory are shared by everyone on the machine, so the whole run
# holds a lock.  Prints "kunit: N passed, N failed" (a skipped case counts
# as failed: nothing is skipped silently).
set -u
. "$(dirname "$0")/lib.sh"
km_ensure_ksrc

builddir=${KM_KUNIT_BUILD:-$KM_CACHE/kunit-um}
out=$KM_SRCDIR/build/kunit
mkdir -p "$out" "$KM_CACHE"
ls "$KM_SRCDIR"/kunit/*_kunit.c >/dev/null 2>&1 || {
	echo "  no suites in kunit/"
	echo "kunit: 0 passed, 1 failed"
	exit 1
}

link_project() {
	local mk=$KM_KSRC/drivers/misc/Makefile kc=$KM_KSRC/drivers/misc/Kconfig

	ln -sfn "$KM_SRCDIR" "$KM_KSRC/drivers/misc/keymint"
	grep -q 'drivers/misc/keymint/Kconfig' "$kc" ||
		echo 'source "drivers/misc/keymint/Kconfig"' >>"$kc"
	grep -q 'CONFIG_KEYMINT) += keymint/' "$mk" ||
		echo 'obj-$(CONFIG_KEYMINT) += keymint/' >>"$mk"
}

rm -f "$out/results.json"
rc=0
(
	flock 9
	link_project
	cd "$KM_KSRC" &&
	python3 tools/testing/kunit/kunit.py run \
		--kunitconfig="$KM_SRCDIR/kunit/.kunitconfig" \
		--build_dir="$builddir" --jobs="$KM_JOBS" \
		--json="$out/results.json" >"$out/kunit.log" 2>&1
) 9>"$KM_CACHE/kunit.lock" || rc=$?

# Show the test results (and build errors, if it never got that far).
if grep -q 'Starting KUnit Kernel' "$out/kunit.log"; then
	sed -n '/Starting KUnit Kernel/,$p' "$out/kunit.log" | sed 's/^/  /'
else
	tail -n 40 "$out/kunit.log" | sed 's/^/  /'
fi

python3 - "$out/results.json" "$rc" <<'PY'
import json, sys

passed = failed = 0


def walk(t):
    global passed, failed
    for c in t.get("test_cases", []):
        if c.get("status") == "PASS":
            passed += 1
        else:
            failed += 1
    for g in t.get("sub_groups", []):
        walk(g)


try:
    with open(sys.argv[1]) as f:
        walk(json.load(f))
except (OSError, ValueError):
    pass
if sys.argv[2] != "0" and failed == 0:
    failed = 1          # build error, crash or kunit.py failure
print(f"kunit: {passed} passed, {failed} failed")
sys.exit(0 if failed == 0 and passed > 0 else 1)
PY
