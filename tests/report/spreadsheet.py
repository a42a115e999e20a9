"""spreadsheet.py IN.csv OUT.csv EDITS.json - edits an exported CSV the way a person with a
spreadsheet program does, and saves it the way such programs do.

EDITS: {"rows": {REF: {COLUMN: VALUE, ...}}, "reverse_columns": bool, "bom": bool,
"crlf": bool}. Rows not named keep their values (and their old period). Columns are written
in reverse order when asked; every cell holding a comma, quote or line break is quoted, line
breaks inside cells follow the file's line ending (as Excel writes them)."""
import csv
import io
import json
import sys

src, dst, edits_path = sys.argv[1:4]
edits = json.load(open(edits_path, encoding="utf-8"))
with open(src, encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
header = rows[0]
ref = header.index("ref")
for row in rows[1:]:
    for col, value in edits["rows"].get(row[ref], {}).items():
        row[header.index(col)] = value
if edits.get("reverse_columns"):
    rows = [list(reversed(r)) for r in rows]
eol = "\r\n" if edits.get("crlf") else "\n"
out = io.StringIO()
csv.writer(out, lineterminator=eol).writerows(
    [[c.replace("\n", eol) for c in r] for r in rows])
data = out.getvalue().encode("utf-8")
if edits.get("bom"):
    data = b"\xef\xbb\xbf" + data
open(dst, "wb").write(data)
