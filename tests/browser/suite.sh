#!/bin/sh
# suite.sh - the default site in a real browser (Debian's /usr/bin/chromium driven by
# playwright-core, pinned in package-lock.json): axe-core WCAG 2.0/2.1/2.2 A and AA checks on
# every page type and a spread of other pages, keyboard and focus checks, no sideways
# scrolling at 320 px, and screenshots in build/screenshots/ for review. See check.mjs.
# feedback.mjs: the "Report a problem with this page" link carries the page's address.
# bilingual.mjs: axe and no sideways scrolling at 320 px on the Welsh home and item pages of
# the bilingual fixture (tests/bilingual/content).
# BROWSER_PAGES=all checks every page (about 15 minutes). Prints "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
here=tests/browser
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

# npm ci only when the lock file changed since the last install (no browser download:
# playwright-core has none, and install scripts are off).
stamp=$here/node_modules/.plansite-lock
if [ -f "$stamp" ] && cmp -s "$stamp" "$here/package-lock.json"; then
	ok "npm packages already installed"
elif (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >"$tmp/npm" 2>&1; then
	cp "$here/package-lock.json" "$stamp"
	ok "npm ci (playwright-core, axe-core)"
else
	grep -v 'Unknown user config' "$tmp/npm" | tail -n 20
	bad "npm ci (playwright-core, axe-core)"
	finish
fi

if "$BUILD/plansite" build --out "$tmp/site" >"$tmp/log" 2>&1; then
	ok "default content builds"
else
	tail -n 20 "$tmp/log"
	bad "default content builds"
	finish
fi

node "$here/check.mjs" "$tmp/site" "$BUILD/screenshots" >"$tmp/check" 2>&1
status=$?
grep -v '^ok ' "$tmp/check" | grep -v 'passed, .* failed$' | head -n 80
grep -c '^ok ' "$tmp/check" | sed 's/$/ browser checks passed/'
line=$(tail -n 1 "$tmp/check")
p=$(echo "$line" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1/p')
f=$(echo "$line" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\2/p')
if [ -z "$p" ]; then
	tail -n 20 "$tmp/check"
	bad "check.mjs ran to the end"
else
	pass=$((pass + p))
	fail=$((fail + f))
	[ "$status" -eq 0 ] || [ "$f" -gt 0 ] || bad "check.mjs exit status $status"
fi

# Issue 20: the needs-attention list one click from home, the copy button with and without
# JavaScript, no sideways scrolling at 320 and 1280 px, and print-to-PDF (pdftotext) text.
if command -v pdftotext >/dev/null 2>&1; then
	node "$here/residents.mjs" "$tmp/site" content >"$tmp/residents" 2>&1
	grep -v '^ok ' "$tmp/residents" | grep -v 'passed, .* failed$' | sed 's|^|residents: |'
	line=$(tail -n 1 "$tmp/residents")
	p=$(echo "$line" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1/p')
	f=$(echo "$line" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\2/p')
	if [ -z "$p" ]; then
		tail -n 20 "$tmp/residents"
		bad "residents.mjs ran to the end"
	else
		echo "residents: $p checks passed"
		pass=$((pass + p))
		fail=$((fail + f))
	fi
else
	bad "pdftotext is installed (poppler-utils: sh tests/tools/deps.sh test)"
fi

# The "Report a problem with this page" link carries the page's address: the golden fixture
# (a feedback_url template), then the same content with only an email (a mailto: subject).
feedback() { # name content-dir
	if ! "$BUILD/plansite" build --content "$2" --out "$tmp/$1" >"$tmp/log" 2>&1; then
		tail -n 20 "$tmp/log"
		bad "$1: content builds"
		return
	fi
	node "$here/feedback.mjs" "$tmp/$1" https://plans.example.gov.uk/ >"$tmp/feedback" 2>&1
	grep -v '^ok ' "$tmp/feedback" | grep -v 'passed, .* failed$' | sed "s|^|$1: |"
	line=$(tail -n 1 "$tmp/feedback")
	p=$(echo "$line" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1/p')
	f=$(echo "$line" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\2/p')
	if [ -z "$p" ]; then
		bad "$1: feedback.mjs ran to the end"
	else
		echo "$1: $p feedback link checks passed"
		pass=$((pass + p))
		fail=$((fail + f))
	fi
}
feedback feedback-template tests/golden/content
cp -R tests/golden/content "$tmp/mailto-content"
grep -v '^  feedback_url:' tests/golden/content/site.yaml >"$tmp/mailto-content/site.yaml"
feedback feedback-mailto "$tmp/mailto-content"

# The bilingual fixture's Welsh tree: axe and no sideways scrolling at 320 px (bilingual.mjs).
if "$BUILD/plansite" build --content tests/bilingual/content --out "$tmp/bilingual" >"$tmp/log" 2>&1; then
	node "$here/bilingual.mjs" "$tmp/bilingual" >"$tmp/bilingual.out" 2>&1
	grep -v '^ok ' "$tmp/bilingual.out" | grep -v 'passed, .* failed$' | sed 's|^|bilingual: |'
	line=$(tail -n 1 "$tmp/bilingual.out")
	p=$(echo "$line" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1/p')
	f=$(echo "$line" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\2/p')
	if [ -z "$p" ]; then
		tail -n 20 "$tmp/bilingual.out"
		bad "bilingual.mjs ran to the end"
	else
		echo "bilingual: $p Welsh page checks passed"
		pass=$((pass + p))
		fail=$((fail + f))
	fi
else
	tail -n 20 "$tmp/log"
	bad "bilingual: the fixture builds"
fi
finish
