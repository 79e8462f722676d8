import { Flags } from '@oclif/core';
import { SCAN_FORMATS } from '@piiscout/core/report';

/** Flags shared by the commands that scan (`scan`, `check`). */
export const scanFlags = {
  format: Flags.string({
    char: 'f',
    description:
      'Output format: table, json, sarif (code scanning), github (Actions annotations), markdown (PR summary).',
    options: SCAN_FORMATS,
    default: 'table',
  }),
  output: Flags.string({
    char: 'o',
    description: 'Write the report to this file instead of stdout.',
  }),
  reveal: Flags.boolean({
    description: 'Print raw values. Without it, only redacted values leave the tool.',
    default: false,
  }),
  'min-confidence': Flags.string({
    description: 'Drop findings below this confidence (0..1; default: the config, else 0.5).',
  }),
  types: Flags.string({
    description: 'Only these detectors (comma-separated types or ids), e.g. email,iban.',
  }),
  include: Flags.string({
    description: 'Only scan files matching this glob (repeatable).',
    multiple: true,
  }),
  exclude: Flags.string({
    description: 'Also skip files matching this glob (repeatable); built-in excludes always apply.',
    multiple: true,
  }),
  gitignore: Flags.boolean({
    description: 'Honour .gitignore files.',
    default: true,
    allowNo: true,
  }),
  'max-findings-per-file': Flags.integer({
    description:
      'Findings listed per file; past it they are only counted by column (bounded memory on huge dumps).',
    default: 10_000,
    min: 1,
  }),
  'max-file-size': Flags.string({
    description: 'Larger files are reported as errors, not read (e.g. 100MB, 2GB).',
    default: '512MB',
  }),
  region: Flags.string({
    description: 'Regions for national phone numbers (ISO codes, repeatable or comma-separated).',
    multiple: true,
  }),
  jobs: Flags.integer({
    char: 'j',
    description:
      'Worker threads (default: one per core; 0 reads in the main thread, without isolation).',
    min: 0,
  }),
  profile: Flags.boolean({
    description:
      'Measure where the time goes (per detector and per format) and print it on stderr.',
    default: false,
  }),
  shard: Flags.string({
    description:
      'Scan only shard I of N (e.g. 2/8), split by path hash: run N jobs in parallel, then `piiscout merge`.',
  }),
  explain: Flags.boolean({
    description: "Show each finding's evidence in the table.",
    default: false,
  }),
  color: Flags.boolean({
    description: 'Colour the table (default: when stdout is a terminal).',
    allowNo: true,
  }),
  config: Flags.string({
    char: 'c',
    description: 'Config file (default: .piiscout.yml at the scan root).',
  }),
  baseline: Flags.string({
    description:
      "Baseline of accepted findings (default: the config's, else .piiscout-baseline.json at the scan root).",
  }),
  'ignore-baseline': Flags.boolean({
    description: 'Report every finding, baselined or not (audits).',
    default: false,
  }),
  'inline-ignore': Flags.boolean({
    description: 'Honour piiscout-ignore-… directives in files (--no-inline-ignore for audits).',
    default: true,
    allowNo: true,
  }),
  'report-unused-ignores': Flags.boolean({
    description: 'List ignore directives that suppressed nothing, and exit 1 if there are any.',
    default: false,
  }),
};

/** "100MB", "2GB", "512k", "1048576" → bytes. */
export function parseSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$/i.exec(text);
  if (!match) throw new Error(`not a size: '${text}' (use e.g. 100MB or 2GB)`);
  const unit = (match[2] ?? '').toLowerCase().replace(/i?b$/, '');
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[unit];
  if (scale === undefined) throw new Error(`not a size: '${text}'`);
  return Math.round(Number(match[1]) * scale);
}

export function parseConfidence(text: string): number;
export function parseConfidence(text: string | undefined): number | undefined;
export function parseConfidence(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new Error(`--min-confidence must be a number between 0 and 1, not '${text}'`);
  }
  return value;
}

export function splitList(values: readonly string[] | string | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const list = (typeof values === 'string' ? [values] : values)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return list.length > 0 ? list : undefined;
}

/** "2/8" → { index: 2, count: 8 } (1-based). */
export function parseShard(text: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard takes I/N with 1 ≤ I ≤ N (e.g. 2/8), not '${text}'`);
  }
  return { index, count };
}
