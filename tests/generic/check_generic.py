#!/usr/bin/env python3
"""check_generic.py - generator/ holds no word a site reader sees and no council's names.

Every text of the default theme's strings (themes/default/strings/*.yaml) is a word a reader
sees: none may stand in a C string literal of generator/ (whole, or, for texts of three words
or more, inside a longer literal). Nor may a literal name a council, a plan or a local scheme:
the names come from the default content (site.yaml's title and council, the flags it
declares, directorates' names, plan ids and titles) plus a few fixed ones. Messages to the
person running the command (diagnostics, --help) are English and stay in C; they rarely
repeat a theme text, and where one must, it is listed in ALLOWED with the reason.
Prints one line per finding and a closing "N passed, N failed" line."""
import os
import re
import sys

import yaml

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
# Texts a diagnostic or the command line must say too, or that are ids and keys spelt like a
# word, with why: (file, literal) -> reason, so that the same literal elsewhere is still found.
_DEADLINE_WORDS = ("the content stage's own wording of a deadline, for plansite dump and messages; "
                   "pages, data and search word deadlines through site/format.c")
_MONTHS = ("the content format writes periods with English month names (May 2019, Mar 2014), "
           "which period.c reads, and messages name months")
_PARAMETERS = "parameter names of the format.* texts (format.date, format.period.*)"
SCHEMA_DOC = ("the content format's own field documentation (`plansite schema`, "
              "content/spec.c), for content authors, which may share words with the "
              "open data's column descriptions")
ALLOWED = {
    ("generator/content/dates.c", "To be confirmed"): _DEADLINE_WORDS,
    ("generator/content/dates.c", " and "): _DEADLINE_WORDS,
    **{("generator/content/period.c", m): _MONTHS for m in (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December")},
    **{("generator/content/vocab.c", u): "unit ids of the measure files (unit: days)"
       for u in ("days", "weeks", "months", "years")},
    **{("generator/site/format.c", w): _PARAMETERS for w in ("day", "month", "year")},
    ("generator/site/charts.c", "month"): "the parameter name of chart.deadlines texts",
    ("generator/content/load.c", "equality outcome"):
        "what an unknown reference is to, in the message to the person running the command",
    ("generator/content/model_json.c", "equality outcome"):
        "the record's name in the writer's internal errors",
    **{("generator/content/translate.c", name):
        "a language's name in the parity warnings to the person running the command "
        "(no Welsh (cy) text for ...)" for name in ("English", "Welsh")},
    ("generator/site/pages_plan.c", "month"): "a key of the deadlines page's data",
    ("generator/site/pages_plan.c", "months"): "a key of the deadlines page's data",
    # Said to whoever writes the content.
    ("generator/content/load.c", "not being pursued"):
        "a diagnostic: why a lifecycle needs a reason",
    ("generator/report/scaffold.c", "no status given"):
        "a comment the report scaffold writes for the person filling it in",
    **{("generator/content/spec.c", t): SCHEMA_DOC for t in (
        "Why it is deferred or not being pursued (required then).",
        "Id of the plan shown first (default: the newest).",
        "Id of the plan whose documents state it.",
        "Words after the number.",
        "Id of the measure of this plan it is a part of (a breakdown by group).",
        "Id of the measure.",
        "Period of the latest figure (Q1 2019/20).",
        "Which way is better.",
        "What the tag stands for (A manifesto commitment of the administration).")},
    ("generator/report/common.c", "Monitoring report %s"):
        "the title `plansite report new` writes into the new report file for the editor to "
        "change: content in the site's language, not a word of the site's own",

}
FIXED_NAMES = ["Tower Hamlets", "London", "Single Equality Framework", "SEF", "Mayor of"]

# A lower-case word or a hyphenated one is an id, a key or a parameter name in C (lifecycle
# ids, page data keys, CSS classes), even where a theme text is spelt the same; a word a
# reader sees starts with a capital or holds a space.
ID_LIKE = re.compile(r"^[a-z][a-z0-9_-]*$")
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def c_literals(path):
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    text = re.sub(r"//[^\n]*", "", text)
    for lineno, line in enumerate(text.split("\n"), 1):
        if line.lstrip().startswith("#include"):
            continue
        for m in LITERAL.finditer(line):
            yield lineno, m.group(1)


def leaves(tree, prefix=""):
    if isinstance(tree, dict):
        for k, v in tree.items():
            yield from leaves(v, f"{prefix}.{k}" if prefix else str(k))
    elif tree is not None and not isinstance(tree, list):
        yield prefix, str(tree)


def theme_texts():
    folder = os.path.join(ROOT, "themes", "default", "strings")
    texts = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".yaml"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                for key, text in leaves(yaml.safe_load(f) or {}):
                    # A parameterised text is checked by its longest fixed piece.
                    pieces = [p.strip() for p in re.split(r"\{[a-z_]+\}", text)]
                    piece = max(pieces, key=len) if pieces else ""
                    if len(piece) >= 3 and re.search(r"[A-Za-z]{2}", piece):
                        texts.setdefault(piece, f"{name}: {key}")
    return texts


def council_names():
    content = os.path.join(ROOT, "content")
    names = set(FIXED_NAMES)
    with open(os.path.join(content, "site.yaml"), encoding="utf-8") as f:
        site = yaml.safe_load(f)
    for key in ("title", "council"):
        if site.get(key):
            names.add(site[key])
    for flag in site.get("flags") or []:
        for key in ("label", "name"):
            if isinstance(flag, dict) and flag.get(key):
                names.add(flag[key])
    registry = os.path.join(content, "registry")
    for name in sorted(os.listdir(registry)):
        with open(os.path.join(registry, name), encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
        for d in data.get("directorates") or []:
            if isinstance(d, dict) and d.get("name"):
                names.add(d["name"])
    plans = os.path.join(content, "plans")
    for plan in sorted(os.listdir(plans)):
        names.add(plan)
        path = os.path.join(plans, plan, "plan.yaml")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                data = yaml.safe_load(f) or {}
            if data.get("title"):
                names.add(data["title"])
    return sorted(n for n in names if len(n) >= 3)


def main():
    texts = theme_texts()
    names = council_names()
    name_res = [(n, re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])"))
                for n in names]
    passed = failed = 0
    for folder, _, files in sorted(os.walk(os.path.join(ROOT, "generator"))):
        for name in sorted(files):
            if not name.endswith((".c", ".h")):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, ROOT)
            for lineno, lit in c_literals(path):
                plain = re.sub(r"%[-+ #0-9.]*[a-z]+", "", lit).strip()
                finding = None
                if (rel, lit) in ALLOWED:
                    pass
                elif plain in texts and not ID_LIKE.match(plain):
                    finding = f"a reader's word, theme text {texts[plain]}"
                else:
                    for text, where in texts.items():
                        if len(text.split()) >= 3 and len(text) >= 15 and text in lit:
                            finding = f"holds theme text {where}: \"{text}\""
                            break
                if not finding:
                    for n, rx in name_res:
                        if rx.search(lit):
                            finding = f"names the council's own '{n}'"
                            break
                if finding:
                    print(f"{rel}:{lineno}: \"{lit}\": {finding}")
                    failed += 1
                else:
                    passed += 1
    print(f"checked {passed + failed} string literals against {len(texts)} theme texts "
          f"and {len(names)} council names")
    print(f"{1 if failed == 0 else 0} passed, {1 if failed else 0} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
