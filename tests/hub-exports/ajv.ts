// The schemas under hub/exports/schemas, compiled with Ajv's JSON Schema 2020-12 build.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = (name: string) => JSON.parse(readFileSync(new URL(`../../hub/exports/schemas/${name}`, import.meta.url), 'utf8')) as object;

// Strict, but `required` may name a property another subschema defines (the STIX common properties, anyOf alternatives).
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
export const validateStix = ajv.compile(schema('stix-2.1.schema.json'));
export const validateMisp = ajv.compile(schema('misp-event.schema.json'));

/** The errors, readable in a failed expectation. */
export const errorsOf = (validate: { errors?: { instancePath: string; message?: string }[] | null }) =>
  (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
