import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { validateReport } from '../packages/core/dist/index.js';
import { REPO_ROOT, runCli, runJson } from './helpers/cli.js';

interface PolicyDoc {
  schemaVersion: number;
  language: string;
  declared: { category: string; level: string; evidence: { text: string; line: number }[] }[];
  negated: { category: string }[];
  generic: { text: string; line: number }[];
}
interface CheckDoc {
  policy: { path: string; language: string };
  categories: { category: string; status: string; findings: number; evidence?: unknown[] }[];
  findings: { category: string }[];
}

// Each test runs the real CLI, several times for some: allow for a slow machine.
vi.setConfig({ testTimeout: 180_000 });

const SEEDS = join(REPO_ROOT, '../shared/seeds');
const seedsPresent = existsSync(SEEDS);
const POLICY = 'fixtures/policies/sample-policy-fr.md';

describe('piiscout check on the sample share against the sample policy', () => {
  const { code, report } = runJson<CheckDoc>([
    'check',
    '--policy',
    POLICY,
    'fixtures/share',
    '--format',
    'json',
  ]);
  const status = (category: string) =>
    report.categories.find((c) => c.category === category)?.status;

  it('exits 1 and prints a contract-valid document', () => {
    expect(code).toBe(1);
    expect(validateReport(report)).toEqual([]);
    expect(report.policy).toEqual({ path: POLICY, language: 'fr' });
  });

  it('gives every found and every declared category exactly one status', () => {
    const found = new Set(report.findings.map((f) => f.category));
    const listed = report.categories.map((c) => c.category);
    expect(new Set(listed).size).toBe(listed.length);
    for (const category of found) expect(listed).toContain(category);
  });

  it('shows what is collected without being disclosed', () => {
    expect(status('user.government_id.national_identification_number')).toBe('undocumented');
    expect(status('user.financial.bank_account')).toBe('undocumented');
    expect(status('user.device.ip_address')).toBe('contradicted');
    expect(status('user.contact.phone_number')).toBe('vague');
    expect(status('user.contact.email')).toBe('documented');
    expect(status('user.name')).toBe('documented');
  });

  it('puts the worst first in the table, with the policy’s evidence and where the data is', () => {
    const table = runCli(['check', '--policy', POLICY, 'fixtures/share']);
    const out = table.stdout;
    expect(out.indexOf('UNDOCUMENTED')).toBeLessThan(out.indexOf('CONTRADICTED'));
    expect(out.indexOf('CONTRADICTED')).toBeLessThan(out.indexOf('DOCUMENTED\n'));
    expect(out).toContain('where: fixtures/share/');
    expect(out).toMatch(/policy l\.\d+: “/);
  });

  it('lets --fail-on relax the exit code', () => {
    expect(
      runCli(['check', '--policy', POLICY, 'fixtures/share', '--fail-on', 'generic']).code,
    ).toBe(0);
    expect(
      runCli(['check', '--policy', POLICY, 'fixtures/share', '--fail-on', 'undocumented']).code,
    ).toBe(1);
    expect(runCli(['check', '--policy', POLICY, 'fixtures/share', '--fail-on', 'bogus']).code).toBe(
      2,
    );
  });
});

describe('declaration files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'piiscout-decl-'));
    writeFileSync(
      join(dir, 'ropa.yml'),
      'language: fr\ndeclared:\n  - user.government_id.national_identification_number\n  - category: user.financial.bank_account\n    note: paie des salariés\n',
    );
    writeFileSync(join(dir, 'typo.yml'), 'declared:\n  - user.contact.mail\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('correct the extraction', () => {
    const { report } = runJson<CheckDoc>([
      'check',
      '--policy',
      POLICY,
      '--declaration',
      join(dir, 'ropa.yml'),
      'fixtures/share',
      '--format',
      'json',
    ]);
    const status = (category: string) =>
      report.categories.find((c) => c.category === category)?.status;
    expect(status('user.government_id.national_identification_number')).toBe('documented');
    expect(status('user.financial.bank_account')).toBe('documented');
  });

  it('name the nearest valid id for an unknown one, with the line', () => {
    const result = runCli(['policy', join(dir, 'typo.yml')]);
    expect(result.code).toBe(2);
    // oclif wraps long messages: compare with the wrapping undone.
    const message = result.stderr.replace(/\s*›\s*/g, ' ').replace(/\s+/g, ' ');
    expect(message).toMatch(/typo\.yml:2: unknown category 'user\.contact\.mail'/);
    expect(message).toContain("did you mean 'user.contact.email'");
  });
});

describe.skipIf(!seedsPresent)('the two real policies in ../shared/seeds', () => {
  it('extracts the English policy’s precise categories and its generic disclosure', () => {
    const { report } = runJson<PolicyDoc>([
      'policy',
      join(SEEDS, '000_676f03cd0fdf07c0.txt'),
      '--format',
      'json',
    ]);
    expect(validateReport(report)).toEqual([]);
    expect(report.language).toBe('en');
    const declared = report.declared.map((d) => d.category);
    for (const category of [
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
    ])
      expect(declared).toContain(category);
    expect(report.generic.length).toBeGreaterThan(0);
    expect(
      report.declared.every((d) => d.evidence.every((e) => e.line > 0 && e.text.length > 0)),
    ).toBe(true);
  });

  it('finds nothing specific in the French notice, so every category found is generic', () => {
    const policy = runJson<PolicyDoc>([
      'policy',
      join(SEEDS, '001_cb0554b6fbcd02e6.txt'),
      '--format',
      'json',
    ]).report;
    expect(policy.language).toBe('fr');
    expect(policy.declared).toEqual([]);
    expect(policy.generic.length).toBeGreaterThan(0);
    const { report } = runJson<CheckDoc>([
      'check',
      '--policy',
      join(SEEDS, '001_cb0554b6fbcd02e6.txt'),
      'fixtures/share',
      '--format',
      'json',
    ]);
    expect(report.categories.length).toBeGreaterThan(3);
    expect(new Set(report.categories.map((c) => c.status))).toEqual(new Set(['generic']));
  });
});
