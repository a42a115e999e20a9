// check_schema.mjs SCHEMA.json [FILE.json...] - compiles the content JSON Schema with ajv in
// strict mode (every strict check on, as an error) and validates each FILE (YAML content
// converted to JSON by the caller). Prints "ok"/"FAIL" lines; with files, prints for each
// "valid FILE" or "invalid FILE: errors", and exits 0 when the schema compiles.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const schema = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const ajv = new Ajv({ strict: true, allErrors: true });
addFormats(ajv);
let validate;
try {
  validate = ajv.compile(schema);
  console.log('ok   the content schema compiles in ajv strict mode');
} catch (e) {
  console.log('FAIL the content schema compiles in ajv strict mode: ' + e.message);
  process.exit(1);
}
for (const file of process.argv.slice(3)) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  if (validate(data)) console.log('valid ' + file);
  else
    console.log('invalid ' + file + ': ' +
      validate.errors.slice(0, 3).map((e) => e.instancePath + ' ' + e.message).join('; '));
}
