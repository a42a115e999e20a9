#!/bin/sh
# Golden tests: builds the fixture in tests/golden/content with the default theme and
# compares every page, after normalise.py puts one tag per line, with
# tests/golden/expected/. `--update` (or `make golden-update`) rewrites the expected files
# after a deliberate change: review the diff.
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if ! "$BUILD/plansite" build --content tests/golden/content --out "$out/site" --jobs 2 >"$out/log" 2>&1; then
	cat "$out/log"
	echo "0 passed, 1 failed"
	exit 1
fi
# Static files are the theme's own; only generated pages are golden. Pages are compared
# one tag per line (normalise.py), so diffs show whole elements.
rm -rf "$out/site/static"
python3 tests/golden/normalise.py "$out/site"
if [ "${1:-}" = "--update" ]; then
	# Show what is being accepted, so a reviewer reads every changed line.
	diff -ruN tests/golden/expected "$out/site" | sed "s|$out/site|(new)|"
	rm -rf tests/golden/expected
	cp -R "$out/site" tests/golden/expected
	echo "golden files updated: $(find tests/golden/expected -type f | wc -l) files"
	exit 0
fi
pass=0
fail=0
for f in $(cd "$out/site" && find . -type f | sort); do
	if cmp -s "$out/site/$f" "tests/golden/expected/$f"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "differs: $f"
		diff -u "tests/golden/expected/$f" "$out/site/$f" | head -20
	fi
done
for f in $(cd tests/golden/expected && find . -type f | sort); do
	if [ ! -f "$out/site/$f" ]; then
		fail=$((fail + 1))
		echo "missing from the build: $f"
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
