import { mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DetectorRegistry } from '../detectors/index.js';
import { csvFormat } from '../formats/csv/index.js';
import { DEFAULT_LIMITS, type FormatModule } from '../formats/types.js';
import type { Detector } from '../types.js';
import { scanFile } from './scan-file.js';
import { scanToReport, type ScanOptions } from './index.js';
import { scanText } from './scan-text.js';
import { tokenDetector } from './test-detector.js';
import { walk, type WalkEvent } from './walk.js';

const registry = new DetectorRegistry([tokenDetector]);
let root: string;

function options(extra: ScanOptions = {}): ScanOptions {
  return { registry, cwd: root, ...extra };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'piiscout-scan-'));
  const tree: Record<string, string | Buffer> = {
    'repo/.gitignore': 'ignored.txt\nbuild/\n',
    'repo/notes.txt': 'first line\n  TOKEN-1 and TOKEN-22\n',
    'repo/ignored.txt': 'TOKEN-3',
    'repo/build/out.txt': 'TOKEN-4',
    'repo/sub/.gitignore': '*.log\n',
    'repo/sub/app.log': 'TOKEN-5',
    'repo/sub/keep.md': 'TOKEN-6',
    'repo/package-lock.json': '{"x":"TOKEN-7"}',
    'repo/web/app.min.js': 'var a="TOKEN-8"',
    'repo/node_modules/dep/index.js': '// TOKEN-9',
    'repo/image.bin': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x54, 0x4f, 0x4b, 0x45, 0x4e]),
    'repo/latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, ...Buffer.from('TOKEN-10')]),
    'repo/utf16.txt': Buffer.from('\uFEFFé\nTOKEN-11', 'utf16le'),
  };
  for (const [path, content] of Object.entries(tree)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  mkdirSync(join(root, 'loop/a'), { recursive: true });
  symlinkSync(join(root, 'loop'), join(root, 'loop/a/back'));
  writeFileSync(join(root, 'loop/a/f.txt'), 'TOKEN-12');
  symlinkSync(join(root, 'loop/a/f.txt'), join(root, 'loop/link.txt'));
  symlinkSync(join(root, 'nowhere'), join(root, 'loop/broken.txt'));
  // Links listed before their target, and two links to one file outside the tree.
  mkdirSync(join(root, 'links/z'), { recursive: true });
  writeFileSync(join(root, 'links/z/target.txt'), 'TOKEN-13');
  symlinkSync(join(root, 'links/z/target.txt'), join(root, 'links/a-first.txt'));
  writeFileSync(join(root, 'outside.txt'), 'TOKEN-14');
  symlinkSync(join(root, 'outside.txt'), join(root, 'links/b-out.txt'));
  symlinkSync(join(root, 'outside.txt'), join(root, 'links/c-out.txt'));
});

async function events(
  paths: string[],
  extra: Partial<Parameters<typeof walk>[1]> = {},
): Promise<WalkEvent[]> {
  const out: WalkEvent[] = [];
  for await (const event of walk(paths, { maxFileSize: 1 << 20, cwd: root, ...extra }))
    out.push(event);
  return out;
}

describe('walk', () => {
  it('honours .gitignore at every level and the built-in excludes, reporting skips', async () => {
    const all = await events(['repo']);
    const files = all.filter((e) => e.kind === 'file').map((e) => (e as { path: string }).path);
    expect(files).toEqual([
      'repo/.gitignore',
      'repo/image.bin',
      'repo/latin1.txt',
      'repo/notes.txt',
      'repo/sub/.gitignore',
      'repo/sub/keep.md',
      'repo/utf16.txt',
    ]);
    const skips = Object.fromEntries(
      all
        .filter((e) => e.kind === 'skip')
        .map((e) => [(e as { path: string }).path, (e as { reason: string }).reason]),
    );
    expect(skips).toEqual({
      'repo/build/out.txt': 'gitignored',
      'repo/ignored.txt': 'gitignored',
      'repo/package-lock.json': 'lockfile',
      'repo/sub/app.log': 'gitignored',
      'repo/web/app.min.js': 'minified',
    });
  });

  it('scans gitignored files with gitignore off, never node_modules', async () => {
    const files = (await events(['repo'], { gitignore: false }))
      .filter((e) => e.kind === 'file')
      .map((e) => (e as { path: string }).path);
    expect(files).toContain('repo/ignored.txt');
    expect(files.some((f) => f.includes('node_modules'))).toBe(false);
  });

  it('does not follow directory links (no loop), follows file links once, reports broken ones', async () => {
    const all = await events(['loop']);
    expect(all.filter((e) => e.kind === 'file').map((e) => (e as { path: string }).path)).toEqual([
      'loop/a/f.txt',
    ]);
    expect(all).toContainEqual({
      kind: 'skip',
      path: 'loop/a/back',
      reason: 'symlink-to-directory',
    });
    expect(all).toContainEqual({ kind: 'skip', path: 'loop/link.txt', reason: 'duplicate-link' });
    expect(all).toContainEqual({
      kind: 'error',
      error: { path: 'loop/broken.txt', message: 'broken symbolic link' },
    });
  });

  it('scans a file once whatever links point at it, under its own path when it is in the tree', async () => {
    const all = await events(['links']);
    expect(all.filter((e) => e.kind === 'file').map((e) => (e as { path: string }).path)).toEqual([
      'links/b-out.txt',
      'links/z/target.txt',
    ]);
    expect(all).toContainEqual({
      kind: 'skip',
      path: 'links/a-first.txt',
      reason: 'duplicate-link',
    });
    expect(all).toContainEqual({ kind: 'skip', path: 'links/c-out.txt', reason: 'duplicate-link' });
  });

  it('scans a file once when the scanned paths overlap', async () => {
    const files = (await events(['loop', 'loop/a']))
      .filter((e) => e.kind === 'file')
      .map((e) => (e as { path: string }).path);
    expect(files).toEqual(['loop/a/f.txt']);
  });

  it('reports files over the size limit as errors', async () => {
    const all = await events(['repo/notes.txt'], { maxFileSize: 10 });
    expect(all).toEqual([
      {
        kind: 'error',
        error: {
          path: 'repo/notes.txt',
          message: expect.stringMatching(/^file too large \(34 B > limit 10 B\)/),
        },
      },
    ]);
  });

  it('reports a missing path', async () => {
    expect(await events(['missing'])).toEqual([
      { kind: 'error', error: { path: 'missing', message: 'no such file or directory' } },
    ]);
  });
});

describe('scan', () => {
  it('finds values with exact lines and columns in every encoding, skipping binaries', async () => {
    const report = await scanToReport(['repo'], options({ reveal: true }));
    const found = report.findings.map((f) => [
      f.location.path,
      f.location.line,
      f.location.column,
      f.value,
    ]);
    expect(found).toEqual([
      ['repo/latin1.txt', 1, 6, 'TOKEN-10'],
      ['repo/notes.txt', 2, 3, 'TOKEN-1'],
      ['repo/notes.txt', 2, 15, 'TOKEN-22'],
      ['repo/sub/keep.md', 1, 1, 'TOKEN-6'],
      ['repo/utf16.txt', 2, 1, 'TOKEN-11'],
    ]);
    expect(report.stats.files).toBe(6);
    expect(report.stats.skippedByReason).toEqual({
      gitignored: 3,
      lockfile: 1,
      minified: 1,
      binary: 1,
    });
    expect(report.stats.skipped).toBe(6);
  });

  it('redacts values unless revealed, with a stable fingerprint', async () => {
    const hidden = await scanToReport(['repo/notes.txt'], options());
    expect(hidden.findings.map((f) => [f.value, f.redacted])).toEqual([
      [undefined, 'TOKEN-*'],
      [undefined, 'TOKEN-**'],
    ]);
    expect(JSON.stringify(hidden)).not.toContain('TOKEN-22');
    const shown = await scanToReport(['repo/notes.txt'], options({ reveal: true }));
    expect(shown.findings.map((f) => f.fingerprint)).toEqual(
      hidden.findings.map((f) => f.fingerprint),
    );
  });

  it('applies the minimum confidence', async () => {
    const report = await scanToReport(['repo/notes.txt'], options({ minConfidence: 0.95 }));
    expect(report.findings).toEqual([]);
  });

  it('scans a string with scanText', () => {
    const findings = scanText('a\nb TOKEN-5', { registry, reveal: true });
    expect(findings.map((f) => [f.location.line, f.location.column, f.value])).toEqual([
      [2, 3, 'TOKEN-5'],
    ]);
  });
});

describe('the per-file findings cap', () => {
  it('lists the first findings and counts the rest by type and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piiscout-cap-'));
    const rows = Array.from({ length: 50 }, (_, i) => `${i},TOKEN-${i},note`);
    writeFileSync(join(dir, 'table.csv'), `id,code,comment\n${rows.join('\n')}\n`);
    const report = await scanToReport([dir], options({ maxFindingsPerFile: 7 }));
    expect(report.findings).toHaveLength(7);
    expect(report.findings.map((f) => f.location.row)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const code = report.columns?.find((c) => c.location.field === 'code');
    expect(code?.findings).toEqual({ test_token: 50 });
    expect(report.errors.map((e) => e.message)).toEqual([
      expect.stringContaining('the first 7 are listed, 43 more are only counted'),
    ]);
  });
});

describe('scanFile over batches', () => {
  /** Runs of 3+ digits: overlaps `TOKEN-<digits>`, so ranks and overlaps are exercised. */
  const digitsDetector: Detector = {
    ...tokenDetector,
    id: 'test-digits',
    type: 'test_digits',
    detect(segment) {
      return [...segment.text.matchAll(/\d{3,}/g)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        normalized: m[0],
        confidence: 0.6,
        evidence: [],
      }));
    },
  };

  it('streams a file of several MiB from disk in order, values across read boundaries included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piiscout-stream-'));
    const path = join(dir, 'big.txt');
    // Lines of 100 bytes, a token every 5,000 lines and one across each 1 MiB read boundary.
    const lines: string[] = [];
    for (let n = 0; n < 35_000; n++)
      lines.push(`line ${String(n).padStart(10, '0')} ${'.'.repeat(83)}\n`);
    const expected: { value: string; line: number; at: number }[] = [];
    const place = (value: string, at: number) => {
      const n = Math.floor(at / 100);
      const column = at % 100;
      lines[n] = lines[n]!.slice(0, column) + value + lines[n]!.slice(column + value.length);
      expected.push({ value, line: n + 1, at });
    };
    for (let n = 0; n < 35_000; n += 5000) place(`TOKEN-${n}`, n * 100 + 40);
    for (let k = 1; k <= 3; k++) place(`TOKEN-9${k}`, (k << 20) - 3);
    writeFileSync(path, lines.join(''));
    const size = statSync(path).size;
    expect(size).toBeGreaterThan(3 << 20);
    const result = await scanFile(
      { absolutePath: path, path: 'big.txt', size },
      { detectors: [tokenDetector], detectorOptions: { regions: ['FR'] }, limits: DEFAULT_LIMITS },
    );
    expect(result.error).toBeUndefined();
    expected.sort((x, y) => x.at - y.at);
    expect(result.findings.map((f) => ({ value: f.value, line: f.location.line }))).toEqual(
      expected.map(({ value, line }) => ({ value, line })),
    );
  });

  it('finds in a batch, detector by detector, what it finds item by item, in the same order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piiscout-batch-'));
    const path = join(dir, 'rows.csv');
    const rows = ['id,code,note'];
    for (let i = 0; i < 3000; i++) rows.push(`${i},TOKEN-${1000 + i},ref ${i * 7} and TOKEN-9${i}`);
    writeFileSync(path, rows.join('\n'));
    const file = { absolutePath: path, path: 'rows.csv', size: statSync(path).size };
    const base = {
      detectors: [tokenDetector, digitsDetector],
      detectorOptions: { regions: ['FR'] },
      limits: DEFAULT_LIMITS,
    };
    const itemByItem: FormatModule = { ...csvFormat, readBatches: undefined };
    const batched = await scanFile(file, { ...base, formats: [csvFormat] });
    const single = await scanFile(file, { ...base, formats: [itemByItem] });
    expect(batched.findings.length).toBeGreaterThan(6000);
    expect(batched.findings).toEqual(single.findings);
    expect(batched.columns).toEqual(single.columns);
  });

  it('keeps a finding below slimBelow without evidence, and its value only when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piiscout-slim-'));
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'ref 12345 and TOKEN-77\n');
    const file = { absolutePath: path, path: 'notes.txt', size: statSync(path).size };
    const base = {
      detectors: [tokenDetector, digitsDetector],
      detectorOptions: { regions: ['FR'] },
      limits: DEFAULT_LIMITS,
    };
    const full = await scanFile(file, base);
    const slim = await scanFile(file, { ...base, slimBelow: { confidence: 0.7, value: false } });
    const withValue = await scanFile(file, {
      ...base,
      slimBelow: { confidence: 0.7, value: true },
    });
    // The digits (0.6) keep what the filters before the threshold read, nothing more.
    const [digits, token] = slim.findings;
    expect(digits).toMatchObject({ type: 'test_digits', normalized: '12345', value: '' });
    expect(digits!.location).toEqual(full.findings[0]!.location);
    expect(digits!.evidence).toBeUndefined();
    expect(withValue.findings[0]!.value).toBe('12345');
    expect(token).toEqual(full.findings[1]);
  });

  it('calls a detector only on the cells that meet its cellNeeds, and one without on all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piiscout-needs-'));
    const path = join(dir, 'rows.csv');
    const long = `TOKEN-7 ${'x'.repeat(300)}`;
    writeFileSync(path, `id,code\n1,TOKEN-12\n2,none\n3,${long}\n`);
    const file = { absolutePath: path, path: 'rows.csv', size: statSync(path).size };
    const seen: string[] = [];
    const counting = (id: string, cellNeeds?: Detector['cellNeeds']): Detector => ({
      ...tokenDetector,
      id,
      detect(segment, options) {
        seen.push(`${id}:${segment.text.slice(0, 8)}`);
        return tokenDetector.detect(segment, options);
      },
      ...(cellNeeds ? { cellNeeds } : {}),
    });
    const result = await scanFile(file, {
      detectors: [counting('needs', { minDigits: 2, allOf: ['-'] }), counting('plain')],
      detectorOptions: { regions: ['FR'] },
      limits: DEFAULT_LIMITS,
      formats: [csvFormat],
    });
    // `1`, `2`, `3` and `none` lack a dash; the long cell is not read, so it meets any needs.
    expect(seen.filter((s) => s.startsWith('needs:'))).toEqual([
      'needs:TOKEN-12',
      'needs:TOKEN-7 ',
    ]);
    expect(seen.filter((s) => s.startsWith('plain:'))).toHaveLength(6);
    // The long cell was read by both detectors: its value is found (once, overlaps resolved).
    expect(result.findings.map((f) => f.value)).toEqual(['TOKEN-12', 'TOKEN-7']);
  });
});
