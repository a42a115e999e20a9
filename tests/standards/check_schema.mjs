// check_schema.mjs SCHEMA.json [--definition NAME] [FILE.json...] - compiles a JSON Schema
// (the content schema, or the data schema plansite.schema.json) with ajv in strict mode (every
// strict check on, as an error) and validates each FILE (YAML content converted to JSON by the
// caller, or data files) against it, or against its definitions/NAME. Prints "ok"/"FAIL"
// lines; with files, prints for each "valid FILE" or "invalid FILE: errors", and exits 0 when
// the schema compiles.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const schema = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let files = process.argv.slice(3);
let definition = null;
if (files[0] === '--definition') {
  definition = files[1];
  files = files.slice(2);
}
const name = schema.title || 'the schema';
const ajv = new Ajv({ strict: true, allErrors: true });
addFormats(ajv);
let validate;
try {
  validate = ajv.compile(schema);
  if (definition) {
    const id = schema.$id || 'schema.json';
    validate = ajv.compile({ $ref: id + '#/definitions/' + definition });
  }
  console.log('ok   ' + name + ' compiles in ajv strict mode');
} catch (e) {
  console.log('FAIL ' + name + ' compiles in ajv strict mode: ' + e.message);
  process.exit(1);
}
for (const file of files) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  if (validate(data)) console.log('valid ' + file);
  else
    console.log('invalid ' + file + ': ' +
      validate.errors.slice(0, 3).map((e) => e.instancePath + ' ' + e.message).join('; '));
}
