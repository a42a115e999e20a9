#!/usr/bin/env python3
"""check_strings.py [DIR] - compares every strings file of a theme (DIR, by default
themes/default/strings) with its base language's file, en-GB.yaml, key by key.

For each LANG.yaml other than en-GB.yaml, four checks:
- every key of en-GB.yaml is there (a text, or a plural map where en-GB has one);
- it has no key en-GB.yaml lacks (a misspelt key would never be read);
- each text names the same set of {parameters} as en-GB's (`{{` and `}}` are braces, not
  parameters); for a plural map, every form names the parameters en-GB's forms name;
- each plural map has every CLDR category the language uses (Welsh, cy: zero, one, two,
  few, many, other; any other language: at least other).
Each difference is printed with the file and the key. Ends "N passed, N failed".
"""
import os
import re
import sys

import yaml

BASE = "en-GB.yaml"
CATEGORIES = ("zero", "one", "two", "few", "many", "other")
# The plural categories each language's rules use (generator/site/strings.c); a language
# not named here has only "other".
LANGUAGE_CATEGORIES = {
    "cy": CATEGORIES,
    "en": ("one", "other"),
}
PARAM = re.compile(r"\{([^{}]*)\}")


def load(path):
    with open(path, encoding="utf-8") as f:
        # BaseLoader: every scalar a string, so "1:" and "no:" stay keys as written.
        return yaml.load(f, Loader=yaml.BaseLoader) or {}


def is_plural(node):
    # "other" is not required here, so that a map lacking it is still reported as a plural
    # map lacking a form rather than as keys en-GB lacks.
    return isinstance(node, dict) and bool(node) and all(k in CATEGORIES for k in node)


def flatten(node, prefix, out):
    """Key path -> text (str) or plural map (dict of category -> text). A map that is a
    plural map or whose keys are all numbers (format.month) is a leaf."""
    if isinstance(node, dict) and not is_plural(node) and not (
            node and all(re.fullmatch(r"[0-9]+", k) for k in node)):
        for k, v in node.items():
            flatten(v, f"{prefix}.{k}" if prefix else k, out)
    else:
        out[prefix] = node
    return out


def params(text):
    if not isinstance(text, str):
        return None
    return set(PARAM.findall(text.replace("{{", "").replace("}}", "")))


def leaf_params(leaf):
    """The parameters a leaf names: a text's, the union of a plural map's forms' or of a
    numbered map's entries'."""
    if isinstance(leaf, dict):
        s = set()
        for v in leaf.values():
            s |= params(v) or set()
        return s
    return params(leaf) or set()


def kind(leaf):
    if is_plural(leaf):
        return "a plural map"
    if isinstance(leaf, dict):
        return "a map"
    if isinstance(leaf, str):
        return "a text"
    return "a list" if isinstance(leaf, list) else "something else"


def fmt(s):
    return "{" + "}, {".join(sorted(s)) + "}" if s else "none"


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "themes/default/strings"
    base_path = os.path.join(folder, BASE)
    base = flatten(load(base_path), "", {})
    passed = failed = 0

    def report(ok, what, problems):
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"ok: {what}")
        else:
            failed += 1
            print(f"FAILED: {what}")
            for p in problems:
                print(f"  {p}")

    others = sorted(n for n in os.listdir(folder) if n.endswith(".yaml") and n != BASE)
    for name in others:
        lang = name[:-len(".yaml")]
        need = LANGUAGE_CATEGORIES.get(lang.split("-")[0].lower(), ("other",))
        tr = flatten(load(os.path.join(folder, name)), "", {})

        missing = [f"{name}: {k}: missing (en-GB has {kind(base[k])})"
                   for k in base if k not in tr]
        report(not missing, f"{name}: every key of {BASE} is there", missing)

        extra = [f"{name}: {k}: not a key of {BASE}" for k in tr if k not in base]
        report(not extra, f"{name}: no key {BASE} lacks", extra)

        wrong = []
        for k, en in base.items():
            if k not in tr:
                continue
            t = tr[k]
            if is_plural(en) != is_plural(t) or isinstance(en, dict) != isinstance(t, dict):
                wrong.append(f"{name}: {k}: {kind(t)}, but en-GB has {kind(en)}")
                continue
            want = leaf_params(en)
            forms = t.items() if is_plural(t) else [(None, t)] if not isinstance(t, dict) \
                else t.items()
            for cat, text in forms:
                got = params(text)
                where = f"{k}.{cat}" if cat is not None else k
                if got is None:
                    wrong.append(f"{name}: {where}: {kind(text)}, not a text")
                elif got != want:
                    wrong.append(f"{name}: {where}: parameters {fmt(got)}, en-GB has {fmt(want)}")
        report(not wrong, f"{name}: every text names the parameters en-GB's names", wrong)

        plural = []
        for k, t in tr.items():
            if is_plural(t):
                lack = [c for c in need if c not in t]
                if lack:
                    plural.append(f"{name}: {k}: lacks plural form{'s' if len(lack) > 1 else ''} "
                                  f"{', '.join(lack)}")
        report(not plural, f"{name}: every plural map has the forms {lang} needs "
               f"({', '.join(need)})", plural)

    if not others:
        print(f"(no strings file besides {BASE} in {folder})")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
