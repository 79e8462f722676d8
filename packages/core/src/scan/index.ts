import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { BaselineFile, BaselineRecorder } from '../baseline/index.js';
import type { AllowlistRule } from '../config/index.js';
import type { DetectorRegistry } from '../detectors/index.js';
import { checkBuiltinDetectorNames } from '../detectors/names.js';
import { formatFor } from '../formats/index.js';
import { DEFAULT_LIMITS, type FormatLimits } from '../formats/types.js';
import type { FileError, Finding, ScanStats } from '../types.js';
import type { UnusedIgnore } from './filters/inline-ignore.js';
import { sortFindings } from './filters/sort.js';
import {
  emptyTally,
  finishFile,
  prepareFilters,
  type ColumnReport,
  type FilterConfig,
  type FinishedFile,
  type SuppressedCounts,
} from './finish.js';
import {
  BATCHES_IN_FLIGHT_PER_WORKER,
  DEFAULT_REGIONS,
  poolAvailable,
  ScanPool,
  type WorkerConfig,
} from './pool.js';
import { POOL_FROM_BYTES, POOL_FROM_FILES, releasePrestarted } from './prestart.js';
import type { PlaceWeight } from '../report/places.js';
import {
  DEFAULT_MAX_FINDINGS_PER_FILE,
  scanFile,
  type FileScanOptions,
  type FileToScan,
} from './scan-file.js';
import { walk } from './walk.js';

export { DEFAULT_REGIONS } from './pool.js';
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
  /** Folder that allowlist globs and baseline paths are relative to (default: cwd). */
  root?: string;
  /** Config allowlist: findings matching an entry are not reported. */
  allowlist?: readonly AllowlistRule[];
  /** Honour `piiscout-ignore-…` directives (default true; off for audits). */
  inlineIgnore?: boolean;
  /** List directives that suppressed nothing in the summary and report. */
  reportUnusedIgnores?: boolean;
  /** Accepted findings: only new ones are reported. */
  baseline?: BaselineFile;
  /** Receives every reported finding, hashed (used by `piiscout baseline`). */
  baselineRecorder?: BaselineRecorder;
  /**
   * Git modes: by display path, the lines that are new. Findings on other lines are dropped;
   * findings without a line (spreadsheets, PDFs) in a listed file are kept.
   */
  addedLines?: ReadonlyMap<string, ReadonlySet<number>>;
  /** Measure time per detector and per format into `stats.profile` (`--profile`). */
  profile?: boolean;
  /**
   * Findings listed per file (default 10,000): past it they are only counted, by column, so a
   * multi-gigabyte dump is scanned in bounded memory; the file gets a notice in `errors`.
   */
  maxFindingsPerFile?: number;
  /**
   * Scan only shard `index` of `count` (1-based), chosen by a hash of the path, so that N jobs
   * of a CI matrix or an indexed Kubernetes Job split a share deterministically; `mergeReports`
   * combines their JSON reports.
   */
  shard?: { index: number; count: number };
  /** Called after each file (for a progress line). */
  onProgress?: (progress: ScanProgress) => void;
  /**
   * Each file's findings come as report JSON text in its `file` event (`text`, see
   * `renderFindingsText`) instead of as `finding` events: the streamed JSON report then never
   * holds findings as objects.
   */
  renderFindings?: boolean;
  /** Each `file` event also sums its findings by category and place (`places`, for `check`). */
  collectPlaces?: boolean;
}

export interface ScanProgress {
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
  findings: number;
  elapsedMs: number;
}

/** Time spent, summed over workers: per detector, and reading/parsing per format. */
export interface ScanProfile {
  detectors: Record<string, number>;
  formats: Record<string, { ms: number; bytes: number; files: number }>;
}

export type { ColumnReport, SuppressedCounts } from './finish.js';

export interface ScanSummary {
  stats: ScanStats & { suppressed?: SuppressedCounts };
  errors: FileError[];
  columns: ColumnReport[];
  /** With `reportUnusedIgnores`: directives that suppressed nothing. */
  unusedIgnores?: UnusedIgnore[];
}

export type ScanEvent =
  | { kind: 'finding'; finding: Finding }
  | { kind: 'error'; error: FileError }
  | {
      kind: 'file';
      path: string;
      bytes: number;
      findings: number;
      text?: string;
      /** Instead of `text`, the same text as UTF-8 bytes (large texts from pool workers). */
      textBytes?: Uint8Array;
      places?: PlaceWeight[];
    }
  | { kind: 'summary'; summary: ScanSummary };

/** The scan document of report-contract.md, before it is rendered. */
export interface ScanReport {
  schemaVersion: 1;
  tool: { name: 'piiscout'; version: string };
  stats: ScanStats & { suppressed?: SuppressedCounts };
  findings: Finding[];
  errors: FileError[];
  /** Per-column statistics of tabular sources (an addition to the v1 contract). */
  columns?: ColumnReport[];
  /** With `--report-unused-ignores`: inline directives that suppressed nothing. */
  unusedIgnores?: UnusedIgnore[];
}

export const TOOL_VERSION = '0.1.0';

/**
 * Scan files and folders. Yields findings file by file (in path order), per-file errors as they
 * happen, and last a summary. Values are redacted unless `reveal` is set.
 */
export async function* scan(
  paths: readonly string[],
  options: ScanOptions = {},
): AsyncGenerator<ScanEvent> {
  for await (const event of scanInGroups(paths, options)) {
    if (event.kind !== 'findings') yield event;
    else for (const finding of event.findings) yield { kind: 'finding', finding };
  }
}

/** A file's findings together: one event where `scan` yields one per finding. */
type GroupedEvent =
  Exclude<ScanEvent, { kind: 'finding' }> | { kind: 'findings'; findings: Finding[] };

/**
 * `scan` with each file's findings in one event. Every step of an async generator is a promise
 * and a microtask turn: a report of thousands of findings gathered one event each cost as much
 * as deduplicating them.
 */
async function* scanInGroups(
  paths: readonly string[],
  options: ScanOptions,
): AsyncGenerator<GroupedEvent> {
  const started = Date.now();
  const config = workerConfig(options);
  // The detectors load only if this thread reads files itself: with a pool, the workers do
  // (about 60 ms less before a pooled scan's first file, on the main thread).
  let fileOptions: Promise<FileScanOptions> | undefined;
  // An unknown detector name fails here, before the walk, not later in a worker.
  if (options.registry) options.registry.select(config.types, config.disabled);
  else checkBuiltinDetectorNames(config.types, config.disabled);
  const filters = prepareFilters(config.filters);
  const stats: ScanSummary['stats'] = {
    files: 0,
    bytes: 0,
    skipped: 0,
    durationMs: 0,
    skippedByReason: {},
  };
  const errors: FileError[] = [];
  const columns: ColumnReport[] = [];
  const { suppressed, unused } = emptyTally();
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

  const profile: ScanProfile | undefined = options.profile
    ? { detectors: {}, formats: {} }
    : undefined;
  let totalBytes = 0;
  let totalFiles = 0;
  let findingCount = 0;
  const finish = function* (result: FinishedFile): Generator<GroupedEvent> {
    if (result.skipped) {
      skip(result.skipped);
      return;
    }
    stats.files++;
    stats.bytes += result.bytes;
    if (profile && result.profile) addProfile(profile, result);
    suppressed.inline += result.suppressed.inline;
    suppressed.allowlist += result.suppressed.allowlist;
    suppressed.baseline += result.suppressed.baseline;
    unused.push(...result.unused);
    for (const r of result.recorded) options.baselineRecorder?.addHash(r.path, r.type, r.hash);
    columns.push(...result.columns);
    if (result.omitted) {
      const more = Object.values(result.omitted.byType).reduce((a, b) => a + b, 0);
      const kept = options.maxFindingsPerFile ?? DEFAULT_MAX_FINDINGS_PER_FILE;
      const notice = {
        path: result.path,
        message: `more than ${kept} findings: the first ${kept} are listed, ${more} more are only counted (by column in \`columns\`); raise --max-findings-per-file to list them`,
      };
      errors.push(notice);
      yield { kind: 'error', error: notice };
    }
    findingCount += result.count;
    options.onProgress?.({
      files: stats.files + stats.skipped,
      totalFiles,
      bytes: stats.bytes,
      totalBytes,
      findings: findingCount,
      elapsedMs: Date.now() - started,
    });
    if (result.findings.length > 0) yield { kind: 'findings', findings: result.findings };
    if (result.error) {
      errors.push(result.error);
      yield { kind: 'error', error: result.error };
    }
    const done: ScanEvent = {
      kind: 'file',
      path: result.path,
      bytes: result.bytes,
      findings: result.count,
    };
    if (result.text !== undefined) done.text = result.text;
    if (result.textBytes) done.textBytes = result.textBytes;
    if (result.places) done.places = result.places;
    yield done;
  };

  const files: FileToScan[] = [];
  const inShard = options.shard ? shardFilter(options.shard) : () => true;
  for await (const event of walker) {
    if (!inShard(event.kind === 'error' ? event.error.path : event.path)) continue;
    if (event.kind === 'skip') skip(event.reason);
    else if (event.kind === 'error') {
      errors.push(event.error);
      yield { kind: 'error', error: event.error };
    } else files.push(event);
  }
  // Largest first, so one huge file does not start last and hold back the end of the scan.
  files.sort((a, b) => b.size - a.size);
  totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  const jobs = options.registry ? 0 : Math.max(0, options.jobs ?? availableParallelism());
  const pool =
    jobs > 0 && poolAvailable() && worthAPool(files) ? new ScanPool(jobs, config) : undefined;
  // Workers the command started early (see `prestartWorkers`) that no pool adopted.
  if (!pool) releasePrestarted();
  const batches: (FileToScan[] | undefined)[] = pool
    ? batchSmallFiles(files)
    : files.map((file) => [file]);
  // From here the batches hold the files, and each batch is let go once it is read: a listing
  // of 100,000 paths does not stay in memory until the last file is scanned.
  totalFiles = files.length;
  files.length = 0;
  const read = async (batch: FileToScan[]): Promise<FinishedFile[]> => {
    if (pool) return pool.runBatch(batch);
    fileOptions ??= import('./options.js').then((loaded) =>
      loaded.buildFileScanOptions(config, options.registry),
    );
    const inProcess = await fileOptions;
    return [finishFile(await scanFile(batch[0]!, inProcess), filters, inProcess.detectors)];
  };
  try {
    const inFlight = new Map<number, Promise<[number, FinishedFile[]]>>();
    const width = Math.max(1, pool ? jobs * BATCHES_IN_FLIGHT_PER_WORKER : 8);
    let next = 0;
    while (next < batches.length || inFlight.size > 0) {
      while (next < batches.length && inFlight.size < width) {
        const index = next++;
        const batch = batches[index]!;
        batches[index] = undefined;
        inFlight.set(
          index,
          read(batch).then((results) => [index, results]),
        );
      }
      const [index, results] = await Promise.race(inFlight.values());
      inFlight.delete(index);
      for (const result of results) yield* finish(result);
    }
  } finally {
    await pool?.close();
  }
  stats.durationMs = Date.now() - started;
  if (profile) stats.profile = profile;
  // Files finish in any order: sort by file so the report is deterministic.
  columns.sort((a, b) => compareText(columnSortKey(a), columnSortKey(b)));
  const summary: ScanSummary = { stats, errors, columns };
  if (suppressed.inline + suppressed.allowlist + suppressed.baseline > 0)
    stats.suppressed = suppressed;
  if (options.reportUnusedIgnores) summary.unusedIgnores = sortUnused(unused);
  yield { kind: 'summary', summary };
}

/** Run a scan to completion and return the report document. */
export async function scanToReport(
  paths: readonly string[],
  options: ScanOptions = {},
): Promise<ScanReport> {
  const findings: Finding[] = [];
  let summary: ScanSummary | undefined;
  for await (const event of scanInGroups(paths, options)) {
    if (event.kind === 'findings') for (const finding of event.findings) findings.push(finding);
    else if (event.kind === 'summary') summary = event.summary;
  }
  return reportOf(summary!, sortFindings(findings));
}

/** The report document of a scan's summary and its (sorted) findings, in contract key order. */
export function reportOf(summary: ScanSummary, findings: Finding[]): ScanReport {
  const report: ScanReport = {
    schemaVersion: 1,
    tool: { name: 'piiscout', version: TOOL_VERSION },
    stats: summary.stats,
    findings,
    errors: [...summary.errors].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
  if (summary.columns.length > 0) report.columns = summary.columns;
  if (summary.unusedIgnores) report.unusedIgnores = summary.unusedIgnores;
  return report;
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
  return files.length >= POOL_FROM_FILES || bytes >= POOL_FROM_BYTES;
}

const EMPTY = new Uint8Array(0);

/**
 * Small text files travel to workers in batches (fewer round trips: thousands of small files a
 * second); large files and binary formats go one by one, so a failure names one file.
 */
function batchSmallFiles(files: readonly FileToScan[]): FileToScan[][] {
  const SMALL = 256 * 1024;
  const batches: FileToScan[][] = [];
  let current: FileToScan[] = [];
  let bytes = 0;
  for (const file of files) {
    if (file.size > SMALL || formatFor(file.path, EMPTY)?.isolated) {
      batches.push([file]);
      continue;
    }
    current.push(file);
    bytes += file.size;
    if (current.length >= 64 || bytes >= 2 * 1024 * 1024) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** The plain-data options a pool worker (or `scanText`) builds its scan options from. */
export function workerConfig(options: ScanOptions): WorkerConfig {
  return {
    types: options.types,
    disabled: options.disabled,
    regions: options.regions?.length ? options.regions : DEFAULT_REGIONS,
    profile: options.profile,
    maxFindingsPerFile: options.maxFindingsPerFile,
    minConfidence: options.minConfidence,
    limits: {
      ...DEFAULT_LIMITS,
      ...options.limits,
      maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    },
    filters: filterConfig(options),
  };
}

function filterConfig(options: ScanOptions): FilterConfig {
  const cwd = options.cwd ?? process.cwd();
  const config: FilterConfig = {
    reveal: options.reveal ?? false,
    minConfidence: options.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
    inlineIgnore: options.inlineIgnore !== false,
    reportUnusedIgnores: options.reportUnusedIgnores ?? false,
    allowlist: options.allowlist ?? [],
    cwd,
    root: options.root ?? cwd,
    render: options.renderFindings ?? false,
    places: options.collectPlaces ?? false,
  };
  if (options.baseline) config.baseline = options.baseline;
  if (options.addedLines) config.addedLines = options.addedLines;
  if (options.baselineRecorder) config.recordSalt = options.baselineRecorder.salt;
  return config;
}

function sortUnused(list: readonly UnusedIgnore[]): UnusedIgnore[] {
  return [...list].sort(
    (a, b) =>
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      (a.entry ?? '').localeCompare(b.entry ?? '') ||
      a.line - b.line,
  );
}

function addProfile(profile: ScanProfile, result: FinishedFile): void {
  for (const [id, ms] of Object.entries(result.profile!.detectors)) {
    profile.detectors[id] = (profile.detectors[id] ?? 0) + ms;
  }
  const format = (profile.formats[result.format ?? 'unknown'] ??= { ms: 0, bytes: 0, files: 0 });
  format.ms += result.profile!.readMs;
  format.bytes += result.bytes;
  format.files++;
}

/** Whether a path belongs to the shard: a stable hash of the path, modulo the shard count. */
function shardFilter(shard: { index: number; count: number }): (path: string) => boolean {
  return (path) => {
    const digest = createHash('sha1').update(path).digest();
    return digest.readUInt32BE(0) % shard.count === shard.index - 1;
  };
}

/** Files' columns stay together in their own order (the sort is stable); files by path. */
function columnSortKey(column: ColumnReport): string {
  return `${column.location.path}\u0000${column.location.entry ?? ''}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
