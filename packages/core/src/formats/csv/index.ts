import type { Location, Segment } from '../../types.js';
import {
  batchSlices,
  oneByOne,
  type ColumnSummary,
  type FormatInput,
  type FormatItem,
  type FormatModule,
} from '../types.js';
import { guessDelimiter, looksLikeHeader } from './dialect.js';
import { decodeText, detectEncoding } from '../text/decoding.js';
import { CsvTokenizer, type CsvSink } from './tokenizer.js';
import { SizedBatch } from '../../text/sized-batch.js';
import { ValueSegment } from '../../text/value-segment.js';

/** A field longer than this is a per-file error, not an out-of-memory. */
export const MAX_CSV_FIELD_CHARS = 8 * 1024 * 1024;

const DEFAULT_DELIMITER: Record<string, string> = { '.tsv': '\t', '.psv': '|' };
/** A sniffed text file must split this consistently to be claimed as delimited. */
const SNIFF_MIN_RECORDS = 3;

export const csvFormat: FormatModule = {
  id: 'csv',
  description: 'Delimited text (CSV, TSV, PSV): one value segment per field, per-column summaries',
  extensions: ['.csv', '.tsv', '.psv'],
  isolated: false,
  sniff(head) {
    if (head.length === 0 || detectEncoding(head).startsWith('utf-16')) return false;
    if (head.includes(0)) return false;
    const text = new TextDecoder().decode(head);
    if (/^\s*[{[<]/.test(text)) return false;
    const guess = guessDelimiter(text, false);
    return !!guess && guess.consistency === 1 && guess.records >= SNIFF_MIN_RECORDS;
  },
  read: oneByOne(readCsv),
  readBatches: readCsv,
};

async function* readCsv(input: FormatInput): AsyncIterable<FormatItem[]> {
  const delimiter = pickDelimiter(input);
  const table = new TableReader(input);
  const tokenizer = new CsvTokenizer(delimiter, MAX_CSV_FIELD_CHARS, table);
  for await (const chunk of decodeText(input.stream(), input.head)) {
    for (const text of batchSlices(chunk)) {
      tokenizer.feed(text);
      yield table.take();
    }
  }
  let failure: unknown;
  try {
    tokenizer.end();
  } catch (error) {
    failure = error;
  }
  yield table.take();
  if (failure) throw failure;
  yield table.summaries();
}

function pickDelimiter(input: FormatInput): string {
  const dot = input.path.lastIndexOf('.');
  const extension = dot >= 0 ? input.path.slice(dot).toLowerCase() : '';
  const sample = decodeHead(input.head);
  const guess = guessDelimiter(sample, input.head.length >= input.size);
  if (guess && guess.consistency >= 0.5) return guess.delimiter;
  return DEFAULT_DELIMITER[extension] ?? ',';
}

function decodeHead(head: Uint8Array): string {
  const encoding = detectEncoding(head);
  return new TextDecoder(encoding).decode(head);
}

/** A cell's location, with the same properties in the same order as the literal it replaces. */
class CellLocation implements Location {
  path: string;
  line: number;
  column: number;
  field: string;
  row: number;

  constructor(path: string, line: number, column: number, field: string, row: number) {
    this.path = path;
    this.line = line;
    this.column = column;
    this.field = field;
    this.row = row;
  }
}

interface ColumnTally {
  field: string;
  nonEmpty: number;
}

interface BufferedField {
  value: string;
  line: number;
  column: number;
}

/**
 * Turns the tokenizer's fields into segments as they come, keeping the header and per-column
 * counts. Only the first record is held back, until it is known whether it is the header.
 */
class TableReader implements CsvSink {
  private header: string[] | undefined;
  private headerLine: number | undefined;
  /** The first record's fields, until its end says whether it is a header. */
  private firstRecord: BufferedField[] | undefined = [];
  /** Index of the next field in the current record. */
  private fieldIndex = 0;
  private rows = 0;
  private readonly columns: ColumnTally[] = [];
  private readonly base: Location;
  private readonly segments = new SizedBatch<Segment>();

  constructor(input: FormatInput) {
    this.base = input.entry ? { path: input.path, entry: input.entry } : { path: input.path };
  }

  /**
   * The segments made since the last call. Plain loops into one array: a generator per record
   * and per cell cost a fifth of the reading time of a table.
   */
  take(): Segment[] {
    return this.segments.take();
  }

  field(value: string, line: number, column: number): void {
    if (this.firstRecord) {
      this.firstRecord.push({ value, line, column });
      return;
    }
    if (this.fieldIndex === 0) this.rows++;
    const tally = this.column(this.fieldIndex++);
    if (isBlank(value)) return;
    tally.nonEmpty++;
    // Made by constructors, not literals: see `ValueSegment`.
    const location = new CellLocation(this.base.path, line, column, tally.field, this.rows);
    this.segments.add(new ValueSegment(value, this.located(location)));
  }

  endRecord(): void {
    const first = this.firstRecord;
    if (first) {
      this.firstRecord = undefined;
      this.startTable(first);
    }
    this.fieldIndex = 0;
  }

  /** The first record is the header, or the first row. */
  private startTable(first: BufferedField[]): void {
    const values = first.map((f) => f.value);
    if (looksLikeHeader(values)) {
      this.header = values.map((v) => v.trim());
      this.headerLine = first[0]?.line;
      return;
    }
    for (const f of first) this.field(f.value, f.line, f.column);
  }

  /** Object spread is a slow path in V8 for millions of small objects: add `entry` by hand. */
  private located(location: Location): Location {
    if (this.base.entry !== undefined) location.entry = this.base.entry;
    return location;
  }

  private column(index: number): ColumnTally {
    if (index < this.columns.length) return this.columns[index] as ColumnTally;
    for (let i = this.columns.length; i <= index; i++) {
      this.columns.push({ field: this.header?.[i] || String(i + 1), nonEmpty: 0 });
    }
    return this.columns[index] as ColumnTally;
  }

  summaries(): ColumnSummary[] {
    if (this.header) for (let i = 0; i < this.header.length; i++) this.column(i);
    return this.columns.map((column): ColumnSummary => ({
      kind: 'column',
      location: {
        ...this.base,
        field: column.field,
        ...(this.headerLine !== undefined ? { line: this.headerLine } : {}),
      },
      rows: this.rows,
      nonEmpty: column.nonEmpty,
    }));
  }
}

/** `value.trim() === ''`, without making a trimmed copy of most values. */
function isBlank(value: string): boolean {
  const first = value.charCodeAt(0);
  // A printable ASCII first character is not white space (the common case).
  if (first > 32 && first < 127) return false;
  return value.trim() === '';
}
