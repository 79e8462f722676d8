/**
 * Policy-extraction benchmark: runs `extractPolicy` on every fixture policy in
 * fixtures/policies/ (tuning split, which since one blind measurement includes the former
 * heldout-2 and heldout-3 sets) and fixtures/policies/heldout/ + heldout-32/ + heldout-33/ (held-out split,
 * never used to tune the lexicon; their errors are not printed unless --show-heldout-errors), compares with the sibling `<name>.expected.json`, prints
 * precision and recall per category, per language and overall, and writes docs/policy.md.
 *
 *   npx tsx scripts/bench-policy.ts              # both splits, writes docs/policy.md
 *   npx tsx scripts/bench-policy.ts --split tuning --no-write
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPolicy } from '../packages/core/src/policy/extract.js';
import type { PolicyFormat } from '../packages/core/src/policy/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'fixtures', 'policies');

interface Expected {
  declared: { category: string; level: 'specific' | 'parent' }[];
  negated: string[];
  generic: boolean;
}

interface Case {
  path: string;
  split: 'tuning' | 'heldout';
  language: 'en' | 'fr';
  format: PolicyFormat;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const args = process.argv.slice(2);
const onlySplit = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
const write = !args.includes('--no-write') && onlySplit === undefined;
const verbose = args.includes('--verbose');
// Reading the held-out errors is how a held-out set turns into a tuning set: off by default.
const showHeldoutErrors = args.includes('--show-heldout-errors');

function formatOf(path: string): PolicyFormat | undefined {
  if (/\.html?$/.test(path)) return 'html';
  if (path.endsWith('.md')) return 'markdown';
  if (path.endsWith('.txt')) return 'text';
  return undefined;
}

function listCases(): Case[] {
  const cases: Case[] = [];
  for (const [dir, split] of [
    [fixtures, 'tuning'],
    [join(fixtures, 'heldout'), 'heldout'],
    // Written later, blind (without reading the extractor): held out too.
    [join(fixtures, 'heldout-32'), 'heldout'],
    [join(fixtures, 'heldout-33'), 'heldout'],
  ] as const) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const format = formatOf(name);
      if (!format) continue;
      const path = join(dir, name);
      if (!existsSync(expectedPath(path))) continue;
      cases.push({ path, split, format, language: /(^|-)fr(-|\.)/.test(name) ? 'fr' : 'en' });
    }
  }
  return cases;
}

function expectedPath(path: string): string {
  return path.replace(/\.(md|txt|html?)$/, '.expected.json');
}

const key = (kind: 'declared' | 'negated', category: string): string => `${kind}:${category}`;

function add(map: Map<string, Counts>, name: string, field: keyof Counts): void {
  const counts = map.get(name) ?? { tp: 0, fp: 0, fn: 0 };
  counts[field]++;
  map.set(name, counts);
}

function ratio(a: number, b: number): string {
  return b === 0 ? '—' : (a / b).toFixed(3);
}
function precision(c: Counts): string {
  return ratio(c.tp, c.tp + c.fp);
}
function recall(c: Counts): string {
  return ratio(c.tp, c.tp + c.fn);
}

interface SplitReport {
  split: string;
  byLanguage: Map<string, Counts>;
  byCategory: Map<string, Counts>;
  levelAgreement: { same: number; total: number };
  generic: { same: number; total: number };
  errors: string[];
  files: number;
}

function runSplit(cases: Case[], split: string): SplitReport {
  const report: SplitReport = {
    split,
    byLanguage: new Map(),
    byCategory: new Map(),
    levelAgreement: { same: 0, total: 0 },
    generic: { same: 0, total: 0 },
    errors: [],
    files: cases.length,
  };
  for (const item of cases) {
    const expected = JSON.parse(readFileSync(expectedPath(item.path), 'utf8')) as Expected;
    const actual = extractPolicy(readFileSync(item.path, 'utf8'), { format: item.format });
    const want = new Set([
      ...expected.declared.map((d) => key('declared', d.category)),
      ...expected.negated.map((c) => key('negated', c)),
    ]);
    const got = new Set([
      ...actual.declared.map((d) => key('declared', d.category)),
      ...actual.negated.map((n) => key('negated', n.category)),
    ]);
    const name = relative(fixtures, item.path);
    for (const label of new Set([...want, ...got])) {
      const field: keyof Counts =
        want.has(label) && got.has(label) ? 'tp' : got.has(label) ? 'fp' : 'fn';
      for (const group of [item.language, 'all']) add(report.byLanguage, group, field);
      add(report.byCategory, label, field);
      if (field !== 'tp')
        report.errors.push(`${name}: ${field === 'fp' ? 'extra' : 'missed'} ${label}`);
    }
    for (const declared of expected.declared) {
      const found = actual.declared.find((d) => d.category === declared.category);
      if (!found) continue;
      report.levelAgreement.total++;
      if (found.level === declared.level) report.levelAgreement.same++;
      else
        report.errors.push(
          `${name}: level of ${declared.category} is ${found.level}, expected ${declared.level}`,
        );
    }
    report.generic.total++;
    if (actual.generic.length > 0 === expected.generic) report.generic.same++;
    else
      report.errors.push(
        `${name}: generic ${actual.generic.length > 0}, expected ${expected.generic}`,
      );
  }
  return report;
}

function printReport(report: SplitReport): string[] {
  const lines: string[] = [];
  lines.push(`### ${report.split} split (${report.files} policies)`, '');
  lines.push('| language | precision | recall | TP | FP | FN |', '|---|---|---|---|---|---|');
  for (const language of ['en', 'fr', 'all']) {
    const c = report.byLanguage.get(language) ?? { tp: 0, fp: 0, fn: 0 };
    lines.push(`| ${language} | ${precision(c)} | ${recall(c)} | ${c.tp} | ${c.fp} | ${c.fn} |`);
  }
  lines.push('');
  lines.push(
    `Level (specific/parent) agreement on correctly found declarations: ${report.levelAgreement.same}/${report.levelAgreement.total}. ` +
      `Generic disclosure (yes/no) agreement: ${report.generic.same}/${report.generic.total}.`,
    '',
  );
  lines.push('| label | precision | recall | TP | FP | FN |', '|---|---|---|---|---|---|');
  for (const [label, c] of [...report.byCategory.entries()].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    lines.push(`| ${label} | ${precision(c)} | ${recall(c)} | ${c.tp} | ${c.fp} | ${c.fn} |`);
  }
  lines.push('');
  if (report.errors.length > 0 && (report.split !== 'heldout' || showHeldoutErrors)) {
    lines.push('Errors:', '', ...report.errors.map((error) => `- ${error}`), '');
  }
  return lines;
}

const cases = listCases();
const splits = (['tuning', 'heldout'] as const).filter(
  (split) => !onlySplit || split === onlySplit,
);
const sections: string[] = [];
for (const split of splits) {
  const report = runSplit(
    cases.filter((item) => item.split === split),
    split,
  );
  const lines = printReport(report);
  sections.push(...lines);
  if (verbose) console.log(lines.join('\n'));
  else {
    console.log(`${split}:`);
    for (const language of ['en', 'fr', 'all']) {
      const c = report.byLanguage.get(language) ?? { tp: 0, fp: 0, fn: 0 };
      console.log(
        `  ${language.padEnd(3)} precision ${precision(c)}  recall ${recall(c)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`,
      );
    }
    if (split !== 'heldout' || showHeldoutErrors)
      for (const error of report.errors) console.log(`  - ${error}`);
  }
}

if (write) {
  const docPath = join(root, 'docs', 'policy.md');
  const doc = readFileSync(docPath, 'utf8');
  const startMarker = '<!-- bench:start -->';
  const endMarker = '<!-- bench:end -->';
  if (!doc.includes(startMarker) || !doc.includes(endMarker))
    throw new Error(`${docPath} lacks the bench markers`);
  const results = [
    `Measured with \`npx tsx scripts/bench-policy.ts\` on ${cases.length} fixture policies ` +
      `(${cases.filter((c) => c.split === 'heldout').length} held out). A label is a category in \`declared\` or in \`negated\`; ` +
      'precision and recall count labels over all policies of a split.',
    '',
    ...sections,
  ].join('\n');
  const before = doc.slice(0, doc.indexOf(startMarker) + startMarker.length);
  const after = doc.slice(doc.indexOf(endMarker));
  writeFileSync(docPath, `${before}\n\n${results}\n${after}`);
  console.log(`wrote ${relative(process.cwd(), docPath)}`);
}
