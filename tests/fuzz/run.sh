#!/bin/sh
# run.sh [SECONDS] [TARGET...] - builds the libFuzzer targets and runs each one.
#
# A target is any tests/fuzz/fuzz_NAME.c defining LLVMFuzzerTestOneInput; it is linked with
# every generator source except generator/main.c, so a new target needs nothing else (an
# optional tests/fuzz/fuzz_NAME.dict is passed as its dictionary). For each target:
#   1. regression: every input kept in tests/fuzz/corpus/TARGET/ is run once;
#   2. fuzzing for SECONDS (default 300; 0 skips this step), starting from those inputs and
#      from build/fuzz/corpus/TARGET/, where new interesting inputs are collected.
# A crash is written to tests/fuzz/corpus/TARGET/ (crash-*, timeout-*, oom-*), so it stays a
# regression input once the bug is fixed: commit it with the fix.
# Needs clang with libFuzzer (Debian: clang libclang-rt-14-dev). Prints "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
secs=${1:-300}
[ $# -gt 0 ] && shift
targets=$*
if [ -z "$targets" ]; then
	for f in tests/fuzz/fuzz_*.c; do
		[ -f "$f" ] && targets="$targets $(basename "$f" .c)"
	done
fi
CC=${FUZZ_CC:-clang}
out=build/fuzz
pkgs="libcmark yaml-0.1 libutf8proc"
flags="-g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all"
cflags="$flags -std=c11 -D_POSIX_C_SOURCE=200809L -Igenerator $(pkg-config --cflags $pkgs)"
libs="$(pkg-config --libs $pkgs) -lcsv -lstemmer -lpthread -lm"
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
finish() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit; }

if ! command -v "$CC" >/dev/null 2>&1; then
	echo "fuzz: $CC not found (install clang and libclang-rt-14-dev)"
	fail "build"
	finish
fi
mkdir -p "$out"

# The generator library, rebuilt when any generator file is newer than it. Built under
# temporary names and renamed into place, so runs started at the same time do not collide.
lib=$out/libplansite.a
if [ ! -f "$lib" ] || [ -n "$(find generator -newer "$lib" -print -quit)" ] ||
	[ "$0" -nt "$lib" ]; then
	objs=$out/obj.$$
	rm -rf "$objs"
	mkdir -p "$objs"
	ok=1
	for src in generator/*.c generator/*/*.c; do
		[ "$src" = generator/main.c ] && continue
		obj=$objs/$(echo "$src" | tr / _ | sed 's/\.c$/.o/')
		$CC $cflags -fsanitize=fuzzer-no-link -c "$src" -o "$obj" || ok=0
	done
	if [ "$ok" -ne 1 ]; then
		rm -rf "$objs"
		fail "build generator sources"
		finish
	fi
	ar rcs "$lib.$$" "$objs"/*.o && mv -f "$lib.$$" "$lib"
	rm -rf "$objs"
fi

for t in $targets; do
	src=tests/fuzz/$t.c
	bin=$out/$t
	keep=tests/fuzz/corpus/$t
	work=$out/corpus/$t
	log=$out/$t.log
	if ! $CC $cflags -fsanitize=fuzzer "$src" "$lib" $libs -o "$bin.$$" ||
		! mv -f "$bin.$$" "$bin"; then
		rm -f "$bin.$$"
		fail "$t: build"
		continue
	fi
	mkdir -p "$keep" "$work"
	inputs=$(find "$keep" -type f | sort)
	if [ -z "$inputs" ]; then
		pass "$t: regression (no kept inputs)"
	elif "$bin" -timeout=10 $inputs >"$out/$t.regression.log" 2>&1; then
		pass "$t: regression ($(echo "$inputs" | wc -l) kept inputs)"
	else
		fail "$t: regression - log: $out/$t.regression.log"
		grep -E 'ERROR|SUMMARY|runtime error|Running:' "$out/$t.regression.log" | tail -n 10 |
			sed 's/^/   | /'
	fi
	[ "$secs" -gt 0 ] || continue
	dict=
	[ -f "tests/fuzz/$t.dict" ] && dict=-dict=tests/fuzz/$t.dict
	if "$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
		-artifact_prefix="$keep/" $dict "$work" "$keep" >"$log" 2>&1; then
		runs=$(sed -nE 's/^Done ([0-9]+) runs.*/\1/p' "$log" | tail -n 1)
		pass "$t: fuzzed ${secs}s (${runs:-?} runs)"
	else
		fail "$t: fuzzing found a problem; the input is in $keep/ - log: $log"
		grep -E 'ERROR|SUMMARY|runtime error|artifact' "$log" | head -n 10 | sed 's/^/   | /'
	fi
done
finish
