#!/bin/sh
# run-all.sh - runs every test suite and prints one closing line "N passed, N failed"
# (", N skipped" when a suite could not run a check; the reasons are printed above it).
# A suite is a tests/*/suite.sh script (or the unit-test binary); each ends its output with
# its own "N passed, N failed" line, which is summed here. A suite that exits non-zero
# without such a line counts as one failure.
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
export BUILD
total_pass=0
total_fail=0
total_skip=0
log_dir=$BUILD/test-logs
mkdir -p "$log_dir"

run_suite() { # name command...
	name=$1
	shift
	log="$log_dir/$name.log"
	start=$(date +%s)
	"$@" >"$log" 2>&1
	status=$?
	line=$(grep -E '^([A-Za-z-]+: )?[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
	pass=$(echo "$line" | sed -nE 's/^([A-Za-z-]+: )?([0-9]+) passed.*/\2/p')
	fail=$(echo "$line" | sed -nE 's/.* ([0-9]+) failed.*/\1/p')
	skip=$(echo "$line" | sed -nE 's/.* ([0-9]+) skipped.*/\1/p')
	[ -n "$skip" ] || skip=0
	[ -n "$pass" ] || pass=0
	[ -n "$fail" ] || fail=0
	if [ "$status" -ne 0 ] && [ "$fail" -eq 0 ]; then fail=1; fi
	total_pass=$((total_pass + pass))
	total_fail=$((total_fail + fail))
	total_skip=$((total_skip + skip))
	secs=$(($(date +%s) - start))
	if [ "$fail" -ne 0 ]; then
		echo "== $name: $pass passed, $fail failed (${secs}s) — log: $log"
		tail -n 40 "$log" | sed 's/^/   | /'
	elif [ "$skip" -ne 0 ]; then
		echo "== $name: $pass passed, $fail failed, $skip skipped (${secs}s)"
		grep -i '^ *skipped' "$log" | sed 's/^/   | /'
	else
		echo "== $name: $pass passed, $fail failed (${secs}s)"
	fi
}

run_suite unit "$BUILD/unit-tests"
for suite in tests/*/suite.sh; do
	[ -f "$suite" ] || continue
	name=$(basename "$(dirname "$suite")")
	run_suite "$name" sh "$suite"
done
if [ "$total_skip" -ne 0 ]; then
	echo "$total_pass passed, $total_fail failed, $total_skip skipped"
else
	echo "$total_pass passed, $total_fail failed"
fi
[ "$total_fail" -eq 0 ]
