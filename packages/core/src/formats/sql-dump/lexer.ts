import { FormatError } from '../types.js';
import { codePointsIn, hasLowSurrogate, NextIndex } from '../../text/next-index.js';

/**
 * A streaming SQL tokenizer: text is fed in arbitrary chunks and every token keeps the line and
 * column (1-based, code points) of its first character, whatever the chunk borders. All state
 * lives in fields, so a string, comment or COPY row split across chunks is read exactly once.
 */

export type SqlDialect = 'mysql' | 'postgres' | 'sqlite' | 'generic';

/** `binary` is a literal that holds no text worth scanning: `0x…`, `X'…'`, `_binary '…'`. */
export type TokenKind = 'word' | 'identifier' | 'string' | 'number' | 'binary' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  line: number;
  column: number;
}

/**
 * Receives tokens, and the rows of a `COPY … FROM stdin` block once the parser asks for it. A
 * token comes as its parts, not as a `Token`: most are values and commas of `INSERT` tuples,
 * and the parser makes an object only of the few it keeps (a statement's head).
 */
export interface LexerSink {
  token(kind: TokenKind, text: string, line: number, column: number): void;
  copyField(value: string | null, line: number, column: number): void;
  copyRowEnd(): void;
  copyEnd(): void;
}

/** Longer values are cut: a multi-megabyte blob of text is no longer a field worth scanning. */
export const MAX_VALUE_CHARS = 1 << 20;

const DEFAULT = 0;
const WORD = 1;
const NUMBER = 2;
const STRING = 3;
const STRING_QUOTE = 4;
const STRING_ESCAPE = 5;
const IDENT = 6;
const IDENT_CLOSE = 7;
const LINE_COMMENT = 8;
const BLOCK_COMMENT = 9;
const BLOCK_COMMENT_STAR = 10;
const MAYBE_DASH = 11;
const MAYBE_SLASH = 12;
const DOLLAR_TAG = 13;
const DOLLAR_BODY = 14;
const COPY_SKIP_LINE = 15;
const COPY_FIELD = 16;
const COPY_ESCAPE = 17;

/** States whose text is gathered as runs of the current chunk rather than char by char. */
const ACCUMULATING = new Set([WORD, NUMBER, STRING, IDENT, COPY_FIELD]);

const BACKSLASH = 92;
const QUOTE = 39;

/** End of the run of word characters (and dots, in a number) that starts at `from`. */
function wordRunEnd(chunk: string, from: number, dots: boolean): number {
  let i = from;
  for (; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (!isWordCode(c) && !(dots && c === 46)) break;
  }
  return i;
}

function isWordCode(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    c === 36 ||
    c >= 128
  );
}

function isWordStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11;
}

/** MySQL and PostgreSQL `E'…'` backslash escapes; any other escaped character stands for itself. */
function unescapeSql(c: number): string {
  switch (c) {
    case 48: // 0
      return '\0';
    case 98: // b
      return '\b';
    case 110: // n
      return '\n';
    case 114: // r
      return '\r';
    case 116: // t
      return '\t';
    case 90: // Z
      return '\x1a';
    default:
      return String.fromCharCode(c);
  }
}

/** COPY text format escapes (PostgreSQL): `\N` is handled by the caller as NULL. */
function unescapeCopy(c: number): string {
  switch (c) {
    case 98:
      return '\b';
    case 102:
      return '\f';
    case 110:
      return '\n';
    case 114:
      return '\r';
    case 116:
      return '\t';
    case 118:
      return '\v';
    default:
      return String.fromCharCode(c);
  }
}

/** Prefixes glued to a quote that change what the string is (`E'…'`, `X'…'`, `_binary'…'`). */
function stringPrefix(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (lower === 'e' || lower === 'n' || lower === 'x' || lower === 'b') return lower;
  if (lower.startsWith('_')) return lower;
  return undefined;
}

export class SqlLexer {
  private state = DEFAULT;
  private line = 1;
  /**
   * Columns are counted lazily, only where a token starts: `column` is the column of index
   * `columnAt` of the current chunk (0 between chunks), and the chunk's low surrogates, if it
   * has any, are subtracted from the distance.
   */
  private column = 1;
  private columnAt = 0;
  private lowSurrogates = false;
  /** The next line end, backslash and tab of the current chunk, each searched once. */
  private readonly newline = new NextIndex('\n');
  private readonly backslash = new NextIndex('\\');
  private readonly tab = new NextIndex('\t');
  private buffer = '';
  private truncated = false;
  private runStart = -1;
  private tokenLine = 1;
  private tokenColumn = 1;
  private closeCode = 0;
  private closeChar = '';
  private escapes = false;
  private prefix = '';
  private stringLine = 1;
  private dollarTag = '';
  private dollarMatch = 0;
  private copyRawLength = 0;
  private copyFieldIndex = 0;
  private copyMarker = 0;
  private copyFieldOpen = false;
  /** A `_binary` introducer before a separate string makes that string binary too. */
  private binaryIntroducer = false;

  constructor(
    private readonly sink: LexerSink,
    private readonly dialect: SqlDialect,
  ) {}

  /** Called by the parser right after the `;` of a `COPY … FROM stdin` statement. */
  enterCopyMode(): void {
    this.state = COPY_SKIP_LINE;
  }

  feed(chunk: string): void {
    if (ACCUMULATING.has(this.state)) this.runStart = 0;
    this.lowSurrogates = hasLowSurrogate(chunk);
    this.newline.reset(chunk);
    this.backslash.reset(chunk);
    this.tab.reset(chunk);
    const length = chunk.length;
    let i = 0;
    while (i < length) {
      // The bulk of a dump is string and COPY field content, numbers and words: their runs are
      // skipped with native searches up to the character that ends or escapes them.
      const state = this.state;
      if (state === STRING) i = this.stringRunEnd(chunk, i);
      else if (state === COPY_FIELD && this.copyFieldOpen) i = this.copyRunEnd(i);
      else if (state === WORD || state === NUMBER) i = wordRunEnd(chunk, i, state === NUMBER);
      if (i === length) break;
      const c = chunk.charCodeAt(i);
      if (state === DEFAULT) this.begin(chunk, i, c);
      else this.step(chunk, i, c);
      if (c === 10) {
        this.line++;
        this.column = 1;
        this.columnAt = i + 1;
      }
      i++;
    }
    this.column = this.columnOf(chunk, length);
    this.columnAt = 0;
    if (this.runStart >= 0 && ACCUMULATING.has(this.state)) {
      this.append(chunk.slice(this.runStart));
    }
    this.runStart = -1;
  }

  /** The column of index `i` of the chunk, at or after the last one asked for. */
  private columnOf(chunk: string, i: number): number {
    this.column += codePointsIn(chunk, this.columnAt, i, this.lowSurrogates);
    this.columnAt = i;
    return this.column;
  }

  /** Where the string's plain text from `from` ends: its quote, a backslash or a line end. */
  private stringRunEnd(chunk: string, from: number): number {
    const close = chunk.indexOf(this.closeChar, from);
    let end = close < 0 ? chunk.length : close;
    if (this.escapes) end = Math.min(end, this.backslash.from(from));
    return Math.min(end, this.newline.from(from));
  }

  /** Where an open COPY field's plain text from `from` ends; its raw length counts it. */
  private copyRunEnd(from: number): number {
    const end = Math.min(this.tab.from(from), this.newline.from(from), this.backslash.from(from));
    this.copyRawLength += end - from;
    return end;
  }

  /**
   * End of input: flush a pending token. An unterminated string is still handed to the sink
   * (what was read is data too) before the error, whose message never holds the value.
   */
  finish(): void {
    switch (this.state) {
      case WORD:
      case DOLLAR_TAG:
        this.emit('word', this.buffer);
        break;
      case NUMBER:
        this.emitNumber();
        break;
      case STRING_QUOTE:
        this.emitString();
        break;
      case IDENT_CLOSE:
        this.emit('identifier', this.buffer);
        break;
      case MAYBE_DASH:
        this.emit('punct', '-');
        break;
      case MAYBE_SLASH:
        this.emit('punct', '/');
        break;
      case STRING:
      case STRING_ESCAPE: {
        this.emitString();
        throw new FormatError(`unterminated string literal starting at line ${this.stringLine}`);
      }
      case IDENT:
        throw new FormatError(`unterminated quoted identifier starting at line ${this.stringLine}`);
      case COPY_FIELD:
      case COPY_ESCAPE:
        if (this.copyFieldOpen || this.copyFieldIndex > 0) this.endCopyRow();
        break;
      default:
        break;
    }
    this.state = DEFAULT;
  }

  private step(chunk: string, i: number, c: number): void {
    switch (this.state) {
      case DEFAULT:
        this.begin(chunk, i, c);
        return;
      case WORD:
        if (isWordCode(c)) return;
        this.endWord(chunk, i, c);
        return;
      case NUMBER:
        if (isWordCode(c) || c === 46) return;
        this.takeRun(chunk, i);
        this.emitNumber();
        this.state = DEFAULT;
        this.begin(chunk, i, c);
        return;
      case STRING:
        if (c === this.closeCode) {
          this.takeRun(chunk, i);
          // A doubled quote is one quote: the string ends here unless the next character is one.
          if (i + 1 < chunk.length && chunk.charCodeAt(i + 1) !== c) {
            this.emitString();
            this.state = DEFAULT;
            return;
          }
          this.state = STRING_QUOTE;
        } else if (c === BACKSLASH && this.escapes) {
          this.takeRun(chunk, i);
          this.state = STRING_ESCAPE;
        }
        return;
      case STRING_QUOTE:
        if (c === this.closeCode) {
          this.append(String.fromCharCode(c));
          this.runStart = i + 1;
          this.state = STRING;
          return;
        }
        this.emitString();
        this.state = DEFAULT;
        this.begin(chunk, i, c);
        return;
      case STRING_ESCAPE:
        this.append(unescapeSql(c));
        this.runStart = i + 1;
        this.state = STRING;
        return;
      case IDENT:
        if (c === this.closeCode) {
          this.takeRun(chunk, i);
          if (c === 93) {
            this.emit('identifier', this.buffer);
            this.state = DEFAULT;
          } else {
            this.state = IDENT_CLOSE;
          }
        }
        return;
      case IDENT_CLOSE:
        if (c === this.closeCode) {
          this.append(String.fromCharCode(c));
          this.runStart = i + 1;
          this.state = IDENT;
          return;
        }
        this.emit('identifier', this.buffer);
        this.state = DEFAULT;
        this.begin(chunk, i, c);
        return;
      case LINE_COMMENT:
        if (c === 10) this.state = DEFAULT;
        return;
      case BLOCK_COMMENT:
        if (c === 42) this.state = BLOCK_COMMENT_STAR;
        return;
      case BLOCK_COMMENT_STAR:
        if (c === 47) this.state = DEFAULT;
        else if (c !== 42) this.state = BLOCK_COMMENT;
        return;
      case MAYBE_DASH:
        if (c === 45) {
          this.state = LINE_COMMENT;
          return;
        }
        this.emit('punct', '-');
        this.state = DEFAULT;
        this.begin(chunk, i, c);
        return;
      case MAYBE_SLASH:
        if (c === 42) {
          this.state = BLOCK_COMMENT;
          return;
        }
        this.emit('punct', '/');
        this.state = DEFAULT;
        this.begin(chunk, i, c);
        return;
      case DOLLAR_TAG:
        if (c === 36) {
          this.dollarTag = this.buffer + '$';
          this.dollarMatch = 0;
          this.state = DOLLAR_BODY;
        } else if (isWordCode(c)) {
          this.buffer += String.fromCharCode(c);
        } else {
          this.emit('word', this.buffer);
          this.state = DEFAULT;
          this.begin(chunk, i, c);
        }
        return;
      case DOLLAR_BODY:
        // The tag holds no `$` but its ends, so restarting at 1 on a `$` is a complete matcher.
        if (c === this.dollarTag.charCodeAt(this.dollarMatch)) {
          this.dollarMatch++;
          if (this.dollarMatch === this.dollarTag.length) this.state = DEFAULT;
        } else {
          this.dollarMatch = c === 36 ? 1 : 0;
        }
        return;
      case COPY_SKIP_LINE:
        if (c === 10) this.startCopyField(i + 1);
        return;
      case COPY_FIELD:
        this.copyStep(chunk, i, c);
        return;
      case COPY_ESCAPE:
        this.copyRawLength++;
        if (this.copyRawLength === 2 && (c === 78 || c === 46)) this.copyMarker = c;
        this.append(unescapeCopy(c));
        this.runStart = i + 1;
        this.state = COPY_FIELD;
        return;
      default:
        return;
    }
  }

  private begin(chunk: string, i: number, c: number): void {
    if (isSpace(c)) return;
    this.tokenLine = this.line;
    this.tokenColumn = this.columnOf(chunk, i);
    if (c === 44 || c === 40 || c === 41) {
      // `,`, `(` and `)` first: between the values of tuples, most tokens are these.
      this.emit('punct', chunk[i] as string);
    } else if (c === QUOTE) {
      this.startString(chunk, i, QUOTE, this.dialect === 'mysql', '');
    } else if (c === 34) {
      // MySQL reads "…" as a string unless ANSI_QUOTES is on; mysqldump never relies on it.
      if (this.dialect === 'mysql') this.startString(chunk, i, 34, true, '');
      else this.startIdentifier(i, 34);
    } else if (c === 96) {
      this.startIdentifier(i, 96);
    } else if (c === 91 && (this.dialect === 'sqlite' || this.dialect === 'generic')) {
      this.startIdentifier(i, 93);
    } else if (c >= 48 && c <= 57) {
      this.startRun(i, NUMBER);
    } else if (isWordStart(c)) {
      this.startRun(i, WORD);
    } else if (c === 45) {
      this.state = MAYBE_DASH;
    } else if (c === 47) {
      this.state = MAYBE_SLASH;
    } else if (c === 35 && this.dialect === 'mysql') {
      this.state = LINE_COMMENT;
    } else if (c === 36 && this.dialect !== 'mysql') {
      this.buffer = '$';
      this.state = DOLLAR_TAG;
    } else {
      this.emit('punct', chunk[i] as string);
    }
  }

  private endWord(chunk: string, i: number, c: number): void {
    this.takeRun(chunk, i);
    const word = this.buffer;
    const prefix = c === QUOTE ? stringPrefix(word) : undefined;
    if (prefix !== undefined) {
      this.startString(chunk, i, QUOTE, this.dialect === 'mysql' || prefix === 'e', prefix);
      return;
    }
    this.emit('word', word);
    this.binaryIntroducer = word.toLowerCase() === '_binary';
    this.state = DEFAULT;
    this.begin(chunk, i, c);
  }

  private startString(
    chunk: string,
    i: number,
    close: number,
    escapes: boolean,
    prefix: string,
  ): void {
    this.state = STRING;
    this.closeCode = close;
    this.closeChar = chunk[i] as string; // the opening quote, which closes it too
    this.escapes = escapes;
    this.prefix = prefix;
    this.buffer = '';
    this.truncated = false;
    this.runStart = i + 1;
    this.stringLine = this.line;
    this.tokenLine = this.line;
    this.tokenColumn = this.columnOf(chunk, i) + 1;
  }

  private startIdentifier(i: number, close: number): void {
    this.state = IDENT;
    this.closeCode = close;
    this.buffer = '';
    this.truncated = false;
    this.runStart = i + 1;
    this.stringLine = this.line;
  }

  private startRun(i: number, state: number): void {
    this.state = state;
    this.buffer = '';
    this.truncated = false;
    this.runStart = i;
  }

  private emitString(): void {
    const prefix = this.prefix;
    const binary =
      prefix === 'x' || prefix === 'b' || prefix === '_binary' || this.binaryIntroducer;
    this.binaryIntroducer = false;
    this.emit(binary ? 'binary' : 'string', this.buffer);
  }

  private emitNumber(): void {
    const text = this.buffer;
    const second = text.charCodeAt(1) | 0x20;
    const binary = text.charCodeAt(0) === 48 && (second === 120 || second === 98);
    this.binaryIntroducer = false;
    this.emit(binary ? 'binary' : 'number', text);
  }

  private emit(kind: TokenKind, text: string): void {
    this.buffer = '';
    this.sink.token(kind, text, this.tokenLine, this.tokenColumn);
  }

  private copyStep(chunk: string, i: number, c: number): void {
    if (!this.copyFieldOpen) {
      this.copyFieldOpen = true;
      this.tokenLine = this.line;
      this.tokenColumn = this.columnOf(chunk, i);
    }
    if (c === 9) {
      this.takeRun(chunk, i);
      this.endCopyField();
      this.startCopyField(i + 1);
    } else if (c === 10) {
      this.takeRun(chunk, i);
      if (this.buffer.endsWith('\r')) this.buffer = this.buffer.slice(0, -1);
      if (this.copyFieldIndex === 0 && this.copyMarker === 46 && this.copyRawLength === 2) {
        this.buffer = '';
        this.sink.copyEnd();
        this.state = DEFAULT;
        return;
      }
      this.endCopyRow();
      this.startCopyField(i + 1);
    } else if (c === BACKSLASH) {
      this.takeRun(chunk, i);
      this.copyRawLength++;
      this.state = COPY_ESCAPE;
    } else {
      this.copyRawLength++;
    }
  }

  private startCopyField(runStart: number): void {
    this.state = COPY_FIELD;
    this.buffer = '';
    this.truncated = false;
    this.runStart = runStart;
    this.copyRawLength = 0;
    this.copyMarker = 0;
    this.copyFieldOpen = false;
  }

  private endCopyField(): void {
    const isNull = this.copyMarker === 78 && this.copyRawLength === 2;
    if (!this.copyFieldOpen) {
      // Only at the end of the input (copyStep opens a field first): the column is the end's.
      this.tokenLine = this.line;
      this.tokenColumn = this.column;
    }
    this.sink.copyField(isNull ? null : this.buffer, this.tokenLine, this.tokenColumn);
    this.copyFieldIndex++;
    this.buffer = '';
  }

  private endCopyRow(): void {
    this.endCopyField();
    this.sink.copyRowEnd();
    this.copyFieldIndex = 0;
  }

  /** Append the pending run of the current chunk up to `end`, and close it. */
  private takeRun(chunk: string, end: number): void {
    if (this.runStart >= 0 && end > this.runStart) this.append(chunk.slice(this.runStart, end));
    this.runStart = -1;
  }

  private append(text: string): void {
    if (this.truncated) return;
    if (this.buffer.length + text.length > MAX_VALUE_CHARS) {
      this.buffer += text.slice(0, MAX_VALUE_CHARS - this.buffer.length);
      this.truncated = true;
      return;
    }
    this.buffer += text;
  }
}
