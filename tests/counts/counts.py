#!/usr/bin/env python3
"""Checks the source-and-content count table of content/README.md against the model
(`plansite dump`) and the built site: per plan, the number of priorities, outcomes,
activities, deliverables, measures and equality outcomes, and that each item has its page."""
import json
import os
import re
import subprocess
import sys

plansite, site = sys.argv[1], sys.argv[2]
table = {}
for line in open("content/README.md", encoding="utf-8"):
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) == 8 and re.fullmatch(r"\d{4}-\d{2}", cells[0]):
        table[cells[0]] = [int(re.match(r"\d+", c).group()) for c in cells[2:]]
dump = json.loads(subprocess.run([plansite, "dump"], capture_output=True, check=True).stdout)
kinds = ["priority", "outcome", "activity", "deliverable", "measure"]
passed = failed = 0
for plan in dump["plans"]:
    counts = [sum(1 for it in plan["items"] if it["kind"] == k) for k in kinds]
    counts.append(sum(1 for e in dump["equality_outcomes"] if e.get("plan") == plan["id"]))
    want = table.get(plan["id"])
    missing = [it["path"] for it in plan["items"]
               if not os.path.isfile(os.path.join(site, it["path"], "index.html"))]
    if want == counts and not missing:
        passed += 1
        print(f"ok: {plan['id']} {counts}")
    else:
        failed += 1
        print(f"FAILED: {plan['id']}: README says {want}, content has {counts}; "
              f"{len(missing)} items without a page {missing[:3]}")
if set(table) != {p["id"] for p in dump["plans"]}:
    failed += 1
    print(f"FAILED: README lists plans {sorted(table)}, content has {sorted(p['id'] for p in dump['plans'])}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
