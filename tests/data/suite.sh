#!/bin/sh
# Open data, search, feeds and citations on the default content: builds it twice (without and
# with a base URL), parses every CSV back and compares row counts with the model
# (`plansite dump`), validates plansite.json and every index.json against the JSON Schema,
# checks the search index, data page, Atom feeds and sitemap (xmllint), the page heads, and
# runs the browser test tests/browser/search.test.js (typing a deliverable's words finds it).
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
BASE=https://plans.example.gov.uk/
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok: $1"; }
bad() { fail=$((fail + 1)); echo "FAILED: $1"; }
sum() { # adds the closing "N passed, N failed" of log $1
	p=$(tail -n 1 "$1" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1/p')
	f=$(tail -n 1 "$1" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\2/p')
	pass=$((pass + ${p:-0}))
	fail=$((fail + ${f:-1}))
}

if "$BUILD/plansite" build --out "$tmp/plain" >"$tmp/log" 2>&1 &&
	"$BUILD/plansite" build --out "$tmp/based" --base-url "$BASE" >>"$tmp/log" 2>&1 &&
	"$BUILD/plansite" dump >"$tmp/dump.json" 2>/dev/null; then
	ok "default content builds without and with a base URL"
else
	tail -n 20 "$tmp/log"
	bad "default content builds without and with a base URL"
	echo "$pass passed, $fail failed"
	exit 1
fi
grep -E '^plansite: wrote ' "$tmp/log"
if grep -qE 'search index [0-9]+ kB' "$tmp/log"; then
	ok "the build summary reports the search index size"
else
	bad "the build summary reports the search index size"
fi

python3 tests/data/check_data.py "$tmp/plain" "$tmp/based" "$BASE" "$tmp/dump.json" >"$tmp/check" 2>&1
grep -v '^ok: ' "$tmp/check"
sum "$tmp/check"

# Atom and sitemap are well-formed XML.
if command -v xmllint >/dev/null 2>&1; then
	find "$tmp/based" -name feed.xml -o -name sitemap.xml >"$tmp/xml"
	if [ -s "$tmp/xml" ] && xargs xmllint --noout <"$tmp/xml" >"$tmp/xmlerr" 2>&1; then
		ok "$(wc -l <"$tmp/xml") Atom feeds and the sitemap are well-formed (xmllint)"
	else
		head -n 10 "$tmp/xmlerr"
		bad "Atom feeds and the sitemap are well-formed (xmllint)"
	fi
else
	bad "xmllint is installed (libxml2-utils; tests/tools/deps.sh test)"
fi

# The browser test: Debian's chromium driven by playwright-core (pinned in tests/browser).
if [ ! -d tests/browser/node_modules/playwright-core ] && command -v npm >/dev/null 2>&1; then
	(cd tests/browser && npm ci --no-audit --no-fund >/dev/null 2>&1)
fi
if [ -x /usr/bin/chromium ] && [ -d tests/browser/node_modules/playwright-core ]; then
	timeout 300 node tests/browser/search.test.js "$tmp/plain" >"$tmp/browser" 2>&1
	grep -v '^ok: ' "$tmp/browser"
	sum "$tmp/browser"
else
	bad "the browser test can run (/usr/bin/chromium and tests/browser/node_modules/playwright-core)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
