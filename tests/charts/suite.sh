#!/bin/sh
# suite.sh [--update] [--site DIR] - golden tests for the SVG charts.
#
# Builds tests/charts/golden.c against $BUILD/libplansite.a, draws every chart kind from the
# hand-built fixtures in tests/charts/fixtures.h into $BUILD/charts-out/, and for each file:
#   - compares it with tests/charts/expected/NAME.html (--update rewrites the expected files:
#     review the diff before committing);
#   - checks with xmllint that the <figure> and its <svg> are well-formed, and that the svg
#     has role="img", <title> and <desc> (tests/charts/check_svgs.py).
# --site DIR also checks every inline SVG in the HTML of a built site (e.g. site/).
# Ends with "N passed, N failed"; exits non-zero on any failure.
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
update=0
site=""
while [ $# -gt 0 ]; do
	case "$1" in
	--update) update=1 ;;
	--site) shift; site=${1:-} ;;
	*) echo "usage: suite.sh [--update] [--site DIR]" >&2; exit 2 ;;
	esac
	shift
done

pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
finish() {
	echo "$pass passed, $fail failed"
	[ "$fail" -eq 0 ]
	exit $?
}

# The library, built in the mode that $BUILD belongs to so objects never mix.
case "$BUILD" in
*/asan) mode=asan; san="-fsanitize=address,undefined" ;;
*/debug) mode=debug; san="" ;;
*) mode=""; san="" ;;
esac
if ! make -s MODE="$mode" "$BUILD/libplansite.a" >"$BUILD/charts-make.log" 2>&1; then
	cat "$BUILD/charts-make.log"
	bad "make $BUILD/libplansite.a"
	finish
fi
driver="$BUILD/charts-golden"
if ! ${CC:-cc} -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter \
	-D_POSIX_C_SOURCE=200809L -O1 -g $san -Igenerator -Itests/charts \
	-o "$driver" tests/charts/golden.c "$BUILD/libplansite.a" \
	$(pkg-config --libs libcmark yaml-0.1) -lm -lpthread; then
	bad "compile tests/charts/golden.c"
	finish
fi

out="$BUILD/charts-out"
rm -rf "$out"
mkdir -p "$out"
if "$driver" "$out"; then ok; else bad "$driver $out"; fi

expected=tests/charts/expected
mkdir -p "$expected"
for f in "$out"/*.html; do
	[ -f "$f" ] || continue
	name=$(basename "$f")
	if [ "$update" -eq 1 ]; then
		cp "$f" "$expected/$name"
		echo "updated $expected/$name"
		ok
	elif [ ! -f "$expected/$name" ]; then
		bad "$name: no expected file (run tests/charts/suite.sh --update and review)"
	elif cmp -s "$f" "$expected/$name"; then
		ok
	else
		bad "$name differs from $expected/$name:"
		diff -u "$expected/$name" "$f" | head -n 40
	fi
done
for e in "$expected"/*.html; do
	[ -f "$e" ] || continue
	[ -f "$out/$(basename "$e")" ] || bad "$(basename "$e"): expected but not drawn any more"
done

# Well-formed figures and SVGs with role, title and desc.
if ! command -v xmllint >/dev/null 2>&1; then
	bad "xmllint not installed (apt-get install libxml2-utils)"
	finish
fi
check() { # args for check_svgs.py
	log="$BUILD/charts-check.log"
	python3 tests/charts/check_svgs.py "$@" >"$log" 2>&1
	status=$?
	n=$(grep -c '^PASS ' "$log")
	m=$(grep -c '^FAIL ' "$log")
	pass=$((pass + n))
	fail=$((fail + m))
	grep '^FAIL ' "$log"
	if [ "$status" -ne 0 ] && [ "$m" -eq 0 ]; then
		cat "$log"
		bad "check_svgs.py $*"
	fi
}
check --figure "$out"
if [ -n "$site" ]; then
	if [ -d "$site" ]; then check "$site"; else bad "--site $site: no such folder"; fi
fi
finish
