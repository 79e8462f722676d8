import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

/** The JSON Schema of the report (scan, check and policy documents), shipped in the package. */
export const reportSchema: object = JSON.parse(
  readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'),
) as object;

let validator: ReturnType<Ajv2020['compile']> | undefined;

/** Validate a report document; returns the list of problems (empty when valid). */
export function validateReport(document: unknown): string[] {
  validator ??= new Ajv2020({ allErrors: true, strict: false }).compile(reportSchema);
  if (validator(document)) return [];
  return (validator.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
  );
}
