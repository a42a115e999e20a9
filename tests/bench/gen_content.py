#!/usr/bin/env python3
"""gen_content.py - writes a synthetic plansite content tree of a given number of items.

usage: python3 tests/bench/gen_content.py ITEMS OUT_DIR [--seed N]

The tree follows content/README.md and has the shape of the real plans, repeated: every
plan has 5 priorities x 4 outcomes, 5 activities per outcome, 3 deliverables per activity
and 4 measures per outcome (505 items), so ITEMS / 505 plans (at least one). Every four
plans form one "council" sharing a registry (8 directorates, 40 officers, 10 portfolios,
6 councillors) and 8 equality outcomes; about 20 % of outcomes, activities, deliverables and
measures link to one or two of them. Measures have 12 quarters of back data before the plan's
first report; each plan has two monitoring reports (the second one later) giving statuses, RAG
ratings and figures for their own quarters, and notes.
Markdown bodies have 1-3 paragraphs. The output is deterministic for a given seed, and
`plansite check` accepts it (warnings aside, of which there should be none).

Standard library only; writes OUT_DIR (which must not exist or be empty).
"""
import os
import random
import sys

PRIORITIES, OUTCOMES, ACTIVITIES, DELIVERABLES, MEASURES = 5, 4, 5, 3, 4
ITEMS_PER_PLAN = PRIORITIES * (1 + OUTCOMES * (1 + MEASURES + ACTIVITIES * (1 + DELIVERABLES)))
PLANS_PER_COUNCIL = 4

WORDS = (
    "residents borough council support services community young people housing health "
    "employment training schools partners delivery improve increase reduce access local "
    "safer cleaner fairer green spaces transport business growth skills apprenticeships "
    "carers older disabled families children advice digital libraries leisure waste "
    "recycling crime safety homelessness affordable homes review strategy programme plan "
    "partnership outcomes performance quality customer engagement consultation budget"
).split()

CHARACTERISTICS = [
    ("age", "Age", True), ("disability", "Disability", True),
    ("gender-reassignment", "Gender reassignment", True),
    ("marriage-civil-partnership", "Marriage and civil partnership", True),
    ("pregnancy-maternity", "Pregnancy and maternity", True), ("race", "Race", True),
    ("religion-belief", "Religion or belief", True), ("sex", "Sex", True),
    ("sexual-orientation", "Sexual orientation", True),
    ("care-leavers", "Care leavers", False),
    ("socio-economic", "Socio-economic disadvantage", False),
    ("carers", "Carers", False),
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def q(s):
    """A YAML double-quoted scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Gen:
    def __init__(self, rng):
        self.r = rng

    def words(self, lo, hi):
        return " ".join(self.r.choice(WORDS) for _ in range(self.r.randint(lo, hi)))

    def title(self, lo=5, hi=14):
        t = self.words(lo, hi)
        return t[0].upper() + t[1:]

    def sentence(self):
        s = self.title(8, 20)
        if self.r.random() < 0.2:
            w = s.split(" ")
            i = self.r.randrange(len(w))
            w[i] = "**" + w[i] + "**" if self.r.random() < 0.5 else "*" + w[i] + "*"
            s = " ".join(w)
        return s + "."

    def markdown(self, lo=1, hi=3):
        paras = []
        for _ in range(self.r.randint(lo, hi)):
            if self.r.random() < 0.15:
                paras.append("\n".join("- " + self.title(3, 8) for _ in range(self.r.randint(2, 4))))
            else:
                paras.append(" ".join(self.sentence() for _ in range(self.r.randint(2, 5))))
        return "\n\n".join(paras)

    def block(self, key, indent, text):
        """key: | followed by the text, indented."""
        pad = " " * (indent + 2)
        lines = [(" " * indent) + key + ": |"]
        for line in text.split("\n"):
            lines.append(pad + line if line else "")
        return "\n".join(lines)


def date(y, m, d):
    return "%04d-%02d-%02d" % (y, m, d)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def lst(ids):
    return "[" + ", ".join(ids) + "]"


def deadline(g, year):
    """A deadline in the plan's financial year starting April `year`, in one of the forms;
    returns (text, comparable (y, m)) or ("TBC", None)."""
    r = g.r.random()
    m = g.r.randint(1, 12)
    y = year if m >= 4 else year + 1
    if r < 0.45:
        d = g.r.randint(1, DAYS[m - 1])
        return date(y, m, d), (y, m)
    if r < 0.75:
        return "%04d-%02d" % (y, m), (y, m)
    if r < 0.93:
        qn = g.r.randint(1, 4)
        return "%d/%02d Q%d" % (year, (year + 1) % 100, qn), (year, 3 + 3 * qn)
    return "TBC", None


def later_deadline(ym):
    y, m = ym
    m += g_months_shift
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    return "%04d-%02d" % (y, m)


g_months_shift = 3


def main():
    args = sys.argv[1:]
    seed = 1
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.stderr.write(__doc__)
        sys.exit(2)
    items, out = int(args[0]), args[1]
    if os.path.isdir(out) and os.listdir(out):
        sys.exit("gen_content.py: %s is not empty" % out)
    g = Gen(random.Random(seed))
    nplans = max(1, round(items / ITEMS_PER_PLAN))
    ncouncils = (nplans + PLANS_PER_COUNCIL - 1) // PLANS_PER_COUNCIL

    write(os.path.join(out, "site.yaml"), "\n".join([
        "title: Synthetic strategic plans",
        "council: Synthetic Council",
        "current_plan: p%04d" % 0,
        "accessibility:",
        "  compliance: partially-compliant",
        "  non_accessible:",
        "    - content: " + q(g.title(6, 10)),
        "      reason: non-compliance",
        "  prepared: 2020-09-01",
        "  method: self-assessment",
        "  tested: 2020-08-15",
        "  contact_form: https://www.example.gov.uk/contact",
        "flags:",
        "  - id: sef",
        "    label: SEF",
        "    name: Part of the Single Equality Framework",
        g.block("about", 0, g.markdown(2, 3)),
        ""]))

    # ---- registry and equality, per council ----
    chars = ["characteristics:"]
    for cid, name, prot in CHARACTERISTICS:
        chars += ["  - id: %s" % cid, "    name: %s" % name,
                  "    protected: %s" % ("true" if prot else "false")]
    write(os.path.join(out, "equality", "characteristics.yaml"), "\n".join(chars) + "\n")

    councils = []
    for c in range(ncouncils):
        pre = "c%03d" % c
        dirs = ["%s-dir-%d" % (pre, i) for i in range(8)]
        officers = ["%s-officer-%d" % (pre, i) for i in range(40)]
        portfolios = ["%s-portfolio-%d" % (pre, i) for i in range(10)]
        councillors = ["%s-cllr-%d" % (pre, i) for i in range(6)]
        eqs = ["%s-eq-%d" % (pre, i) for i in range(8)]
        reg = ["people:"]
        for i, pid in enumerate(officers):
            reg += ["  - id: " + pid, "    name: " + q(g.title(2, 2) + " " + str(i)),
                    "    kind: " + ("post" if i % 7 == 0 else "officer")]
            if i % 3 == 0:
                reg.append("    role: Divisional Director, " + g.title(2, 3))
        for pid in portfolios:
            reg += ["  - id: " + pid, "    name: " + q("Cabinet Member for " + g.title(2, 4)),
                    "    kind: portfolio"]
        for i, pid in enumerate(councillors):
            reg += ["  - id: " + pid, "    name: " + q("Councillor " + g.title(2, 2) + " " + str(i)),
                    "    kind: councillor"]
        reg.append("directorates:")
        for i, did in enumerate(dirs):
            reg += ["  - id: " + did, "    code: %s%d" % (pre.upper(), i),
                    "    name: " + q(g.title(2, 4))]
        write(os.path.join(out, "registry", pre + ".yaml"), "\n".join(reg) + "\n")
        councils.append({"dirs": dirs, "officers": officers,
                         "members": portfolios + councillors, "eqs": eqs, "pre": pre})

    # ---- plans ----
    for p in range(nplans):
        council = councils[p // PLANS_PER_COUNCIL]
        pid = "p%04d" % p
        year = 2005 + p % 16
        pdir = os.path.join(out, "plans", pid)
        r1, r2 = "q2-%d" % year, "q4-%d" % year
        r1_asof, r2_asof = date(year, 9, 30), date(year + 1, 3, 31)

        # equality outcomes of the council, stated by its first plan
        if p % PLANS_PER_COUNCIL == 0:
            eq = ["outcomes:"]
            for i, eid in enumerate(council["eqs"]):
                eq += ["  - id: " + eid, "    title: " + q(g.title(5, 10))]
                if i % 4:
                    eq.append("    plan: " + q(pid))
                eq.append("    characteristics: " +
                          lst(sorted(set(g.r.choice(CHARACTERISTICS)[0]
                                         for _ in range(g.r.randint(1, 3))))))
                if i % 2:
                    eq.append(g.block("description", 4, g.markdown(1, 2)))
            write(os.path.join(out, "equality", council["pre"] + ".yaml"), "\n".join(eq) + "\n")

        def leads(indent, members=True):
            pad = " " * indent
            out_ = []
            if members:
                out_.append(pad + "lead_members: " +
                            lst(g.r.sample(council["members"], g.r.randint(1, 2))))
            out_.append(pad + "lead_officers: " +
                        lst(g.r.sample(council["officers"], g.r.randint(1, 3))))
            out_.append(pad + "directorates: " + lst(g.r.sample(council["dirs"], g.r.randint(1, 2))))
            return out_

        def equality(indent):
            if g.r.random() < 0.2:
                return [" " * indent + "equality: " +
                        lst(g.r.sample(council["eqs"], g.r.randint(1, 2)))]
            return []

        plan = ["id: " + q(pid), "title: " + q("Strategic Plan %d/%02d (%d)" % (year, (year + 1) % 100, p)),
                "subtitle: " + q(g.title(6, 12)), "start: " + date(year, 4, 1),
                "end: " + date(year + 1, 3, 31), "source: Synthetic monitoring reports",
                g.block("intro", 0, g.markdown(2, 3)), "sections:"]
        for s in range(2):
            plan += ["  - id: section-%d" % s, "    title: " + q(g.title(2, 5)),
                     g.block("body", 4, g.markdown(1, 3))]
        plan.append("priorities:")
        activity_refs, deliverable_refs, measure_ids = [], [], []
        for pr in range(PRIORITIES):
            oids = ["%d-%d" % (pr + 1, o + 1) for o in range(OUTCOMES)]
            plan += ["  - id: priority-%d" % (pr + 1), "    code: \"Priority %d\"" % (pr + 1),
                     "    title: " + q(g.title())]
            if pr % 2 == 0:
                plan.append(g.block("description", 4, g.markdown(1, 2)))
            plan.append("    outcomes: [" + ", ".join(q(o) for o in oids) + "]")
            for o, oid in enumerate(oids):
                f = ["id: " + q(oid), "code: " + q("%d.%d" % (pr + 1, o + 1)),
                     "title: " + q(g.title()), g.block("description", 0, g.markdown(1, 3))]
                f += equality(0)
                f.append("activities:")
                for a in range(ACTIVITIES):
                    aid = str(a + 1)
                    f += ["  - id: " + q(aid), "    code: " + q("%d.%d.%d" % (pr + 1, o + 1, a + 1)),
                          "    title: " + q(g.title(8, 20))]
                    f += leads(4)
                    text, ym = deadline(g, year)
                    f.append("    deadline: " + q(text))
                    if ym and g.r.random() < 0.1:
                        f += ["    revisions:", "      - deadline: " + q(later_deadline(ym)),
                              "        report: " + r1, "        reason: " + q(g.title(4, 8))]
                    if g.r.random() < 0.3:
                        f.append("    flags: [sef]")
                    f += equality(4)
                    if g.r.random() < 0.5:
                        f.append(g.block("notes", 4, g.markdown(1, 2)))
                    f.append("    deliverables:")
                    activity_refs.append("%s/%s" % (oid, aid))
                    for d in range(DELIVERABLES):
                        did = "%s-%d" % ("-".join(g.title(2, 3).lower().split())[:30], d)
                        f += ["      - id: " + did, "        title: " + q(g.title(6, 16))]
                        f += leads(8, members=False)
                        text, ym = deadline(g, year)
                        f.append("        deadline: " + q(text))
                        f += equality(8)
                        deliverable_refs.append("%s/%s/%s" % (oid, aid, did))
                write(os.path.join(pdir, "outcomes", oid + ".yaml"), "\n".join(f) + "\n")

                ms = ["measures:"]
                for mi in range(MEASURES):
                    mid = "m-%s-%d" % (oid, mi + 1)
                    unit = g.r.choice(["percent", "count", "pounds", "days", "rate"])
                    pol = g.r.choice(["higher-is-better", "lower-is-better"])
                    comps = ["London average", "National average"] if mi % 2 == 0 else []
                    base = {"percent": 60.0, "count": 1200.0, "pounds": 150000.0,
                            "days": 20.0, "rate": 8.0}[unit]
                    ms += ["  - id: " + mid, "    title: " + q(g.title(5, 12)),
                           "    outcome: " + q(oid), "    code: " + q("PI %d.%d.%d" % (pr + 1, o + 1, mi + 1)),
                           g.block("description", 4, g.markdown(1, 2)),
                           "    unit: " + unit, "    polarity: " + pol, "    type: Strategic"]
                    if unit == "rate":
                        ms.append("    unit_label: per 1,000 population")
                    ms += leads(4)
                    ms += equality(4)
                    if g.r.random() < 0.3:
                        ms.append("    flags: [sef]")
                    if comps:
                        ms.append("    comparators: [London average, National average]")
                    ms.append("    history:")
                    # Back data: the twelve quarters before the plan's first report (later
                    # figures come from the reports, the one source of truth for them).
                    for h in range(12):
                        hy = year - 3 + h // 4
                        qn = h % 4 + 1
                        actual = round(base * g.r.uniform(0.8, 1.2), 1)
                        target = round(base, 1)
                        red = round(base * (0.9 if pol == "higher-is-better" else 1.1), 1)
                        ms += ["      - period: " + q("Q%d %d/%02d" % (qn, hy, (hy + 1) % 100)),
                               "        actual: %s" % (actual if h != 3 else "null"),
                               "        target: %s" % target, "        red: %s" % red]
                        if comps:
                            ms.append("        comparators: {London average: %s, National average: %s}"
                                      % (round(base * g.r.uniform(0.85, 1.15), 1),
                                         round(base * g.r.uniform(0.85, 1.15), 1)))
                    measure_ids.append((mid, pol, base))
                write(os.path.join(pdir, "measures", oid + ".yaml"), "\n".join(ms) + "\n")
        write(os.path.join(pdir, "plan.yaml"), "\n".join(plan) + "\n")

        # ---- two monitoring reports ----
        first = {}
        for rid, period, as_of, second in ((r1, "%d/%02d Q2" % (year, (year + 1) % 100), r1_asof, False),
                                           (r2, "%d/%02d Q4" % (year, (year + 1) % 100), r2_asof, True)):
            rep = ["id: " + rid, "title: " + q(("Quarter 4" if second else "Quarter 2") + " monitoring report"),
                   "period: " + q(period), "as_of: " + as_of, g.block("summary", 0, g.markdown(1, 2))]
            for key, refs in (("activities", activity_refs), ("deliverables", deliverable_refs)):
                rep.append(key + ":")
                for ref in refs:
                    if g.r.random() < 0.1:
                        continue
                    before = first.get(ref)
                    if not second:
                        life = g.r.choice(["not-started", "in-progress", "in-progress", "completed"])
                    elif before == "not-started":
                        life = g.r.choice(["not-started", "in-progress"])
                    elif before == "completed":
                        life = "completed"
                    else:
                        life = g.r.choice(["in-progress", "completed", "completed-with-changes",
                                           "deferred"])
                    if not second:
                        first[ref] = life
                    rep += ["  - ref: " + q(ref), "    lifecycle: " + life]
                    if life == "in-progress":
                        rep.append("    confidence: " + g.r.choice(["on-track", "on-track", "some-risk", "off-track"]))
                    if life == "deferred":
                        rep.append("    reason: " + q(g.title(4, 10)))
                    if g.r.random() < 0.4:
                        rep.append(g.block("note", 4, g.markdown(1, 2)))
            rep.append("measures:")
            for mid, pol, base in measure_ids:
                if g.r.random() < 0.1:
                    continue
                actual = round(base * g.r.uniform(0.8, 1.2), 1)
                target = round(base, 1)
                red = round(base * (0.9 if pol == "higher-is-better" else 1.1), 1)
                hib = pol == "higher-is-better"
                if (actual >= target) if hib else (actual <= target):
                    rag = "green"
                elif (actual > red) if hib else (actual < red):
                    rag = "amber"
                else:
                    rag = "red"
                rep += ["  - ref: " + mid, "    actual: %s" % actual, "    target: %s" % target,
                        "    rag: " + rag,
                        "    short_trend: " + g.r.choice(["improving", "no-change", "getting-worse"]),
                        "    long_trend: " + g.r.choice(["improving", "no-change", "getting-worse"])]
                if rag != "green":
                    rep.append(g.block("why_off_target", 4, g.markdown(1, 2)))
                    if g.r.random() < 0.5:
                        rep.append(g.block("actions", 4, g.markdown(1, 1)))
            write(os.path.join(pdir, "reports", rid + ".yaml"), "\n".join(rep) + "\n")

    print("gen_content.py: %d plans, %d items, %d councils in %s"
          % (nplans, nplans * ITEMS_PER_PLAN, ncouncils, out))


if __name__ == "__main__":
    main()
