#!/usr/bin/env python3
"""check_svgs.py FILE|DIR... - every inline <svg> in the given HTML files (or *.html under the
given folders) must be well-formed XML (checked with xmllint) and, unless aria-hidden="true",
have role="img" with <title> and <desc> as its first children. With --figure, each file must
also be a well-formed fragment as a whole (the chart golden files are one <figure> each).

Prints one line per check, "PASS what" or "FAIL what: why"; exits 1 if any check failed."""
import os
import re
import subprocess
import sys

SVG = re.compile(r"<svg\b.*?</svg>", re.S)
START = re.compile(r"<svg\b[^>]*>", re.S)


def xmllint(text):
    """None if text is well-formed XML, else xmllint's complaint."""
    run = subprocess.run(["xmllint", "--noout", "-"], input=text.encode("utf-8"),
                         capture_output=True)
    if run.returncode == 0:
        return None
    return run.stderr.decode("utf-8", "replace").strip().splitlines()[0]


def check_svg(svg):
    """A list of problems with one <svg>...</svg>."""
    problems = []
    err = xmllint(svg)
    if err:
        return ["not well-formed: " + err]
    start = START.match(svg).group(0)
    if 'aria-hidden="true"' in start:
        return problems
    if 'role="img"' not in start:
        problems.append('no role="img"')
    rest = svg[len(start):].lstrip()
    if not rest.startswith("<title>"):
        problems.append("<title> is not the first child")
    else:
        rest = rest[rest.find("</title>") + len("</title>"):].lstrip()
        if not rest.startswith("<desc>"):
            problems.append("<desc> does not follow <title>")
        elif rest.startswith("<desc></desc>"):
            problems.append("empty <desc>")
    if re.search(r"\b(nan|inf)\b", svg, re.I):
        problems.append("NaN or infinity in the output")
    return problems


def html_files(args):
    for arg in args:
        if os.path.isdir(arg):
            for root, dirs, files in os.walk(arg):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(".html"):
                        yield os.path.join(root, name)
        else:
            yield arg


def main(argv):
    figure = "--figure" in argv
    args = [a for a in argv if a != "--figure"]
    failed = 0
    for path in html_files(args):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if figure:
            err = xmllint("<root>" + text + "</root>")
            if err:
                print(f"FAIL {path}: figure not well-formed: {err}")
                failed += 1
            else:
                print(f"PASS {path}: figure well-formed")
        for i, m in enumerate(SVG.finditer(text), 1):
            problems = check_svg(m.group(0))
            if problems:
                print(f"FAIL {path}: svg {i}: " + "; ".join(problems))
                failed += 1
            else:
                print(f"PASS {path}: svg {i}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
