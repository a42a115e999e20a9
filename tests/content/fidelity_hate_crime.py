#!/usr/bin/env python3
"""fidelity_hate_crime.py DUMP - the converted 2019-22 hate-crime measures against the source.

The figures below are copied by hand from ../shared/seeds/004_7a452c94c7a03355.txt (Strategic
Plan 2019-22, Quarter 1 2019/20 monitoring report), outcome 8, the measure blocks "Level of
Hate Crime" and "Level of hate crime (Disability | Faith | Homophobic | Racist | Transgender)":
each block prints "Last update" and "Actual" in its Lead officer / Type / Target / Actual / RAG
row, with RAG "Data Only". The test reads `plansite dump` of the default content and checks
that every figure, period and address survived the conversion into one whole and five parts,
and that each part names the group the source's type names. Prints one line per check and
"N passed, N failed"."""
import json
import re
import sys

# (id, title as printed, last update as printed, actual as printed, characteristic)
WHOLE = ("hate-crime", "Level of Hate Crime", "2018/19", 867, None)
PARTS = [
    ("hate-crime-disability", "Level of hate crime (Disability)", "2019/20 Q1", 10, "disability"),
    ("hate-crime-faith", "Level of hate crime (Faith)", "2019/20 Q1", 133, "religion-belief"),
    ("hate-crime-homophobic", "Level of hate crime (Homophobic)", "2019/20 Q1", 120,
     "sexual-orientation"),
    ("hate-crime-racist", "Level of hate crime (Racist)", "2019/20 Q1", 683, "race"),
    ("hate-crime-transgender", "Level of hate crime (Transgender)", "2019/20 Q1", 10,
     "gender-reassignment"),
]
PLAN = "2019-22"
REPORT = "q1-2019-20"

passed = failed = 0


def check(ok, what, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok: " + what)
    else:
        failed += 1
        print("FAILED: %s %s" % (what, detail))


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        model = json.load(f)
    plan = next((p for p in model["plans"] if p["id"] == PLAN), None)
    check(plan is not None, "plan %s is in the default content" % PLAN)
    if plan is None:
        return
    items = {it["path"]: it for it in plan["items"] if it["kind"] == "measure"}

    def measure(mid):
        return items.get("plans/%s/measures/%s/" % (PLAN, mid))

    for mid, title, period, actual, group in [WHOLE] + PARTS:
        it = measure(mid)
        # the address is the id's: kept from before the conversion
        check(it is not None, "%s keeps its address plans/%s/measures/%s/" % (mid, PLAN, mid))
        if it is None:
            continue
        check(it["title"] == title, "%s: title as printed" % mid, it["title"])
        series = it.get("measure", {}).get("history", [])
        # the dump gives periods as the site prints them ("Q1 2019/20"); compare them as
        # content writes them
        got = [(re.sub(r"^(Q[1-4]) (\S+)$", r"\2 \1", h["period"]), h["actual"], h["report"])
               for h in series]
        check(got == [(period, actual, REPORT)],
              "%s: %s for %s from the Q1 report, and nothing else" % (mid, actual, period), got)
        check(all(h["suppressed"] is None for h in series), "%s: nothing suppressed" % mid)
        entry = [h for h in it.get("history", []) if h.get("report") == REPORT]
        check(len(entry) == 1 and entry[0].get("rag") == "data-only",
              "%s: RAG Data Only as printed" % mid, entry)
        if group:
            check(it.get("characteristics") == [group], "%s: counts the group %s" % (mid, group),
                  it.get("characteristics"))
            check(it["measure"].get("part_of") == "plans/%s/measures/%s/" % (PLAN, WHOLE[0]),
                  "%s: a part of %s" % (mid, WHOLE[0]))
            check(bool(it.get("source_note")), "%s: says why it is tagged and has no polarity"
                  % mid)
    whole = measure(WHOLE[0])
    if whole:
        want = ["plans/%s/measures/%s/" % (PLAN, p[0]) for p in PARTS]
        check(whole["measure"].get("parts") == want, "the whole lists its five parts in order",
              whole["measure"].get("parts"))
        check(whole["measure"].get("parts_overlap") is True,
              "the parts are not shares of the whole (parts_overlap)")
        check(not whole["characteristics"], "the whole names no single group")


main()
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
