// check_datapackage.mjs DATAPACKAGE.json - validates a data package against the Frictionless
// Data v1 profiles shipped in the npm datapackage package: tabular-data-package for the
// whole descriptor and tabular-data-resource for each resource (with its CSV dialect).
// Prints one line per check and exits 1 on any error.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv04 from 'ajv-draft-04';

const require = createRequire(import.meta.url);
const profiles = require.resolve('datapackage/lib/profiles/tabular-data-package.json')
  .replace(/tabular-data-package\.json$/, '');
const load = (name) => JSON.parse(readFileSync(profiles + name + '.json', 'utf8'));

// The profiles carry annotation keywords of their own (propertyOrder, context, options):
// strict mode is for schemas we write, not for these.
const ajv = new Ajv04({ strict: false, allErrors: true, validateFormats: false });
const pkg = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let failed = 0;
const check = (label, schema, data) => {
  const validate = ajv.compile(schema);
  if (validate(data)) {
    console.log('ok   ' + label);
  } else {
    failed++;
    console.log('FAIL ' + label);
    for (const e of validate.errors.slice(0, 10))
      console.log('     ' + e.instancePath + ' ' + e.message + ' ' + JSON.stringify(e.params));
  }
};
check('datapackage.json against tabular-data-package', load('tabular-data-package'), pkg);
const resource = load('tabular-data-resource');
for (const r of pkg.resources || [])
  check('resource ' + r.name + ' against tabular-data-resource', resource, r);
process.exit(failed ? 1 : 0);
