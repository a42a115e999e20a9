"""schema_check.py SCHEMA DIR... - validates every *.yaml file under DIR against the JSON Schema
that `plansite schema` prints, as an editor's YAML language server would. Prints one line per
file with errors and exits 1 if there were any. Needs python3-jsonschema and python3-yaml."""
import glob
import json
import sys

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    """YAML 1.2 core schema as plansite reads it: dates stay text."""


Loader.yaml_implicit_resolvers = {
    k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

schema = json.load(open(sys.argv[1]))
jsonschema.Draft7Validator.check_schema(schema)
validator = jsonschema.Draft7Validator(schema)
bad = 0
for root in sys.argv[2:]:
    for path in sorted(glob.glob(root + "/**/*.yaml", recursive=True)):
        errors = list(validator.iter_errors(yaml.load(open(path), Loader=Loader)))
        if errors:
            bad += 1
            e = min(errors, key=lambda e: len(list(e.path)))
            print(f"{path}: {'/'.join(map(str, e.path))}: {e.message[:200]}")
sys.exit(1 if bad else 0)
