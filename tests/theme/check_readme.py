#!/usr/bin/env python3
"""check_readme.py README TEMPLATE_DATA... - compares the key paths themes/default/README.md
documents for each kind of page with those `plansite template-data` prints, both ways.

The README's tables have rows `| `key.path` | what it holds |`. Sections:
- "## Keys every page has": keys documented once for every kind (each must exist on some
  page);
- "### Shape `NAME`": the keys of a value that many places hold (relative to it);
- "### `KIND` pages": the keys of one kind.
A description that links to a shape, [NAME](#shape-NAME), documents that shape's keys
below its key too (key `a` -> `a.title`, key `a[]` -> `a[].title`). A shape's own keys
need only exist below one of the keys that link to it, anywhere.

One check per kind (every key its pages have is documented, every key its section names
exists), one per shape. Several TEMPLATE_DATA files (from several content folders) count
as one: their keys are joined kind by kind., one for the shared keys, one that every kind has a section. Each
difference is printed with the kind and the exact key path. Ends "N passed, N failed".
"""
import re
import sys

ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|(.*)\|\s*$")
SHAPE_REF = re.compile(r"\]\(#shape-([a-z0-9-]+)\)")


def parse_readme(path):
    shared, shapes, kinds = {}, {}, {}
    current = None
    for lineno, line in enumerate(open(path, encoding="utf-8"), 1):
        h = re.match(r"^(#{2,3}) (.*)$", line)
        if h:
            title = h.group(2).strip()
            m_shape = re.match(r"^Shape `([a-z0-9-]+)`$", title)
            m_kind = re.match(r"^`([a-z0-9-]+)` pages?\b", title)
            if title == "Keys every page has":
                current = shared
            elif m_shape:
                current = shapes.setdefault(m_shape.group(1), {})
            elif m_kind:
                current = kinds.setdefault(m_kind.group(1), {})
            elif h.group(1) == "##":
                current = None
            continue
        m = ROW.match(line)
        if m and current is not None:
            key = m.group(1)
            current[key] = (SHAPE_REF.findall(m.group(2)), lineno)
    return shared, shapes, kinds


def parse_data(path, kinds):
    kind = None
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        if not line.startswith(" "):
            kind = line.strip()
            kinds.setdefault(kind, {})
            continue
        if line.strip().startswith("("):
            continue  # no pages of this kind
        parts = line.split(None, 1)
        kinds[kind].setdefault(parts[0], parts[1].strip())
    return kinds


def join(prefix, key):
    return key if not prefix else prefix + ("" if key.startswith("[]") else ".") + key


def expand(table, shapes, prefix, out, uses, depth=0):
    """Every documented path of table below prefix into out (path -> (shape or None, key,
    line)); shape uses into uses (shape -> prefixes)."""
    if depth > 20:
        return
    for key, (refs, lineno) in table.items():
        path = join(prefix, key)
        out.setdefault(path, (None, key, lineno))
        for ref in refs:
            if ref not in shapes:
                out[path + "#" + ref] = ("?", ref, lineno)
                continue
            uses.setdefault(ref, []).append(path)
            sub = {}
            expand(shapes[ref], shapes, path, sub, uses, depth + 1)
            for p, v in sub.items():
                out.setdefault(p, (ref,) + v[1:] if v[0] is None else v)


def main():
    readme = sys.argv[1]
    shared, shapes, kinds_doc = parse_readme(readme)
    data = {}
    for data_file in sys.argv[2:]:
        parse_data(data_file, data)
    passed = failed = 0

    def report(ok, what, problems):
        nonlocal passed, failed
        if ok:
            passed += 1
            print("ok: " + what)
        else:
            failed += 1
            print("FAILED: " + what)
            for p in problems:
                print("    " + p)

    uses = {}
    shared_docs = {}
    expand(shared, shapes, "", shared_docs, uses)
    for kind, keys in data.items():
        docs = dict(shared_docs)
        if kind in kinds_doc:
            expand(kinds_doc[kind], shapes, "", docs, uses)
        problems = []
        for path, held in keys.items():
            if path not in docs:
                problems.append("%s: key `%s` (%s) is in the data but not documented"
                                % (kind, path, held))
        for path, (shape, key, lineno) in docs.items():
            if shape == "?":
                problems.append("%s:%d: %s: `%s` links to shape `%s`, which the README "
                                "does not define" % (readme, lineno, kind, path.split("#")[0], key))
            elif shape is None and path not in shared_docs and path not in keys and keys:
                problems.append("%s:%d: %s: documented key `%s` is not in the data"
                                % (readme, lineno, kind, path))
        if kind not in kinds_doc:
            problems.append("%s: the README has no section \"### `%s` pages\"" % (kind, kind))
        report(not problems, "%s: documented keys match the data (%d keys)" % (kind, len(keys)),
               problems)

    stray = ["%s: the README documents a kind of page the code does not have" % k
             for k in kinds_doc if k not in data]
    report(not stray, "every documented kind of page exists", stray)

    everything = set()
    for keys in data.values():
        everything |= set(keys)
    problems = ["%s:%d: shared key `%s` is on no page" % (readme, lineno, key)
                for key, (refs, lineno) in shared.items() if key not in everything]
    report(not problems, "every shared key is on some page", problems)

    for name, table in shapes.items():
        prefixes = uses.get(name, [])
        problems = []
        if not prefixes:
            problems.append("shape `%s` is used by no key" % name)
        for key, (refs, lineno) in table.items():
            if not any(join(p, key) in everything for p in prefixes):
                problems.append("%s:%d: shape `%s`: key `%s` is on no page below any of "
                                "its %d uses" % (readme, lineno, name, key, len(prefixes)))
        report(not problems, "shape %s: every key exists" % name, problems)

    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
