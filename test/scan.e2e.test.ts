import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  openSync,
  writeSync,
  closeSync,
  ftruncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, runJson } from './helpers/cli.js';
import { validateReport } from '../packages/core/dist/index.js';

interface Report {
  schemaVersion: number;
  stats: {
    files: number;
    bytes: number;
    skipped: number;
    durationMs: number;
    skippedByReason?: Record<string, number>;
  };
  findings: {
    type: string;
    category: string;
    value?: string;
    redacted?: string;
    confidence: number;
    location: Record<string, unknown>;
  }[];
  errors: { path: string; message: string }[];
}

const GOLDEN = join(REPO_ROOT, 'test/golden/sample-repo.json');

/** The report without what changes from run to run. */
function stable(report: Report): Report {
  return { ...report, stats: { ...report.stats, durationMs: 0 } };
}

describe('piiscout scan on the sample repository', () => {
  const revealed = runJson<Report>([
    'scan',
    'fixtures/sample-repo',
    '--format',
    'json',
    '--reveal',
  ]);
  const hidden = runJson<Report>(['scan', 'fixtures/sample-repo', '--format', 'json']);

  it('prints contract-valid JSON and exits 1 because it found personal data', () => {
    expect(revealed.code).toBe(1);
    expect(validateReport(revealed.report)).toEqual([]);
    expect(validateReport(hidden.report)).toEqual([]);
  });

  it('matches the golden report', () => {
    if (process.env.UPDATE_GOLDEN)
      writeFileSync(GOLDEN, `${JSON.stringify(stable(revealed.report), null, 2)}\n`);
    expect(stable(revealed.report)).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('finds all five core types, and nothing in ignored, lock, minified, binary or dependency files', () => {
    const types = new Set(revealed.report.findings.map((f) => f.type));
    for (const type of ['email', 'phone', 'ip_address', 'iban', 'person_name'])
      expect(types).toContain(type);
    const paths = revealed.report.findings.map((f) => f.location.path as string);
    for (const skipped of [
      'local-notes.txt',
      'package-lock.json',
      'app.min.js',
      'logo.png',
      'node_modules',
    ]) {
      expect(paths.some((p) => p.includes(skipped))).toBe(false);
    }
    expect(revealed.report.stats.skippedByReason).toMatchObject({
      gitignored: 1,
      lockfile: 1,
      minified: 1,
      binary: 1,
    });
  });

  it('keeps hard negatives out: reserved domains, documentation IPs, versions, OIDs, test IBANs, placeholders', () => {
    const values = revealed.report.findings.map((f) => f.value);
    for (const negative of [
      'alice@example.com',
      '192.0.2.10',
      '2001:db8::42',
      '2.4.1.3',
      '1.3.6.1.4.1.55555.1.2',
      '3.10.2.7',
      'FR1420041010050500013M02606',
      'John Doe',
      '127.0.0.1',
    ]) {
      expect(values).not.toContain(negative);
    }
  });

  it('never prints a raw value without --reveal', () => {
    const raw = revealed.report.findings.map((f) => f.value as string);
    const table = runCli(['scan', 'fixtures/sample-repo']);
    for (const output of [JSON.stringify(hidden.report), table.stdout + table.stderr]) {
      for (const value of raw) expect(output).not.toContain(value);
    }
    expect(
      hidden.report.findings.every((f) => f.value === undefined && typeof f.redacted === 'string'),
    ).toBe(true);
  });

  it('prints a table grouped by file with totals per type', () => {
    const table = runCli(['scan', 'fixtures/sample-repo']);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('fixtures/sample-repo/docs/support-fr.md');
    expect(table.stdout).toMatch(/\d+ findings \(.*email \d+.*\) in 10 files/);
  });
});

describe('exit codes and usage errors', () => {
  let clean: string;
  beforeAll(() => {
    clean = mkdtempSync(join(tmpdir(), 'piiscout-clean-'));
    writeFileSync(
      join(clean, 'notes.txt'),
      'Nothing personal here: version 1.2.3.4 and alice@example.com.\n',
    );
  });
  afterAll(() => rmSync(clean, { recursive: true, force: true }));

  it('exits 0 when nothing is flagged', () => {
    expect(runCli(['scan', clean]).code).toBe(0);
  });

  it('exits 2 on a missing path or an unknown flag, with a clear message', () => {
    const missing = runCli(['scan', join(clean, 'missing')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or folder');
    expect(runCli(['scan', clean, '--bogus']).code).toBe(2);
    expect(runCli(['scan', clean, '--min-confidence', '3']).code).toBe(2);
  });

  it('applies --types and --min-confidence', () => {
    const { report } = runJson<Report>([
      'scan',
      'fixtures/sample-repo',
      '--format',
      'json',
      '--types',
      'iban',
    ]);
    expect(new Set(report.findings.map((f) => f.type))).toEqual(new Set(['iban']));
    const strict = runJson<Report>([
      'scan',
      'fixtures/sample-repo',
      '--format',
      'json',
      '--min-confidence',
      '0.99',
    ]);
    expect(strict.report.findings.every((f) => f.confidence >= 0.99)).toBe(true);
  });
});

describe('bad input never stops a scan', () => {
  let dir: string;
  const secret = 'lucienne.vasseur@corbeau-conseil.fr';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'piiscout-bad-'));
    mkdirSync(join(dir, 'tree/loop'), { recursive: true });
    writeFileSync(join(dir, 'tree/good.txt'), `Contact ${secret}\n`);
    // Undecodable bytes: invalid UTF-8 read as windows-1252, the value still found.
    writeFileSync(
      join(dir, 'tree/latin1.txt'),
      Buffer.concat([Buffer.from([0xe9, 0xe8, 0xff, 0x20]), Buffer.from(`mail: ${secret}\n`)]),
    );
    writeFileSync(
      join(dir, 'tree/blob.dat'),
      Buffer.from([0, 1, 2, 3, 0, 0, 255, 0, ...Buffer.from(secret)]),
    );
    writeFileSync(join(dir, 'tree/unreadable.txt'), `Contact ${secret}\n`);
    chmodSync(join(dir, 'tree/unreadable.txt'), 0o000);
    symlinkSync(join(dir, 'tree'), join(dir, 'tree/loop/back'));
    // A 1 GiB file (sparse: no disk used) is over the default limit: an error, not a hang.
    const fd = openSync(join(dir, 'tree/huge.log'), 'w');
    ftruncateSync(fd, 1024 ** 3);
    closeSync(fd);
    chmodSync(dir, 0o755);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports per-file errors, never the value, and scans the rest', () => {
    // As root, permissions do not stop a read: run as `nobody` so the unreadable file really is
    // (possible only when `nobody` can reach the repository, e.g. not inside a 0700 temp dir).
    const root = process.getuid?.() === 0;
    const asNobody = root && othersCanReach(REPO_ROOT) ? { uid: 65534, gid: 65534 } : undefined;
    const { code, report } = runJson<Report>(
      ['scan', join(dir, 'tree'), '--format', 'json', '--jobs', '0'],
      asNobody ?? {},
    );
    expect(code).toBe(1);
    expect(validateReport(report)).toEqual([]);
    const byPath = Object.fromEntries(
      report.errors.map((e) => [e.path.replace(`${dir}/`, ''), e.message]),
    );
    if (!root || asNobody) expect(byPath['tree/unreadable.txt']).toBe('permission denied');
    expect(byPath['tree/huge.log']).toMatch(/^file too large \(1\.0 GiB > limit 512 MiB\)/);
    expect(JSON.stringify(report.errors)).not.toContain(secret);
    const readable = root && !asNobody ? ['tree/unreadable.txt'] : [];
    expect(report.findings.map((f) => String(f.location.path).replace(`${dir}/`, ''))).toEqual([
      'tree/good.txt',
      'tree/latin1.txt',
      ...readable,
    ]);
    expect(report.stats.skippedByReason).toMatchObject({ binary: 1, 'symlink-to-directory': 1 });
  });

  it(
    'streams a 24 MiB file made of one line and finds the value at its very end',
    { timeout: 180_000 },
    () => {
      const path = join(dir, 'one-line.txt');
      const fd = openSync(path, 'w');
      const filler = Buffer.alloc(1 << 20, 'x');
      for (let i = 0; i < 24; i++) writeSync(fd, filler);
      writeSync(fd, ` ${secret}`);
      closeSync(fd);
      const { report } = runJson<Report>(['scan', path, '--format', 'json', '--reveal']);
      expect(report.findings.map((f) => [f.value, f.location.line, f.location.column])).toEqual([
        [secret, 1, 24 * 1024 * 1024 + 2],
      ]);
      rmSync(path);
    },
  );

  it('scans a directory of 10,000 files', { timeout: 180_000 }, () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 10_000; i++)
      writeFileSync(join(many, `f${i}.txt`), i === 9_999 ? `last one: ${secret}\n` : `file ${i}\n`);
    const { report } = runJson<Report>(['scan', many, '--format', 'json']);
    expect(report.stats.files).toBe(10_000);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]?.location.path).toBe(join(many, 'f9999.txt'));
  });
});

describe('the library, imported as a user would', () => {
  it('works from ESM and from CommonJS through the package name', () => {
    const app = mkdtempSync(join(tmpdir(), 'piiscout-user-'));
    mkdirSync(join(app, 'node_modules/@piiscout'), { recursive: true });
    symlinkSync(join(REPO_ROOT, 'packages/core'), join(app, 'node_modules/@piiscout/core'));
    writeFileSync(
      join(app, 'esm.mjs'),
      `import { scanText, createDefaultRegistry } from '@piiscout/core';
const found = scanText('Écrire à odile.brunet@atelier-brunet.fr ou au 06 71 42 93 18.');
console.log(JSON.stringify({ types: found.map((f) => f.type), redacted: found.map((f) => f.redacted), detectors: createDefaultRegistry().list().length }));`,
    );
    writeFileSync(
      join(app, 'cjs.cjs'),
      `import('@piiscout/core').then(({ scanText }) => console.log(scanText('IBAN FR05 3000 4008 2800 0109 8765 433', { reveal: true })[0].value));`,
    );
    const esm = JSON.parse(runNode(app, 'esm.mjs')) as {
      types: string[];
      redacted: string[];
      detectors: number;
    };
    expect(esm.types).toEqual(['email', 'phone']);
    expect(esm.redacted[0]).toBe('o***@atelier-brunet.fr');
    expect(esm.detectors).toBeGreaterThanOrEqual(5);
    expect(runNode(app, 'cjs.cjs').trim()).toBe('FR05 3000 4008 2800 0109 8765 433');
    rmSync(app, { recursive: true, force: true });
  });
});

function runNode(cwd: string, file: string): string {
  const run = spawnSync(process.execPath, [file], { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

/** Whether users other than the owner can traverse every folder down to `path`. */
function othersCanReach(path: string): boolean {
  for (let dir = path; ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dirname(dir) === dir) return true;
  }
}

describe('filtering in the pool workers', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'piiscout-pool-'));
    // 240 small files: enough for a pool of workers (fewer are read in-process).
    const line = (i: number) =>
      `Appeler le 06 ${String(10 + (i % 80))} 45 ${String(10 + (i % 70))} 91.`;
    for (let i = 0; i < 240; i++) {
      mkdirSync(join(dir, `notes/${i % 6}`), { recursive: true });
      writeFileSync(
        join(dir, `notes/${i % 6}/n${i}.txt`),
        [
          `Contact : c.durand${i}@courrier-exemple.fr`,
          line(i),
          `support : equipe.accueil@courrier-exemple.fr`,
          `copie : r.martin${i}@courrier-exemple.fr piiscout-ignore-line email`,
          `piiscout-ignore-next-line phone`,
          `Rien ici.`,
        ].join('\n'),
      );
    }
    // The config is read at the scan root.
    writeFileSync(
      join(dir, 'notes/.piiscout.yml'),
      'version: 1\nallowlist:\n  - reason: the shared support address\n    values: [equipe.accueil@courrier-exemple.fr]\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('records the same baseline and reports the same JSON as the main thread alone', () => {
    // A baseline written in-process, then updated by workers with the same salt: unchanged.
    const file = join(dir, 'baseline.json');
    const write = (jobs: string) => {
      const run = runCli(['baseline', join(dir, 'notes'), '--baseline', file, '--jobs', jobs], {
        cwd: dir,
      });
      expect(run.code, run.stderr).toBe(0);
      return readFileSync(file, 'utf8');
    };
    const inProcess = write('0');
    expect(JSON.parse(inProcess).entries.length).toBeGreaterThan(400);
    expect(write('2')).toBe(inProcess);
    // New findings after the baseline: only those are reported.
    for (let i = 0; i < 30; i++)
      writeFileSync(
        join(dir, `notes/${i % 6}/n${i}.txt`),
        `Nouveau : l.petit${i}@courrier-exemple.fr\n`,
        {
          flag: 'a',
        },
      );
    const reports = ['0', '2'].map((jobs) => {
      const args = ['scan', join(dir, 'notes'), '--format', 'json', '--jobs', jobs];
      const { code, report } = runJson<Report & { stats: { suppressed?: Record<string, number> } }>(
        [...args, '--baseline', file, '--report-unused-ignores'],
        { cwd: dir },
      );
      expect(code).toBe(1);
      expect(validateReport(report)).toEqual([]);
      return report;
    });
    expect(stable(reports[1]!)).toEqual(stable(reports[0]!));
    const report = reports[1]!;
    expect(report.findings.map((f) => f.type)).toEqual(Array(30).fill('email'));
    expect(report.findings.every((f) => f.value === undefined && f.redacted)).toBe(true);
    expect(report.stats.suppressed!.inline).toBe(240);
    expect(report.stats.suppressed!.allowlist).toBeGreaterThanOrEqual(240);
    expect(report.stats.suppressed!.baseline).toBeGreaterThan(400);
    expect(JSON.stringify(report)).not.toContain('l.petit');
  });
});
