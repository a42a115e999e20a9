#!/bin/sh
# suite.sh [--update] - `plansite report new` and `plansite report import` on the golden
# fixture content (tests/golden/content, plan 2020-21).
#
# 1. Round trip: the plan's data/*.csv from a build are edited as a spreadsheet program would
#    (spreadsheet.py: columns reversed, BOM, CRLF, quoted line breaks), imported as the next
#    quarter, checked, built again; the new report file must equal roundtrip.expected.yaml and
#    the new build's CSV and pages must show what was put in.
# 2. `report new` writes new.expected.yaml; refusals leave files as they were.
# 3. Each cases/NAME/ holds spreadsheets (mostly broken), `args` (the files and options after
#    `report import 2020-21`, quoted as in a shell) and `expected`: the messages printed
#    (quoted lines left out), then what it printed on success, and a last line `exit N`. A failed import writes nothing.
# --update rewrites the expected files from the current output: review the diff. The last
# line is "N passed, N failed".
set -u
cd "$(dirname "$0")"
here=$(pwd)
BUILD=${BUILD:-build}
case "$BUILD" in /*) plansite=$BUILD/plansite ;; *) plansite=$here/../../$BUILD/plansite ;; esac
update=0
[ "${1:-}" = "--update" ] && update=1
if [ ! -x "$plansite" ]; then
	echo "report: $plansite not found (run make first)" >&2
	echo "0 passed, 1 failed"
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() {
	fail=$((fail + 1))
	echo "FAIL $1"
	[ -f "$tmp/out" ] && sed 's/^/   | /' "$tmp/out"
	rm -f "$tmp/out"
}
# check NAME COMMAND...: passes when the command succeeds; shows its output otherwise.
check() { name=$1; shift; if "$@" >"$tmp/out" 2>&1; then ok "$name"; else bad "$name"; fi; }
# same NAME EXPECTED GOT: the files are equal (or EXPECTED is rewritten with --update).
same() {
	if cmp -s "$2" "$3"; then
		ok "$1"
	elif [ "$update" = 1 ]; then
		cp "$3" "$2"
		echo "updated $2"
		ok "$1"
	else
		diff -u "$2" "$3" >"$tmp/out"
		bad "$1"
	fi
}
fixture=$here/../golden/content
theme=$here/../../themes/default
reports=plans/2020-21/reports

# ---- 1. round trip ----
cp -R "$fixture" "$tmp/content"
check "round trip: build the fixture" "$plansite" build --content "$tmp/content" --theme "$theme" \
	--out "$tmp/before" --jobs 2
data=$tmp/before/data/2020-21
cat >"$tmp/measures.json" <<'JSON'
{"reverse_columns": true, "bom": true, "crlf": true,
 "rows": {"employment-rate": {"period": "Q4 2020/21", "actual": "71.5", "target": "72",
  "rag": "Green", "short_trend": "improving", "last_update": "Q4 2020/21",
  "why_off_target": "", "back_on_track": "", "note": "On target again.",
  "actions": "Keep the new service, \"Work Path\",\nrunning."}}}
JSON
cat >"$tmp/activities.json" <<'JSON'
{"crlf": true,
 "rows": {"1-1/1": {"period": "2020/21 Q4", "status": "completed", "confidence": "",
  "note": "Done: 120 people \"in work\", of 100 planned."}}}
JSON
cat >"$tmp/deliverables.json" <<'JSON'
{"bom": true,
 "rows": {"1-1/1/apprenticeships": {"period": "2020/21 Q4", "status": "In progress",
  "confidence": "on-track", "note": "Line one,\nline two."}}}
JSON
for t in measures activities deliverables; do
	python3 spreadsheet.py "$data/$t.csv" "$tmp/$t.csv" "$tmp/$t.json" || bad "edit $t.csv"
done
if head -c 3 "$tmp/measures.csv" | od -An -tx1 | grep -q 'ef bb bf' &&
	grep -q "$(printf '\r')" "$tmp/measures.csv"; then
	ok "round trip: the edited sheet has a BOM and CRLF"
else
	bad "round trip: the edited sheet has a BOM and CRLF"
fi
(cd "$tmp" && "$plansite" report import 2020-21 measures.csv activities.csv deliverables.csv \
	--content content) >"$tmp/import.stdout" 2>"$tmp/import.stderr"
echo "exit $?" >>"$tmp/import.stdout"
cat "$tmp/import.stderr" >>"$tmp/import.stdout"
same "round trip: import prints what it did" roundtrip.stdout "$tmp/import.stdout"
same "round trip: the new report file" roundtrip.expected.yaml "$tmp/content/$reports/q4-2020-21.yaml"
check "round trip: plansite check accepts it" "$plansite" check --content "$tmp/content"
check "round trip: build with it" "$plansite" build --content "$tmp/content" --theme "$theme" \
	--out "$tmp/after" --jobs 2
new=$tmp/after/data/2020-21
check "round trip: measures.csv has the new figures" python3 check_csv.py "$new/measures.csv" \
	employment-rate period="2020/21 Q4" actual=71.5 target=72 rag=green \
	short_trend=improving long_trend=no-change last_update="Q4 2020/21" note="On target again." \
	why_off_target= actions='Keep the new service, "Work Path",\nrunning.' \
	latest_report=q4-2020-21 latest_report_date=2021-03-31
check "round trip: activities.csv has the new status" python3 check_csv.py "$new/activities.csv" \
	1-1/1 period="2020/21 Q4" status=completed confidence= latest_report=q4-2020-21 \
	note='Done: 120 people "in work", of 100 planned.'
check "round trip: an activity not in the sheet keeps its last report" python3 check_csv.py \
	"$new/activities.csv" 1-2/1 status=completed period="2020/21 Q2" latest_report=q2-2020-21
check "round trip: deliverables.csv has the new status" python3 check_csv.py \
	"$new/deliverables.csv" 1-1/1/apprenticeships status=in-progress confidence=on-track \
	period="2020/21 Q4"
page=$tmp/after/$reports/q4-2020-21/index.html
check "round trip: the report page shows the figure" grep -q '71\.5' "$page"
check "round trip: the report page shows the note" grep -q 'Work Path' "$page"
check "round trip: the measure page shows the figure" grep -q '71\.5' \
	"$tmp/after/plans/2020-21/measures/employment-rate/index.html"

# Importing again refuses, and changes nothing.
sum=$(cksum <"$tmp/content/$reports/q4-2020-21.yaml")
(cd "$tmp" && "$plansite" report import 2020-21 measures.csv --content content) >/dev/null 2>"$tmp/out"
status=$?
if [ $status -eq 1 ] && grep -q 'already exists: it was not changed' "$tmp/out" &&
	[ "$sum" = "$(cksum <"$tmp/content/$reports/q4-2020-21.yaml")" ]; then
	ok "round trip: a second import refuses to overwrite"
else
	bad "round trip: a second import refuses to overwrite (exit $status)"
fi

# ---- 2. report new ----
cp -R "$fixture" "$tmp/new"
(cd "$tmp" && "$plansite" report new 2020-21 --period "Q3 2020/21" --content new) >"$tmp/out" 2>&1
if [ $? -eq 0 ] && grep -qx "plansite: wrote new/$reports/q3-2020-21.yaml: 2 activities, 1 deliverables and 1 measures to fill in (finished and closed items left out)" "$tmp/out"; then
	ok "new: writes the report and says what is in it"
else
	bad "new: writes the report and says what is in it"
fi
same "new: the report to fill in" new.expected.yaml "$tmp/new/$reports/q3-2020-21.yaml"
check "new: plansite check accepts it as written" "$plansite" check --content "$tmp/new"
before=$(ls "$tmp/new/$reports" | wc -l)
# refuses NAME WANT ARGS...: report new fails with message WANT and writes nothing.
refuses() {
	name=$1
	want=$2
	shift 2
	"$plansite" report new 2020-21 "$@" --content "$tmp/new" >/dev/null 2>"$tmp/out"
	status=$?
	if [ $status -ne 0 ] && [ "$(ls "$tmp/new/$reports" | wc -l)" = "$before" ] &&
		grep -qF "$want" "$tmp/out" && grep -q 'nothing was written' "$tmp/out"; then
		ok "new: refuses $name"
	else
		bad "new: refuses $name (exit $status)"
	fi
}
refuses "a file that exists" "new/$reports/q3-2020-21.yaml already exists: it was not changed" \
	--period "2020/21 Q3" --id q3-2020-21
refuses "a period not after the latest report's" \
	"error: the new report's period 2020/21 Q2 is not after 2020/21 Q3, the period of the latest report 'q3-2020-21'" \
	--period "2020/21 Q2" --id again
refuses "a date not after the latest report's" \
	"error: the new report's date 2020-12-31 is not after 2020-12-31, the as_of of the latest report 'q3-2020-21'" \
	--period "2020/21 Q4" --as-of 2020-12-31
refuses "an impossible date" "invalid date '2021-02-29' for --as-of: February 2021 has 28 days" \
	--period "2020/21 Q4" --as-of 2021-02-29
refuses "an impossible period" "invalid period '2020/21 Q5'" --period "2020/21 Q5"
refuses "an existing report id" "plan '2020-21' already has a report 'q1-2020-21'" \
	--period "2020/21 Q4" --id q1-2020-21

# An item dropped from the plan is left out of a new report and refused by an import.
cp -R "$fixture" "$tmp/dropped"
sed -i 's/^  - id: employment-rate$/&\n    dropped_in: q2-2020-21/' "$tmp/dropped/plans/2020-21/measures/measures.yaml"
sed -i '/^measures:/,$d' "$tmp/dropped/$reports/q2-2020-21.yaml" # the report that dropped it
check "dropped: the fixture with a dropped measure is valid" "$plansite" check --content "$tmp/dropped"
"$plansite" report new 2020-21 --period "2020/21 Q3" --content "$tmp/dropped" >"$tmp/out" 2>&1
if grep -q ' and 0 measures to fill in' "$tmp/out" &&
	! grep -q 'employment-rate' "$tmp/dropped/$reports/q3-2020-21.yaml"; then
	ok "dropped: report new leaves the dropped measure out"
else
	bad "dropped: report new leaves the dropped measure out"
fi
rm -f "$tmp/dropped/$reports/q3-2020-21.yaml"
printf 'ref,period,actual\nemployment-rate,2020/21 Q3,70\n' >"$tmp/dropped.csv"
(cd "$tmp" && "$plansite" report import 2020-21 dropped.csv --content dropped) >/dev/null 2>"$tmp/out"
if [ $? -eq 1 ] && grep -qx "dropped.csv:2:1: error: column A (ref): 'employment-rate' left the plan in report 'q2-2020-21' (its dropped_in): a later report cannot give it values" "$tmp/out"; then
	ok "dropped: report import refuses values for the dropped measure"
else
	bad "dropped: report import refuses values for the dropped measure"
fi

# ---- a withheld figure: the suppressed column becomes suppressed:, with no number ----
rm -rf "$tmp/supp"
cp -R "$fixture" "$tmp/supp"
printf 'ref,period,actual,suppressed,rag\r\nemployment-rate,2020/21 Q3,,fewer than 5,data-only\r\n' \
	>"$tmp/supp.csv"
if "$plansite" report import 2020-21 "$tmp/supp.csv" --content "$tmp/supp" >/dev/null 2>&1 &&
	grep -qx '    suppressed: fewer than 5' "$tmp/supp/$reports/q3-2020-21.yaml" &&
	! grep -q 'actual' "$tmp/supp/$reports/q3-2020-21.yaml" &&
	"$plansite" check --content "$tmp/supp" >/dev/null 2>&1; then
	ok "suppressed: import writes the rule and no figure, and check accepts it"
else
	bad "suppressed: import writes the rule and no figure, and check accepts it"
fi

# ---- 3. broken spreadsheets ----
for dir in cases/*/; do
	name=$(basename "$dir")
	rm -rf "$tmp/case"
	cp -R "$fixture" "$tmp/case"
	# args holds files and options, quoted as in a shell
	(cd "$dir" && eval "set -- $(cat args)" &&
		"$plansite" report import 2020-21 "$@" --content "$tmp/case") >"$tmp/stdout" 2>"$tmp/stderr"
	status=$?
	grep -v '^ ' "$tmp/stderr" | cat - "$tmp/stdout" | sed "s|$tmp/case|CONTENT|g" >"$tmp/got"
	echo "exit $status" >>"$tmp/got"
	if [ $status -ne 0 ] &&
		[ -n "$(cd "$tmp/case/$reports" && ls -A | grep -v '^q[12]-2020-21.yaml$')" ]; then
		echo "case $name wrote a file" >"$tmp/out"
		bad "case $name: nothing written"
	fi
	same "case $name" "$dir/expected" "$tmp/got"
done
# ---- 4. a site in two languages (site.yaml languages: [en-GB, cy]) ----
# report new writes an empty FIELD@cy line under every text field; an import reads the
# exports' Welsh columns (note_cy) into FIELD@cy; translated columns the site cannot take are
# refused at their header cell (languages/*.expected; cases/one-language for a site in one).
cp -R "$fixture" "$tmp/cy"
echo 'languages: [en-GB, cy]' >>"$tmp/cy/site.yaml"
(cd "$tmp" && "$plansite" report new 2020-21 --period "2020/21 Q3" --content cy) >"$tmp/out" 2>&1 ||
	bad "languages: report new"
same "languages: the report to fill in has the Welsh fields" new-cy.expected.yaml \
	"$tmp/cy/$reports/q3-2020-21.yaml"
check "languages: plansite check accepts it as written" "$plansite" check --content "$tmp/cy"
"$plansite" check --content "$tmp/cy" >"$tmp/cy.check" 2>&1
if grep -qF "q3-2020-21.yaml:12:1: warning: no Welsh (cy) text for 'title': add title@cy" \
	"$tmp/cy.check"; then
	ok "languages: an empty translation is left out, and check says so"
else
	bad "languages: an empty translation is left out, and check says so"
fi
rm -f "$tmp/cy/$reports/q3-2020-21.yaml"
check "languages: build the fixture" "$plansite" build --content "$tmp/cy" --theme "$theme" \
	--out "$tmp/cy-before" --jobs 2
cat >"$tmp/cy-measures.json" <<'JSON'
{"reverse_columns": true, "bom": true, "crlf": true,
 "rows": {"employment-rate": {"period": "2020/21 Q4", "actual": "71.5", "target": "72",
  "rag": "green", "last_update": "2020/21 Q4", "why_off_target": "", "back_on_track": "",
  "note": "On target again.", "note_cy": "Ar y targed eto.",
  "actions": "Keep the new service running.",
  "actions_cy": "Cadw'r gwasanaeth newydd,\n\"Llwybr Gwaith\", i redeg."}}}
JSON
cat >"$tmp/cy-activities.json" <<'JSON'
{"rows": {"1-1/1": {"period": "2020/21 Q4", "status": "completed", "confidence": "",
  "note": "Done.", "note_cy": "Wedi'i wneud."}}}
JSON
for t in measures activities; do
	python3 spreadsheet.py "$tmp/cy-before/data/2020-21/$t.csv" "$tmp/cy-$t.csv" \
		"$tmp/cy-$t.json" || bad "languages: edit $t.csv"
done
check "languages: import the Welsh columns" "$plansite" report import 2020-21 \
	"$tmp/cy-measures.csv" "$tmp/cy-activities.csv" --content "$tmp/cy"
same "languages: the imported report has FIELD@cy" roundtrip-cy.expected.yaml \
	"$tmp/cy/$reports/q4-2020-21.yaml"
check "languages: plansite check accepts it" "$plansite" check --content "$tmp/cy"
check "languages: build with it" "$plansite" build --content "$tmp/cy" --theme "$theme" \
	--out "$tmp/cy-after" --jobs 2
check "languages: measures.csv has the Welsh note" python3 check_csv.py \
	"$tmp/cy-after/data/2020-21/measures.csv" employment-rate note="On target again." \
	note_cy="Ar y targed eto." actions_cy='Cadw'"'"'r gwasanaeth newydd,\n"Llwybr Gwaith", i redeg.'
check "languages: activities.csv has the Welsh note" python3 check_csv.py \
	"$tmp/cy-after/data/2020-21/activities.csv" 1-1/1 note=Done. note_cy="Wedi'i wneud."
check "languages: the Welsh report page shows the Welsh note" grep -q 'Llwybr Gwaith' \
	"$tmp/cy-after/cy/$reports/q4-2020-21/index.html"
rm -f "$tmp/cy/$reports/q4-2020-21.yaml"
for name in header rows; do
	(cd languages && "$plansite" report import 2020-21 "$name.csv" --content "$tmp/cy") \
		>"$tmp/stdout" 2>"$tmp/stderr"
	status=$?
	grep -v '^ ' "$tmp/stderr" | cat - "$tmp/stdout" >"$tmp/got"
	echo "exit $status" >>"$tmp/got"
	if [ $status -ne 0 ] && [ -n "$(cd "$tmp/cy/$reports" && ls -A | grep -v '^q[12]-2020-21.yaml$')" ]; then
		echo "languages $name wrote a file" >"$tmp/out"
		bad "languages: $name.csv: nothing written"
	fi
	same "languages: $name.csv is refused" "languages/$name.expected" "$tmp/got"
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
