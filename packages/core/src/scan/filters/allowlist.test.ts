import { describe, expect, it } from 'vitest';
import type { RawFinding } from '../../types.js';
import { applyAllowlist, compileAllowlist } from './allowlist.js';

function raw(extra: Partial<RawFinding> & { path?: string }): RawFinding {
  const { path = 'src/a.ts', ...rest } = extra;
  return {
    type: 'email',
    category: 'user.contact.email',
    confidence: 0.9,
    value: 'Help@Quillbrook-Mail.fr',
    normalized: 'help@quillbrook-mail.fr',
    detectorId: 'email',
    fingerprint: '',
    location: { path, line: 1, column: 1 },
    ...rest,
  };
}

describe('allowlist', () => {
  const same = (path: string) => path;

  it('needs every condition of an entry to hold', () => {
    const rules = compileAllowlist([
      {
        reason: 'support address',
        types: ['email'],
        values: ['help@quillbrook-mail.fr'],
        paths: ['src/**'],
      },
    ]);
    expect(applyAllowlist([raw({})], rules, same)).toEqual([]);
    expect(applyAllowlist([raw({ path: 'docs/a.md' })], rules, same)).toHaveLength(1);
    expect(applyAllowlist([raw({ type: 'phone', detectorId: 'phone' })], rules, same)).toHaveLength(
      1,
    );
    expect(
      applyAllowlist(
        [raw({ value: 'x@quillbrook-mail.fr', normalized: 'x@quillbrook-mail.fr' })],
        rules,
        same,
      ),
    ).toHaveLength(1);
  });

  it('matches whole values with patterns, types by id or type, paths relative to the root', () => {
    const rules = compileAllowlist([
      { reason: 'qa accounts', patterns: ['qa-\\d+@quillbrook-mail\\.fr'] },
      { reason: 'fixtures', types: ['ip-address'], paths: ['**/fixtures/**'] },
    ]);
    expect(
      applyAllowlist(
        [raw({ value: 'qa-12@quillbrook-mail.fr', normalized: 'qa-12@quillbrook-mail.fr' })],
        rules,
        same,
      ),
    ).toEqual([]);
    expect(
      applyAllowlist(
        [raw({ value: 'xqa-12@quillbrook-mail.fr', normalized: 'xqa-12@quillbrook-mail.fr' })],
        rules,
        same,
      ),
    ).toHaveLength(1);
    const ip = raw({
      type: 'ip_address',
      detectorId: 'ip-address',
      path: '../repo/test/fixtures/a.log',
    });
    expect(applyAllowlist([ip], rules, (p) => p.replace('../repo/', ''))).toEqual([]);
  });
});
