#!/usr/bin/env python3
"""normalise.py DIR - rewrites every HTML, SVG and XML file in DIR with one tag per line.

Golden files are stored in this form so that a reviewer's diff shows whole changed elements
instead of one long changed line; the site itself is not changed. Text between tags keeps its
own bytes; only a line break is added before a tag that does not already start a line.
"""
import os
import re
import sys

TAG_START = re.compile(r"(?<=[^\n])<(?=[A-Za-z/!?])")


def normalise(text):
    return TAG_START.sub("\n<", text)


def main():
    root = sys.argv[1]
    for folder, _, files in os.walk(root):
        for name in files:
            if not name.endswith((".html", ".svg", ".xml")):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8", newline="") as f:
                text = f.read()
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(normalise(text))


if __name__ == "__main__":
    main()
