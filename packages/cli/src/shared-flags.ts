import { Flags } from '@oclif/core';

/** Flags shared by the commands that scan (`scan`, `check`). */
export const scanFlags = {
  format: Flags.string({
    char: 'f',
    description: 'Output format.',
    options: ['table', 'json'],
    default: 'table',
  }),
  output: Flags.string({ char: 'o', description: 'Write the report to this file instead of stdout.' }),
  reveal: Flags.boolean({
    description: 'Print raw values. Without it, only redacted values leave the tool.',
    default: false,
  }),
  'min-confidence': Flags.string({
    description: 'Drop findings below this confidence (0..1).',
    default: '0.5',
  }),
  types: Flags.string({
    description: 'Only these detectors (comma-separated types or ids), e.g. email,iban.',
  }),
  include: Flags.string({ description: 'Only scan files matching this glob (repeatable).', multiple: true }),
  exclude: Flags.string({
    description: 'Also skip files matching this glob (repeatable); built-in excludes always apply.',
    multiple: true,
  }),
  gitignore: Flags.boolean({ description: 'Honour .gitignore files.', default: true, allowNo: true }),
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
    description: 'Worker threads (default: one per core; 0 reads in the main thread, without isolation).',
    min: 0,
  }),
  explain: Flags.boolean({ description: "Show each finding's evidence in the table.", default: false }),
  color: Flags.boolean({ description: 'Colour the table (default: when stdout is a terminal).', allowNo: true }),
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

export function parseConfidence(text: string): number {
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
