#!/bin/sh
# Theme documentation: the keys themes/default/README.md documents for each kind of page are
# exactly those `plansite template-data` finds in the pages' data of the test content and the
# default content (joined: a key either has counts), both ways; and every strings file of the
# default theme matches en-GB.yaml key by key (tests/theme/check_strings.py).
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
for content in tests/golden/content content; do
	n=$((n + 1))
	if ! "$BUILD/plansite" template-data --content "$content" >"$tmp/data$n" 2>"$tmp/err"; then
		cat "$tmp/err"
		echo "FAILED: plansite template-data --content $content"
		echo "0 passed, 1 failed"
		exit 1
	fi
done
python3 tests/theme/check_readme.py themes/default/README.md "$tmp/data1" "$tmp/data2" >"$tmp/out"
status=$?
grep -v '^[0-9]* passed, [0-9]* failed$' "$tmp/out"
pass=$(sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1/p' "$tmp/out")
fail=$(sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\2/p' "$tmp/out")
pass=${pass:-0}
fail=${fail:-1}
[ "$status" -eq 0 ] || [ "$fail" -gt 0 ] || fail=$((fail + 1))
ok() { pass=$((pass + 1)); echo "ok: $1"; }
bad() { fail=$((fail + 1)); echo "FAILED: $1"; }

# --kind prints that kind alone, with the same lines as the whole listing.
"$BUILD/plansite" template-data --content tests/golden/content --kind item >"$tmp/item"
if [ "$(head -n 1 "$tmp/item")" = item ] &&
	[ "$(grep -c '^[a-z]' "$tmp/item")" -eq 1 ] &&
	sed -n '/^item$/,/^$/p' "$tmp/data1" | sed '/^$/d' | diff - "$tmp/item" >/dev/null; then
	ok "--kind item prints the item pages' keys alone"
else
	bad "--kind item prints the item pages' keys alone"
fi
# An unknown kind is a usage error naming the kinds there are.
"$BUILD/plansite" template-data --content tests/golden/content --kind nope >/dev/null 2>"$tmp/err"
if [ $? -eq 2 ] && grep -q "unknown kind of page 'nope' (expected one of home, plan, item" "$tmp/err"; then
	ok "an unknown --kind is a usage error listing the kinds"
else
	cat "$tmp/err"
	bad "an unknown --kind is a usage error listing the kinds"
fi
# The same content gives the same listing.
"$BUILD/plansite" template-data --content tests/golden/content >"$tmp/again"
if cmp -s "$tmp/data1" "$tmp/again"; then
	ok "the listing is deterministic"
else
	bad "the listing is deterministic"
fi

# Every strings file of the default theme has en-GB.yaml's keys, no others, the same
# parameters in each text and every plural form its language needs; each check counts.
python3 tests/theme/check_strings.py themes/default/strings >"$tmp/strings"
status=$?
grep -v '^[0-9]* passed, [0-9]* failed$' "$tmp/strings"
sp=$(sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1/p' "$tmp/strings")
sf=$(sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\2/p' "$tmp/strings")
sp=${sp:-0}
sf=${sf:-1}
[ "$status" -eq 0 ] || [ "$sf" -gt 0 ] || sf=$((sf + 1))
pass=$((pass + sp))
fail=$((fail + sf))
# The check finds each kind of difference: a key missing, a key en-GB lacks, a parameter
# renamed, a plural form missing, each named with its file and key.
mkdir "$tmp/broken"
cp themes/default/strings/en-GB.yaml "$tmp/broken/"
sed -e 's/^  home: .*/&\n  homme: Typo/' -e '/^  plans: /d' \
	-e 's/"Dyddiadau terfyn: {plan}"/"Dyddiadau terfyn: {cynllun}"/' \
	-e '/^    bytes: /s/few: "[^"]*", //' \
	themes/default/strings/cy.yaml >"$tmp/broken/cy.yaml"
python3 tests/theme/check_strings.py "$tmp/broken" >"$tmp/broken.out"
if [ $? -ne 0 ] && grep -q '^0 passed, 4 failed$' "$tmp/broken.out" &&
	grep -q 'cy.yaml: nav.plans: missing' "$tmp/broken.out" &&
	grep -q 'cy.yaml: nav.homme: not a key of en-GB.yaml' "$tmp/broken.out" &&
	grep -q 'cy.yaml: plans.deadlines.title: parameters {cynllun}, en-GB has {plan}' "$tmp/broken.out" &&
	grep -q 'cy.yaml: site_pages.data.bytes: lacks plural form few' "$tmp/broken.out"; then
	ok "check_strings.py names a missing key, an extra key, a renamed parameter and a missing plural form"
else
	cat "$tmp/broken.out"
	bad "check_strings.py names a missing key, an extra key, a renamed parameter and a missing plural form"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
