#!/bin/sh
# suite.sh - standards checks with ajv (npm, pinned in package-lock.json):
#  - data/datapackage.json of the default site against the Frictionless Data v1 profiles
#    shipped in the npm datapackage package (tabular-data-package, tabular-data-resource);
#  - the content JSON Schema (`plansite schema`) compiles in ajv's strict mode;
#  - so does the data schema data/plansite.schema.json, and plansite.json, every index.json
#    and the dump of tests/content/valid are valid against it;
#  - the schema and `plansite check` agree on every file of tests/content (the valid tree and
#    the broken cases that tests/content/suite.sh checks): a file is invalid for the schema
#    exactly when check reports an error in it, but for the files in schema-exceptions.txt.
# Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
here=tests/standards
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
finish() { echo "$pass passed, $fail failed"; [ "$fail" -eq 0 ]; exit; }

for tool in node npm python3; do
	command -v "$tool" >/dev/null 2>&1 || { bad "$tool is installed (sh tests/tools/deps.sh test)"; finish; }
done
python3 -c 'import yaml' 2>/dev/null || { bad "python3-yaml is installed (sh tests/tools/deps.sh test)"; finish; }

stamp=$here/node_modules/.plansite-lock
if [ -f "$stamp" ] && cmp -s "$stamp" "$here/package-lock.json"; then
	ok "npm packages already installed"
elif (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >"$tmp/npm" 2>&1; then
	cp "$here/package-lock.json" "$stamp"
	ok "npm ci (ajv, ajv-draft-04, ajv-formats, datapackage)"
else
	grep -v 'Unknown user config' "$tmp/npm" | tail -n 20
	bad "npm ci (ajv, ajv-draft-04, ajv-formats, datapackage)"
	finish
fi

# Frictionless profiles.
if "$BUILD/plansite" build --out "$tmp/site" --base-url https://plans.example.org/ >"$tmp/log" 2>&1; then
	node "$here/check_datapackage.mjs" "$tmp/site/data/datapackage.json" >"$tmp/dp" 2>&1
	status=$?
	grep FAIL -A 4 "$tmp/dp" | head -n 30
	n_ok=$(grep -c '^ok' "$tmp/dp")
	n_bad=$(grep -c '^FAIL' "$tmp/dp")
	if [ "$status" -eq 0 ] && [ "$n_ok" -gt 1 ] && [ "$n_bad" -eq 0 ]; then
		ok "datapackage.json and its $((n_ok - 1)) resources pass the Frictionless v1 profiles"
	else
		tail -n 5 "$tmp/dp"
		bad "datapackage.json passes the Frictionless v1 profiles ($n_bad failed)"
	fi
else
	tail -n 20 "$tmp/log"
	bad "default content builds"
fi

# The content schema in strict mode.
"$BUILD/plansite" schema >"$tmp/schema.json"
if node "$here/check_schema.mjs" "$tmp/schema.json" >"$tmp/strict" 2>&1; then
	ok "the content schema compiles in ajv strict mode"
else
	cat "$tmp/strict"
	bad "the content schema compiles in ajv strict mode"
	finish
fi

# The data schema (generated from the writer's field tables) in strict mode, and the data it
# describes: plansite.json, every item's index.json (definitions/item) and the dump of the
# content tests' valid tree, which has the record kinds the default content lacks.
plansite=$(cd "$BUILD" && pwd)/plansite
if [ -f "$tmp/site/data/plansite.schema.json" ] &&
	(cd tests/content/valid && "$plansite" dump --content .) >"$tmp/dump.json" 2>/dev/null; then
	find "$tmp/site" -name index.json -path '*/plans/*' | LC_ALL=C sort >"$tmp/items"
	node "$here/check_schema.mjs" "$tmp/site/data/plansite.schema.json" \
		"$tmp/site/data/plansite.json" "$tmp/dump.json" >"$tmp/data" 2>&1
	status=$?
	# shellcheck disable=SC2046 # one argument per file; the paths have no spaces
	node "$here/check_schema.mjs" "$tmp/site/data/plansite.schema.json" --definition item \
		$(cat "$tmp/items") >>"$tmp/data" 2>&1 || status=1
	n_valid=$(grep -c '^valid ' "$tmp/data")
	if [ "$status" -eq 0 ] && ! grep -q '^invalid ' "$tmp/data" &&
		[ "$n_valid" -eq $(($(wc -l <"$tmp/items") + 2)) ]; then
		ok "the data schema compiles in ajv strict mode; plansite.json, the dump and $(wc -l <"$tmp/items") index.json files are valid"
	else
		grep -v '^valid ' "$tmp/data" | head -n 10
		bad "the data schema compiles in ajv strict mode and the data is valid against it"
	fi
else
	bad "the data schema and the valid tree's dump are there"
fi

# Schema and check agree, file by file.
files=$(cd tests/content && find valid cases -name '*.yaml' | LC_ALL=C sort)
# shellcheck disable=SC2086 # one argument per file; the paths have no spaces
(cd tests/content && python3 "../standards/yaml_to_json.py" "$tmp" $files) >"$tmp/map"
# shellcheck disable=SC2046
node "$here/check_schema.mjs" "$tmp/schema.json" $(awk '$1 != "-" { print $1 }' "$tmp/map") >"$tmp/verdicts"
python3 - "$tmp/map" "$tmp/verdicts" "$here/schema-exceptions.txt" >"$tmp/agree" <<'PY'
import sys
names = {}
for line in open(sys.argv[1]):
    json_path, path = line.split()
    if json_path != "-":
        names[json_path] = path
exceptions = {}
for line in open(sys.argv[3]):
    if line.strip() and not line.startswith("#"):
        path, why = line.rstrip("\n").split("\t", 1)
        exceptions[path] = why
for line in open(sys.argv[2]):
    verdict, rest = line.split(" ", 1)
    if verdict not in ("valid", "invalid"):
        continue
    json_path, _, why = rest.partition(": ")
    path = names[json_path.strip()]
    check = "valid"
    if path.startswith("cases/"):
        case, rel = path.split("/", 2)[1:]
        for e in open("tests/content/cases/%s/expected" % case):
            if e.startswith(rel + ":") and ": error: " in e:
                check = "invalid"
    agree = verdict == check
    if path in exceptions:
        print(("ok   " if not agree else "FAIL ") + "%s: check says %s, the schema %s (%s)"
              % (path, check, verdict, exceptions[path]))
    else:
        print(("ok   " if agree else "FAIL ") + "%s: check says %s, the schema %s %s"
              % (path, check, verdict, why.strip()[:300] if not agree else ""))
PY
cat "$tmp/agree"
pass=$((pass + $(grep -c '^ok' "$tmp/agree")))
fail=$((fail + $(grep -c '^FAIL' "$tmp/agree")))
[ "$(grep -c '' "$tmp/agree")" -gt 100 ] || bad "every content file was compared ($(grep -c '' "$tmp/agree") lines)"
finish
