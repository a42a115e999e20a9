"""yaml_to_json.py OUT_DIR FILE... - writes each YAML content file as JSON (OUT_DIR/N.json, in
order, one per line of the printed list "N.json FILE"), reading YAML as plansite does: dates
stay text. A file that is not YAML (the broken-bytes cases) is listed as "- FILE"."""
import json
import os
import sys

import yaml


class Loader(yaml.SafeLoader):
    """YAML 1.2 core schema as plansite reads it: dates stay text."""


Loader.yaml_implicit_resolvers = {
    k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

out = sys.argv[1]
for i, path in enumerate(sys.argv[2:]):
    try:
        with open(path, encoding="utf-8") as f:
            data = yaml.load(f, Loader=Loader)
    except (yaml.YAMLError, UnicodeDecodeError, ValueError):
        print("- " + path)
        continue
    name = os.path.join(out, "%d.json" % i)
    with open(name, "w") as f:
        json.dump(data if data is not None else {}, f)
    print(name + " " + path)
