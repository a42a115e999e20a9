#!/usr/bin/env python3
"""spec.py PLANSITE SPEC_DIR - runs every case of every Mustache spec file through
`PLANSITE render`, one temporary folder per case (template, data as JSON, partials).

Cases are named FILE#INDEX (two ~inheritance cases share a name). The ~lambdas cases are
skipped: a lambda is code, which a YAML or JSON data file cannot hold. The last line is
"N passed, N failed, N skipped"; the exit status is 1 if any case failed."""
import json
import os
import subprocess
import sys
import tempfile


def run_case(plansite, tmp, case):
    os.makedirs(os.path.join(tmp, "partials"))
    template = os.path.join(tmp, "template.mustache")
    data = os.path.join(tmp, "data.json")
    with open(template, "w", encoding="utf-8", newline="") as f:
        f.write(case["template"])
    with open(data, "w", encoding="utf-8") as f:
        json.dump(case["data"], f)
    for name, text in case.get("partials", {}).items():
        with open(os.path.join(tmp, "partials", name + ".mustache"), "w", encoding="utf-8",
                  newline="") as f:
            f.write(text)
    p = subprocess.run([plansite, "render", template, "--data", data, "--partials",
                        os.path.join(tmp, "partials")], capture_output=True, timeout=30)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def main():
    plansite, spec_dir = sys.argv[1], sys.argv[2]
    only = sys.argv[3] if len(sys.argv) > 3 else None
    files = sorted(f for f in os.listdir(spec_dir) if f.endswith(".json"))
    if not files:
        print(f"no spec files in {spec_dir}")
        print("0 passed, 1 failed, 0 skipped")
        return 1
    totals = [0, 0, 0]
    for file in files:
        with open(os.path.join(spec_dir, file), encoding="utf-8") as f:
            cases = json.load(f)["tests"]
        counts = [0, 0, 0]
        for index, case in enumerate(cases):
            key = f"{file}#{index}"
            if only and only not in key:
                continue
            if file.startswith("~lambdas"):
                counts[2] += 1
                continue
            with tempfile.TemporaryDirectory(prefix="mustache-spec-") as tmp:
                status, out, err = run_case(plansite, tmp, case)
            if status == 0 and out == case["expected"]:
                counts[0] += 1
                continue
            counts[1] += 1
            print(f"FAIL {key} {case['name']!r} (exit {status})")
            print(f"    template: {case['template']!r}")
            print(f"    expected: {case['expected']!r}")
            print(f"    got:      {out!r}")
            if err:
                print("    stderr:   " + err.strip().replace("\n", "\n              "))
        print(f"{file}: {counts[0]} passed, {counts[1]} failed, {counts[2]} skipped")
        totals = [a + b for a, b in zip(totals, counts)]
    if totals[2]:
        print(f"(skipped: ~lambdas needs code in the data, which data files cannot express)")
    print(f"{totals[0]} passed, {totals[1]} failed, {totals[2]} skipped")
    return 1 if totals[1] else 0


if __name__ == "__main__":
    sys.exit(main())
