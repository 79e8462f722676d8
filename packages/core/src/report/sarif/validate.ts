import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

let validator: ValidateFunction | undefined;

/**
 * Check a SARIF log against the official SARIF 2.1.0 schema (shipped beside this file). The
 * schema is draft-04; Ajv 8 reads it once `id` is renamed `$id`, as it uses no keyword whose
 * meaning changed after draft-04. Returns the problems found, empty when valid.
 */
export function validateSarif(log: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(
      readFileSync(new URL('./sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    const { id, ...rest } = schema;
    const ajv = new Ajv({ allErrors: true, strict: false });
    (addFormats as unknown as (instance: Ajv) => void)(ajv);
    validator = ajv.compile({
      ...rest,
      $id: id as string,
      $schema: 'http://json-schema.org/draft-07/schema#',
    });
  }
  if (validator(log)) return [];
  return (validator.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
  );
}
