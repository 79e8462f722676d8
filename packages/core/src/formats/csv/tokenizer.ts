/**
 * A streaming RFC 4180 tokenizer that knows where each field starts. We do not use csv-parse
 * here: its `info.lines` miscounts CRLF line breaks inside quoted fields and its `raw` drops
 * part of the record delimiter, so exact line/column positions cannot be recovered from it.
 *
 * Relaxed like spreadsheet exports: a quote only opens a field at its first character, text
 * after a closing quote is kept, records may have any number of fields, and CR, LF or CRLF end
 * a record (mixed in one file too).
 */
import { FormatError } from '../types.js';

export interface CsvField {
  value: string;
  /** Position of the value's first character (after an opening quote), 1-based. */
  line: number;
  column: number;
}

export type CsvRecord = CsvField[];

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** Excel's column limit; a record wider than this is not a table but a memory hazard. */
const MAX_FIELDS_PER_RECORD = 16_384;

export class CsvTokenizer {
  private readonly delimiter: number;
  private line = 1;
  private column = 1;
  private afterCR = false;
  private inQuotes = false;
  /** Inside a quoted field, the previous character was a quote (closing, or half of `""`). */
  private quotePending = false;
  private fieldStarted = false;
  /** The field's text while it is a single piece (most fields): no array is made for it. */
  private onlyPiece: string | undefined;
  /** The field's pieces once it has several (a field cut by a chunk border, or `""`). */
  private parts: string[] = [];
  private fieldLength = 0;
  private fieldLine = 1;
  private fieldColumn = 1;
  private record: CsvRecord = [];
  private recordHasContent = false;

  constructor(
    delimiter: string,
    private readonly maxFieldChars: number,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Feed a chunk of text; completed records are appended to `out`. */
  feed(text: string, out: CsvRecord[]): void {
    let sliceFrom = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      if (this.afterCR) {
        this.afterCR = false;
        // The LF of a CRLF: the line was already counted; inside quotes it stays in the value.
        if (code === LF) {
          if (!this.inQuotes) sliceFrom = i + 1;
          continue;
        }
      }
      if (!this.fieldStarted) {
        this.fieldStarted = true;
        this.fieldLine = this.line;
        this.fieldColumn = this.column;
        if (code === QUOTE) {
          this.inQuotes = true;
          this.recordHasContent = true;
          this.fieldColumn++;
          this.column++;
          sliceFrom = i + 1;
          continue;
        }
        sliceFrom = i;
      }
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false;
          if (code === QUOTE) {
            // `""` is one quote: keep the first, drop this one.
            sliceFrom = i;
            this.column++;
            continue;
          }
          this.inQuotes = false;
        } else if (code === QUOTE) {
          this.append(text, sliceFrom, i);
          sliceFrom = i + 1;
          this.quotePending = true;
          this.column++;
          continue;
        } else {
          this.advance(code);
          continue;
        }
      }
      if (code === this.delimiter) {
        this.append(text, sliceFrom, i);
        this.endField();
        this.recordHasContent = true;
        this.column++;
        sliceFrom = i + 1;
        continue;
      }
      if (code === LF || code === CR) {
        this.append(text, sliceFrom, i);
        this.endRecord(out);
        this.line++;
        this.column = 1;
        this.afterCR = code === CR;
        sliceFrom = i + 1;
        continue;
      }
      this.recordHasContent = true;
      // The rest of an unquoted value in one tight loop (no newline can be among it): this
      // advances the column as `advance` would, character by character.
      let column = this.column + (code < 0xdc00 || code > 0xdfff ? 1 : 0);
      const delimiter = this.delimiter;
      while (i + 1 < n) {
        const next = text.charCodeAt(i + 1);
        if (next === delimiter || next === LF || next === CR) break;
        if (next < 0xdc00 || next > 0xdfff) column++;
        i++;
      }
      this.column = column;
    }
    if (this.fieldStarted && !this.quotePending) this.append(text, sliceFrom, n);
    this.checkFieldLength();
  }

  end(out: CsvRecord[]): void {
    if (this.inQuotes && !this.quotePending) {
      if (this.record.length > 0) out.push(this.record);
      throw new FormatError(
        `unterminated quoted field starting at line ${this.fieldLine}, column ${this.fieldColumn}`,
      );
    }
    this.endRecord(out);
  }

  private advance(code: number): void {
    if (code === LF) {
      this.line++;
      this.column = 1;
    } else if (code === CR) {
      this.line++;
      this.column = 1;
      this.afterCR = true;
    } else if (code < 0xdc00 || code > 0xdfff) {
      this.column++;
    }
  }

  private append(text: string, from: number, to: number): void {
    if (to <= from) return;
    const piece = text.slice(from, to);
    if (this.fieldLength === 0) this.onlyPiece = piece;
    else {
      if (this.onlyPiece !== undefined) this.parts.push(this.onlyPiece);
      this.onlyPiece = undefined;
      this.parts.push(piece);
    }
    this.fieldLength += to - from;
    this.checkFieldLength();
  }

  private checkFieldLength(): void {
    if (this.fieldLength > this.maxFieldChars) {
      throw new FormatError(
        `field longer than ${this.maxFieldChars} characters at line ${this.fieldLine}, column ${this.fieldColumn}`,
      );
    }
  }

  private endField(): void {
    const value = this.onlyPiece ?? (this.parts.length === 0 ? '' : this.parts.join(''));
    if (!this.fieldStarted) {
      this.fieldLine = this.line;
      this.fieldColumn = this.column;
    }
    if (this.record.length >= MAX_FIELDS_PER_RECORD) {
      throw new FormatError(
        `record with more than ${MAX_FIELDS_PER_RECORD} fields at line ${this.line}`,
      );
    }
    this.record.push({ value, line: this.fieldLine, column: this.fieldColumn });
    this.onlyPiece = undefined;
    if (this.parts.length > 0) this.parts = [];
    this.fieldLength = 0;
    this.fieldStarted = false;
    this.inQuotes = false;
    this.quotePending = false;
  }

  private endRecord(out: CsvRecord[]): void {
    if (this.fieldStarted || this.recordHasContent) this.endField();
    if (this.recordHasContent || this.record.some((f) => f.value !== '')) out.push(this.record);
    this.record = [];
    this.recordHasContent = false;
  }
}
