import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportOf, scan, type ScanOptions, type ScanReport } from '../scan/index.js';
import { sortFindings } from '../scan/filters/sort.js';
import type { Finding } from '../types.js';
import { parseFindingsText, renderFindingsText } from './findings-text.js';
import { addPlaces, type PlaceCounts } from './places.js';

/**
 * Findings in memory up to this many; past it they go to a temporary file, so a scan of a share
 * with millions of findings writes its JSON report in bounded memory.
 */
export const FINDINGS_IN_MEMORY = 5_000;

interface Chunk {
  path: string;
  count: number;
  /**
   * The file's findings as report text (`renderFindingsText`): in memory as a string or as UTF-8
   * bytes, or in the spill file.
   */
  text?: string;
  data?: Uint8Array;
  offset?: number;
  bytes?: number;
}

/**
 * The findings of a scan, file by file, as report JSON text (rendered by the workers), kept in
 * memory until there are too many, then appended to a private temporary file. Reading them back
 * in path order, each file's sorted, gives the report order of `sortFindings`, whose first key is
 * the path.
 *
 * Only redacted findings are spilled: with `reveal`, raw values never touch the disk and stay
 * in memory.
 */
export class FindingStore {
  private readonly chunks: Chunk[] = [];
  private inMemory = 0;
  private dir: string | undefined;
  private fd: number | undefined;
  private written = 0;
  count = 0;

  constructor(
    private readonly limit = FINDINGS_IN_MEMORY,
    private readonly spill = true,
  ) {}

  /** Add one file's findings. */
  add(path: string, findings: readonly Finding[]): void {
    this.addText(path, findings.length, renderFindingsText(sortFindings(findings)));
  }

  /** Add one file's findings, already sorted and rendered by `renderFindingsText`. */
  addText(path: string, count: number, text: string): void {
    if (count === 0) return;
    this.chunks.push({ path, count, text });
    this.count += count;
    this.inMemory += count;
    if (this.spill && this.inMemory > this.limit) this.spillAll();
  }

  /**
   * Add one file's findings as `addText` does, the text encoded in UTF-8 (as a pool worker sends a
   * large one): it is spilled as it is, never decoded in between.
   */
  addBytes(path: string, count: number, data: Uint8Array): void {
    if (count === 0) return;
    this.chunks.push({ path, count, data });
    this.count += count;
    this.inMemory += count;
    if (this.spill && this.inMemory > this.limit) this.spillAll();
  }

  /**
   * All findings' texts in report order, one piece per file: a string, or the UTF-8 bytes a
   * worker sent or the spill file holds, given as they are (the report is written in UTF-8:
   * decoding them only to encode them again kept the text benchmark's main thread, writing a
   * 37 MB report, busy 180 ms after its worker had finished; 80 ms without).
   */
  *pieces(): Generator<string | Uint8Array> {
    const order = [...this.chunks].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const chunk of order) yield chunk.text ?? chunk.data ?? this.readChunk(chunk);
  }

  /** All findings' texts in report order, one string per file. */
  *texts(): Generator<string> {
    for (const piece of this.pieces()) yield pieceText(piece);
  }

  /** All findings in report order. */
  *findings(): Generator<Finding> {
    for (const text of this.texts()) yield* parseFindingsText(text);
  }

  /** Remove the temporary file. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.fd = undefined;
    this.dir = undefined;
  }

  private spillAll(): void {
    if (this.fd === undefined) {
      this.dir = mkdtempSync(join(tmpdir(), 'piiscout-findings-'));
      this.fd = openSync(join(this.dir, 'findings.json'), 'w+', 0o600);
    }
    for (const chunk of this.chunks) {
      if (chunk.text === undefined && !chunk.data) continue;
      const data = chunk.data ?? Buffer.from(chunk.text!);
      writeSync(this.fd, data, 0, data.length, this.written);
      chunk.offset = this.written;
      chunk.bytes = data.length;
      this.written += data.length;
      chunk.text = undefined;
      chunk.data = undefined;
    }
    this.inMemory = 0;
  }

  private readChunk(chunk: Chunk): Uint8Array {
    const data = Buffer.allocUnsafe(chunk.bytes!);
    let read = 0;
    while (read < data.length) {
      const got = readSync(this.fd!, data, read, data.length - read, chunk.offset! + read);
      if (got === 0) throw new Error('the findings file ended early');
      read += got;
    }
    return data;
  }
}

/** A scan report whose findings are in a store (its `findings` array stays empty). */
export interface StoredScanReport {
  report: ScanReport;
  store: FindingStore;
  /** With `collectPlaces`: the findings counted by category and place. */
  places?: PlaceCounts;
}

/** Run a scan, keeping its findings in a `FindingStore` (close it when done). */
export async function scanToStore(
  paths: readonly string[],
  options: ScanOptions = {},
  limit = FINDINGS_IN_MEMORY,
): Promise<StoredScanReport> {
  const store = new FindingStore(limit, !options.reveal);
  const places: PlaceCounts | undefined = options.collectPlaces ? new Map() : undefined;
  let report: ScanReport | undefined;
  try {
    // Findings arrive rendered, one text per file: the main thread never builds them as objects.
    for await (const event of scan(paths, { ...options, renderFindings: true })) {
      if (event.kind === 'file') {
        if (event.textBytes) store.addBytes(event.path, event.findings, event.textBytes);
        else store.addText(event.path, event.findings, event.text ?? '');
        if (places && event.places) addPlaces(places, event.places);
      } else if (event.kind === 'summary') report = reportOf(event.summary, []);
    }
  } catch (error) {
    store.close();
    throw error;
  }
  return places ? { report: report!, store, places } : { report: report!, store };
}

const PLACEHOLDER = '\u0000findings\u0000';

/**
 * The JSON report in pieces, byte for byte as `renderJson` renders the whole document (same key
 * order, two-space indentation), without ever holding it in one string. A piece is a string or
 * UTF-8 bytes (see `FindingStore.pieces`); `joinPieces` makes them one string.
 */
export function* jsonReportPieces(stored: StoredScanReport): Generator<string | Uint8Array> {
  const { report, store } = stored;
  // The placeholder keeps the findings' place in the contract's key order.
  const document = { ...report, findings: store.count > 0 ? [PLACEHOLDER] : [] };
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (store.count === 0) {
    yield text;
    return;
  }
  const marker = `    ${JSON.stringify(PLACEHOLDER)}`;
  const at = text.indexOf(marker);
  yield text.slice(0, at);
  let first = true;
  for (const piece of store.pieces()) {
    if (!first) yield ',\n';
    first = false;
    yield piece;
  }
  yield text.slice(at + marker.length);
}

/** Pieces of `jsonReportPieces` as one string. */
export function joinPieces(pieces: Iterable<string | Uint8Array>): string {
  let text = '';
  for (const piece of pieces) text += pieceText(piece);
  return text;
}

function pieceText(piece: string | Uint8Array): string {
  if (typeof piece === 'string') return piece;
  return Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).toString('utf8');
}
