#!/usr/bin/env python3
"""check_data.py SITE SITE_WITH_BASE BASE_URL DUMP_JSON

Checks the open data, search index, feeds and linked data of two builds of the same content
(without and with a base URL) against the model (`plansite dump`). Python standard library
only. Prints one line per check and ends with "N passed, N failed"."""
import csv
import glob
import html.parser
import io
import json
import os
import re
import sys

passed = 0
failed = 0


def check(ok, what, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok: " + what)
    else:
        failed += 1
        print("FAILED: " + what + (": " + str(detail) if detail else ""))


# ---- a validator for the subset of JSON Schema (draft-07) that plansite.schema.json uses ----

class Invalid(Exception):
    pass


def json_type(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "array"
    return "object"


SUPPORTED = {"$schema", "$id", "title", "description", "type", "required", "properties",
             "additionalProperties", "items", "enum", "const", "pattern", "$ref", "definitions"}


def validate(v, schema, root, where="$"):
    unknown = set(schema) - SUPPORTED
    if unknown:
        raise Invalid("%s: the test validator does not know %s" % (where, sorted(unknown)))
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/"):
            raise Invalid("%s: only local $ref supported: %s" % (where, ref))
        target = root
        for part in ref[2:].split("/"):
            target = target[part]
        validate(v, target, root, where)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        t = json_type(v)
        if not (t in types or (t == "integer" and "number" in types)):
            raise Invalid("%s: %s is not of type %s" % (where, t, types))
    if "const" in schema and v != schema["const"]:
        raise Invalid("%s: %r is not %r" % (where, v, schema["const"]))
    if "enum" in schema and v not in schema["enum"]:
        raise Invalid("%s: %r not in %r" % (where, v, schema["enum"]))
    if "pattern" in schema and isinstance(v, str) and not re.search(schema["pattern"], v):
        raise Invalid("%s: %r does not match %s" % (where, v, schema["pattern"]))
    if isinstance(v, dict):
        for k in schema.get("required", []):
            if k not in v:
                raise Invalid("%s: missing %s" % (where, k))
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for k, x in v.items():
            if k in props:
                validate(x, props[k], root, where + "." + k)
            elif extra is False:
                raise Invalid("%s: unexpected %s" % (where, k))
            elif isinstance(extra, dict):
                validate(x, extra, root, where + "." + k)
    if isinstance(v, list) and "items" in schema:
        for i, x in enumerate(v):
            validate(x, schema["items"], root, "%s[%d]" % (where, i))


def valid(v, schema, root):
    try:
        validate(v, schema, root)
        return None
    except Invalid as e:
        return str(e)


# ---- helpers ----

def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    return text, list(csv.reader(io.StringIO(text, newline=""), strict=True))


def type_ok(kind, value):
    if value == "":
        return True
    if kind == "integer":
        return re.fullmatch(r"-?[0-9]+", value) is not None
    if kind == "number":
        try:
            float(value)
            return True
        except ValueError:
            return False
    if kind == "boolean":
        return value in ("true", "false")
    if kind == "date":
        return re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value) is not None
    return True


class Head(html.parser.HTMLParser):
    """Collects <link>, <meta> and JSON-LD <script> from a page."""

    def __init__(self):
        super().__init__()
        self.links, self.metas, self.jsonld, self.ids = [], [], [], set()
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "link":
            self.links.append(a)
        elif tag == "meta":
            self.metas.append(a)
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._in_ld = True
            self.jsonld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_ld = False

    def handle_data(self, data):
        if self._in_ld:
            self.jsonld[-1] += data


def head(path):
    h = Head()
    with open(path, encoding="utf-8") as f:
        h.feed(f.read())
    return h


def main():
    site, based, base, dump_path = sys.argv[1:5]
    with open(dump_path, encoding="utf-8") as f:
        model = json.load(f)
    plans = [p["id"] for p in model["plans"]]
    items = [it for p in model["plans"] for it in p["items"]]

    def expected(table, plan=None):
        its = [it for p in model["plans"] if plan in (None, p["id"]) for it in p["items"]]
        if table in ("activities", "deliverables", "measures"):
            return sum(1 for it in its if it["kind"] + ("s" if table != "activities" else "") ==
                       table or (table == "activities" and it["kind"] == "activity"))
        if table == "measure-history":
            return sum(len(it.get("measure", {}).get("history", [])) for it in its
                       if it["kind"] == "measure")
        eos = model["equality_outcomes"]
        if table == "equality-outcomes":
            return sum(1 for e in eos if plan is None or e.get("plan") == plan)
        if table == "equality-links":
            paths = {it["path"] for it in its}
            return sum(1 for e in eos for l in e.get("links", []) if l in paths)
        if table == "characteristic-links":
            # one row per group an item names directly, and per group of each equality
            # outcome it is linked to (the route column says which)
            paths = {it["path"] for it in its}
            direct = sum(len(it.get("characteristics", [])) for it in its)
            via = sum(len(e.get("characteristics", [])) for e in eos
                      for l in e.get("links", []) if l in paths)
            return direct + via
        raise ValueError(table)

    # -- datapackage and CSV --
    with open(os.path.join(site, "data", "datapackage.json"), encoding="utf-8") as f:
        package = json.load(f)
    resources = {r["path"]: r for r in package["resources"]}
    csvs = sorted(os.path.relpath(p, os.path.join(site, "data"))
                  for p in glob.glob(os.path.join(site, "data", "**", "*.csv"), recursive=True))
    check(sorted(resources) == csvs, "datapackage.json describes every CSV file",
          set(resources) ^ set(csvs))
    lic = package.get("licenses", [{}])[0]
    check(lic.get("name") == "OGL-UK-3.0" and lic.get("path", "").startswith("https://"),
          "datapackage.json names the licence (Open Government Licence v3.0)", lic)
    tables = ["activities", "deliverables", "measures", "measure-history", "equality-outcomes",
              "equality-links", "characteristic-links"]
    check(len(csvs) == len(tables) * (len(plans) + 1), "one CSV per table, for the site and per plan",
          len(csvs))
    for rel in csvs:
        text, rows = read_csv(os.path.join(site, "data", rel))
        fields = resources.get(rel, {}).get("schema", {}).get("fields", [])
        names = [fl["name"] for fl in fields]
        problems = []
        if not rows or rows[0] != names:
            problems.append("header differs from datapackage.json")
        if not text.endswith("\r\n") or not rows[0] or not text.startswith(",".join(rows[0]) + "\r\n"):
            problems.append("lines do not end in CRLF")
        for i, r in enumerate(rows[1:], 2):
            if len(r) != len(names):
                problems.append("row %d has %d fields, not %d" % (i, len(r), len(names)))
                break
            for fl, v in zip(fields, r):
                if not type_ok(fl["type"], v):
                    problems.append("row %d: %s=%r is not %s" % (i, fl["name"], v, fl["type"]))
                    break
        parts = rel.split("/")
        table = parts[-1][:-4]
        plan = parts[0] if len(parts) == 2 else None
        want = expected(table, plan)
        if len(rows) - 1 != want:
            problems.append("%d rows, the model has %d" % (len(rows) - 1, want))
        check(not problems, "%s parses (%d rows) and matches the model" % (rel, len(rows) - 1),
              "; ".join(problems[:3]))

    # url columns: site-relative without a base URL, absolute with one
    _, rows = read_csv(os.path.join(site, "data", "deliverables.csv"))
    _, brows = read_csv(os.path.join(based, "data", "deliverables.csv"))
    ui = rows[0].index("url")
    paths = {it["path"] for it in items}
    check(all(r[ui] in paths for r in rows[1:]), "without base_url, url is the item's path")
    check(all(r[ui].startswith(base) and r[ui][len(base):] in paths for r in brows[1:]),
          "with base_url, url is base_url + path")
    _, hrows = read_csv(os.path.join(site, "data", "measure-history.csv"))
    hu = hrows[0].index("url")
    bad = []
    for r in hrows[1:]:
        path, _, anchor = r[hu].partition("#")
        page = os.path.join(site, path, "index.html")
        if not anchor or not os.path.exists(page) or anchor not in head(page).ids:
            bad.append(r[hu])
            if len(bad) > 3:
                break
    check(not bad, "every measure-history row links to an anchor on its measure page", bad)

    # -- JSON and its schema --
    with open(os.path.join(site, "data", "plansite.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    with open(os.path.join(site, "data", "plansite.json"), encoding="utf-8") as f:
        data = json.load(f)
    check(valid(data, schema, schema) is None, "plansite.json is valid against plansite.schema.json",
          valid(data, schema, schema))
    jitems = [it for p in data["plans"] for it in p["items"]]
    check([it["path"] for it in jitems] == [it["path"] for it in items],
          "plansite.json holds every item of the model, in order")
    check(len(data["equality_outcomes"]) == len(model["equality_outcomes"]) and
          len(data["people"]) == len(model["people"]) and
          len(data["directorates"]) == len(model["directorates"]),
          "plansite.json holds every equality outcome, person and directorate")
    item_schema = schema["definitions"]["item"]
    problems = []
    for it in jitems:
        p = os.path.join(site, it["path"], "index.json")
        if not os.path.exists(p):
            problems.append("missing " + p)
            continue
        with open(p, encoding="utf-8") as f:
            one = json.load(f)
        err = valid(one, item_schema, schema)
        if err or one != it:
            problems.append(p + ": " + (err or "differs from plansite.json"))
        if len(problems) > 3:
            break
    check(not problems, "every item page has an index.json, valid and equal to plansite.json's",
          problems)
    # the schema really rejects wrong data
    broken = json.loads(json.dumps(jitems[0]))
    broken["status"] = "finished"
    check(valid(broken, item_schema, schema) is not None, "the schema rejects an unknown status")

    # -- search index (split: manifest, shards, fragments; see generator/search/search.h) --
    sdir = os.path.join(site, "search")
    def registered(rel):
        with open(os.path.join(sdir, rel), encoding="utf-8") as f:
            js = f.read()
        m = re.match(r'plansiteSearch\("([^"]+)",(.*)\);\n$', js, re.S)
        return (m.group(1), json.loads(m.group(2))) if m else (None, None)
    name, manifest = registered("manifest.js")
    check(name == "manifest" and manifest and manifest["docs"] > 0,
          "the search manifest registers itself (%d documents)" % (manifest or {}).get("docs", 0))
    size = os.path.getsize(os.path.join(sdir, "manifest.js"))
    check(size < 60_000, "the search manifest is small (%d bytes)" % size)
    have = set()
    for block in range(0, (manifest or {}).get("docs", 0), manifest["block"] if manifest else 1):
        _, frags = registered("r/%d.js" % (block // manifest["block"]))
        have |= {e[0] for e in frags or []}
    missing = [it["path"] for it in items if it["path"] not in have]
    check(manifest and not missing, "the search fragments hold every item (%d)" % len(have), missing[:3])
    shards = sorted(os.listdir(os.path.join(sdir, "v")), key=lambda x: int(x.split(".")[0]))
    firsts = [registered("v/" + x)[1][0][0] for x in shards]
    check(manifest and firsts == manifest["v"], "the manifest names the first word of every vocabulary shard")
    biggest = max(os.path.getsize(os.path.join(sdir, d, x)) for d in ("v", "p") for x in os.listdir(os.path.join(sdir, d)))
    check(biggest < 40_000, "every vocabulary and postings shard is small (largest %d bytes)" % biggest)
    with open(os.path.join(sdir, "index.html"), encoding="utf-8") as f:
        page = f.read()
    browse = []
    for dirpath, _, names in os.walk(os.path.join(sdir, "browse")):
        for n in names:
            if n == "index.html":
                with open(os.path.join(dirpath, n), encoding="utf-8") as f:
                    browse.append(f.read())
    linked = "".join(browse)
    missing = [it["path"] for it in items if 'href="' not in linked or ("/%sindex.html\"" % it["path"]) not in linked]
    check(browse and not missing, "the browse pages link every item (no JavaScript needed; %d pages)" % len(browse),
          missing[:3])
    check("<script>" not in page and 'src="../static/search.js"' in page,
          "the search page loads only external scripts (CSP script-src 'self')")

    # -- data page --
    with open(os.path.join(site, "data", "index.html"), encoding="utf-8") as f:
        page = f.read()
    files = ["plansite.json", "plansite.schema.json", "datapackage.json"] + csvs
    missing = [x for x in files if 'href="%s"' % x not in page]
    check(not missing, "the data page links every data file", missing[:3])
    check("Open Government Licence v3.0" in page and re.search(r"<time datetime=\"\d{4}-\d\d-\d\d\"", page),
          "the data page names the licence and the report dates")

    # -- feeds, sitemap, robots --
    check(not os.path.exists(os.path.join(site, "sitemap.xml")) and
          not glob.glob(os.path.join(site, "**", "feed.xml"), recursive=True),
          "without base_url no sitemap or feeds are written")
    check(os.path.exists(os.path.join(site, "robots.txt")), "robots.txt is written")
    with open(os.path.join(based, "robots.txt"), encoding="utf-8") as f:
        check("Sitemap: %ssitemap.xml" % base in f.read(), "robots.txt points at the sitemap")
    with open(os.path.join(based, "sitemap.xml"), encoding="utf-8") as f:
        sm = f.read()
    missing = [it["path"] for it in items if "<loc>%s%s</loc>" % (base, it["path"]) not in sm]
    check(not missing, "the sitemap lists every item with its absolute address", missing[:3])
    dates = {r["as_of"] for p in model["plans"] for r in p.get("reports", [])}
    feeds = glob.glob(os.path.join(based, "**", "feed.xml"), recursive=True)
    want = 1 + len(items) + len(model["directorates"]) + len(model["characteristics"])
    check(len(feeds) == want, "one feed for the site, every item, directorate and group (%d)" % want,
          len(feeds))
    bad = []
    for fp in feeds:
        with open(fp, encoding="utf-8") as f:
            for d in re.findall(r"<updated>([^<]*)</updated>", f.read()):
                if d[:10] not in dates and d[:10] not in {p.get("as_of") for p in model["plans"]}:
                    bad.append((fp, d))
    check(not bad, "every Atom date is a report's as_of date", bad[:3])

    # -- heads: canonical, feeds, Open Graph, JSON-LD --
    it = next(x for x in items if x["kind"] == "deliverable")
    h = head(os.path.join(based, it["path"], "index.html"))
    canon = [l for l in h.links if l.get("rel") == "canonical"]
    check(canon and canon[0]["href"] == base + it["path"], "item pages have a canonical link")
    alt = [l for l in h.links if l.get("rel") == "alternate" and l.get("type") == "application/atom+xml"]
    check(alt and alt[0]["href"].endswith(it["path"] + "feed.xml"),
          "item pages link their Atom feed", alt)
    props = {m.get("property") or m.get("name"): m.get("content") for m in h.metas}
    check(props.get("og:title") and props.get("og:url") == base + it["path"] and
          props.get("twitter:card") == "summary", "item pages have Open Graph and Twitter card meta")
    h0 = head(os.path.join(site, it["path"], "index.html"))
    check(not [l for l in h0.links if l.get("type") == "application/atom+xml"],
          "without base_url pages link no feed")
    for where in (site, based):
        h = head(os.path.join(where, "index.html"))
        try:
            ld = [json.loads(x) for x in h.jsonld]
            types = {g["@type"] for x in ld for g in x["@graph"]}
            ok = {"GovernmentOrganization", "Dataset"} <= types
        except (ValueError, KeyError) as e:
            ok, types = False, e
        check(ok, "the home page has JSON-LD with GovernmentOrganization and Dataset (%s)" %
              ("with base_url" if where == based else "without"), types)

    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
