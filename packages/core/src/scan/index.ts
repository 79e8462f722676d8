import { availableParallelism } from 'node:os';
import type { DetectorRegistry } from '../detectors/index.js';
import { formatFor } from '../formats/index.js';
import { DEFAULT_LIMITS, type ColumnSummary, type FormatLimits } from '../formats/types.js';
import type { Detector, FileError, Finding, RawFinding, ScanStats, Segment } from '../types.js';
import { dedupeFindings } from './filters/dedupe.js';
import { applyMinConfidence } from './filters/min-confidence.js';
import { finalizeFinding } from './filters/redact.js';
import { sortFindings } from './filters/sort.js';
import { buildFileScanOptions } from './options.js';
import { poolAvailable, ScanPool, type WorkerConfig } from './pool.js';
import { scanFile, scanSegment, type FileScanOptions, type FileScanResult, type FileToScan } from './scan-file.js';
import { walk } from './walk.js';

export const DEFAULT_REGIONS = ['FR', 'GB', 'US'] as const;
export const DEFAULT_MIN_CONFIDENCE = 0.5;
export const DEFAULT_MAX_FILE_SIZE = 512 * 1024 * 1024;

export interface ScanOptions {
  /** Only these detectors (ids or types); default all. */
  types?: readonly string[];
  /** Detectors turned off (ids or types). */
  disabled?: readonly string[];
  /** Detector registry (default: the built-in detectors). */
  registry?: DetectorRegistry;
  /** Regions for national phone numbers (ISO codes); default FR, GB, US. */
  regions?: readonly string[];
  /** Findings below this confidence are dropped (default 0.5). */
  minConfidence?: number;
  /** Keep raw values in findings (`--reveal`). Default false: only redacted forms. */
  reveal?: boolean;
  include?: readonly string[];
  exclude?: readonly string[];
  /** Honour .gitignore (default true). */
  gitignore?: boolean;
  maxFileSize?: number;
  limits?: Partial<FormatLimits>;
  /** Base for relative display paths (default process.cwd()). */
  cwd?: string;
  /**
   * Worker threads (default: the number of cores). Each file is read in a worker with a time and
   * memory limit. 0 reads in the calling thread (also the case for a custom registry, whose
   * detectors cannot be sent to workers).
   */
  jobs?: number;
}

/** Per-column statistics of tabular sources, for "users.email: 12,403 of 12,410 rows". */
export interface ColumnReport {
  location: ColumnSummary['location'];
  rows: number;
  nonEmpty: number;
  /** Findings in this column, by type. */
  findings: Record<string, number>;
}

export interface ScanSummary {
  stats: ScanStats;
  errors: FileError[];
  columns: ColumnReport[];
}

export type ScanEvent =
  | { kind: 'finding'; finding: Finding }
  | { kind: 'error'; error: FileError }
  | { kind: 'file'; path: string; bytes: number; findings: number }
  | { kind: 'summary'; summary: ScanSummary };

/** The scan document of report-contract.md, before it is rendered. */
export interface ScanReport {
  schemaVersion: 1;
  tool: { name: 'piiscout'; version: string };
  stats: ScanStats;
  findings: Finding[];
  errors: FileError[];
  /** Per-column statistics of tabular sources (an addition to the v1 contract). */
  columns?: ColumnReport[];
}

export const TOOL_VERSION = '0.1.0';

/**
 * Scan files and folders. Yields findings file by file (in path order), per-file errors as they
 * happen, and last a summary. Values are redacted unless `reveal` is set.
 */
export async function* scan(paths: readonly string[], options: ScanOptions = {}): AsyncGenerator<ScanEvent> {
  const started = Date.now();
  const fileOptions = fileScanOptions(options);
  const stats: ScanStats = { files: 0, bytes: 0, skipped: 0, durationMs: 0, skippedByReason: {} };
  const errors: FileError[] = [];
  const columns: ColumnReport[] = [];
  const skip = (reason: string) => {
    stats.skipped++;
    stats.skippedByReason![reason] = (stats.skippedByReason![reason] ?? 0) + 1;
  };
  const walker = walk(paths, {
    include: options.include,
    exclude: options.exclude,
    gitignore: options.gitignore,
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    cwd: options.cwd,
  });

  const finish = function* (result: FileScanResult): Generator<ScanEvent> {
    if (result.skipped) {
      skip(result.skipped);
      return;
    }
    stats.files++;
    stats.bytes += result.bytes;
    const findings = postProcess(result.findings, options, fileOptions.detectors);
    columns.push(...columnReports(result, findings));
    for (const finding of findings) yield { kind: 'finding', finding };
    if (result.error) {
      errors.push(result.error);
      yield { kind: 'error', error: result.error };
    }
    yield { kind: 'file', path: result.path, bytes: result.bytes, findings: findings.length };
  };

  const files: FileToScan[] = [];
  for await (const event of walker) {
    if (event.kind === 'skip') skip(event.reason);
    else if (event.kind === 'error') {
      errors.push(event.error);
      yield { kind: 'error', error: event.error };
    } else files.push(event);
  }
  // Largest first, so one huge file does not start last and hold back the end of the scan.
  files.sort((a, b) => b.size - a.size);
  const jobs = options.registry ? 0 : Math.max(0, options.jobs ?? availableParallelism());
  const pool = jobs > 0 && poolAvailable() && worthAPool(files) ? new ScanPool(jobs, workerConfig(options)) : undefined;
  const read = (file: FileToScan) => (pool ? pool.run(file) : scanFile(file, fileOptions));
  try {
    const inFlight = new Map<number, Promise<[number, FileScanResult]>>();
    const width = Math.max(1, pool ? jobs * 2 : 4);
    let next = 0;
    while (next < files.length || inFlight.size > 0) {
      while (next < files.length && inFlight.size < width) {
        const index = next++;
        inFlight.set(index, read(files[index]!).then((result) => [index, result]));
      }
      const [index, result] = await Promise.race(inFlight.values());
      inFlight.delete(index);
      yield* finish(result);
    }
  } finally {
    await pool?.close();
  }
  stats.durationMs = Date.now() - started;
  yield { kind: 'summary', summary: { stats, errors, columns } };
}

/** Run a scan to completion and return the report document. */
export async function scanToReport(paths: readonly string[], options: ScanOptions = {}): Promise<ScanReport> {
  const findings: Finding[] = [];
  let summary: ScanSummary | undefined;
  for await (const event of scan(paths, options)) {
    if (event.kind === 'finding') findings.push(event.finding);
    else if (event.kind === 'summary') summary = event.summary;
  }
  const report: ScanReport = {
    schemaVersion: 1,
    tool: { name: 'piiscout', version: TOOL_VERSION },
    stats: summary!.stats,
    findings: sortFindings(findings),
    errors: [...summary!.errors].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
  if (summary!.columns.length > 0) report.columns = summary!.columns;
  return report;
}

export interface ScanTextOptions extends Omit<ScanOptions, 'include' | 'exclude' | 'gitignore' | 'maxFileSize' | 'cwd' | 'concurrency'> {
  /** Read the text as `prose` (default), `code` or a single `value` of a field. */
  syntax?: Segment['syntax'];
  /** Field (column/key) name the text belongs to, a strong hint for detectors. */
  field?: string;
  /** Path shown in locations (default `<text>`). */
  path?: string;
}

/** Scan a string. Findings carry line and column within the string. */
export function scanText(text: string, options: ScanTextOptions = {}): Finding[] {
  const fileOptions = fileScanOptions(options);
  const segment: Segment = {
    text,
    syntax: options.syntax ?? 'prose',
    location: { path: options.path ?? '<text>', line: 1, column: 1 },
  };
  if (options.field) segment.location.field = options.field;
  return sortFindings(postProcess(scanSegment(segment, fileOptions), options, fileOptions.detectors));
}

/**
 * Workers cost a few hundred milliseconds to start: a pre-commit scan of a few small text files
 * is faster in-process. Binary formats always go to a worker, for isolation.
 */
function worthAPool(files: readonly FileToScan[]): boolean {
  let bytes = 0;
  for (const file of files) {
    bytes += file.size;
    if (formatFor(file.path, EMPTY)?.isolated) return true;
  }
  return files.length >= 200 || bytes >= 16 * 1024 * 1024;
}

const EMPTY = new Uint8Array(0);

function workerConfig(options: ScanOptions): WorkerConfig {
  return {
    types: options.types,
    disabled: options.disabled,
    regions: options.regions?.length ? options.regions : DEFAULT_REGIONS,
    limits: { ...DEFAULT_LIMITS, ...options.limits, maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE },
  };
}

function fileScanOptions(options: ScanOptions): FileScanOptions {
  return buildFileScanOptions(workerConfig(options), options.registry);
}

/** dedupe → minimum confidence → redaction; sorting happens once the report is complete. */
function postProcess(raw: readonly RawFinding[], options: ScanOptions, detectors: readonly Detector[]): Finding[] {
  const byId = new Map(detectors.map((d) => [d.id, d]));
  const kept = applyMinConfidence(dedupeFindings(raw), options.minConfidence ?? DEFAULT_MIN_CONFIDENCE);
  return kept.map((finding) => finalizeFinding(finding, options.reveal ?? false, byId.get(finding.detectorId)?.redact));
}

function columnReports(result: FileScanResult, findings: readonly Finding[]): ColumnReport[] {
  return result.columns.map((column) => {
    const counts: Record<string, number> = {};
    for (const finding of findings) {
      const l = finding.location;
      const c = column.location;
      if (l.field === c.field && l.table === c.table && l.sheet === c.sheet && l.entry === c.entry) {
        counts[finding.type] = (counts[finding.type] ?? 0) + (finding.occurrences ?? 1);
      }
    }
    return { location: column.location, rows: column.rows, nonEmpty: column.nonEmpty, findings: counts };
  });
}
