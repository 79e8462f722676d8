import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPolicy } from './extract.js';
import type { PolicyFormat } from './types.js';

/**
 * The tuning split of fixtures/policies must be read exactly. The held-out split
 * (fixtures/policies/heldout/) is measured by scripts/bench-policy.ts only, so that no test
 * tunes the lexicon on it.
 */
const directory = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  '..',
  'fixtures',
  'policies',
);
const formats: Record<string, PolicyFormat> = {
  '.md': 'markdown',
  '.txt': 'text',
  '.html': 'html',
};
const policies = readdirSync(directory).filter(
  (name) =>
    /\.(md|txt|html)$/.test(name) &&
    existsSync(join(directory, name.replace(/\.\w+$/, '.expected.json'))),
);

interface Expected {
  declared: { category: string; level: string }[];
  negated: string[];
  generic: boolean;
}

describe('tuning fixtures', () => {
  it('has at least four tuning policies in each language', () => {
    expect(
      policies.filter((name) => name.includes('-fr') || name.startsWith('fr-')).length,
    ).toBeGreaterThanOrEqual(4);
    expect(policies.filter((name) => name.startsWith('en-')).length).toBeGreaterThanOrEqual(4);
  });

  it.each(policies)('%s', (name) => {
    const extension = name.slice(name.lastIndexOf('.'));
    const expected = JSON.parse(
      readFileSync(join(directory, name.slice(0, -extension.length) + '.expected.json'), 'utf8'),
    ) as Expected;
    const result = extractPolicy(readFileSync(join(directory, name), 'utf8'), {
      format: formats[extension],
    });
    const byId = (a: { category: string }, b: { category: string }): number =>
      a.category.localeCompare(b.category);
    expect(result.declared.map(({ category, level }) => ({ category, level })).sort(byId)).toEqual(
      [...expected.declared].sort(byId),
    );
    expect(result.negated.map((entry) => entry.category).sort()).toEqual(
      [...expected.negated].sort(),
    );
    expect(result.generic.length > 0).toBe(expected.generic);
  });
});
