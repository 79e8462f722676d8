import { describe, expect, it } from 'vitest';
import type { ScanReport } from '../../scan/index.js';
import { FINGERPRINT_KEY, renderSarif } from './index.js';
import { validateSarif } from './validate.js';

const report: ScanReport = {
  schemaVersion: 1,
  tool: { name: 'piiscout', version: '0.1.0' },
  stats: { files: 2, bytes: 100, skipped: 0, durationMs: 1 },
  findings: [
    {
      type: 'email',
      category: 'user.contact.email',
      confidence: 0.97,
      redacted: 'c***@quillbrook-mail.fr',
      fingerprint: 'a'.repeat(64),
      location: { path: 'src/my file.ts', line: 3, column: 5 },
    },
    {
      type: 'email',
      category: 'user.contact.email',
      confidence: 0.97,
      redacted: 'c***@quillbrook-mail.fr',
      fingerprint: 'a'.repeat(64),
      location: { path: 'src/my file.ts', line: 9, column: 1 },
    },
    {
      type: 'iban',
      category: 'user.financial.bank_account',
      confidence: 0.6,
      redacted: 'FR14****',
      fingerprint: 'b'.repeat(64),
      location: { path: 'data/staff.xlsx', sheet: 'Feuil1', cell: 'B2' },
    },
  ],
  errors: [{ path: 'broken.pdf', message: 'not a PDF (bad header)' }],
  unusedIgnores: [
    { path: 'src/a.ts', line: 4, directive: 'piiscout-ignore-line', message: 'suppressed nothing' },
  ],
};

describe('sarif', () => {
  const text = renderSarif(report, { srcRoot: '/work/repo' });
  const log = JSON.parse(text);

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(validateSarif(log)).toEqual([]);
    // A result needs a message; a region needs a start; unknown keys are refused.
    expect(
      validateSarif({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'r' }] }],
      }),
    ).not.toEqual([]);
    expect(validateSarif({ ...log, extra: 1 })).not.toEqual([]);
  });

  it('has one rule per type, relative URIs under %SRCROOT% and no value anywhere', () => {
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'piiscout/email',
      'piiscout/iban',
    ]);
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/repo/');
    expect(run.results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'src/my%20file.ts', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 5 },
    });
    expect(run.results[2].locations[0].physicalLocation.region).toBeUndefined();
    expect(text).not.toContain('quillbrook');
    expect(text).not.toContain('FR14');
  });

  it('gives line-free fingerprints that tell equal values apart by occurrence', () => {
    const [a, b] = log.runs[0].results;
    expect(a.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/);
    expect(a.partialFingerprints[FINGERPRINT_KEY]).not.toBe(b.partialFingerprints[FINGERPRINT_KEY]);
    const moved = {
      ...report,
      findings: report.findings.map((f) => ({
        ...f,
        location: { ...f.location, line: (f.location.line ?? 0) + 10 },
      })),
    };
    const again = JSON.parse(renderSarif(moved, { srcRoot: '/work/repo' }));
    expect(
      again.runs[0].results.map((r: { partialFingerprints: object }) => r.partialFingerprints),
    ).toEqual(
      log.runs[0].results.map((r: { partialFingerprints: object }) => r.partialFingerprints),
    );
  });

  it('is deterministic', () => {
    expect(renderSarif(report, { srcRoot: '/work/repo' })).toBe(text);
  });
});
