#!/bin/sh
# suite.sh [--update] - `plansite check` on small broken content trees, and `plansite dump` on a
# valid one.
#
# Each tests/content/cases/NAME/ is a content folder plus a file `expected`: the messages
# `plansite check --content .` prints there (the quoted source lines left out) and a last line
# `exit N`. An optional file `args` holds extra options (--strict). tests/content/valid/ must
# pass without a warning, and its dump must equal tests/content/valid.dump.json.
# --update rewrites the expected files and the golden dump from the current output: review
# the diff before committing it. The last line is "N passed, N failed".
set -u
cd "$(dirname "$0")"
here=$(pwd)
BUILD=${BUILD:-build}
case "$BUILD" in /*) plansite=$BUILD/plansite ;; *) plansite=$here/../../$BUILD/plansite ;; esac
update=0
[ "${1:-}" = "--update" ] && update=1
if [ ! -x "$plansite" ]; then
	echo "content: $plansite not found (run make first)" >&2
	echo "0 passed, 1 failed"
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

# Runs plansite check in folder $1 and writes its messages and exit status to $2.
run_check() {
	args=$(cat "$1/args" 2>/dev/null || true)
	# shellcheck disable=SC2086 # args holds separate options
	(cd "$1" && "$plansite" check --content . $args) >/dev/null 2>"$tmp/stderr"
	status=$?
	grep -v '^ ' "$tmp/stderr" >"$2"
	echo "exit $status" >>"$2"
}

compare() { # name expected got
	if cmp -s "$2" "$3"; then
		pass=$((pass + 1))
	elif [ "$update" = 1 ]; then
		cp "$3" "$2"
		echo "updated $1"
		pass=$((pass + 1))
	else
		echo "FAIL $1:"
		diff -u "$2" "$3" | sed 's/^/  /'
		fail=$((fail + 1))
	fi
}

for dir in cases/*/; do
	name=${dir%/}
	[ -f "$name/expected" ] || [ "$update" = 1 ] || { echo "FAIL $name: no expected file"; fail=$((fail + 1)); continue; }
	[ -f "$name/expected" ] || : >"$name/expected"
	run_check "$name" "$tmp/got"
	compare "$name" "$name/expected" "$tmp/got"
done

# The valid tree: no message but the summary, and a stable dump.
run_check valid "$tmp/got"
printf 'plansite: .: content is valid (0 errors, 0 warnings)\nexit 0\n' >"$tmp/want"
compare "valid (check)" "$tmp/want" "$tmp/got"
(cd valid && "$plansite" dump --content .) >"$tmp/dump" 2>"$tmp/stderr"
[ -f valid.dump.json ] || : >valid.dump.json
compare "valid (dump)" valid.dump.json "$tmp/dump"
# Two runs give the same bytes.
(cd valid && "$plansite" dump --content .) >"$tmp/dump2" 2>/dev/null
compare "valid (dump is deterministic)" "$tmp/dump" "$tmp/dump2"

# The schema is JSON, and python3's json module reads it when python3 is there.
"$plansite" schema >"$tmp/schema.json"
if command -v python3 >/dev/null 2>&1; then
	if python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/schema.json"; then
		pass=$((pass + 1))
	else
		echo "FAIL schema: not valid JSON"
		fail=$((fail + 1))
	fi
fi

# The schema accepts every file of the valid tree (as a YAML language server would check
# them). python3-jsonschema and python3-yaml come with the test packages; without them the
# check is counted as skipped, with the reason.
skipped=0
schema_py=""
for py in python3 /usr/bin/python3; do
	if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import jsonschema, yaml' 2>/dev/null; then
		schema_py=$py
		break
	fi
done
if [ -n "$schema_py" ]; then
	if "$schema_py" schema_check.py "$tmp/schema.json" valid; then
		pass=$((pass + 1))
	else
		echo "FAIL schema: rejects files of the valid tree"
		fail=$((fail + 1))
	fi
else
	echo "skipped: schema check of the valid tree needs python3-jsonschema and python3-yaml"
	skipped=$((skipped + 1))
fi

# The converted 2019-22 hate-crime measures keep the source's figures (the test names the
# seed and the blocks it copies them from).
if "$plansite" dump --content ../../content >"$tmp/default.json" 2>"$tmp/stderr" &&
	python3 fidelity_hate_crime.py "$tmp/default.json" >"$tmp/fidelity" 2>&1; then
	pass=$((pass + 1))
else
	echo "FAIL fidelity of the 2019-22 hate-crime figures:"
	grep -v '^ok' "$tmp/fidelity" "$tmp/stderr" | sed 's/^/  /'
	fail=$((fail + 1))
fi

if [ "$skipped" -gt 0 ]; then
	echo "$pass passed, $fail failed, $skipped skipped"
else
	echo "$pass passed, $fail failed"
fi
[ "$fail" -eq 0 ]
