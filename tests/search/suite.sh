#!/bin/sh
# suite.sh - search: builds the default content, then runs the golden queries and the search
# page checks (search.test.js) in Debian's Chromium through playwright-core (the pinned
# packages of tests/browser). Prints "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
finish() { echo "$pass passed, $fail failed"; [ "$fail" -eq 0 ]; exit; }

for tool in node npm /usr/bin/chromium; do
	command -v "$tool" >/dev/null 2>&1 || { bad "$tool is installed (sh tests/tools/deps.sh test)"; finish; }
done
here=tests/browser
stamp=$here/node_modules/.plansite-lock
if [ -f "$stamp" ] && cmp -s "$stamp" "$here/package-lock.json"; then
	:
elif (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >"$tmp/npm" 2>&1; then
	cp "$here/package-lock.json" "$stamp"
else
	grep -v 'Unknown user config' "$tmp/npm" | tail -n 20
	bad "npm ci (playwright-core) in tests/browser"
	finish
fi
if "$BUILD/plansite" build --out "$tmp/site" >"$tmp/log" 2>&1; then
	ok "default content builds"
else
	tail -n 20 "$tmp/log"
	bad "default content builds"
	finish
fi
# The same index whatever the number of threads.
for jobs in 1 3; do
	if "$BUILD/plansite" build --jobs $jobs --out "$tmp/j$jobs" >/dev/null 2>&1 &&
		diff -r "$tmp/site/search" "$tmp/j$jobs/search" >/dev/null; then
		ok "the search index and browse pages are byte-identical with --jobs $jobs"
	else
		bad "the search index and browse pages are byte-identical with --jobs $jobs"
	fi
	rm -rf "$tmp/j$jobs"
done
timeout 600 node tests/search/search.test.js "$tmp/site" >"$tmp/out" 2>&1
grep -v '^ok: ' "$tmp/out" | grep -v 'passed, .* failed$'
line=$(tail -n 1 "$tmp/out")
p=$(echo "$line" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1/p')
f=$(echo "$line" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\2/p')
if [ -z "$p" ]; then
	tail -n 20 "$tmp/out"
	bad "search.test.js ran to the end"
else
	pass=$((pass + p))
	fail=$((fail + f))
fi
finish
