/**
 * JSON Schema of `.piiscout.yml` (version 1). Unknown keys are errors: a misspelt `alowlist`
 * must not silently allow nothing.
 */
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

export const configSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    detectors: {
      type: 'object',
      additionalProperties: false,
      properties: {
        only: { ...stringList, description: 'Run only these detectors (ids or types).' },
        disable: { ...stringList, description: 'Turn these detectors off (ids or types).' },
      },
    },
    minConfidence: { type: 'number', minimum: 0, maximum: 1 },
    regions: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z]{2}$' } },
    exclude: { ...stringList, description: 'Globs to skip, on top of the built-in excludes.' },
    baseline: {
      type: 'string',
      minLength: 1,
      description: 'Baseline file, relative to the config.',
    },
    inlineIgnore: { type: 'boolean' },
    allowlist: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['reason'],
        anyOf: [{ required: ['values'] }, { required: ['patterns'] }, { required: ['paths'] }],
        properties: {
          reason: { type: 'string', minLength: 3 },
          types: stringList,
          paths: stringList,
          values: stringList,
          patterns: stringList,
        },
      },
    },
  },
} as const;
