#!/usr/bin/env python3
"""check_hreflang.py SITE BASE - every HTML page of a two-language site (en-GB at the root,
cy under cy/) has <link rel="alternate" hreflang> for en-GB, cy and x-default (x-default the
en-GB page), its own language's link names the page itself, the other language's page exists,
and that page links back to this one. Prints one line per problem and a closing
`N passed, N failed` (one check per page)."""
import os
import sys
from html.parser import HTMLParser

LANGS = {"en-GB": "", "cy": "cy/"}


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.alt = {}
        self.lang = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "link" and a.get("rel") == "alternate" and a.get("hreflang"):
            self.alt.setdefault(a["hreflang"], []).append(a.get("href"))


def page_of(url, base):
    """The site-relative file an absolute address names, or None."""
    if not url or not url.startswith(base):
        return None
    rel = url[len(base):]
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    return rel


def main(root, base):
    pages = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".html"):
                rel = os.path.relpath(os.path.join(folder, name), root)
                p = Links()
                with open(os.path.join(root, rel), encoding="utf-8") as f:
                    p.feed(f.read())
                pages[rel] = p
    passed = failed = 0
    for rel, p in sorted(pages.items()):
        lang = "cy" if rel.startswith("cy/") else "en-GB"
        problems = []
        if p.lang != lang:
            problems.append(f"<html lang='{p.lang}'>, not '{lang}'")
        for tag in list(LANGS) + ["x-default"]:
            if len(p.alt.get(tag, [])) != 1:
                problems.append(f"{len(p.alt.get(tag, []))} hreflang='{tag}' links, not 1")
        if problems:
            failed += 1
            print(f"{rel}: " + "; ".join(problems))
            continue
        if page_of(p.alt[lang][0], base) != rel:
            problems.append(f"its own hreflang='{lang}' link is {p.alt[lang][0]}")
        if p.alt["x-default"] != p.alt["en-GB"]:
            problems.append(f"x-default {p.alt['x-default'][0]} is not the en-GB page {p.alt['en-GB'][0]}")
        for other in LANGS:
            if other == lang:
                continue
            there = page_of(p.alt[other][0], base)
            if there not in pages:
                problems.append(f"hreflang='{other}' {p.alt[other][0]}: no such page")
                continue
            back = page_of((pages[there].alt.get(lang) or [None])[0], base)
            if back != rel:
                problems.append(f"{there} does not link back (its hreflang='{lang}' names {back})")
        if problems:
            failed += 1
            print(f"{rel}: " + "; ".join(problems))
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
