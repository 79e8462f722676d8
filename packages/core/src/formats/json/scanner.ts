/**
 * An iterative, streaming JSON scanner: text chunks in, leaf values with their JSON Pointer,
 * nearest key and line/column out. No recursion and an explicit depth limit, so a file nested
 * 100,000 levels deep is a clean error, not a stack overflow. In `multi` mode (NDJSON) it reads
 * one document after another and resynchronises at the next line after a syntax error.
 */
import type { Location, Segment } from '../../types.js';
import { detach } from '../../text/detach.js';
import { ValueSegment } from '../../text/value-segment.js';
import { codePointsIn, hasLowSurrogate, NextIndex, NextMatch } from '../../text/next-index.js';
import { FormatError, type ColumnSummary, type FormatItem } from '../types.js';
import type { SizedBatch } from '../../text/sized-batch.js';

type ItemBatch = SizedBatch<FormatItem>;

export const MAX_JSON_DEPTH = 1024;
/** Longer strings are cut (the head is still scanned): bounded memory for embedded blobs. */
export const MAX_JSON_STRING_CHARS = 8 * 1024 * 1024;
/** An array whose objects have more keys than this is not a table worth summarising. */
const MAX_TABLE_KEYS = 1000;

/**
 * What the scanner expects next. Small integers, not strings: the mode is tested for every
 * character outside a string.
 */
const EXPECT_VALUE = 0;
const EXPECT_VALUE_OR_CLOSE = 1;
const EXPECT_KEY = 2;
const EXPECT_KEY_OR_CLOSE = 3;
const EXPECT_COLON = 4;
const EXPECT_AFTER_VALUE = 5;
const EXPECT_STRING = 6;
const EXPECT_NUMBER = 7;
const EXPECT_LITERAL = 8;
const EXPECT_SKIP_LINE = 9;

/** Counts per key of the objects directly inside one array. */
interface TableStats {
  rows: number;
  /** By key, in the order keys were first seen (a holder, so a value costs no lookup). */
  nonEmpty: Map<string, { count: number }>;
  /**
   * What was worked out for the key at each member position of the last rows: rows of a table
   * mostly repeat their keys in the same order, so a key that matches its slot in the text is
   * neither sliced, looked up nor escaped again.
   */
  slots: KeySlot[];
}

interface KeySlot {
  key: string;
  /** The key's count in the table (none once the table had MAX_TABLE_KEYS other keys). */
  counter: { count: number } | undefined;
  /** The key itself reads as data (see looksLikeValue). */
  isData: boolean;
  /** The member's pointer, valid in a row whose own pointer is `prefix` (NDJSON: always ''). */
  prefix: string;
  pointer: string;
  /**
   * The text of the last row from the end of the previous member's value (or the `{`) to this
   * member's value: `, "key": "` (a string value, its quote included) or `, "key": `. A row
   * whose text repeats it skips it at once. Only plain text: no line break, tab, backslash or
   * surrogate, and never for a key that reads as data (its own segment needs its position).
   */
  lead: string | undefined;
}

interface Frame {
  kind: 'object' | 'array';
  /** Current member key (object). */
  key: string | undefined;
  /** Next index (array), or number of keys read so far (object). */
  index: number;
  /** The current member's pointer (object), once computed. */
  memberPointer: string | undefined;
  /** Set on an object that is an element of an array: the array's statistics. */
  rowOf: TableStats | undefined;
  /** On a row: the count of the current member's key in `rowOf`, found when the key is read. */
  counter: { count: number } | undefined;
  /** Set on an array: statistics of its object elements. */
  table: TableStats | undefined;
  hasElements: boolean;
  /** This container's own pointer, computed once when it opens. */
  pointer: string;
}

export interface ScannerOptions {
  base: Location;
  /** NDJSON: many documents, `row` = document number, resync after errors. */
  multi: boolean;
}

export class JsonScanner {
  private mode = EXPECT_VALUE;
  private readonly frames: Frame[] = [];
  private line = 1;
  private column = 1;
  private parts: string[] = [];
  /** The string's text while it is a single piece (then `parts` is empty). */
  private onlyPiece: string | undefined;
  private partsLength = 0;
  private tokenLine = 0;
  private tokenColumn = 0;
  private stringIsKey = false;
  private escape: 'none' | 'backslash' | 'unicode' = 'none';
  private unicodeHex = '';
  private record = 0;
  private documentStarted = false;
  /** NDJSON: the file is one table whose rows are the documents. */
  private readonly rootTable: TableStats = { rows: 0, nonEmpty: new Map(), slots: [] };
  private firstError: FormatError | undefined;
  private errorCount = 0;
  /** Where the characters that end a string's plain run are in the text being fed. */
  private readonly quotes = new NextIndex('"');
  private readonly backslashes = new NextIndex('\\');
  /** Line feeds apart: a RegExp call per line of NDJSON cost more than reading the line. */
  private readonly lineFeeds = new NextIndex('\n');
  private readonly otherControls = new NextMatch(/[\x00-\x09\x0b-\x1f]/g);
  /** Where in the text being fed the current lead started (-1: in an earlier text or window). */
  private leadStart = -1;
  /** The slot whose lead is being read the slow way, to be remembered when its value starts. */
  private leadSlot: KeySlot | undefined;

  constructor(private readonly options: ScannerOptions) {}

  /** Scan one chunk; produced items are appended to `out`. Throws FormatError (single mode). */
  feed(text: string, out: ItemBatch): void {
    const n = text.length;
    this.quotes.reset(text);
    this.backslashes.reset(text);
    this.lineFeeds.reset(text);
    this.otherControls.reset(text);
    const surrogates = hasLowSurrogate(text);
    this.leadStart = -1;
    let sliceFrom = 0;
    let i = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      switch (this.mode) {
        case EXPECT_STRING: {
          if (this.escape !== 'none') {
            this.escapeChar(code);
            this.advance(code);
            i++;
            sliceFrom = i;
            continue;
          }
          if (code === 34 /* " */ && this.stringIsKey && this.hasNoPieces()) {
            const slot = this.predictedSlot();
            if (slot && slot.key.length === i - sliceFrom && text.startsWith(slot.key, sliceFrom)) {
              this.endKey(slot.key, slot, out);
              this.advance(code);
              i++;
              sliceFrom = i;
              continue;
            }
          }
          if (code === 34 /* " */ || code === 92 /* \ */) {
            this.appendString(text, sliceFrom, i);
            if (code === 92) this.escape = 'backslash';
            else {
              if (!this.stringIsKey) this.leadStart = i + 1;
              this.endString(out);
            }
            this.advance(code);
            i++;
            sliceFrom = i;
            continue;
          }
          if (code < 0x20) {
            this.fail('control character in string');
            continue;
          }
          // Plain characters up to the next quote, backslash or control character, skipped at
          // once: strings hold most of a JSON file. No newline can be among them.
          const end = Math.min(
            this.quotes.from(i),
            this.backslashes.from(i),
            this.lineFeeds.from(i),
            this.otherControls.from(i),
            n,
          );
          this.column += codePointsIn(text, i, end, surrogates);
          i = end;
          continue;
        }
        case EXPECT_NUMBER:
        case EXPECT_LITERAL: {
          // The rest of the atom in one tight loop: its characters are never line breaks.
          const isNumber = this.mode === EXPECT_NUMBER;
          let end = i;
          while (end < n) {
            const next = text.charCodeAt(end);
            if (isNumber ? !isNumberChar(next) : next < 97 || next > 122) break;
            end++;
          }
          this.column += end - i;
          i = end;
          if (i === n) continue; // the atom goes on in the next chunk
          this.addPiece(text.slice(sliceFrom, i));
          this.leadStart = i;
          this.endAtom(out);
          continue; // re-read this character in the new mode
        }
        case EXPECT_SKIP_LINE: {
          this.advance(code);
          i++;
          if (code === 10) this.mode = EXPECT_AFTER_VALUE;
          continue;
        }
        case EXPECT_AFTER_VALUE:
        case EXPECT_KEY_OR_CLOSE: {
          const skipped = this.followLead(text, i, n, out);
          if (skipped > 0) {
            i += skipped;
            sliceFrom = i;
            continue;
          }
          break;
        }
        case EXPECT_VALUE:
          if (this.leadSlot && code !== 32 && code !== 10 && code !== 13 && code !== 9) {
            this.rememberLead(text, i, code);
          }
          break;
        default:
          break;
      }
      if (code === 32 || code === 10 || code === 13 || code === 9) {
        // NDJSON: a line break inside a record means the record was cut short.
        if (code === 10 && this.options.multi && this.frames.length > 0) {
          this.fail('unterminated record', false);
        }
        this.advance(code);
        i++;
        continue;
      }
      this.structural(code, out);
      // A row's first lead starts after its `{`; a member's after its value's `}` or `]`.
      if (code === 123 || code === 125 || code === 93) this.leadStart = i + 1;
      // A string's text starts after its quote; a number or literal's at this character.
      sliceFrom = this.inAtom() ? i : i + 1;
      this.advance(code);
      i++;
    }
    if (this.mode === EXPECT_STRING) this.appendString(text, sliceFrom, n);
    else if (this.mode === EXPECT_NUMBER || this.mode === EXPECT_LITERAL) {
      this.addPiece(text.slice(sliceFrom, n));
    }
  }

  /** `structural` may have started a number or literal (a check TypeScript cannot narrow). */
  private inAtom(): boolean {
    return this.mode === EXPECT_NUMBER || this.mode === EXPECT_LITERAL;
  }

  /** End of input: finish a trailing atom, check the document is complete. */
  end(out: ItemBatch): void {
    if (this.mode === EXPECT_NUMBER || this.mode === EXPECT_LITERAL) this.endAtom(out);
    if (this.frames.length > 0 || this.mode === EXPECT_STRING) {
      this.fail('unexpected end of input');
    } else if (!this.options.multi && !this.documentStarted) {
      this.fail('empty document');
    }
    if (this.options.multi) this.emitTable(this.rootTable, '', out);
    if (this.firstError) {
      const more = this.errorCount > 1 ? ` (${this.errorCount} malformed records)` : '';
      throw new FormatError(this.firstError.message + more);
    }
  }

  private structural(code: number, out: ItemBatch): void {
    switch (this.mode) {
      case EXPECT_AFTER_VALUE: {
        const top = this.frames.at(-1);
        if (!top) {
          if (!this.options.multi) return this.fail('unexpected data after the JSON value');
          return this.startValue(code);
        }
        if (code === 44 /* , */) {
          if (top.kind === 'object') this.mode = EXPECT_KEY;
          else {
            top.index++;
            this.mode = EXPECT_VALUE;
          }
          return;
        }
        if ((code === 125 && top.kind === 'object') || (code === 93 && top.kind === 'array')) {
          return this.close(out);
        }
        return this.fail(`expected ',' or '${top.kind === 'object' ? '}' : ']'}'`);
      }
      case EXPECT_KEY_OR_CLOSE:
        if (code === 125 /* } */) return this.close(out);
        if (code === 34 /* " */) return this.startString(true);
        return this.fail('expected a key');
      case EXPECT_KEY:
        if (code === 34) return this.startString(true);
        return this.fail('expected a key');
      case EXPECT_COLON:
        if (code === 58 /* : */) {
          this.mode = EXPECT_VALUE;
          return;
        }
        return this.fail("expected ':'");
      case EXPECT_VALUE_OR_CLOSE:
        if (code === 93 /* ] */) return this.close(out);
        return this.startValue(code);
      default:
        return this.startValue(code);
    }
  }

  private startValue(code: number): void {
    if (this.frames.length === 0) {
      if (this.documentStarted && !this.options.multi) {
        return this.fail('unexpected data after the JSON value');
      }
      this.documentStarted = true;
      this.record++;
    }
    if (code === 123 /* { */ || code === 91 /* [ */) {
      if (this.frames.length >= MAX_JSON_DEPTH) {
        return this.fail(`nested deeper than ${MAX_JSON_DEPTH} levels`);
      }
      const parent = this.frames.at(-1);
      const isRow =
        code === 123 && (parent?.kind === 'array' || (parent === undefined && this.options.multi));
      const rowOf = isRow ? (parent ? parent.table : this.rootTable) : undefined;
      if (rowOf) rowOf.rows++;
      this.frames.push({
        kind: code === 123 ? 'object' : 'array',
        key: undefined,
        index: 0,
        rowOf,
        counter: undefined,
        table: code === 91 ? { rows: 0, nonEmpty: new Map(), slots: [] } : undefined,
        memberPointer: undefined,
        hasElements: false,
        pointer: this.pointer(this.frames.length),
      });
      this.mode = code === 123 ? EXPECT_KEY_OR_CLOSE : EXPECT_VALUE_OR_CLOSE;
      return;
    }
    if (code === 34) return this.startString(false);
    this.tokenLine = this.line;
    this.tokenColumn = this.column;
    this.takeString();
    if (code === 45 || (code >= 48 && code <= 57)) this.mode = EXPECT_NUMBER;
    else if (code >= 97 && code <= 122) this.mode = EXPECT_LITERAL;
    else this.fail('unexpected character');
  }

  private startString(isKey: boolean): void {
    this.stringIsKey = isKey;
    this.takeString();
    this.tokenLine = this.line;
    this.tokenColumn = this.column + 1;
    this.mode = EXPECT_STRING;
  }

  private appendString(text: string, from: number, to: number): void {
    if (to <= from || this.partsLength >= MAX_JSON_STRING_CHARS) return;
    const piece = text.slice(from, Math.min(to, from + MAX_JSON_STRING_CHARS - this.partsLength));
    this.addPiece(piece);
  }

  /** Most strings are one piece: it is kept alone, and an array is made only for a second. */
  private addPiece(piece: string): void {
    if (this.partsLength === 0 && this.parts.length === 0) this.onlyPiece = piece;
    else {
      if (this.onlyPiece !== undefined) this.parts.push(this.onlyPiece);
      this.onlyPiece = undefined;
      this.parts.push(piece);
    }
    this.partsLength += piece.length;
  }

  /** The string read so far, and a fresh start for the next one. */
  private takeString(): string {
    const value = this.onlyPiece ?? (this.parts.length === 0 ? '' : this.parts.join(''));
    this.onlyPiece = undefined;
    if (this.parts.length > 0) this.parts = [];
    this.partsLength = 0;
    return value;
  }

  private escapeChar(code: number): void {
    if (this.escape === 'unicode') {
      if (!isHexDigit(code)) return this.fail('bad \\u escape');
      this.unicodeHex += String.fromCharCode(code);
      if (this.unicodeHex.length === 4) {
        this.pushDecoded(String.fromCharCode(parseInt(this.unicodeHex, 16)));
        this.escape = 'none';
      }
      return;
    }
    const simple = SIMPLE_ESCAPES[String.fromCharCode(code)];
    if (simple !== undefined) {
      this.pushDecoded(simple);
      this.escape = 'none';
    } else if (code === 117 /* u */) {
      this.escape = 'unicode';
      this.unicodeHex = '';
    } else {
      this.fail('bad escape');
    }
  }

  private pushDecoded(text: string): void {
    if (this.partsLength >= MAX_JSON_STRING_CHARS) return;
    this.addPiece(text);
  }

  private hasNoPieces(): boolean {
    return this.onlyPiece === undefined && this.parts.length === 0;
  }

  /** The slot of the key about to end, if the object is a table row that has one. */
  private predictedSlot(): KeySlot | undefined {
    const top = this.frames.at(-1) as Frame;
    return top.rowOf?.slots[top.index];
  }

  private endString(out: ItemBatch): void {
    const value = this.takeString();
    if (this.stringIsKey) return this.endKey(value, undefined, out);
    if (value !== '') out.add(this.segment(value, this.nearestKey(this.frames.length - 1)));
    this.completeValue(value !== '');
  }

  /** A member key was read: `slot` when it matched its predicted slot. */
  private endKey(key: string, slot: KeySlot | undefined, out: ItemBatch): void {
    const top = this.frames.at(-1) as Frame;
    const known = slot ?? this.newSlot(top, key);
    top.key = key;
    top.index++;
    if (known) {
      top.counter = known.counter;
      top.memberPointer = known.prefix === top.pointer ? known.pointer : undefined;
      this.leadSlot = known.isData ? undefined : known;
    } else {
      top.memberPointer = undefined;
    }
    if (known ? known.isData : looksLikeValue(key)) {
      const field = this.nearestKey(this.frames.length - 2);
      out.add(this.segment(key, field));
    }
    this.mode = EXPECT_COLON;
  }

  /** In a table row, the key's slot, made from scratch and kept for the next rows. */
  private newSlot(top: Frame, key: string): KeySlot | undefined {
    const stats = top.rowOf;
    if (!stats) return undefined;
    let counter = stats.nonEmpty.get(key);
    if (!counter && stats.nonEmpty.size < MAX_TABLE_KEYS) {
      counter = { count: 0 };
      stats.nonEmpty.set(key, counter);
    }
    // Detached: the slot may outlive the chunk the key was sliced from by far.
    const kept = detach(key);
    const slot: KeySlot = {
      key: kept,
      counter,
      isData: looksLikeValue(kept),
      prefix: top.pointer,
      pointer: top.pointer + '/' + escapeToken(kept),
      lead: undefined,
    };
    if (top.index < MAX_TABLE_KEYS) stats.slots[top.index] = slot;
    return slot;
  }

  /**
   * In a table row, the member at `i` when the text repeats its slot's lead: the key is taken
   * and the value started as reading the lead character by character would (see KeySlot.lead).
   * Returns the characters skipped (0: none).
   */
  private followLead(text: string, i: number, n: number, out: ItemBatch): number {
    const top = this.frames.at(-1);
    const slot = top?.rowOf?.slots[top.index];
    const lead = slot?.lead;
    if (!slot || lead === undefined || !textAt(text, i, n, lead)) return 0;
    this.endKey(slot.key, slot, out);
    this.leadSlot = undefined;
    this.column += lead.length;
    if (lead.charCodeAt(lead.length - 1) === 34 /* " */) {
      this.stringIsKey = false;
      this.tokenLine = this.line;
      this.tokenColumn = this.column;
      this.mode = EXPECT_STRING;
    } else {
      this.mode = EXPECT_VALUE;
    }
    return lead.length;
  }

  /** The value of `leadSlot`'s member starts at `i`: keep the text that led to it. */
  private rememberLead(text: string, i: number, code: number): void {
    const slot = this.leadSlot as KeySlot;
    this.leadSlot = undefined;
    if (this.leadStart < 0) return;
    const lead = text.slice(this.leadStart, code === 34 ? i + 1 : i);
    // Detached: a slice would keep its whole chunk alive as long as the slot.
    slot.lead = isPlainLead(lead) ? detach(lead) : undefined;
  }

  private endAtom(out: ItemBatch): void {
    const text = this.takeString();
    if (this.mode === EXPECT_NUMBER) {
      this.mode = EXPECT_AFTER_VALUE;
      if (!isJsonNumber(text)) return this.fail('malformed number');
      out.add(this.segment(text, this.nearestKey(this.frames.length - 1)));
      return this.completeValue(true);
    }
    this.mode = EXPECT_AFTER_VALUE;
    if (text !== 'true' && text !== 'false' && text !== 'null') {
      return this.fail('unexpected literal');
    }
    this.completeValue(text !== 'null');
  }

  private completeValue(nonEmpty: boolean): void {
    this.mode = EXPECT_AFTER_VALUE;
    const top = this.frames.at(-1);
    if (!top) return;
    top.hasElements = true;
    if (nonEmpty && top.counter) top.counter.count++;
  }

  private close(out: ItemBatch): void {
    const frame = this.frames.at(-1) as Frame;
    if (frame.kind === 'array' && frame.table && frame.table.rows > 0) {
      this.emitTable(frame.table, this.pointer(this.frames.length - 1), out);
    }
    this.frames.pop();
    this.completeValue(frame.hasElements);
  }

  private emitTable(table: TableStats, pointer: string, out: ItemBatch): void {
    for (const [field, { count: nonEmpty }] of table.nonEmpty) {
      const summary: ColumnSummary = {
        kind: 'column',
        location: { ...this.options.base, field, pointer },
        rows: table.rows,
        nonEmpty,
      };
      out.add(summary);
    }
  }

  private segment(text: string, field: string | undefined): Segment {
    return new ValueSegment(text, this.location(field));
  }

  /**
   * Made by a constructor with all its properties, not by literals (see `ValueSegment`); object
   * spread is a slow path in V8 for millions of small objects.
   */
  private location(field: string | undefined): Location {
    const location = new ValueLocation(
      this.options.base.path,
      this.tokenLine,
      this.tokenColumn,
      this.pointer(this.frames.length),
      field,
      this.options.multi ? this.record : undefined,
    );
    if (this.options.base.entry !== undefined) location.entry = this.options.base.entry;
    return location;
  }

  /** Pointer of the current position inside frame `depth - 1` ('' at the root). */
  private pointer(depth: number): string {
    if (depth === 0) return '';
    const frame = this.frames[depth - 1] as Frame;
    if (frame.kind === 'array') return frame.pointer + '/' + String(frame.index);
    frame.memberPointer ??= frame.pointer + '/' + escapeToken(frame.key ?? '');
    return frame.memberPointer;
  }

  /** The key of the nearest object member at or above frame `from`. */
  private nearestKey(from: number): string | undefined {
    for (let d = from; d >= 0; d--) {
      const frame = this.frames[d] as Frame;
      if (frame.kind === 'object') return frame.key;
    }
    return undefined;
  }

  private advance(code: number): void {
    if (code === 10) {
      this.line++;
      this.column = 1;
    } else if (code < 0xdc00 || code > 0xdfff) {
      this.column++;
    }
  }

  /** Single mode: throw. Multi mode: remember, drop the record, resume at the next line. */
  private fail(reason: string, resumeAtNextLine = true): void {
    const error = new FormatError(
      `malformed JSON: ${reason} at line ${this.line}, column ${this.column}`,
    );
    if (!this.options.multi) throw error;
    this.firstError ??= error;
    this.errorCount++;
    this.frames.length = 0;
    this.leadSlot = undefined;
    this.takeString();
    this.escape = 'none';
    this.mode = resumeAtNextLine ? EXPECT_SKIP_LINE : EXPECT_AFTER_VALUE;
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

function escapeToken(key: string): string {
  if (!key.includes('~') && !key.includes('/')) return key;
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * `text.startsWith(part, at)` with `part` before `end`; comparing a substring is faster than
 * `startsWith` or a loop on the sliced strings fed.
 */
function textAt(text: string, at: number, end: number, part: string): boolean {
  if (at + part.length > end) return false;
  return (
    text.charCodeAt(at) === part.charCodeAt(0) && text.substring(at, at + part.length) === part
  );
}

/** A lead to replay by its length: no character that counts lines or columns otherwise. */
function isPlainLead(lead: string): boolean {
  for (let i = 0; i < lead.length; i++) {
    const code = lead.charCodeAt(i);
    if (code < 0x20 || code === 92 || (code >= 0xd800 && code <= 0xdfff)) return false;
  }
  return true;
}

/**
 * `-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`, the JSON number grammar, by hand: a RegExp call
 * per number cost more than the rest of reading it.
 */
export function isJsonNumber(text: string): boolean {
  const n = text.length;
  let i = text.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  const first = text.charCodeAt(i);
  if (first === 48 /* 0 */) i++;
  else if (first >= 49 && first <= 57) i = afterDigits(text, i + 1);
  else return false;
  if (text.charCodeAt(i) === 46 /* . */) {
    const end = afterDigits(text, i + 1);
    if (end === i + 1) return false;
    i = end;
  }
  const e = text.charCodeAt(i);
  if (e === 101 || e === 69 /* e E */) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === 43 || sign === 45) i++;
    const end = afterDigits(text, i);
    if (end === i) return false;
    i = end;
  }
  return i === n;
}

function afterDigits(text: string, from: number): number {
  let i = from;
  for (let code = text.charCodeAt(i); code >= 48 && code <= 57; code = text.charCodeAt(++i));
  return i;
}

function isNumberChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    code === 45 ||
    code === 43 ||
    code === 46 ||
    code === 69 ||
    code === 101
  );
}

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/**
 * Keys are usually identifiers (`first_name`, `createdAt`); a key with other characters or
 * several digits may itself be data (an e-mail, an IP address or a name used as a key).
 */
export function looksLikeValue(key: string): boolean {
  if (key.length < 3) return false;
  let digits = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c === 45)) {
      return true;
    }
  }
  return digits >= 4;
}

/**
 * A value's location: path, line, column, pointer, then `field` and `row` only when known, in
 * the order of the literals it replaces.
 */
class ValueLocation implements Location {
  path: string;
  line: number;
  column: number;
  pointer: string;
  // Declared only: a class field would be defined (as undefined) on every location.
  declare field?: string;
  declare row?: number;
  declare entry?: string;

  constructor(
    path: string,
    line: number,
    column: number,
    pointer: string,
    field: string | undefined,
    row: number | undefined,
  ) {
    this.path = path;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    if (field !== undefined) this.field = field;
    if (row !== undefined) this.row = row;
  }
}
