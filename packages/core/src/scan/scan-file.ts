import { closeSync, createReadStream, openSync, readFileSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type {
  Candidate,
  Detector,
  DetectorOptions,
  Evidence,
  FileError,
  RawFinding,
  Segment,
} from '../types.js';
import { formatFor, textFormat } from '../formats/index.js';
import { detach, isDetached } from '../text/detach.js';
import { CellPlan, meetsNeeds } from '../text/cell-facts.js';
import { looksBinary } from '../formats/text/decode.js';
import { lineMapOf } from '../formats/text/position.js';
import {
  FormatError,
  isColumnSummary,
  type ColumnSummary,
  type FormatInput,
  type FormatItem,
  type FormatLimits,
  type FormatModule,
  type NestedContent,
} from '../formats/types.js';
import { fingerprint } from './filters/fingerprint.js';
import { concatBytes } from '../util/concat-bytes.js';
import { collectDirectives, type InlineDirective } from './filters/inline-ignore.js';
import { resolveOverlaps } from './filters/overlaps.js';
import { describeFsError } from './fs-error.js';

const HEAD_BYTES = 8192;
const READ_CHUNK = 1 << 20;
const SMALL_FILE = 256 * 1024;

export interface FileScanOptions {
  detectors: readonly Detector[];
  detectorOptions: DetectorOptions;
  limits: FormatLimits;
  formats?: readonly FormatModule[];
  /**
   * Findings kept per file (default 10,000). A customer table dump holds millions: past the cap
   * they are only counted, by type and by column, so memory stays bounded.
   */
  maxFindingsPerFile?: number;
  /** The reporting threshold, for counting findings past the cap. */
  minConfidence?: number;
  /** Measure time per detector and per format (`--profile`); off costs one test per call. */
  profile?: boolean;
  /**
   * Set when the findings go to `finishFile` with this threshold: a candidate below it becomes a
   * finding without evidence (nor value, unless `value`), which the filters before the
   * threshold still count and place (dedupe, inline ignores, allowlist) and the threshold then
   * drops. On source code nineteen candidates in twenty are below it.
   */
  slimBelow?: SlimBelow;
  /** Category a field name alone reveals (`fonction` → job title), or undefined. */
  fieldCategory?: (field: string) => { type: string; category: string } | undefined;
}

export interface FileToScan {
  absolutePath: string;
  /** Display path for the report. */
  path: string;
  size: number;
}

/** See `FileScanOptions.slimBelow`. */
export interface SlimBelow {
  confidence: number;
  /** Keep the value: an allowlist rule matches values. */
  value: boolean;
}

export interface FileScanResult {
  path: string;
  bytes: number;
  /** Format that read the file, or undefined when it was skipped. */
  format?: string;
  findings: RawFinding[];
  columns: ColumnSummary[];
  error?: FileError;
  /** Why the file was not read (binary, …). */
  skipped?: string;
  /** Inline `piiscout-…` directives of text and code files (see filters/inline-ignore.ts). */
  directives?: InlineDirective[];
  /** With `profile`: milliseconds spent in each detector, and reading/parsing the file. */
  profile?: FileProfile;
  /** Findings past `maxFindingsPerFile`, counted by type and by column (`table|sheet|field`). */
  omitted?: { byType: Record<string, number>; byColumn: Record<string, Record<string, number>> };
}

export const DEFAULT_MAX_FINDINGS_PER_FILE = 10_000;

/** The key of a finding's column, as `columnKey` of a column summary. */
export function columnKey(location: RawFinding['location']): string {
  return [location.entry ?? '', location.table ?? location.sheet ?? '', location.field ?? ''].join(
    '|',
  );
}

function countOmitted(result: FileScanResult, type: string, location: Segment['location']): void {
  const omitted = (result.omitted ??= { byType: {}, byColumn: {} });
  omitted.byType[type] = (omitted.byType[type] ?? 0) + 1;
  if (location.field !== undefined) {
    const column = (omitted.byColumn[columnKey(location)] ??= {});
    column[type] = (column[type] ?? 0) + 1;
  }
}

export interface FileProfile {
  detectors: Record<string, number>;
  readMs: number;
}

/**
 * Scan one file: pick its format, read segments, run the detectors, map offsets to lines and
 * columns. Any failure becomes the file's error (messages never carry a raw value); what was
 * found before the failure is kept.
 */
export async function scanFile(
  file: FileToScan,
  options: FileScanOptions,
): Promise<FileScanResult> {
  const result: FileScanResult = { path: file.path, bytes: file.size, findings: [], columns: [] };
  let head: Uint8Array;
  // A small file is read whole, once: its head is a view of it, and no 1 MiB stream buffer is
  // allocated for a few hundred bytes (thousands of small files a second depend on it).
  let whole: Uint8Array | undefined;
  try {
    if (file.size <= SMALL_FILE) {
      // Synchronous: one open-read-close without promise turns, the common case in a worker.
      whole = new Uint8Array(readFileSync(file.absolutePath));
      head = whole.subarray(0, HEAD_BYTES);
    } else head = readHead(file.absolutePath);
  } catch (error) {
    result.error = { path: file.path, message: describeFsError(error) };
    return result;
  }
  const format =
    formatFor(file.path, head, options.formats) ?? (looksBinary(head) ? undefined : textFormat);
  if (!format) {
    result.skipped = 'binary';
    return result;
  }
  result.format = format.id;
  const input = diskInput(file, head, options, whole);
  const started = options.profile ? performance.now() : 0;
  if (options.profile) result.profile = { detectors: {}, readMs: 0 };
  try {
    await collect(format.readBatches?.(input) ?? format.read(input), file.path, options, result);
  } catch (error) {
    result.error = { path: file.path, message: errorMessage(format, error) };
  }
  addFieldOnlyFindings(result, options);
  if (result.profile) {
    const detecting = Object.values(result.profile.detectors).reduce((a, b) => a + b, 0);
    result.profile.readMs = performance.now() - started - detecting;
  }
  return result;
}

/** Scan in-memory text as one segment (the library's `scanText`). */
export function scanSegment(segment: Segment, options: FileScanOptions): RawFinding[] {
  return toFindings(resolvedCandidates(segment, options), segment, []);
}

async function collect(
  items: AsyncIterable<FormatItem | readonly FormatItem[]>,
  path: string,
  options: FileScanOptions,
  result: FileScanResult,
): Promise<void> {
  for await (const itemOrBatch of items) {
    if (isBatch(itemOrBatch)) collectBatch(itemOrBatch, path, options, result);
    else collectItem(itemOrBatch, path, options, result);
  }
}

function isBatch(item: FormatItem | readonly FormatItem[]): item is readonly FormatItem[] {
  return Array.isArray(item);
}

function collectItem(
  item: FormatItem,
  path: string,
  options: FileScanOptions,
  result: FileScanResult,
): void {
  if (isColumnSummary(item)) {
    collectColumn(item, path, result);
    return;
  }
  item.location.path = path;
  collectSegment(item, resolvedCandidates(item, options, result.profile), options, result);
}

function collectColumn(column: ColumnSummary, path: string, result: FileScanResult): void {
  result.columns.push({ ...column, location: { ...column.location, path } });
}

/**
 * A batch (thousands of cells), detector by detector: each detector runs over all its segments
 * before the next one starts, so its code and data stay hot instead of eleven detectors taking
 * turns on every small cell. The findings are then taken segment by segment, in reading order,
 * exactly as one item at a time would give them.
 */
function collectBatch(
  items: readonly FormatItem[],
  path: string,
  options: FileScanOptions,
  result: FileScanResult,
): void {
  const found = batchCandidates(segmentsOf(items, path), options, result.profile);
  let next = 0;
  let index = 0;
  for (const item of items) {
    if (isColumnSummary(item)) {
      collectColumn(item, path, result);
      continue;
    }
    const from = next;
    while (next < found.length && found[next]!.segment === index) next++;
    index++;
    collectSegment(
      item,
      next === from ? NO_CANDIDATES : resolveOverlaps(found.slice(from, next)),
      options,
      result,
    );
  }
}

/**
 * The segments of a batch, each given the file's path. Batches rarely hold column summaries:
 * then the batch itself is the list, and no array of a few thousand entries is copied per batch.
 */
function segmentsOf(items: readonly FormatItem[], path: string): readonly Segment[] {
  let columns = 0;
  for (const item of items) {
    if (isColumnSummary(item)) columns++;
    else item.location.path = path;
  }
  return columns === 0
    ? (items as readonly Segment[])
    : items.filter((item): item is Segment => !isColumnSummary(item));
}

/** A segment's candidates, overlaps resolved: its findings, and its directives. */
function collectSegment(
  item: Segment,
  candidates: RankedCandidate[],
  options: FileScanOptions,
  result: FileScanResult,
): void {
  // Most cells and lines hold nothing: that path allocates nothing more.
  if (candidates.length > 0) collectCandidates(candidates, item, options, result);
  if (item.syntax === 'value') return; // directives live in text and code only
  for (const directive of collectDirectives(item)) {
    // Overlapping segments see a directive near a border twice.
    const list = (result.directives ??= []);
    if (
      !list.some(
        (d) =>
          d.line === directive.line && d.entry === directive.entry && d.kind === directive.kind,
      )
    )
      list.push(directive);
  }
}

function collectCandidates(
  candidates: RankedCandidate[],
  item: Segment,
  options: FileScanOptions,
  result: FileScanResult,
): void {
  const room =
    (options.maxFindingsPerFile ?? DEFAULT_MAX_FINDINGS_PER_FILE) - result.findings.length;
  // Past the cap a finding is only counted: no value, position or fingerprint is computed for
  // the millions of rows of a customer dump.
  const kept = room >= candidates.length ? candidates : candidates.slice(0, Math.max(0, room));
  toFindings(kept, item, result.findings, options.slimBelow);
  const threshold = options.minConfidence ?? RECOGNISED_CONFIDENCE;
  for (let i = Math.max(0, room); i < candidates.length; i++) {
    const candidate = candidates[i]!;
    if (candidate.confidence >= threshold)
      countOmitted(result, candidate.detector.type, item.location);
  }
}

/**
 * A candidate as the pipeline keeps it, made by `new`: a text segment's candidates outlive a
 * young-generation collection while the detectors run, and V8 would pretenure a literal's
 * allocation site (every later one straight into the old generation; see value-segment.ts).
 * Written out field by field rather than spread: one object shape for every detector's
 * candidates, and no generic copy of each.
 */
class RankedCandidate implements Candidate {
  start: number;
  end: number;
  normalized: string;
  confidence: number;
  evidence: Evidence[];
  testData: boolean | undefined;
  rank: number;
  detector: Detector;
  /** Index of its segment in a batch (0 outside batches). */
  segment: number;

  constructor(candidate: Candidate, rank: number, detector: Detector, segment: number) {
    this.start = candidate.start;
    this.end = candidate.end;
    this.normalized = candidate.normalized;
    this.confidence = candidate.confidence;
    this.evidence = candidate.evidence;
    this.testData = candidate.testData;
    this.rank = rank;
    this.detector = detector;
    this.segment = segment;
  }
}

/** Shared by every segment without candidates; never changed. */
const NO_CANDIDATES: RankedCandidate[] = [];

/**
 * The candidates of a batch's segments in their reported parts, overlaps not yet resolved, in
 * segment order and, within a segment, in the order `resolvedCandidates` gathers them (by
 * detector rank). One list for the whole batch: most cells hold nothing, so nothing is
 * allocated per segment.
 */
function batchCandidates(
  segments: readonly Segment[],
  options: FileScanOptions,
  profile?: FileProfile,
): RankedCandidate[] {
  const found: RankedCandidate[] = [];
  const { detectors, detectorOptions } = options;
  const plan = cellPlanOf(detectors);
  const facts = readCellFacts(segments, plan);
  for (let rank = 0; rank < detectors.length; rank++) {
    const detector = detectors[rank]!;
    // Read once per detector: eleven detectors of eleven shapes make `detector.detect` a
    // megamorphic property load, millions of times over the cells of a table.
    const detect = detector.detect;
    const needs = plan.needs[rank];
    // The first (usually only) alternative is checked inline: two masks per cell.
    const all = needs?.[0]?.all ?? 0;
    const any = needs?.[0]?.any ?? 0;
    const started = profile ? performance.now() : 0;
    for (let index = 0; index < segments.length; index++) {
      // Most cells cannot hold what most detectors look for: those are not even called.
      if (needs !== undefined) {
        const cell = facts[index]!;
        const first = (cell & all) === all && (any === 0 || (cell & any) !== 0);
        if (!first && (needs.length === 1 || !meetsNeeds(cell, needs))) continue;
      }
      const segment = segments[index]!;
      const candidates = detect.call(detector, segment, detectorOptions);
      if (candidates.length === 0) continue;
      const from = segment.reportFrom ?? 0;
      const to = segment.reportTo ?? segment.text.length;
      for (let i = 0; i < candidates.length; i++) {
        const candidate = candidates[i]!;
        if (candidate.start < from || candidate.start >= to) continue;
        found.push(new RankedCandidate(candidate, rank, detector, index));
      }
    }
    if (profile) {
      profile.detectors[detector.id] =
        (profile.detectors[detector.id] ?? 0) + performance.now() - started;
    }
  }
  // Gathered detector by detector; the sort is stable, so each segment keeps the rank order.
  return found.length > 1 ? found.sort(bySegment) : found;
}

/** The facts words of a batch (see `CellPlan`): reused, as detection is synchronous. */
let batchFacts = new Int32Array(0);

/** The facts of a batch's value cells; other segments meet every detector's needs. */
function readCellFacts(segments: readonly Segment[], plan: CellPlan): Int32Array {
  if (batchFacts.length < segments.length)
    batchFacts = new Int32Array(Math.max(segments.length, batchFacts.length * 2));
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    batchFacts[index] = plan.factsOf(segment.text, segment.syntax === 'value');
  }
  return batchFacts;
}

/** The detectors' declared needs, compiled once per list of detectors. */
const cellPlans = new WeakMap<readonly Detector[], CellPlan>();

function cellPlanOf(detectors: readonly Detector[]): CellPlan {
  let plan = cellPlans.get(detectors);
  if (plan === undefined) {
    plan = new CellPlan(detectors.map((detector) => detector.cellNeeds));
    cellPlans.set(detectors, plan);
  }
  return plan;
}

function bySegment(a: RankedCandidate, b: RankedCandidate): number {
  return a.segment - b.segment;
}

/** Every detector's candidates in the reported part of a segment, overlaps resolved. */
function resolvedCandidates(
  segment: Segment,
  options: FileScanOptions,
  profile?: FileProfile,
): RankedCandidate[] {
  const from = segment.reportFrom ?? 0;
  const to = segment.reportTo ?? segment.text.length;
  let candidates: RankedCandidate[] | undefined;
  const { detectors, detectorOptions } = options;
  // One clock reading per detector (each detector's end is the next one's start): value
  // segments are small and many, and reading the clock costs as much as some detectors.
  let clock = profile ? performance.now() : 0;
  for (let rank = 0; rank < detectors.length; rank++) {
    const detector = detectors[rank]!;
    const found = detector.detect(segment, detectorOptions);
    if (profile) {
      const now = performance.now();
      profile.detectors[detector.id] = (profile.detectors[detector.id] ?? 0) + now - clock;
      clock = now;
    }
    for (let i = 0; i < found.length; i++) {
      const candidate = found[i]!;
      if (candidate.start < from || candidate.start >= to) continue;
      (candidates ??= []).push(new RankedCandidate(candidate, rank, detector, 0));
    }
  }
  return candidates === undefined ? NO_CANDIDATES : resolveOverlaps(candidates);
}

/**
 * Findings with their value, line and column (the fingerprint comes when reported), appended
 * to `out`; those below `slim.confidence` without evidence (nor value unless `slim.value`):
 * they are dropped by the threshold after being counted (see `FileScanOptions.slimBelow`).
 */
function toFindings(
  candidates: readonly RankedCandidate[],
  segment: Segment,
  out: RawFinding[],
  slim?: SlimBelow,
): RawFinding[] {
  if (candidates.length === 0) return out;
  const lines = lineMapOf(segment);
  const below = slim?.confidence ?? -Infinity;
  const keepValue = slim?.value ?? true;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    const location = { ...segment.location };
    if (lines) lines.placeAt(candidate.start, location);
    const full = candidate.confidence >= below;
    // Detached: a finding outlives its segment (see `detach`).
    const value =
      full || keepValue ? detach(segment.text.slice(candidate.start, candidate.end)) : '';
    const finding: RawFinding = {
      type: candidate.detector.type,
      category: candidate.detector.category,
      confidence: candidate.confidence,
      value,
      normalized: detach(candidate.normalized),
      detectorId: candidate.detector.id,
      location,
      evidence: full ? candidate.evidence?.map(detachEvidence) : undefined,
    };
    if (candidate.testData) finding.testData = true;
    out.push(finding);
  }
  return out;
}

/**
 * Evidence whose detail holds no segment alive. Most details are short names (`email`,
 * `isEmail`, a keyword) that `detach` leaves as they are: their evidence is kept, not copied.
 * Longer ones are a few dozen phrases (`grouped digits`, `libphonenumber:US`) repeated by
 * thousands of raw findings of a file, all kept until the file is done: those share one
 * detached copy of each evidence (nothing changes evidence once found).
 */
function detachEvidence(evidence: Evidence): Evidence {
  if (isDetached(evidence.detail)) return evidence;
  if (!isKindAndDetail(evidence)) return { ...evidence, detail: detach(evidence.detail) };
  let byDetail = detachedEvidence.get(evidence.kind);
  if (byDetail === undefined) detachedEvidence.set(evidence.kind, (byDetail = new Map()));
  const kept = byDetail.get(evidence.detail);
  if (kept !== undefined) return kept;
  const copy: Evidence = { kind: evidence.kind, detail: detach(evidence.detail) };
  // Details may quote text: a file of distinct ones keeps memory bounded.
  if (byDetail.size >= MAX_DETACHED_DETAILS) byDetail.clear();
  byDetail.set(copy.detail, copy);
  return copy;
}

/** Shared detached evidence of two fields, by kind and detail (a key holding nothing alive). */
const detachedEvidence = new Map<Evidence['kind'], Map<string, Evidence>>();
const MAX_DETACHED_DETAILS = 1024;

/**
 * Whether the evidence is `{ kind, detail }` in that order, nothing else: a copy of it is then
 * the same in every report. (`for…in` reads the keys without making an array of them.)
 */
function isKindAndDetail(evidence: Evidence): boolean {
  let keys = 0;
  let first = '';
  for (const key in evidence) {
    if (keys === 0) first = key;
    keys++;
  }
  return keys === 2 && first === 'kind';
}

/**
 * Columns whose values no detector recognised but whose name reveals a category (`fonction`,
 * `numero_client`): one finding per column, with its count of non-empty values.
 */
/** The default reporting threshold: what a user would see as a finding in that column. */
const RECOGNISED_CONFIDENCE = 0.5;

function addFieldOnlyFindings(result: FileScanResult, options: FileScanOptions): void {
  if (!options.fieldCategory) return;
  for (const column of result.columns) {
    const field = column.location.field;
    if (!field || column.nonEmpty === 0) continue;
    const rule = options.fieldCategory(field);
    if (!rule) continue;
    const sameColumn = (l: RawFinding['location']) =>
      l.field === field &&
      l.table === column.location.table &&
      l.sheet === column.location.sheet &&
      l.entry === column.location.entry;
    // A column whose values a detector already recognises (`last_login_ip` holding IPs) is
    // explained by them; a field-name rule only speaks for columns detectors cannot read.
    // (Only confident findings count: raw findings here include rejected, low-scored ones.)
    const recognised = result.findings.filter(
      (f) => f.confidence >= RECOGNISED_CONFIDENCE && sameColumn(f.location),
    );
    if (recognised.some((f) => f.category === rule.category)) continue;
    const omitted = Object.values(result.omitted?.byColumn[columnKey(column.location)] ?? {});
    if ((recognised.length + omitted.reduce((a, b) => a + b, 0)) * 2 >= column.nonEmpty) continue;
    const location = { ...column.location };
    result.findings.push({
      type: rule.type,
      category: rule.category,
      confidence: 0.8,
      value: '',
      normalized: field,
      detectorId: `field:${rule.type}`,
      fingerprint: fingerprint(
        rule.type,
        `${location.table ?? location.sheet ?? ''}.${field}`,
        location.path,
      ),
      location,
      evidence: [{ kind: 'field', detail: field }],
      occurrences: column.nonEmpty,
    });
  }
}

export { fingerprint };

function errorMessage(format: FormatModule, error: unknown): string {
  // Our own readers' messages are written never to carry values; a library's might quote the
  // input, so only its error class is shown.
  if (error instanceof FormatError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code) return describeFsError(error);
  const name = error instanceof Error ? error.name : 'Error';
  return `${format.id} reader failed (${name})`;
}

/** The first HEAD_BYTES of a file, read synchronously (see `readChunks`). */
function readHead(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** A file on disk, streamed, or already read whole (`whole`, a small file). */
function diskInput(
  file: FileToScan,
  head: Uint8Array,
  options: FileScanOptions,
  whole?: Uint8Array,
): FormatInput {
  const nested: FormatInput['nested'] = (entry, content, depth) =>
    readNested(file.path, undefined, entry, content, depth, options);
  if (whole) return { ...bufferInput(file.path, undefined, whole, 0, options), nested };
  return {
    path: file.path,
    size: file.size,
    head,
    depth: 0,
    limits: options.limits,
    stream: () => createReadStream(file.absolutePath, { highWaterMark: READ_CHUNK }),
    chunks: () => readChunks(file.absolutePath),
    bytes: async () => {
      if (file.size > options.limits.maxFileSize)
        throw new FormatError('file too large to parse in memory');
      return new Uint8Array(await readFile(file.absolutePath));
    },
    nested,
  };
}

/**
 * A file's bytes in views of one buffer refilled by `readSync`, rather than a ReadStream's fresh
 * 1 MiB buffer per chunk (page faults on each, a copy of the last partial one, dead buffers
 * waiting for a collection). Each view is valid until the next is asked for. Synchronous: a
 * worker copies a cached 1 MiB chunk in about 0.17 ms, where an asynchronous read ahead still
 * left it idle about 3 % of a text scan (the thread pool's copy waits for a core while the
 * collector's helpers hold it, and each read costs a turn of the event loop). A file that
 * does not answer is the pool's time limit's business, as for a parser.
 */
async function* readChunks(path: string): AsyncGenerator<Uint8Array> {
  const fd = openSync(path, 'r');
  const buffer = takeReadBuffer();
  try {
    for (let position = 0; ;) {
      const bytesRead = readSync(fd, buffer, 0, READ_CHUNK, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    if (spareReadBuffers.length < MAX_SPARE_READ_BUFFERS) spareReadBuffers.push(buffer);
    closeSync(fd);
  }
}

function takeReadBuffer(): Uint8Array {
  return spareReadBuffers.pop() ?? new Uint8Array(READ_CHUNK);
}

/** Read buffers of finished files, for the next ones (a worker reads a few files at a time). */
const spareReadBuffers: Uint8Array[] = [];
const MAX_SPARE_READ_BUFFERS = 4;

/** Read an archive member with whichever format fits it; `entry` paths nest as `a.zip!/b.csv`. */
async function* readNested(
  path: string,
  parentEntry: string | undefined,
  entry: string,
  content: NestedContent,
  depth: number,
  options: FileScanOptions,
): AsyncGenerator<FormatItem> {
  if (depth > options.limits.maxArchiveDepth) {
    throw new FormatError(`archive nesting deeper than ${options.limits.maxArchiveDepth} levels`);
  }
  const fullEntry = parentEntry ? `${parentEntry}!/${entry}` : entry;
  const input = memberInput(path, fullEntry, content, depth, options);
  const head = await input.headPromise;
  const format =
    formatFor(entry, head, options.formats) ?? (looksBinary(head) ? undefined : textFormat);
  if (!format) return;
  const member: FormatInput = {
    ...input.input,
    head,
    nested: (child, childContent, childDepth) =>
      readNested(path, fullEntry, child, childContent, childDepth, options),
  };
  for await (const item of format.read(member)) {
    item.location.entry = fullEntry;
    yield item;
  }
}

function memberInput(
  path: string,
  entry: string,
  content: NestedContent,
  depth: number,
  options: FileScanOptions,
): { input: FormatInput; headPromise: Promise<Uint8Array> } {
  if (content instanceof Uint8Array) {
    return {
      headPromise: Promise.resolve(content.subarray(0, HEAD_BYTES)),
      input: bufferInput(path, entry, content, depth, options),
    };
  }
  // A streamed member: its head is read from a first pass over the stream's start.
  const headPromise = (async () => {
    const parts: Uint8Array[] = [];
    let length = 0;
    for await (const chunk of content.stream()) {
      parts.push(chunk);
      length += chunk.length;
      if (length >= HEAD_BYTES) break;
    }
    return concatBytes(parts).subarray(0, HEAD_BYTES);
  })();
  return {
    headPromise,
    input: {
      path,
      entry,
      size: content.size,
      head: new Uint8Array(0),
      depth,
      limits: options.limits,
      stream: () => content.stream(),
      bytes: async () => {
        const parts: Uint8Array[] = [];
        let length = 0;
        for await (const chunk of content.stream()) {
          length += chunk.length;
          if (length > options.limits.maxFileSize)
            throw new FormatError('archive member too large to parse in memory');
          parts.push(chunk);
        }
        return concatBytes(parts);
      },
    },
  };
}

/** Input over bytes already in memory (a small file, an archive member). */
function bufferInput(
  path: string,
  entry: string | undefined,
  content: Uint8Array,
  depth: number,
  options: FileScanOptions,
): FormatInput {
  const input: FormatInput = {
    path,
    size: content.length,
    head: content.subarray(0, HEAD_BYTES),
    depth,
    limits: options.limits,
    stream: async function* () {
      for (let i = 0; i < content.length; i += READ_CHUNK)
        yield content.subarray(i, i + READ_CHUNK);
    },
    bytes: async () => content,
  };
  if (entry !== undefined) input.entry = entry;
  return input;
}
