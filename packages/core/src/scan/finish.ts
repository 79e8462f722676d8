import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { BaselineFile } from '../baseline/index.js';
import type { AllowlistRule } from '../config/index.js';
import type { ColumnSummary } from '../formats/types.js';
import { renderFindingsText, renderFindingsUtf8 } from '../report/findings-text.js';
import { placeWeights, type PlaceWeight } from '../report/places.js';
import type { Detector, Finding, RawFinding } from '../types.js';
import { applyAllowlist, compileAllowlist, type CompiledAllowRule } from './filters/allowlist.js';
import { applyBaseline, indexBaseline, type BaselineIndex } from './filters/baseline.js';
import { hashValue } from '../baseline/keys.js';
import { dedupeFindings } from './filters/dedupe.js';
import {
  applyInlineIgnores,
  unusedDirectives,
  type InlineDirective,
  type UnusedIgnore,
} from './filters/inline-ignore.js';
import { applyMinConfidence } from './filters/min-confidence.js';
import { finalizeFinding } from './filters/redact.js';
import { sortFindings } from './filters/sort.js';
import { columnKey, type FileScanResult, type SlimBelow } from './scan-file.js';
import { concatBytes } from '../util/concat-bytes.js';

/** Findings the filters removed, by filter (reported in stats). */
export interface SuppressedCounts {
  inline: number;
  allowlist: number;
  baseline: number;
}

/** Per-column statistics of tabular sources, for "users.email: 12,403 of 12,410 rows". */
export interface ColumnReport {
  location: ColumnSummary['location'];
  rows: number;
  nonEmpty: number;
  /** Findings in this column, by type. */
  findings: Record<string, number>;
}

/**
 * What the per-file filters need, as plain data: it travels to the pool workers, so that a
 * file's findings are filtered, redacted and (for the JSON report) rendered where they were
 * found, and the main thread never holds them as objects.
 */
export interface FilterConfig {
  reveal: boolean;
  minConfidence: number;
  inlineIgnore: boolean;
  reportUnusedIgnores: boolean;
  allowlist: readonly AllowlistRule[];
  baseline?: BaselineFile;
  /** Git modes: by display path, the lines that are new. */
  addedLines?: ReadonlyMap<string, ReadonlySet<number>>;
  /** Display paths are relative to `cwd`; allowlist globs and baseline paths to `root`. */
  cwd: string;
  root: string;
  /** Salt of a baseline being recorded: each reported finding comes back hashed. */
  recordSalt?: string;
  /** Return each file's findings as report JSON text (`renderFindingsText`), not as objects. */
  render: boolean;
  /** Also sum each file's findings by category and place (`placeWeights`). */
  places?: boolean;
}

/** A reported finding as a baseline records it: never the value, only its salted hash. */
export interface RecordedFinding {
  path: string;
  type: string;
  hash: string;
}

/** A file scanned and filtered: what the main thread needs of it. */
export interface FinishedFile extends Omit<FileScanResult, 'findings' | 'columns' | 'directives'> {
  /** The reported findings, redacted unless `reveal` (empty when `render`). */
  findings: Finding[];
  /** With `render`: the same findings, sorted, as report JSON text. */
  text?: string;
  /** Instead of `text`, the same text as UTF-8 (a large text a pool worker transferred). */
  textBytes?: Uint8Array;
  count: number;
  columns: ColumnReport[];
  suppressed: SuppressedCounts;
  unused: UnusedIgnore[];
  recorded: RecordedFinding[];
  /** With `places`: the findings summed by category and place. */
  places?: PlaceWeight[];
}

/** The filter configuration compiled once per thread. */
export interface PreparedFilters {
  config: FilterConfig;
  allowlist: CompiledAllowRule[];
  baseline?: BaselineIndex;
  /** Display path → path relative to the root of the config and baseline. */
  relativePath: (path: string) => string;
}

export function prepareFilters(config: FilterConfig): PreparedFilters {
  const root = resolve(config.cwd, config.root);
  const relativePath = (path: string) => {
    const rel = relative(root, isAbsolute(path) ? path : resolve(config.cwd, path));
    return sep === '/' ? rel : rel.split(sep).join('/');
  };
  const prepared: PreparedFilters = {
    config,
    allowlist: compileAllowlist(config.allowlist),
    relativePath,
  };
  if (config.baseline) prepared.baseline = indexBaseline(config.baseline);
  return prepared;
}

/**
 * What the filters before the threshold need of a finding below it (see
 * `FileScanOptions.slimBelow`): never its evidence, and its value only for an allowlist rule
 * that matches values or patterns.
 */
export function slimBelow(config: FilterConfig): SlimBelow {
  return {
    confidence: config.minConfidence,
    value: config.allowlist.some(
      (rule) => (rule.values?.length ?? 0) > 0 || (rule.patterns?.length ?? 0) > 0,
    ),
  };
}

/** A file that could not be read at all: its error and nothing else. */
export function failedFile(path: string, bytes: number, message: string): FinishedFile {
  return {
    path,
    bytes,
    findings: [],
    count: 0,
    columns: [],
    error: { path, message },
    ...emptyTally(),
  };
}

/**
 * Filter, redact and summarise one file's scan result. With `render`, a file of `bytesFrom`
 * reported findings or more gets its text as UTF-8 `textBytes` (see `renderFindingsBytes`).
 */
export function finishFile(
  result: FileScanResult,
  filters: PreparedFilters,
  detectors: readonly Detector[],
  bytesFrom = Infinity,
): FinishedFile {
  const { findings: raw, directives, ...rest } = result;
  const tally = emptyTally();
  const findings = raw.length
    ? postProcess(raw, directives ?? [], result.path, filters, detectors, tally)
    : [];
  const finished: FinishedFile = {
    ...rest,
    findings,
    count: findings.length,
    columns: columnReports(result, findings),
    ...tally,
  };
  if (filters.config.places) finished.places = placeWeights(findings);
  if (filters.config.render) {
    // The raw findings are done with: let them go before the text is made (10,000 of them,
    // with their values and evidence, are about 8 MB of a worker's heap).
    result.findings = [];
    const sorted = sortFindings(findings);
    finished.findings = [];
    if (sorted.length >= bytesFrom) finished.textBytes = renderFindingsBytes(sorted);
    else finished.text = renderFindingsText(sorted);
  }
  return finished;
}

/** Findings rendered at a time by `renderFindingsBytes`. */
const RENDER_PIECE = 256;

/** What joins the texts of two pieces (`renderFindingsText`'s separator between findings). */
const PIECE_SEPARATOR = new TextEncoder().encode(',\n');

/**
 * `renderFindingsText` as UTF-8, made piece by piece: the text of 10,000 findings (about 7 MB,
 * twice that as a two-byte string) is never one string in the heap, only the bytes outside it.
 * The findings' texts at one depth join with ",\n", so the pieces join into the same bytes.
 * Each piece is encoded as `JSON.stringify` made it, never sliced nor prefixed as a string
 * (either copies the whole piece once more).
 */
export function renderFindingsBytes(findings: readonly Finding[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let at = 0; at < findings.length; at += RENDER_PIECE) {
    if (at > 0) parts.push(PIECE_SEPARATOR);
    parts.push(renderFindingsUtf8(findings.slice(at, at + RENDER_PIECE)));
  }
  // A buffer of its own, exactly as long as the text: it is transferred whole.
  return concatBytes(parts);
}

/** What a file's filtering counted besides its findings. */
export interface Tally {
  suppressed: SuppressedCounts;
  unused: UnusedIgnore[];
  recorded: RecordedFinding[];
}

export function emptyTally(): Tally {
  return { suppressed: { inline: 0, allowlist: 0, baseline: 0 }, unused: [], recorded: [] };
}

/**
 * One file's findings, all at once: dedupe → inline ignore → allowlist → minimum confidence →
 * baseline → added lines (git modes) → redaction. The threshold comes before the baseline so
 * that a below-threshold occurrence never uses up an accepted count meant for a reported one.
 */
export function postProcess(
  raw: readonly RawFinding[],
  directives: readonly InlineDirective[],
  path: string,
  filters: PreparedFilters,
  detectors: readonly Detector[],
  tally: Tally,
): Finding[] {
  const { config } = filters;
  const { suppressed } = tally;
  let kept = dedupeFindings(raw);
  if (config.inlineIgnore && directives.length > 0) {
    const { kept: after, used } = applyInlineIgnores(kept, directives);
    suppressed.inline += kept.length - after.length;
    if (config.reportUnusedIgnores) tally.unused.push(...unusedDirectives(path, directives, used));
    kept = after;
  }
  const allowed = applyAllowlist(kept, filters.allowlist, filters.relativePath);
  suppressed.allowlist += kept.length - allowed.length;
  kept = applyMinConfidence(allowed, config.minConfidence);
  const added = config.addedLines?.get(path);
  const isNew = (finding: RawFinding) =>
    finding.location.line === undefined || added === undefined || added.has(finding.location.line);
  if (filters.baseline) {
    const result = applyBaseline(kept, filters.baseline, filters.relativePath, isNew);
    suppressed.baseline += result.suppressed;
    kept = result.kept;
  }
  if (config.addedLines) kept = kept.filter(isNew);
  if (config.recordSalt !== undefined) {
    for (const finding of kept) {
      tally.recorded.push({
        path: filters.relativePath(finding.location.path),
        type: finding.type,
        hash: hashValue(config.recordSalt, finding.normalized),
      });
    }
  }
  const redactors = new Map(detectors.map((d) => [d.id, d.redact]));
  return kept.map((finding) =>
    finalizeFinding(finding, config.reveal, redactors.get(finding.detectorId)),
  );
}

function columnReports(result: FileScanResult, findings: readonly Finding[]): ColumnReport[] {
  return result.columns.map((column) => {
    const counts: Record<string, number> = {
      ...result.omitted?.byColumn[columnKey(column.location)],
    };
    for (const finding of findings) {
      const l = finding.location;
      const c = column.location;
      if (
        l.field === c.field &&
        l.table === c.table &&
        l.sheet === c.sheet &&
        l.entry === c.entry
      ) {
        counts[finding.type] = (counts[finding.type] ?? 0) + (finding.occurrences ?? 1);
      }
    }
    return {
      location: column.location,
      rows: column.rows,
      nonEmpty: column.nonEmpty,
      findings: counts,
    };
  });
}
