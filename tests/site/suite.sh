#!/bin/sh
# Site checks on the default content: every internal link and #anchor resolves, two builds
# are byte-identical (also with different thread counts), and a failed build leaves the
# previous site untouched.
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok: $1"; }
bad() { fail=$((fail + 1)); echo "FAILED: $1"; }

if "$BUILD/plansite" build --out "$tmp/a" --jobs 1 >"$tmp/log" 2>&1; then
	ok "default content builds"
else
	cat "$tmp/log"
	bad "default content builds"
	echo "$pass passed, $fail failed"
	exit 1
fi

# Without a base URL the 404 page links from the host's root: the build summary says so.
if grep -q '404.html assumes the site is at the root of its host' "$tmp/log"; then
	ok "without a base URL the build says 404.html assumes the host root"
else
	cat "$tmp/log"
	bad "without a base URL the build says 404.html assumes the host root"
fi
# With one, 404.html uses the base URL's absolute addresses, never a /-rooted link.
if "$BUILD/plansite" build --out "$tmp/based" --base-url https://example.org/plans/ >"$tmp/based.log" 2>&1 &&
	! grep -q '404.html assumes' "$tmp/based.log" &&
	grep -q 'href="https://example.org/plans/index.html"' "$tmp/based/404.html" &&
	grep -q 'href="https://example.org/plans/static/plansite.css"' "$tmp/based/404.html" &&
	! grep -qE '(href|src)="/' "$tmp/based/404.html"; then
	ok "with a base URL 404.html links with absolute addresses"
else
	cat "$tmp/based.log"
	bad "with a base URL 404.html links with absolute addresses"
fi
rm -rf "$tmp/based"

# Links and anchors (the checker counts one check per page).
python3 tests/site/check_links.py "$tmp/a" >"$tmp/links" 2>&1
status=$?
tail -n 25 "$tmp/links"
lp=$(tail -n 1 "$tmp/links" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1/p')
lf=$(tail -n 1 "$tmp/links" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\2/p')
pass=$((pass + ${lp:-0}))
fail=$((fail + ${lf:-1}))
[ "$status" -eq 0 ] || [ "${lf:-1}" -gt 0 ] || fail=$((fail + 1))

# Determinism: same content, other thread count, identical tree.
"$BUILD/plansite" build --out "$tmp/b" --jobs 2 >/dev/null 2>&1
if diff -r "$tmp/a" "$tmp/b" >"$tmp/diff" 2>&1; then
	ok "two builds are byte-identical"
else
	head -n 20 "$tmp/diff"
	bad "two builds are byte-identical"
fi

# Atomicity: a broken content file fails the build and leaves the old site as it was.
cp -R content "$tmp/content"
before=$(cd "$tmp/a" && find . -type f -exec md5sum {} + | sort | md5sum)
printf 'id: [unclosed\n' >>"$tmp/content/site.yaml"
if "$BUILD/plansite" build --content "$tmp/content" --out "$tmp/a" >"$tmp/log" 2>&1; then
	bad "a broken content file fails the build"
else
	ok "a broken content file fails the build"
fi
if grep -qE '^[^:]+:[0-9]+:[0-9]+: error: ' "$tmp/log"; then
	ok "the failure is reported as file:line:col"
else
	cat "$tmp/log"
	bad "the failure is reported as file:line:col"
fi
after=$(cd "$tmp/a" && find . -type f -exec md5sum {} + | sort | md5sum)
if [ "$before" = "$after" ] && [ ! -e "$tmp/a.new" ]; then
	ok "the previous site is untouched"
else
	bad "the previous site is untouched"
fi

# A council theme overrides one template and one stylesheet without copying the theme.
mkdir -p "$tmp/theme/templates" "$tmp/theme/static"
printf 'extends: %s/themes/default\n' "$PWD" >"$tmp/theme/theme.yaml"
printf '{{<layout}}{{$main}}<h1>Our own about page</h1>{{/main}}{{/layout}}\n' >"$tmp/theme/templates/about.mustache"
printf 'body { color: #000; }\n' >"$tmp/theme/static/plansite.css"
if "$BUILD/plansite" build --content tests/golden/content --theme "$tmp/theme" --out "$tmp/themed" >"$tmp/log" 2>&1 &&
	grep -q 'Our own about page' "$tmp/themed/about/index.html" &&
	grep -q 'Cite this' "$tmp/themed/plans/2020-21/1-1/1/index.html" &&
	[ "$(cat "$tmp/themed/static/plansite.css")" = 'body { color: #000; }' ] &&
	[ -f "$tmp/themed/static/charts.css" ]; then
	ok "a theme that extends the default overrides single files"
else
	cat "$tmp/log"
	bad "a theme that extends the default overrides single files"
fi
# ... and single colour tokens: in the stylesheet and in the charts' SVG alike.
printf 'status.completed: "#1b6e3a"\n' >"$tmp/theme/tokens.yaml"
if "$BUILD/plansite" build --content tests/golden/content --theme "$tmp/theme" --out "$tmp/themed" >"$tmp/log" 2>&1 &&
	grep -q -- '--status-completed: #1b6e3a;' "$tmp/themed/static/brand.css" &&
	grep -q -- '--rag-green: #1a7f37;' "$tmp/themed/static/brand.css" &&
	grep -rq 'fill="#1b6e3a"' "$tmp/themed/plans"; then
	ok "a theme that extends the default overrides single colour tokens"
else
	cat "$tmp/log"
	bad "a theme that extends the default overrides single colour tokens"
fi
printf 'status.completed: green\nstatus.done: "#000"\n' >"$tmp/theme/tokens.yaml"
"$BUILD/plansite" build --content tests/golden/content --theme "$tmp/theme" --out "$tmp/themed" >"$tmp/log" 2>&1
if grep -q "tokens.yaml:1:19: error: 'status.completed' is not a colour" "$tmp/log" &&
	grep -q "tokens.yaml:2:1: warning: unknown colour token 'status.done'" "$tmp/log"; then
	ok "a colour token that is not a colour is an error with its position"
else
	cat "$tmp/log"
	bad "a colour token that is not a colour is an error with its position"
fi
rm -f "$tmp/theme/tokens.yaml"
# ... and single strings, down to how periods, deadlines and levels read everywhere.
mkdir -p "$tmp/theme/strings"
cat >"$tmp/theme/strings/en-GB.yaml" <<'YAML'
format:
  period: {quarter: "Chwarter {quarter} {year}"}
  deadline: {tbc: "I'w gadarnhau"}
levels: {measure: Mesur}
YAML
if "$BUILD/plansite" build --content tests/golden/content --theme "$tmp/theme" --out "$tmp/themed" \
	--base-url https://x.example/ >"$tmp/log" 2>&1 &&
	grep -rq 'Chwarter 1 2021/22' "$tmp/themed/plans" &&
	grep -q "I'w gadarnhau" "$tmp/themed/data/activities.csv" "$tmp/themed/data/deliverables.csv" &&
	grep -q 'Chwarter 1 2021/22' "$tmp/themed/data/plansite.json" &&
	grep -rq 'Chwarter' "$tmp/themed/search" &&
	grep -rq 'Mesur' "$tmp/themed/plans" &&
	! grep -rq 'Q1 2021/22' "$tmp/themed/plans" "$tmp/themed/data" "$tmp/themed/search" "$tmp/themed/feed.xml"; then
	ok "a theme words periods, deadlines and levels in pages, data and search"
else
	cat "$tmp/log"
	bad "a theme words periods, deadlines and levels in pages, data and search"
fi
printf 'format:\n  group_from: lots\n  money: "GBP"\n' >"$tmp/theme/strings/en-GB.yaml"
"$BUILD/plansite" build --content tests/golden/content --theme "$tmp/theme" --out "$tmp/themed" >"$tmp/log" 2>&1
if grep -q "strings/en-GB.yaml:2:15: error: 'format.group_from' must be a number" "$tmp/log" &&
	grep -q "strings/en-GB.yaml:3:10: error: 'format.money' must hold {number} once" "$tmp/log"; then
	ok "malformed number conventions are errors at the strings file"
else
	cat "$tmp/log"
	bad "malformed number conventions are errors at the strings file"
fi
rm -r "$tmp/theme/strings"
printf 'extend: ../default\n' >"$tmp/theme/theme.yaml"
"$BUILD/plansite" build --content tests/golden/content --theme "$tmp/theme" --out "$tmp/themed" >"$tmp/log" 2>&1
if grep -q "theme.yaml:1:1: error: unknown theme setting 'extend' (expected 'extends', 'base_language' or 'templates')" "$tmp/log"; then
	ok "a misspelt theme setting is an error with its position"
else
	cat "$tmp/log"
	bad "a misspelt theme setting is an error with its position"
fi

# Every SVG chart is well-formed XML with role, title and desc.
python3 - "$tmp/a" >"$tmp/svg" 2>&1 <<'PY'
import os, re, sys, subprocess
root = sys.argv[1]
bad = total = 0
for folder, _, files in os.walk(root):
    for name in files:
        if not name.endswith(".html"):
            continue
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        for svg in re.findall(r"<svg\b.*?</svg>", text, re.S):
            total += 1
            if 'xmlns=' not in svg.split(">", 1)[0]:
                svg = svg.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"', 1)
            r = subprocess.run(["xmllint", "--noout", "-"], input=svg.encode(), capture_output=True)
            head = svg.split(">", 1)[0]
            if r.returncode or 'role="img"' not in head or "<title" not in svg or "<desc" not in svg:
                bad += 1
                print(os.path.relpath(os.path.join(folder, name), root), r.stderr.decode()[:200])
print(f"svg {total} checked, {bad} bad")
sys.exit(1 if bad else 0)
PY
if [ $? -eq 0 ]; then ok "$(tail -n 1 "$tmp/svg")"; else tail -n 10 "$tmp/svg"; bad "svg charts"; fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
