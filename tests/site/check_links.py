#!/usr/bin/env python3
"""Checks a built site: every internal link, image, stylesheet and script resolves to a file,
every #anchor to an id on its page, and no page repeats an id. Prints one line per problem
and a closing `N passed, N failed` (one check per page)."""
import os
import sys
from html.parser import HTMLParser
from urllib.parse import urlsplit, unquote


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = []
        self.refs = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.append(a["name"])
        for key in ("href", "src"):
            if a.get(key) is not None and not (tag == "link" and a.get("rel") == "canonical"):
                self.refs.append(a[key])
        if tag == "meta" and a.get("http-equiv", "").lower() == "refresh":
            content = a.get("content", "")
            if "url=" in content:
                self.refs.append(content.split("url=", 1)[1])


def main(root):
    pages = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                p = Page()
                with open(path, encoding="utf-8") as f:
                    p.feed(f.read())
                pages[os.path.normpath(path)] = p
    passed = failed = 0
    for path, p in sorted(pages.items()):
        problems = []
        seen = set()
        for i in p.ids:
            if i in seen:
                problems.append(f"duplicate id '{i}'")
            seen.add(i)
        for ref in p.refs:
            u = urlsplit(ref)
            if u.scheme or ref.startswith("//") or (ref.startswith("/") and path.endswith("404.html")):
                continue  # external, or the 404 page's absolute links
            target = path
            if u.path:
                target = os.path.normpath(os.path.join(os.path.dirname(path), unquote(u.path)))
                if os.path.isdir(target):
                    target = os.path.join(target, "index.html")
                if not os.path.isfile(target):
                    problems.append(f"broken link '{ref}'")
                    continue
            if u.fragment:
                tp = pages.get(os.path.normpath(target))
                if tp is not None and unquote(u.fragment) not in tp.ids:
                    problems.append(f"missing anchor '{ref}'")
        if problems:
            failed += 1
            for pr in problems[:10]:
                print(f"{os.path.relpath(path, root)}: {pr}")
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "site"))
