#!/bin/sh
# suite.sh - the Nu HTML Checker (npm vnu-jar, pinned in package-lock.json, run with the
# machine's Java) over every page of the default site and of both language trees of the
# bilingual fixture (tests/bilingual/content), in one run over both folders, and over the
# stylesheets: zero errors. Prints "N passed, N failed" (one check per page).
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
here=tests/html
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
finish() { echo "$pass passed, $fail failed"; [ "$fail" -eq 0 ]; exit; }

for tool in java npm; do
	command -v "$tool" >/dev/null 2>&1 || { bad "$tool is installed (sh tests/tools/deps.sh test)"; finish; }
done

# --ignore-scripts: vnu-jar's install script would otherwise try to download a Java runtime.
stamp=$here/node_modules/.plansite-lock
if [ -f "$stamp" ] && cmp -s "$stamp" "$here/package-lock.json" &&
	[ -f "$here/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
	ok "npm packages already installed"
elif (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >"$tmp/npm" 2>&1; then
	cp "$here/package-lock.json" "$stamp"
	ok "npm ci (vnu-jar)"
else
	grep -v 'Unknown user config' "$tmp/npm" | tail -n 20
	bad "npm ci (vnu-jar)"
	finish
fi
vnu="java -jar $here/node_modules/vnu-jar/build/dist/vnu.jar"

if "$BUILD/plansite" build --out "$tmp/site" >"$tmp/log" 2>&1; then
	ok "default content builds"
else
	tail -n 20 "$tmp/log"
	bad "default content builds"
	finish
fi

# The bilingual fixture: its root (en-GB) and cy/ trees are both below the one folder.
if "$BUILD/plansite" build --content tests/bilingual/content --out "$tmp/bilingual" >"$tmp/log" 2>&1; then
	ok "the bilingual fixture builds ($(find "$tmp/bilingual/cy" -name '*.html' | wc -l) of its pages in cy/)"
else
	tail -n 20 "$tmp/log"
	bad "the bilingual fixture builds"
	finish
fi

pages=$(find "$tmp/site" "$tmp/bilingual" -name '*.html' | wc -l)
$vnu --errors-only --skip-non-html "$tmp/site" "$tmp/bilingual" >"$tmp/vnu" 2>&1
status=$?
# Lines look like "file:/tmp/…/page.html":12.3-12.9: error: message
bad_pages=$(sed -nE 's/^"file:([^"]*)".*/\1/p' "$tmp/vnu" | sort -u | wc -l)
sed -e "s#file:$tmp/site/##" -e "s#file:$tmp/bilingual/#bilingual: #" "$tmp/vnu" | head -n 60
if [ "$status" -ne 0 ] && [ "$bad_pages" -eq 0 ]; then
	bad "the Nu HTML Checker ran (exit status $status)"
fi
pass=$((pass + pages - bad_pages))
fail=$((fail + bad_pages))
echo "$((pages - bad_pages)) of $pages pages have no HTML errors"

if $vnu --errors-only --css "$tmp/site"/static/*.css >"$tmp/css" 2>&1; then
	ok "stylesheets are valid CSS ($(ls "$tmp/site"/static/*.css | wc -l) files)"
else
	sed "s#file:$tmp/site/##" "$tmp/css" | head -n 20
	bad "stylesheets are valid CSS"
fi
finish
