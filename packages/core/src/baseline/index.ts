import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as AjvModule from 'ajv/dist/2020.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { entryKey, hashValue } from './keys.js';

// The schema validator loads with the first baseline read, not with every scan: its CommonJS
// build, required on first use, as reading a baseline is synchronous.
const require = createRequire(import.meta.url);
const ajv = (): typeof AjvModule => require('ajv/dist/2020.js') as typeof AjvModule;

export { entryKey, hashValue } from './keys.js';

/**
 * The baseline `.piiscout-baseline.json`: findings accepted once, so that a scan reports only
 * what is new. Entries are keyed on (path, type, salted SHA-256 of the normalized value) with a
 * count: no line numbers (moving lines changes nothing), no timestamps (regenerating an
 * unchanged tree gives the same bytes), never a raw value.
 *
 * This is pseudonymisation, not anonymisation: whoever holds the file holds the salt, and can
 * hash guesses (every phone number of a region, a known e-mail address) to test them.
 */
export const BASELINE_FILE_NAME = '.piiscout-baseline.json';

export type BaselineStatus = 'accepted' | 'false-positive';

export interface BaselineEntry {
  /** POSIX path relative to the baseline file's folder. */
  path: string;
  type: string;
  /** Hex SHA-256 of salt, NUL, normalized value. */
  hash: string;
  /** Occurrences accepted: a further one in the same file is new. */
  count: number;
  status: BaselineStatus;
  reason: string;
}

export interface BaselineFile {
  version: 1;
  notice: string;
  hash: 'sha256(salt, NUL, normalized value)';
  salt: string;
  entries: BaselineEntry[];
}

export const BASELINE_NOTICE =
  'Pseudonymised, not anonymised: whoever has this file has the salt and can test guessed values against the hashes. Keep it as private as the data it describes.';

export const DEFAULT_BASELINE_REASON = 'present when the baseline was created';

export class BaselineError extends Error {
  override name = 'BaselineError';
}

export function newSalt(): string {
  return randomBytes(16).toString('hex');
}

const schema = {
  type: 'object',
  required: ['version', 'salt', 'entries'],
  properties: {
    version: { const: 1 },
    salt: { type: 'string', pattern: '^[0-9a-f]{16,}$' },
    entries: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'type', 'hash', 'count', 'status', 'reason'],
        properties: {
          path: { type: 'string', minLength: 1 },
          type: { type: 'string', minLength: 1 },
          hash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
          count: { type: 'integer', minimum: 1 },
          status: { enum: ['accepted', 'false-positive'] },
          reason: { type: 'string' },
        },
      },
    },
  },
} as const;

let validator: ReturnType<Ajv2020['compile']> | undefined;

export function parseBaseline(text: string, shown: string): BaselineFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BaselineError(`${shown}: not valid JSON`);
  }
  validator ??= new (ajv().Ajv2020)({ allErrors: true, strict: false }).compile(schema);
  if (!validator(data)) {
    const problems = (validator.errors ?? []).map(
      (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
    );
    throw new BaselineError(
      `${shown}: not a piiscout baseline (${problems.slice(0, 3).join('; ')})`,
    );
  }
  return data as BaselineFile;
}

export function readBaseline(file: string, shown = file): BaselineFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new BaselineError(`${shown}: cannot read the baseline file`);
  }
  return parseBaseline(text, shown);
}

/** Stable bytes: entries sorted, keys in a fixed order, two-space indentation, final newline. */
export function serializeBaseline(baseline: BaselineFile): string {
  const entries = [...baseline.entries]
    .sort((a, b) => compare(a.path, b.path) || compare(a.type, b.type) || compare(a.hash, b.hash))
    .map(({ path, type, hash, count, status, reason }) => ({
      path,
      type,
      hash,
      count,
      status,
      reason,
    }));
  const ordered = {
    version: 1,
    notice: BASELINE_NOTICE,
    hash: baseline.hash,
    salt: baseline.salt,
    entries,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Counts of (path, type, hash) as a scan sees them; hashes at once, keeps no value. */
export class BaselineRecorder {
  readonly counts = new Map<string, { path: string; type: string; hash: string; count: number }>();

  constructor(readonly salt: string) {}

  add(path: string, type: string, normalized: string): void {
    this.addHash(path, type, hashValue(this.salt, normalized));
  }

  /** A finding hashed elsewhere (in a scan worker) with this recorder's salt. */
  addHash(path: string, type: string, hash: string): void {
    const key = entryKey(path, type, hash);
    const entry = this.counts.get(key);
    if (entry) entry.count++;
    else this.counts.set(key, { path, type, hash, count: 1 });
  }
}

export interface BaselineUpdate {
  baseline: BaselineFile;
  added: number;
  kept: number;
  pruned: number;
}

/**
 * The new baseline: what the scan recorded, keeping the status and reason of entries seen
 * before. Entries inside the scanned scope that the scan no longer finds are pruned; entries
 * outside it (a scan of one folder) are kept as they are.
 */
export function updateBaseline(
  previous: BaselineFile | undefined,
  recorded: BaselineRecorder,
  inScope: (path: string) => boolean,
  reason = DEFAULT_BASELINE_REASON,
): BaselineUpdate {
  const old = new Map((previous?.entries ?? []).map((e) => [entryKey(e.path, e.type, e.hash), e]));
  const entries: BaselineEntry[] = [];
  let added = 0;
  let kept = 0;
  for (const [key, found] of recorded.counts) {
    const before = old.get(key);
    if (before) kept++;
    else added++;
    entries.push({
      ...found,
      status: before?.status ?? 'accepted',
      reason: before?.reason ?? reason,
    });
    old.delete(key);
  }
  let pruned = 0;
  for (const entry of old.values()) {
    if (inScope(entry.path)) pruned++;
    else entries.push(entry);
  }
  return {
    baseline: {
      version: 1,
      notice: BASELINE_NOTICE,
      hash: 'sha256(salt, NUL, normalized value)',
      salt: recorded.salt,
      entries,
    },
    added,
    kept,
    pruned,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
