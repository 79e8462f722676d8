/**
 * The quality benchmark: scans the labeled fixtures with the built CLI and prints precision,
 * recall, F1 and F2 per type and per confidence band, for the tuning and held-out splits; writes
 * docs/quality.md. Names are scored on exact values and on token overlap, in tables (CSV/JSON)
 * and in prose separately.
 *
 *   pnpm bench:quality            (after `pnpm run build`)
 *
 * PIISCOUT_BENCH_VERBOSE=1 lists the tuning split's false negatives (per occurrence, with the
 * confidence of a finding below the threshold) and false positives. The held-out split's errors
 * are never listed: tune on the tuning split, report the held-out figures.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Label } from './generate.js';

const ROOT = join(import.meta.dirname, '../..');
const LABELED = join(ROOT, 'fixtures/labeled');
const THRESHOLD = Number(process.env.PIISCOUT_THRESHOLD ?? 0.5);
const REGIONS = 'FR,GB,US,BE,CH,DE';
const TYPES = [
  'email',
  'phone',
  'ip_address',
  'iban',
  'person_name',
  'payment_card',
  'national_id',
  'postal_address',
  'date_of_birth',
  'device_id',
  'mac_address',
] as const;
const BANDS: [number, number][] = [
  [0.5, 0.7],
  [0.7, 0.9],
  [0.9, 1.01],
];
const TABLE_KINDS = new Set(['csv', 'json', 'sql']);

interface Found {
  path: string;
  type: string;
  value: string;
  confidence: number;
  matched: boolean;
}

interface Scores {
  tp: number;
  fp: number;
  fn: number;
}

function runScan(split: string): Found[] {
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'bin/piiscout'),
      'scan',
      '.',
      '--format',
      'json',
      '--reveal',
      '--min-confidence',
      '0',
      '--region',
      REGIONS,
      '--no-gitignore',
    ],
    { cwd: join(LABELED, split), encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`scan failed (${run.status}): ${run.stderr}`);
  const report = JSON.parse(run.stdout) as {
    findings: { type: string; value?: string; confidence: number; location: { path: string } }[];
    errors: unknown[];
  };
  if (report.errors.length > 0)
    console.warn(`${split}: ${report.errors.length} file errors`, report.errors);
  return report.findings
    .filter((f) => (TYPES as readonly string[]).includes(f.type) && f.value !== undefined)
    .map((f) => ({
      path: f.location.path,
      type: f.type,
      value: f.value as string,
      confidence: f.confidence,
      matched: false,
    }));
}

/** Greedy matching, most confident first: a finding is right when an unmatched label has its value. */
function match(found: Found[], labels: Label[]): Map<string, number> {
  const open = new Map<string, number>();
  for (const l of labels)
    open.set(key(l.path, l.type, l.value), (open.get(key(l.path, l.type, l.value)) ?? 0) + 1);
  for (const f of [...found].sort((a, b) => b.confidence - a.confidence)) {
    const k = key(f.path, f.type, f.value);
    const left = open.get(k) ?? 0;
    if (left > 0) {
      f.matched = true;
      open.set(k, left - 1);
    }
  }
  return open;
}

const key = (path: string, type: string, value: string) => `${path}\u0000${type}\u0000${value}`;

function score(
  found: Found[],
  labels: Label[],
  type: string | undefined,
  threshold: number,
  filter: (path: string) => boolean = () => true,
): Scores {
  const f = found.filter(
    (x) => (!type || x.type === type) && x.confidence >= threshold && filter(x.path),
  );
  const l = labels.filter((x) => (!type || x.type === type) && filter(x.path));
  const tp = f.filter((x) => x.matched).length;
  return { tp, fp: f.length - tp, fn: l.length - tp };
}

/** Names by token overlap, per file: partial names ("M. Dupont" for "Jean Dupont") earn partial credit. */
function tokenScore(
  found: Found[],
  labels: Label[],
  threshold: number,
  filter: (path: string) => boolean,
): Scores {
  const tokens = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean);
  const byPath = new Map<string, { found: string[]; labels: string[] }>();
  const slot = (path: string) =>
    byPath.get(path) ?? byPath.set(path, { found: [], labels: [] }).get(path)!;
  for (const f of found)
    if (f.type === 'person_name' && f.confidence >= threshold && filter(f.path))
      slot(f.path).found.push(...tokens(f.value));
  for (const l of labels)
    if (l.type === 'person_name' && filter(l.path)) slot(l.path).labels.push(...tokens(l.value));
  const s: Scores = { tp: 0, fp: 0, fn: 0 };
  for (const { found: fs, labels: ls } of byPath.values()) {
    const left = new Map<string, number>();
    for (const t of ls) left.set(t, (left.get(t) ?? 0) + 1);
    let tp = 0;
    for (const t of fs) {
      const n = left.get(t) ?? 0;
      if (n > 0) {
        tp++;
        left.set(t, n - 1);
      }
    }
    s.tp += tp;
    s.fp += fs.length - tp;
    s.fn += ls.length - tp;
  }
  return s;
}

const precision = (s: Scores) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
const recall = (s: Scores) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
const fBeta = (s: Scores, beta: number) => {
  const p = precision(s);
  const r = recall(s);
  return p + r === 0 ? 0 : ((1 + beta * beta) * p * r) / (beta * beta * p + r);
};
const f3 = (n: number) => n.toFixed(3);

function row(name: string, s: Scores): string {
  return `| ${name} | ${s.tp + s.fn} | ${s.tp} | ${s.fp} | ${s.fn} | ${f3(precision(s))} | ${f3(recall(s))} | ${f3(fBeta(s, 1))} | ${f3(fBeta(s, 2))} |`;
}

const HEADER =
  '| type | labels | TP | FP | FN | precision | recall | F1 | F2 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|';

interface CurvePoint {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

const CURVE_THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

function reportSplit(split: string): {
  markdown: string;
  summary: Record<string, { p: number; r: number }>;
  curve: CurvePoint[];
} {
  const labels = JSON.parse(readFileSync(join(LABELED, `${split}.labels.json`), 'utf8')) as Label[];
  const started = Date.now();
  const found = runScan(split);
  const seconds = (Date.now() - started) / 1000;
  match(found, labels);
  const lines: string[] = [
    `### ${split} split (${labels.length} labeled values, scanned in ${seconds.toFixed(1)} s)`,
    '',
    `At the default threshold ${THRESHOLD}:`,
    '',
    HEADER,
  ];
  const summary: Record<string, { p: number; r: number }> = {};
  for (const type of TYPES) {
    const s = score(found, labels, type, THRESHOLD);
    summary[type] = { p: precision(s), r: recall(s) };
    lines.push(row(type, s));
  }
  lines.push(row('**all**', score(found, labels, undefined, THRESHOLD)));
  const inTables = (path: string) => TABLE_KINDS.has(path.split('/')[0] ?? '');
  const inProse = (path: string) => !inTables(path);
  lines.push(
    '',
    'Person names, exact values and token overlap, in table columns (CSV, JSON, SQL) and in prose:',
    '',
    HEADER,
  );
  lines.push(
    row('person_name, tables, exact', score(found, labels, 'person_name', THRESHOLD, inTables)),
  );
  lines.push(row('person_name, tables, tokens', tokenScore(found, labels, THRESHOLD, inTables)));
  lines.push(
    row('person_name, prose, exact', score(found, labels, 'person_name', THRESHOLD, inProse)),
  );
  lines.push(row('person_name, prose, tokens', tokenScore(found, labels, THRESHOLD, inProse)));
  for (const lang of ['en', 'fr']) {
    const filter = (path: string) => inProse(path) && (path.split('/')[1] ?? '').startsWith(lang);
    lines.push(
      row(`person_name, prose ${lang}, tokens`, tokenScore(found, labels, THRESHOLD, filter)),
    );
  }
  lines.push(
    '',
    'Precision per confidence band (all types):',
    '',
    '| band | findings | precision | at least the lower bound |',
    '|---|---:|---:|---|',
  );
  for (const [lo, hi] of BANDS) {
    const inBand = found.filter((f) => f.confidence >= lo && f.confidence < hi);
    const tp = inBand.filter((f) => f.matched).length;
    const bandPrecision = inBand.length ? tp / inBand.length : 1;
    lines.push(
      `| ${lo}–${hi > 1 ? '1.0' : hi} | ${inBand.length} | ${f3(bandPrecision)} | ${bandPrecision >= lo ? 'yes' : '**no**'} |`,
    );
  }
  lines.push(
    '',
    'Threshold curve (all types): the default threshold is chosen from it.',
    '',
    '| threshold | precision | recall | F1 |',
    '|---:|---:|---:|---:|',
  );
  const curve: CurvePoint[] = [];
  for (const t of CURVE_THRESHOLDS) {
    const s = score(found, labels, undefined, t);
    curve.push({ threshold: t, precision: precision(s), recall: recall(s), f1: fBeta(s, 1) });
    lines.push(`| ${t} | ${f3(precision(s))} | ${f3(recall(s))} | ${f3(fBeta(s, 1))} |`);
  }
  // Errors are listed for the tuning split only: the held-out split is for reporting figures.
  if (process.env.PIISCOUT_BENCH_VERBOSE && split === 'tune') {
    // Counted per occurrence, at the threshold: a value found once but labeled twice is one miss,
    // and a value found only below the threshold is a miss (shown with its confidence).
    const kept = found.filter((f) => f.confidence >= THRESHOLD).map((f) => ({ ...f }));
    const left = match(kept, labels);
    const below = new Map<string, number>();
    for (const f of found)
      if (f.confidence < THRESHOLD) below.set(key(f.path, f.type, f.value), f.confidence);
    const misses: string[] = [];
    for (const [k, n] of left) {
      const [path, type, value] = k.split('\u0000');
      const seen = below.get(k);
      for (let i = 0; i < n; i++)
        misses.push(`${type} ${path} «${value}»${seen === undefined ? '' : ` (found at ${seen})`}`);
    }
    const wrong = found.filter((f) => !f.matched && f.confidence >= THRESHOLD);
    console.log(`\n${split}: false negatives`);
    for (const m of misses.slice(0, 1000)) console.log(`  FN ${m}`);
    console.log(`${split}: false positives`);
    for (const w of wrong.slice(0, 1000))
      console.log(`  FP ${w.type} ${w.confidence} ${w.path} «${w.value}»`);
  }
  return { markdown: lines.join('\n'), summary, curve };
}

const sections = ['tune', 'heldout'].map((split) => reportSplit(split));

/**
 * The default threshold, read from the tuning split's curve: the plateau is the thresholds whose
 * precision and F1 are within 0.005 of the best; the default must lie on it.
 */
function thresholdNote(curve: CurvePoint[]): string {
  const bestPrecision = Math.max(...curve.map((c) => c.precision));
  const bestF1 = Math.max(...curve.map((c) => c.f1));
  const plateau = curve.filter(
    (c) => c.precision >= bestPrecision - 0.005 && c.f1 >= bestF1 - 0.005,
  );
  const first = plateau[0];
  const last = plateau[plateau.length - 1];
  const chosen = curve.find((c) => c.threshold === THRESHOLD);
  const at = (t: number) => curve.find((c) => c.threshold === t);
  const lower = at(0.3);
  const higher = at(0.7);
  const onPlateau = chosen !== undefined && plateau.includes(chosen);
  return [
    first && last
      ? `On the tuning split, precision and F1 stay within 0.005 of their best (precision ` +
        `${f3(bestPrecision)}, F1 ${f3(bestF1)}) from ${first.threshold} to ${last.threshold}.`
      : '',
    lower
      ? `Below the plateau precision drops (${f3(lower.precision)} at 0.3): unsupported single capitalised ` +
        'words with a dictionary hit (0.3), private and reserved IP addresses (0.35, 0.1) and test ' +
        'data (≤ 0.2) are scored there on purpose.'
      : '',
    higher
      ? `Above the plateau recall falls (${f3(higher.recall)} at 0.7): bare national phone numbers (0.6), ` +
        'names confirmed elsewhere in the file (0.65–0.7) and names after a title (0.55–0.65) ' +
        'drop out.'
      : '',
    `The default minimum confidence is **${THRESHOLD}** (\`--min-confidence\`, ` +
      '`minConfidence` in `.piiscout.yml`)' +
      (onPlateau
        ? ', inside the plateau and above 0.45, the score of deliberately ambiguous values ' +
          '(ten bare digits without a trunk prefix, short bare runs), which the benchmark holds few ' +
          'of but source code and logs hold many of.'
        : `; **it is off the plateau on this run: revisit it**.`) +
      ' Lower it for audits that prefer recall.',
  ]
    .filter(Boolean)
    .join(' ');
}

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
  cwd: ROOT,
  encoding: 'utf8',
}).stdout.trim();
const doc = `# Detection quality

Measured by \`pnpm bench:quality\` on the labeled synthetic fixtures in \`fixtures/labeled/\`
(generated by \`scripts/quality/generate.ts\` from a seed: English and French prose, e-mails,
support tickets, source code, logs, CSV (code-style and human headers), JSON (flat and nested,
camelCase keys), a MySQL dump, contact directories, sworn statements and meeting notes, support
chats; phones of FR, BE, CH, GB, US and DE in national and international forms, mobiles and
landlines), with hard negatives: version strings, user
agents, OIDs, UUIDs, git SHAs and hashes, timestamps and epochs, order and invoice numbers,
SIREN/SIRET and VAT numbers, ISBN/EAN, IBAN shapes with a bad checksum, 16-digit numbers failing
Luhn, published test card numbers, loopback and documentation IPs, reserved-domain e-mails,
placeholder names, capitalised non-names, company and product names). The held-out split uses
another seed, names from a disjoint pool and template variants the tuning split never has; it
is not used for tuning. Phone regions: ${REGIONS}. Commit ${commit}.

A finding is right when its type and exact text match a labeled occurrence in the same file.

## Default threshold

${thresholdNote(sections[0]!.curve)}

## Confidence bands

Each finding's confidence is calibrated so that, in each band (0.5–0.7, 0.7–0.9, ≥ 0.9), the
measured precision is at least the band's lower bound; the band tables below check it on both
splits. Every finding carries its evidence (pattern, checksum or validator, keyword with its
distance and position, field, dictionary hit with the name's frequency, test-data marker).

## Figures

${sections.map((s) => s.markdown).join('\n\n')}
`;
writeFileSync(join(ROOT, 'docs/quality.md'), doc);
console.log(doc);
