import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateReport } from '../packages/core/dist/index.js';
import { REPO_ROOT, runJson } from './helpers/cli.js';

interface Finding {
  type: string;
  value?: string;
  occurrences?: number;
  location: {
    path: string;
    line?: number;
    column?: number;
    field?: string;
    row?: number;
    sheet?: string;
    cell?: string;
    page?: number;
    table?: string;
    pointer?: string;
    entry?: string;
  };
}
interface Report {
  stats: { files: number };
  findings: Finding[];
  errors: { path: string; message: string }[];
  columns?: {
    location: Finding['location'];
    rows: number;
    nonEmpty: number;
    findings: Record<string, number>;
  }[];
}

const GOLDEN = join(REPO_ROOT, 'test/golden/share.json');

describe('the synthetic file share, every format end to end', () => {
  const { code, report } = runJson<Report>([
    'scan',
    'fixtures/share',
    '--format',
    'json',
    '--reveal',
  ]);
  const find = (predicate: (f: Finding) => boolean) => report.findings.filter(predicate);
  const inFile = (suffix: string) => (f: Finding) => f.location.path.endsWith(suffix);

  it('reads every file without error and matches the golden report', () => {
    expect(code).toBe(1);
    expect(report.errors).toEqual([]);
    expect(validateReport(report)).toEqual([]);
    const stable = { ...report, stats: { ...report.stats, durationMs: 0 } };
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, `${JSON.stringify(stable, null, 2)}\n`);
    expect(stable).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('locates spreadsheet cells by sheet and cell, hidden sheets included', () => {
    const cells = find(inFile('rh/salaries.xlsx'));
    expect(cells.length).toBeGreaterThan(10);
    expect(cells.every((f) => f.location.sheet && /^[A-Z]+\d+$/.test(f.location.cell ?? ''))).toBe(
      true,
    );
    expect(new Set(cells.map((f) => f.location.sheet)).size).toBeGreaterThanOrEqual(2);
    expect(cells.some((f) => f.location.field === 'iban' && f.type === 'iban')).toBe(true);
  });

  it('locates PDF text by page, CSV values by field and row, JSON values by pointer', () => {
    const pdf = find(inFile('contrat-2024-017.pdf'));
    expect(pdf.length).toBeGreaterThan(0);
    expect(pdf.every((f) => typeof f.location.page === 'number' && f.location.line)).toBe(true);
    const csv = find(inFile('crm/clients.csv'));
    expect(
      csv.every(
        (f) =>
          f.occurrences !== undefined ||
          (f.location.field && f.location.row && f.location.line && f.location.column),
      ),
    ).toBe(true);
    const json = find(inFile('exports/users.json'));
    expect(json.some((f) => f.location.pointer?.startsWith('/') && f.location.line)).toBe(true);
  });

  it('locates dump values by table, field, row and file line, and SQLite values by table, field and row', () => {
    const mysql = find((f) => inFile('dumps/crm_mysql.sql')(f) && f.type === 'email');
    expect(mysql.length).toBe(24);
    expect(
      mysql.every(
        (f) =>
          f.location.table === 'clients' &&
          f.location.field === 'email' &&
          f.location.row &&
          f.location.line,
      ),
    ).toBe(true);
    const sqlite = find((f) => inFile('dumps/legacy.sqlite')(f) && f.type === 'iban');
    expect(
      sqlite.every(
        (f) => f.location.table === 'salaries' && f.location.row && f.location.line === undefined,
      ),
    ).toBe(true);
  });

  it('reads inside archives and mailboxes, naming the entry', () => {
    const entries = new Set(report.findings.map((f) => f.location.entry).filter(Boolean));
    expect(entries).toContain('users.csv');
    expect([...entries].some((e) => e?.startsWith('backup/'))).toBe(true);
    expect([...entries].some((e) => e?.startsWith('export-2023/'))).toBe(true);
    expect(
      find((f) => inFile('mail/boite.mbox')(f) && f.location.field === 'from').length,
    ).toBeGreaterThan(0);
  });

  it('reports categories that only a column name reveals, once per column with a count', () => {
    const jobTitles = find((f) => f.type === 'job_title');
    expect(jobTitles.length).toBeGreaterThan(0);
    for (const f of jobTitles) {
      expect(f.value).toBeUndefined();
      expect(f.occurrences).toBeGreaterThan(0);
    }
    expect(
      find((f) => f.type === 'customer_id' && f.location.field === 'numero_client').length,
    ).toBeGreaterThan(0);
  });

  it('summarises columns: values found of rows', () => {
    const email = report.columns?.find(
      (c) =>
        c.location.table === 'clients' &&
        c.location.field === 'email' &&
        c.location.path.endsWith('crm_mysql.sql'),
    );
    expect(email).toMatchObject({ rows: 24, nonEmpty: 24, findings: { email: 24 } });
  });
});

describe('hostile and corrupt files are per-file errors; the scan goes on', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'piiscout-hostile-'));
    copyFileSync(
      join(REPO_ROOT, 'packages/core/src/formats/spreadsheet/fixtures/corrupt.xlsx'),
      join(dir, 'corrupt.xlsx'),
    );
    copyFileSync(
      join(REPO_ROOT, 'packages/core/src/formats/pdf/fixtures/truncated.pdf'),
      join(dir, 'truncated.pdf'),
    );
    writeFileSync(join(dir, 'deep.json'), `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    writeFileSync(
      join(dir, 'unterminated.sql'),
      "CREATE TABLE t (email varchar(64));\nINSERT INTO t VALUES ('elise.fontaine@cabinet-fontaine.fr'),('never closed\n",
    );
    const csv = openSync(join(dir, 'huge-field.csv'), 'w');
    writeSync(csv, 'nom,commentaire\nMartin,"');
    const block = Buffer.alloc(1 << 20, 'a');
    for (let i = 0; i < 100; i++) writeSync(csv, block);
    writeSync(csv, '"\n');
    closeSync(csv);
    // 300 MB of zeros deflated into a few hundred KiB.
    const bomb = spawnSync('python3', [
      '-c',
      `import zipfile\nz = zipfile.ZipFile(${JSON.stringify(join(dir, 'bomb.zip'))}, 'w', zipfile.ZIP_DEFLATED)\nz.writestr('zeros.csv', b'0' * 300_000_000)\nz.close()`,
    ]);
    if (bomb.status !== 0) throw new Error(String(bomb.stderr));
    writeFileSync(join(dir, 'fine.txt'), 'Écrire à elise.fontaine@cabinet-fontaine.fr\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'names each problem without any value, and still reads the good file',
    { timeout: 180_000 },
    () => {
      const { report } = runJson<Report>(['scan', dir, '--format', 'json']);
      const errors = Object.fromEntries(
        report.errors.map((e) => [e.path.slice(dir.length + 1), e.message]),
      );
      expect(Object.keys(errors).sort()).toEqual([
        'bomb.zip',
        'corrupt.xlsx',
        'deep.json',
        'huge-field.csv',
        'truncated.pdf',
        'unterminated.sql',
      ]);
      expect(errors['bomb.zip']).toMatch(/ratio|bomb|limit/i);
      expect(errors['unterminated.sql']).toMatch(/unterminated string/);
      expect(JSON.stringify(report.errors)).not.toContain('elise.fontaine');
      const paths = report.findings.map((f) => f.location.path.slice(dir.length + 1));
      expect(paths).toContain('fine.txt');
      expect(paths).toContain('unterminated.sql');
    },
  );
});
