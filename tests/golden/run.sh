#!/bin/sh
# Golden tests: builds the fixture in tests/golden/content with the default theme and
# compares every page, after normalise.py puts one tag per line, with
# tests/golden/expected/; and builds the default content in content/ and compares its
# accessibility statement with default-accessibility.html. `--update` (or
# `make golden-update`) rewrites the expected files after a deliberate change and prints the
# diff it accepts: review it.
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
# The default content's accessibility statement: what a council gets before it fills in the
# accessibility: block of site.yaml (only the council's name is known).
default_page=tests/golden/default-accessibility.html
if ! "$BUILD/plansite" build --content content --out "$out/default" --jobs 2 >"$out/log" 2>&1; then
	cat "$out/log"
	echo "0 passed, 1 failed"
	exit 1
fi
python3 tests/golden/normalise.py "$out/default/accessibility"
if [ "${1:-}" = "--update" ]; then
	# Show what is being accepted, so a reviewer reads every changed line.
	diff -ruN tests/golden/expected "$out/site" | sed "s|$out/site|(new)|"
	diff -uN "$default_page" "$out/default/accessibility/index.html" | sed "s|$out/default|(new)|"
	rm -rf tests/golden/expected
	cp -R "$out/site" tests/golden/expected
	cp "$out/default/accessibility/index.html" "$default_page"
	echo "golden files updated: $(find tests/golden/expected -type f | wc -l) files and $default_page"
	exit 0
fi
pass=0
fail=0
if cmp -s "$out/default/accessibility/index.html" "$default_page"; then
	pass=$((pass + 1))
else
	fail=$((fail + 1))
	echo "differs: the default content's accessibility/index.html"
	diff -u "$default_page" "$out/default/accessibility/index.html" | head -20
fi
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
