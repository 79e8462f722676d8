/**
 * A streaming RFC 4180 tokenizer that knows where each field starts. We do not use csv-parse
 * here: its `info.lines` miscounts CRLF line breaks inside quoted fields and its `raw` drops
 * part of the record delimiter, so exact line/column positions cannot be recovered from it.
 *
 * Relaxed like spreadsheet exports: a quote only opens a field at its first character, text
 * after a closing quote is kept, records may have any number of fields, and CR, LF or CRLF end
 * a record (mixed in one file too).
 */
import { codePointsIn, hasLowSurrogate, NextIndex } from '../../text/next-index.js';
import { FormatError } from '../types.js';

/**
 * Receives the fields as they end, then the end of their record: no object or array is made
 * per field or per record. Only records with content are reported (a blank line is not).
 */
export interface CsvSink {
  /** `line`/`column`: the value's first character (after an opening quote), 1-based. */
  field(value: string, line: number, column: number): void;
  endRecord(): void;
}

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
  private fieldsInRecord = 0;
  private recordHasContent = false;
  /** Where the next delimiter, quote and line breaks are in the text being fed. */
  private readonly delimiters: NextIndex;
  private readonly quotes = new NextIndex('"');
  private readonly lineFeeds = new NextIndex('\n');
  private readonly returns = new NextIndex('\r');

  constructor(
    delimiter: string,
    private readonly maxFieldChars: number,
    private readonly sink: CsvSink,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
    this.delimiters = new NextIndex(delimiter.charAt(0));
  }

  /** Feed a chunk of text; fields and records are reported to the sink as they end. */
  feed(text: string): void {
    this.delimiters.reset(text);
    this.quotes.reset(text);
    this.lineFeeds.reset(text);
    this.returns.reset(text);
    const surrogates = hasLowSurrogate(text);
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
      if (!this.fieldStarted && code !== QUOTE) {
        const end = this.unquotedFieldEnd(i, code);
        if (end < n && end - i <= this.maxFieldChars) {
          // Most fields: unquoted and whole in this text, taken at once.
          this.wholeField(text, i, end, surrogates);
          i = end;
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
        } else if (code === LF || code === CR) {
          this.advance(code);
          continue;
        } else {
          // Plain characters up to the next quote or line break, skipped at once.
          const end = Math.min(this.quotes.from(i), this.lineFeeds.from(i), this.returns.from(i));
          this.column += codePointsIn(text, i, end, surrogates);
          i = end - 1;
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
        this.endRecord();
        this.line++;
        this.column = 1;
        this.afterCR = code === CR;
        sliceFrom = i + 1;
        continue;
      }
      this.recordHasContent = true;
      // The rest of an unquoted value, up to the next delimiter or line break, at once.
      const end = Math.min(this.delimiters.from(i), this.lineFeeds.from(i), this.returns.from(i));
      this.column += codePointsIn(text, i, end, surrogates);
      i = end - 1;
    }
    if (this.fieldStarted && !this.quotePending) this.append(text, sliceFrom, n);
    this.checkFieldLength();
  }

  /** Where an unquoted field starting at `from` (with `code`) ends: a delimiter or line break. */
  private unquotedFieldEnd(from: number, code: number): number {
    if (code === this.delimiter || code === LF || code === CR) return from;
    return Math.min(this.delimiters.from(from), this.lineFeeds.from(from), this.returns.from(from));
  }

  /**
   * An unquoted field `text[from, end)` and the delimiter or line break at `end` that ends it,
   * as the character-by-character path would read them.
   */
  private wholeField(text: string, from: number, end: number, surrogates: boolean): void {
    const line = this.line;
    const column = this.column;
    const value = end > from ? text.slice(from, end) : '';
    if (end > from) {
      this.recordHasContent = true;
      this.column += codePointsIn(text, from, end, surrogates);
    }
    const endCode = text.charCodeAt(end);
    if (endCode === this.delimiter) {
      this.recordHasContent = true;
      this.reportField(value, line, column);
      this.column++;
      return;
    }
    // A line break: the record's last field, or a blank line.
    this.fieldStarted = true;
    this.fieldLine = line;
    this.fieldColumn = column;
    this.onlyPiece = end > from ? value : undefined;
    this.fieldLength = end - from;
    this.endRecord();
    this.line++;
    this.column = 1;
    this.afterCR = endCode === CR;
  }

  end(): void {
    if (this.inQuotes && !this.quotePending) {
      // The fields before the unterminated one still make a record.
      if (this.fieldsInRecord > 0) this.sink.endRecord();
      throw new FormatError(
        `unterminated quoted field starting at line ${this.fieldLine}, column ${this.fieldColumn}`,
      );
    }
    this.endRecord();
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
    this.reportField(value, this.fieldLine, this.fieldColumn);
    this.resetField();
  }

  private reportField(value: string, line: number, column: number): void {
    if (this.fieldsInRecord >= MAX_FIELDS_PER_RECORD) {
      throw new FormatError(
        `record with more than ${MAX_FIELDS_PER_RECORD} fields at line ${this.line}`,
      );
    }
    this.fieldsInRecord++;
    this.sink.field(value, line, column);
  }

  private resetField(): void {
    this.onlyPiece = undefined;
    if (this.parts.length > 0) this.parts = [];
    this.fieldLength = 0;
    this.fieldStarted = false;
    this.inQuotes = false;
    this.quotePending = false;
  }

  /**
   * A record without content is a blank line: its one empty field was never reported (any
   * character that makes a field non-empty, a delimiter or a quote marks the record as having
   * content first).
   */
  private endRecord(): void {
    if (this.recordHasContent) {
      this.endField();
      this.sink.endRecord();
    } else {
      this.resetField();
    }
    this.fieldsInRecord = 0;
    this.recordHasContent = false;
  }
}
