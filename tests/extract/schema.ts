// Validators for schema/snapshot.schema.json (the snapshot) and its notAProfile definition.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { NotAProfile, ProfileSnapshot } from '../../src/model.ts';

const schema = JSON.parse(readFileSync(new URL('../../schema/snapshot.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true });
ajv.addSchema(schema, 'snapshot');
const snapshotValidator = ajv.getSchema('snapshot');
const notAProfileValidator = ajv.compile({ $ref: 'snapshot#/definitions/notAProfile' });

/** Errors of a readPage result against the schema; [] when valid. */
export function schemaErrors(result: ProfileSnapshot | NotAProfile): string[] {
  const validate = 'schemaVersion' in result ? snapshotValidator : notAProfileValidator;
  if (!validate) throw new Error('schema did not compile');
  if (validate(result)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
