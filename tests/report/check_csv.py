"""check_csv.py FILE.csv REF COLUMN=VALUE ... - exits 1 (printing what differs) unless the
row whose ref is REF has each COLUMN equal to VALUE (\\n in VALUE is a line break)."""
import csv
import sys

path, ref = sys.argv[1:3]
with open(path, encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))
row = next((r for r in rows if r["ref"] == ref), None)
if row is None:
    print(f"{path}: no row {ref}")
    sys.exit(1)
bad = 0
for pair in sys.argv[3:]:
    col, want = pair.split("=", 1)
    want = want.replace("\\n", "\n")
    if row.get(col) != want:
        print(f"{path}: {ref}: {col} is {row.get(col)!r}, expected {want!r}")
        bad = 1
sys.exit(bad)
