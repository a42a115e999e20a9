#!/bin/sh
# content_load.sh [SCALE] - times `plansite check` on a large synthetic content tree.
#
# The tree (python3, standard library only) has SCALE plans (default 8), each with 60
# outcomes of 25 activities of 4 deliverables, 300 measures with 8 history points, and 4
# reports giving a status to every activity and deliverable and figures for every measure:
# about 15,000 items and 60,000 report entries per plan. Loading is meant to be linear in
# the content, so items/s should stay flat as SCALE grows.
set -eu
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
plansite=$BUILD/plansite
scale=${1:-8}
[ -x "$plansite" ] || { echo "content_load: $plansite not found (run make first)" >&2; exit 1; }
tmp=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT

counts=$(python3 - "$tmp/content" "$scale" <<'EOF'
import os, sys

root, scale = sys.argv[1], int(sys.argv[2])
OUTCOMES, ACTIVITIES, DELIVERABLES, MEASURES, REPORTS = 60, 25, 4, 300, 4

def write(path, text):
    path = os.path.join(root, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

write("site.yaml", "title: Benchmark plans\ncouncil: Benchmark Council\n")
people = ["people:"] + [f"  - {{id: officer-{i}, name: Officer {i}, kind: officer}}" for i in range(500)]
people += ["directorates:"] + [f"  - {{id: dir-{i}, name: Directorate {i}}}" for i in range(20)]
write("registry/people.yaml", "\n".join(people) + "\n")
eq = ["characteristics:", "  - {id: age, name: Age, protected: true}", "outcomes:"]
eq += [f"  - {{id: eq-{i}, title: Equality outcome {i}, characteristics: [age]}}" for i in range(100)]
write("equality/equality.yaml", "\n".join(eq) + "\n")

items = 0
entries = 0
for p in range(scale):
    pid = f"plan-{p}"
    year = 2000 + p
    prios = ["priorities:"]
    for pr in range(5):
        listed = ", ".join(f'"o{o}"' for o in range(pr * OUTCOMES // 5, (pr + 1) * OUTCOMES // 5))
        prios.append(f"  - {{id: priority-{pr}, title: Priority {pr}, outcomes: [{listed}]}}")
    write(f"plans/{pid}/plan.yaml",
          f"id: {pid}\ntitle: Plan {p}\nstart: {year}-04-01\nend: {year + 3}-03-31\n"
          + "\n".join(prios) + "\n")
    items += 5
    for o in range(OUTCOMES):
        lines = [f'id: "o{o}"', f"title: Outcome {o} of plan {p}", f"equality: [eq-{o % 100}]",
                 "activities:"]
        for a in range(ACTIVITIES):
            lines += [f'  - id: "a{a}"', f"    title: Activity {a} of outcome {o}",
                      f"    lead_officers: [officer-{(o * ACTIVITIES + a) % 500}]",
                      f"    directorates: [dir-{a % 20}]",
                      f"    deadline: {year + 1}-0{1 + a % 9}-15",
                      "    notes: |", "      Some *Markdown* notes.", "    deliverables:"]
            for d in range(DELIVERABLES):
                lines.append(f"      - {{id: d{d}, title: Deliverable {d}, deadline: {year}/{(year + 1) % 100:02d} Q{1 + d}}}")
        write(f"plans/{pid}/outcomes/o{o:03d}.yaml", "\n".join(lines) + "\n")
        items += 1 + ACTIVITIES * (1 + DELIVERABLES)
    ms = ["measures:"]
    for m in range(MEASURES):
        ms += [f"  - id: m{m}", f"    title: Measure {m}", f'    outcome: "o{m % OUTCOMES}"',
               "    unit: percent", "    polarity: higher-is-better", "    history:"]
        ms += [f"      - {{period: P{h}, actual: {50 + h}, target: 60, red: 40}}" for h in range(8)]
    write(f"plans/{pid}/measures/measures.yaml", "\n".join(ms) + "\n")
    items += MEASURES
    for r in range(REPORTS):
        lines = [f"id: r{r}", f"title: Report {r}", f"period: Q{r + 1}",
                 f"as_of: {year + 1}-0{r + 1}-28", "activities:"]
        for o in range(OUTCOMES):
            for a in range(ACTIVITIES):
                lines.append(f"  - {{ref: o{o}/a{a}, lifecycle: in-progress, confidence: on-track}}")
        lines.append("deliverables:")
        for o in range(OUTCOMES):
            for a in range(ACTIVITIES):
                for d in range(DELIVERABLES):
                    lines.append(f"  - {{ref: o{o}/a{a}/d{d}, lifecycle: completed}}")
        lines.append("measures:")
        for m in range(MEASURES):
            lines.append(f"  - {{ref: m{m}, actual: 55, target: 60, rag: amber, note: Close}}")
        write(f"plans/{pid}/reports/r{r}.yaml", "\n".join(lines) + "\n")
        entries += OUTCOMES * ACTIVITIES * (1 + DELIVERABLES) + MEASURES
print(f"{items} {entries}")
EOF
)
size=$(du -sk "$tmp/content" | cut -f1)
start=$(date +%s.%N)
"$plansite" check --content "$tmp/content" 2>"$tmp/err" || { cat "$tmp/err" | head -20; exit 1; }
end=$(date +%s.%N)
python3 - "$start" "$end" "$scale" "$size" $counts <<'EOF'
import sys
start, end = float(sys.argv[1]), float(sys.argv[2])
scale, size, items, entries = (int(x) for x in sys.argv[3:7])
secs = end - start
print(f"content_load: {scale} plans, {items} items, {entries} report entries, {size / 1024:.1f} MB "
      f"in {secs:.2f}s: {items / secs:,.0f} items/s, {(items + entries) / secs:,.0f} records/s")
EOF
