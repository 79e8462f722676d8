import type { Location, Segment } from '../types.js';

/**
 * A format module turns the bytes of one file into text segments with locations. Formats know
 * nothing of detectors: scan/ composes them.
 */
export interface FormatModule {
  /** kebab-case id (`text`, `csv`, `sql-dump`). */
  id: string;
  description: string;
  /** Lower-case file name endings this format claims (`.csv`, `.tar.gz`). */
  extensions: readonly string[];
  /** Recognise the format from its first bytes when the extension says nothing. */
  sniff?(head: Uint8Array, path: string): boolean;
  /**
   * Parsers of untrusted binary formats (spreadsheets, PDF, DOCX, archives) set this: the
   * scanner runs them in a worker with a time and memory limit.
   */
  isolated: boolean;
  read(input: FormatInput): AsyncIterable<FormatItem>;
  /**
   * The same items in batches (see BATCH_CHARS), for readers that emit many small segments
   * (a CSV cell, a JSON value): one await per batch instead of one per item, a fifth of the
   * reading time of a table. Optional; such readers derive `read` from it with `oneByOne`.
   */
  readBatches?(input: FormatInput): AsyncIterable<readonly FormatItem[]>;
}

/** `read` from `readBatches`. */
export function oneByOne(
  readBatches: (input: FormatInput) => AsyncIterable<readonly FormatItem[]>,
): (input: FormatInput) => AsyncIterable<FormatItem> {
  return async function* (input) {
    // A for-of is faster than `yield*` of an array inside an async generator.
    for await (const batch of readBatches(input)) for (const item of batch) yield item;
  };
}

/**
 * Text per batch of a reader of many small segments (CSV cells, JSON values, SQL values). The
 * detectors run while a batch is alive, so every young-generation collection copies the whole
 * batch: a batch per 1 MiB read chunk kept a hundred thousand cells alive at a time.
 */
export const BATCH_CHARS = 16 * 1024;

/**
 * `text` in pieces of at most BATCH_CHARS characters. A piece may end inside a surrogate pair:
 * the readers are streaming tokenizers that already take text cut anywhere.
 */
export function* batchSlices(text: string): Iterable<string> {
  if (text.length <= BATCH_CHARS) {
    yield text;
    return;
  }
  for (let at = 0; at < text.length; at += BATCH_CHARS) yield text.slice(at, at + BATCH_CHARS);
}

/** What a reader yields: text segments, and per-column statistics for tabular sources. */
export type FormatItem = Segment | ColumnSummary;

/**
 * One column of a table (CSV, sheet, SQL table): emitted once the table is read, so that
 * categories only a field name reveals (`fonction`, `numero_client`) become one finding per
 * column, and reports can say "users.email: 12,403 of 12,410 rows".
 */
export interface ColumnSummary {
  kind: 'column';
  /** path, field, and table/sheet where relevant; line/row of the header when known. */
  location: Location;
  /** Data rows seen in the table. */
  rows: number;
  /** Non-empty values in this column. */
  nonEmpty: number;
}

export function isColumnSummary(item: FormatItem): item is ColumnSummary {
  return (item as ColumnSummary).kind === 'column';
}

export interface FormatLimits {
  /** Largest file read at all (bytes). */
  maxFileSize: number;
  /** Nesting depth of archives inside archives. */
  maxArchiveDepth: number;
  /** Total uncompressed bytes one archive may expand to. */
  maxUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio before an archive is treated as a bomb. */
  maxCompressionRatio: number;
  /** Wall-clock limit for one isolated parse (ms). */
  parseTimeoutMs: number;
  /** Heap limit of an isolated parser (MB). */
  parseMemoryMb: number;
}

export const DEFAULT_LIMITS: FormatLimits = {
  maxFileSize: 256 * 1024 * 1024,
  maxArchiveDepth: 3,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxCompressionRatio: 200,
  parseTimeoutMs: 60_000,
  parseMemoryMb: 512,
};

export interface FormatInput {
  /** Display path (relative to the cwd when the scanned path was, POSIX separators). */
  path: string;
  /** Archive member path, when this input is inside an archive. */
  entry?: string;
  size: number;
  /** Up to the first 8 KiB, for sniffing. */
  head: Uint8Array;
  /** A fresh stream of the content, in chunks. */
  stream(): AsyncIterable<Uint8Array>;
  /**
   * The same bytes as `stream`, in views of one buffer that is refilled: a chunk is valid only
   * until the next one is asked for. Optional (a file on disk has it); a reader that copies
   * what it keeps (the text reader) saves a fresh 1 MiB buffer per chunk.
   */
  chunks?(): AsyncIterable<Uint8Array>;
  /** The whole content; formats that cannot stream use it (bounded by maxFileSize). */
  bytes(): Promise<Uint8Array>;
  limits: FormatLimits;
  /**
   * Read the bytes of an archive member with whichever format fits it (archives use this to
   * recurse without knowing the other formats). `depth` is the current archive depth.
   */
  nested?(entry: string, content: NestedContent, depth: number): AsyncIterable<FormatItem>;
  /** Archive nesting depth of this input (0 for a file on disk). */
  depth: number;
}

/**
 * The content of an archive member: its bytes, or (for large members, e.g. a `.sql.gz`) a
 * function giving a fresh stream of them, so that it is read in bounded memory.
 */
export type NestedContent = Uint8Array | { size: number; stream(): AsyncIterable<Uint8Array> };

/** A per-file error raised by a reader; its message must never contain a raw value. */
export class FormatError extends Error {
  override name = 'FormatError';
}
