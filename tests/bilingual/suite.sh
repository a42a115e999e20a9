#!/bin/sh
# suite.sh - a site in two languages: the fixture council in tests/bilingual/content
# (Example County Council / Cyngor Sir Enghraifft, en-GB and cy, every text translated but two).
# Checks the parity warnings (file:line:col) and the build summary per language, that
# --strict fails, golden pages of both trees (tests/bilingual/expected/, one tag per line as
# tests/golden does; `--update` rewrites them and prints the diff it accepts: review it), the
# hreflang links both ways on every page (check_hreflang.py), the lang marking of the
# untranslated texts, <html lang>, the Welsh strings, and the Welsh feed and sitemap.
# Prints "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
here=tests/bilingual
content=$here/content
base=https://plans.example.gov.uk/
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
finish() { echo "$pass passed, $fail failed"; [ "$fail" -eq 0 ]; exit; }
site=$tmp/site

if "$BUILD/plansite" build --content "$content" --out "$site" --jobs 2 >"$tmp/log" 2>&1; then
	ok "the fixture builds"
else
	cat "$tmp/log"
	bad "the fixture builds"
	finish
fi

# The golden pages: both trees' home, plan, one item (the activity without a Welsh title),
# one measure and the report page; the CSV with its translated columns and datapackage.json.
golden="index.html plans/2023-24/index.html plans/2023-24/1/2/index.html
plans/2023-24/measures/welsh-learners/index.html plans/2023-24/reports/q1-2023-24/index.html"
mkdir -p "$tmp/golden"
for f in $golden; do
	for t in "$f" "cy/$f"; do
		mkdir -p "$tmp/golden/$(dirname "$t")"
		cp "$site/$t" "$tmp/golden/$t"
	done
done
mkdir -p "$tmp/golden/data"
cp "$site/data/activities.csv" "$site/data/datapackage.json" "$tmp/golden/data/"
python3 tests/golden/normalise.py "$tmp/golden"
if [ "${1:-}" = "--update" ]; then
	diff -ruN "$here/expected" "$tmp/golden" | sed "s|$tmp/golden|(new)|"
	rm -rf "$here/expected"
	cp -R "$tmp/golden" "$here/expected"
	echo "golden files updated: $(find "$here/expected" -type f | wc -l) files"
	exit 0
fi
for f in $(cd "$tmp/golden" && find . -type f | sort); do
	if cmp -s "$tmp/golden/$f" "$here/expected/$f"; then
		ok "golden: ${f#./}"
	else
		bad "golden: ${f#./} differs"
		diff -u "$here/expected/$f" "$tmp/golden/$f" | head -20
	fi
done
for f in $(cd "$here/expected" && find . -type f | sort); do
	[ -f "$tmp/golden/$f" ] || bad "golden: ${f#./} is no longer checked (run with --update)"
done

# Parity: exactly the two untranslated texts are warnings, at their fields.
w1="$content/plans/2023-24/outcomes/1.yaml:26:5: warning: no Welsh (cy) text for 'title': add title@cy"
w2="$content/plans/2023-24/outcomes/2.yaml:6:1: warning: no Welsh (cy) text for 'description': add description@cy"
if grep -qxF "$w1" "$tmp/log" && grep -qxF "$w2" "$tmp/log" && [ "$(grep -c ': warning: ' "$tmp/log")" -eq 2 ]; then
	ok "the two untranslated texts are parity warnings at file:line:col, and nothing else warns"
else
	cat "$tmp/log"
	bad "the two untranslated texts are parity warnings at file:line:col, and nothing else warns"
fi
# The summary: each language's tree, its page count (its .html files) and untranslated texts.
en_pages=$(find "$site" -name '*.html' -not -path "$site/cy/*" | wc -l)
cy_pages=$(find "$site/cy" -name '*.html' | wc -l)
if grep -qxF "plansite: en-GB: $en_pages pages (the root), 0 text fields without a translation" "$tmp/log" &&
	grep -qxF "plansite: cy: $cy_pages pages (cy/), 2 text fields without a translation" "$tmp/log"; then
	ok "the build summary gives each language's pages ($en_pages, $cy_pages) and untranslated texts (0, 2)"
else
	grep '^plansite:' "$tmp/log"
	bad "the build summary gives each language's pages ($en_pages, $cy_pages) and untranslated texts (0, 2)"
fi
# --strict: the same two make the build fail, and nothing is written.
"$BUILD/plansite" build --strict --content "$content" --out "$tmp/strict" >"$tmp/strict.log" 2>&1
status=$?
if [ "$status" -eq 1 ] && [ ! -e "$tmp/strict" ] &&
	grep -q "^$content/plans/2023-24/outcomes/1.yaml:26:5: .*no Welsh (cy) text for 'title'" "$tmp/strict.log" &&
	grep -q "^$content/plans/2023-24/outcomes/2.yaml:6:1: .*no Welsh (cy) text for 'description'" "$tmp/strict.log"; then
	ok "--strict fails the build (exit 1) on the two untranslated texts and writes nothing"
else
	cat "$tmp/strict.log"
	bad "--strict fails the build (exit 1, was $status) on the two untranslated texts and writes nothing"
fi

# hreflang, both ways, on every page of both trees (and <html lang>).
python3 "$here/check_hreflang.py" "$site" "$base" >"$tmp/hreflang" 2>&1
tail -n 20 "$tmp/hreflang"
line=$(tail -n 1 "$tmp/hreflang")
p=$(echo "$line" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1/p')
f=$(echo "$line" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\2/p')
if [ -n "$p" ] && [ "$p" -eq $((en_pages + cy_pages)) ] && [ "$f" -eq 0 ]; then
	ok "hreflang: all $p pages link to their counterpart, which links back"
else
	bad "hreflang: every page links to its counterpart, which links back ($line)"
fi

# Every link of both trees resolves (the switcher's relative links included).
if python3 tests/site/check_links.py "$site" >"$tmp/links" 2>&1; then
	ok "links and anchors resolve on all pages of both trees ($(tail -n 1 "$tmp/links"))"
else
	tail -n 20 "$tmp/links"
	bad "links and anchors resolve on all pages of both trees"
fi

# <html lang> is the tree's language on every page.
n=$(grep -L '^<html lang="cy">' $(find "$site/cy" -name '*.html') | wc -l)
m=$(grep -L '^<html lang="en-GB">' $(find "$site" -name '*.html' -not -path "$site/cy/*") | wc -l)
if [ "$n" -eq 0 ] && [ "$m" -eq 0 ]; then
	ok "<html lang> is cy on all $cy_pages Welsh pages and en-GB on all $en_pages English pages"
else
	bad "<html lang>: $n Welsh pages without lang=\"cy\", $m English pages without lang=\"en-GB\""
fi

# The untranslated texts on the Welsh pages are marked with their language; on the English
# pages nothing is marked en-GB but the language switcher's link.
python3 - "$site" >"$tmp/marked" 2>&1 <<'PY'
import os, sys
from html.parser import HTMLParser
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
TEXTS = ["Open a repair café in every town", "Adults and children can learn Welsh close to home."]
class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.body, self.found = [], False, []
    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.body = True
        if tag not in VOID:
            self.stack.append(dict(attrs).get("lang"))
    def handle_endtag(self, tag):
        if tag not in VOID and self.stack:
            self.stack.pop()
    def handle_data(self, data):
        for t in TEXTS:
            if self.body and t in data:
                self.found.append((t, next((l for l in reversed(self.stack) if l), None)))
site = sys.argv[1]
marked, unmarked = 0, []
for folder, _, files in os.walk(os.path.join(site, "cy")):
    for name in files:
        if name.endswith(".html"):
            path = os.path.join(folder, name)
            p = P()
            p.feed(open(path, encoding="utf-8").read())
            for t, lang in p.found:
                if lang == "en-GB":
                    marked += 1
                else:
                    unmarked.append(f"{os.path.relpath(path, site)}: '{t}' in lang {lang}")
print("\n".join(unmarked[:10]))
print(f"{marked} marked, {len(unmarked)} unmarked")
PY
if grep -q '^<h1 lang="en-GB">Open a repair café in every town' "$tmp/golden/cy/plans/2023-24/1/2/index.html" &&
	grep -q '<a href="../../../plans/2023-24/1/2/index.html" lang="en-GB">Open a repair café in every town' "$site/cy/plans/2023-24/1/index.html" &&
	grep -A1 '^<div lang="en-GB">$' "$site/cy/plans/2023-24/2/index.html" | grep -qx '<p>Adults and children can learn Welsh close to home.</p>'; then
	ok "the untranslated title is marked lang=\"en-GB\" on its Welsh page's h1 and its outcome's list, the description in a <div lang=\"en-GB\">"
else
	bad "the untranslated title is marked lang=\"en-GB\" on its Welsh page's h1 and its outcome's list, the description in a <div lang=\"en-GB\">"
fi
# ...and everywhere else a Welsh page shows them in its body (report, browse lists, citation).
line=$(tail -n 1 "$tmp/marked")
if echo "$line" | grep -qE '^[1-9][0-9]* marked, 0 unmarked$'; then
	ok "the untranslated texts are marked lang=\"en-GB\" wherever the Welsh pages show them ($line)"
else
	sed '$d' "$tmp/marked"
	bad "the untranslated texts are marked lang=\"en-GB\" wherever the Welsh pages show them ($line)"
fi
if ! grep -l 'lang="en-GB">Open a repair' $(find "$site" -name '*.html' -not -path "$site/cy/*") >/dev/null 2>&1; then
	ok "the English pages do not mark the same title"
else
	bad "the English pages mark the default language's title"
fi

# The Welsh tree's words are the theme's Welsh strings (read from the strings file).
python3 - "$site" themes/default/strings >"$tmp/strings" 2>&1 <<'PY'
import re, sys, yaml
site, strings = sys.argv[1], sys.argv[2]
bad = 0
for tree, lang in (("cy/", "cy"), ("", "en-GB")):
    s = yaml.safe_load(open(f"{strings}/{lang}.yaml", encoding="utf-8"))
    page = open(f"{site}/{tree}search/index.html", encoding="utf-8").read()
    home = open(f"{site}/{tree}index.html", encoding="utf-8").read()
    want = [("search heading", f"<h1>{s['page']['search']['heading']}</h1>", page),
            ("nav search", f">{s['nav']['search']}</a>", home),
            ("nav home", f">{s['nav']['home']}</a>", page),
            ("nav plans", f">{s['nav']['plans']}</a>", page)]
    for what, text, html in want:
        if text not in html:
            bad += 1
            print(f"{tree or '(root)'}: {what}: '{text}' not found")
    other = "Cymraeg" if lang == "en-GB" else "English"
    if not re.search(rf'hreflang="(cy|en-GB)">{other}</a>', home):
        bad += 1
        print(f"{tree or '(root)'}: the switcher does not name the other language '{other}'")
print("bad", bad)
PY
if grep -qx 'bad 0' "$tmp/strings"; then
	ok "each tree's search page and navigation use its language's strings (cy: $(sed -n 's/^  search: //p' themes/default/strings/cy.yaml | head -n 1))"
else
	cat "$tmp/strings"
	bad "each tree's search page and navigation use its language's strings"
fi

# The Welsh feed and sitemap: every address below BASE/cy/; the root's have none of them.
cy_locs=$(grep -o '<loc>[^<]*</loc>' "$site/cy/sitemap.xml" | wc -l)
cy_other=$(grep -o '<loc>[^<]*</loc>' "$site/cy/sitemap.xml" | grep -vc "<loc>${base}cy/")
root_cy=$(grep -c "<loc>${base}cy/" "$site/sitemap.xml")
if [ "$cy_locs" -gt 0 ] && [ "$cy_other" -eq 0 ] && [ "$root_cy" -eq 0 ] &&
	grep -qx "Sitemap: ${base}cy/sitemap.xml" "$site/robots.txt" && grep -qx "Sitemap: ${base}sitemap.xml" "$site/robots.txt"; then
	ok "cy/sitemap.xml lists $cy_locs addresses, all below ${base}cy/; robots.txt names both sitemaps"
else
	bad "cy/sitemap.xml: $cy_locs addresses, $cy_other not below ${base}cy/; the root's has $root_cy"
fi
feed_other=$(grep -oE '(href="|<id>)https?://[^"<]*' "$site/cy/feed.xml" | sed -E 's/^(href="|<id>)//' | grep -vc "^${base}cy/")
if [ -f "$site/cy/feed.xml" ] && [ "$feed_other" -eq 0 ] &&
	grep -q "<id>${base}cy/feed.xml</id>" "$site/cy/feed.xml" &&
	grep -q "<id>${base}cy/plans/2023-24/reports/q1-2023-24/</id>" "$site/cy/feed.xml" &&
	grep -q '<title>Cynllun Corfforaethol 2023/24: Adroddiad monitro chwarter 1</title>' "$site/cy/feed.xml"; then
	ok "cy/feed.xml: the Welsh report entry, every address below ${base}cy/"
else
	head -c 1500 "$site/cy/feed.xml"
	bad "cy/feed.xml: the Welsh report entry, every address below ${base}cy/ ($feed_other elsewhere)"
fi
finish
