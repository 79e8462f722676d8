import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPolicy } from './extract.js';

/**
 * The two real policies the project was created from live outside the repository
 * (../shared/seeds from the repository root) and are never copied into it.
 */
const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const seeds = join(repositoryRoot, '..', 'shared', 'seeds');
const english = join(seeds, '000_676f03cd0fdf07c0.txt');
const french = join(seeds, '001_cb0554b6fbcd02e6.txt');
const absent = !existsSync(english) || !existsSync(french);

describe('seed policies', () => {
  const reason = absent ? ` (skipped: ${seeds} is not present)` : '';

  it.skipIf(absent)(`finds the categories the English seed lists, per context${reason}`, () => {
    const result = extractPolicy(readFileSync(english, 'utf8'));
    expect(result.language).toBe('en');
    const declared = result.declared.map((entry) => entry.category);
    expect(declared).toEqual(
      expect.arrayContaining([
        'user.name',
        'user.contact.email',
        'user.contact.address',
        'user.contact.phone_number',
        'user.professional_information.workplace',
        'user.professional_information.job_title',
        'user.device.ip_address',
        'user.device.device_id',
        'user.unique_id',
        'user.financial',
        'user.device.cookie_id',
      ]),
    );
    expect(result.negated).toEqual([]);
    expect(result.generic.length).toBeGreaterThan(0);
    for (const entry of result.declared) {
      for (const evidence of entry.evidence) expect(evidence.text.length).toBeLessThanOrEqual(300);
    }
  });

  it.skipIf(absent)(
    `finds no specific category in the French seed, only its generic disclosure${reason}`,
    () => {
      const result = extractPolicy(readFileSync(french, 'utf8'));
      expect(result.language).toBe('fr');
      expect(result.declared).toEqual([]);
      expect(result.negated).toEqual([]);
      expect(result.generic.map((evidence) => evidence.line)).toContain(5);
      expect(result.generic[0]?.text).toContain('données personnelles');
    },
  );
});
