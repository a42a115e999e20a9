#!/bin/sh
# suite.sh - the generator under AddressSanitizer/UBSan and valgrind:
#   * builds the ASan/UBSan variant (make MODE=asan, in build/asan);
#   * runs the unit tests, a full build of the default content (one thread and two), the
#     golden tests, the broken-content catalogue and the report suite with it: any sanitizer
#     report fails;
#   * a full build of the default content under valgrind (one thread): 0 errors, 0 definite
#     leaks; and the unit tests under valgrind.
# Prints "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
ASAN=build/asan
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
finish() { echo "$pass passed, $fail failed"; [ "$fail" -eq 0 ]; exit; }
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1:exitcode=99
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=99
# A sanitizer report: its exit status 99 or its banner in the output.
sanitizer_report() { grep -qE '^==[0-9]+==ERROR|runtime error:|ERROR: LeakSanitizer' "$1"; }

if make -s MODE=asan "$ASAN/plansite" "$ASAN/unit-tests" >"$tmp/make" 2>&1; then
	ok "ASan/UBSan build (make MODE=asan)"
else
	tail -n 30 "$tmp/make"
	bad "ASan/UBSan build (make MODE=asan)"
	finish
fi

"$ASAN/unit-tests" >"$tmp/unit" 2>&1
status=$?
if [ "$status" -eq 0 ] && ! sanitizer_report "$tmp/unit"; then
	ok "unit tests under ASan/UBSan: $(tail -n 1 "$tmp/unit")"
else
	grep -v '^ok' "$tmp/unit" | head -n 40
	bad "unit tests under ASan/UBSan (exit status $status)"
fi

for jobs in 1 2; do
	"$ASAN/plansite" build --out "$tmp/site$jobs" --jobs "$jobs" >"$tmp/build" 2>&1
	status=$?
	if [ "$status" -eq 0 ] && ! sanitizer_report "$tmp/build"; then
		ok "default content builds under ASan/UBSan (--jobs $jobs)"
	else
		grep -A 25 -E '^==[0-9]+==ERROR|runtime error:' "$tmp/build" | head -n 40
		tail -n 5 "$tmp/build"
		bad "default content builds under ASan/UBSan (--jobs $jobs, exit status $status)"
	fi
done
if diff -r "$tmp/site1" "$tmp/site2" >/dev/null 2>&1; then
	ok "the ASan build writes the same site with one thread and two"
else
	bad "the ASan build writes the same site with one thread and two"
fi

# The error paths: every broken content tree, the golden fixture, the failure paths and the
# report import and scaffold (round trip and broken spreadsheets), with the ASan binary.
for suite in golden content failure report; do
	[ -f "tests/$suite/suite.sh" ] || continue
	BUILD=$ASAN sh "tests/$suite/suite.sh" >"$tmp/$suite" 2>&1
	status=$?
	if [ "$status" -eq 0 ] && ! sanitizer_report "$tmp/$suite"; then
		ok "tests/$suite under ASan/UBSan: $(tail -n 1 "$tmp/$suite")"
	else
		grep -B 2 -A 25 -E '^==[0-9]+==ERROR|runtime error:' "$tmp/$suite" | head -n 40
		tail -n 10 "$tmp/$suite"
		bad "tests/$suite under ASan/UBSan (exit status $status)"
	fi
done

if ! command -v valgrind >/dev/null 2>&1; then
	bad "valgrind is installed (sh tests/tools/deps.sh test)"
	finish
fi
# valgrind: summary lines "ERROR SUMMARY: N errors" and "definitely lost: N bytes".
valgrind_ok() { # log
	grep -q 'ERROR SUMMARY: 0 errors' "$1" &&
		! grep -E 'definitely lost: [1-9]' "$1" >/dev/null
}
valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
	"$BUILD/plansite" build --out "$tmp/vg" --jobs 1 >"$tmp/vg.log" 2>&1
status=$?
if [ "$status" -eq 0 ] && valgrind_ok "$tmp/vg.log"; then
	ok "default content builds under valgrind: 0 errors, 0 definite leaks"
else
	grep -E '^==[0-9]+==' "$tmp/vg.log" | head -n 40
	bad "default content builds under valgrind (exit status $status)"
fi
valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
	"$BUILD/unit-tests" >"$tmp/vgu.log" 2>&1
status=$?
if [ "$status" -eq 0 ] && valgrind_ok "$tmp/vgu.log"; then
	ok "unit tests under valgrind: 0 errors, 0 definite leaks"
else
	grep -E '^==[0-9]+==|FAIL' "$tmp/vgu.log" | head -n 40
	bad "unit tests under valgrind (exit status $status)"
fi
finish
