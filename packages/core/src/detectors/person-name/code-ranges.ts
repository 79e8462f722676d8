import { mayBeCapitalCode } from './tokens.js';

/**
 * Comment and string-literal ranges of source code, where names in code live. A single
 * forward pass (linear time), never throws: an unterminated comment or string runs to the end
 * of its line (quotes) or of the text (block comments, backticks, triple quotes).
 */
export interface CodeRange {
  start: number;
  end: number;
  kind: 'comment' | 'string';
}

/**
 * The next index of one character at or after a position, searched by `indexOf` (a native
 * scan, much faster than a regex call per match) and remembered until the scan passes it: the
 * scan only moves forward, so each character's searches cover the text once in all.
 */
class NextIndex {
  /** The last index found, the text's length for none; -1 before the first search. */
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  /** Index of the first `char` at or after `from`, or the text's length when there is none. */
  from(from: number): number {
    if (this.at < from) {
      const found = this.text.indexOf(this.char, from);
      this.at = found < 0 ? this.text.length : found;
    }
    return this.at;
  }
}

/**
 * The characters of a text that may open a comment or a string, and those that end a string:
 * each found by its own `NextIndex`.
 */
class CodeMarks {
  readonly slash: NextIndex;
  readonly hash: NextIndex;
  readonly angle: NextIndex;
  readonly double: NextIndex;
  readonly single: NextIndex;
  readonly backtick: NextIndex;
  readonly backslash: NextIndex;
  readonly newline: NextIndex;

  constructor(text: string) {
    this.slash = new NextIndex(text, '/');
    this.hash = new NextIndex(text, '#');
    this.angle = new NextIndex(text, '<');
    this.double = new NextIndex(text, '"');
    this.single = new NextIndex(text, "'");
    this.backtick = new NextIndex(text, '`');
    this.backslash = new NextIndex(text, '\\');
    this.newline = new NextIndex(text, '\n');
  }

  /** The first character at or after `from` that may open a comment or a string. */
  nextOpener(from: number): number {
    return Math.min(
      this.slash.from(from),
      this.hash.from(from),
      this.angle.from(from),
      this.double.from(from),
      this.single.from(from),
      this.backtick.from(from),
    );
  }

  /** The quote `quote` at or after `from`. */
  nextQuote(quote: string, from: number): number {
    if (quote === '"') return this.double.from(from);
    return quote === "'" ? this.single.from(from) : this.backtick.from(from);
  }
}

export function codeRanges(text: string): CodeRange[] {
  const ranges: CodeRange[] = [];
  forEachCodeRange(text, (start, end, kind) => ranges.push({ start, end, kind }));
  return ranges;
}

/** Visits what `codeRanges` returns, in order, without an object or an array per range. */
export type CodeRangeVisitor = (start: number, end: number, kind: CodeRange['kind']) => void;

/**
 * `codeRanges` without building them: a segment of source code has tens of thousands of
 * comments and strings, each an object kept until the scan of the segment ends.
 * `withCapitalOnly`: short `"` and `'` strings without a character where a capital may be are
 * not visited (the name scan finds nothing there; see `plainStringEnd`).
 */
export function forEachCodeRange(
  text: string,
  visit: CodeRangeVisitor,
  withCapitalOnly = false,
): void {
  const length = text.length;
  // Code between openers is skipped by one `indexOf` per kind of opener, not a regex call per
  // opener: source code has one every few dozen characters, and the call cost more than the
  // search.
  const marks = new CodeMarks(text);
  let i = 0;
  while (i < length) {
    i = marks.nextOpener(i);
    if (i >= length) break;
    const ch = text[i];
    if (ch === '/' && text[i + 1] === '/') {
      i = pushUntilLineEnd(marks, i, 'comment', visit);
    } else if (ch === '#' && startsHashComment(text, i)) {
      i = pushUntilLineEnd(marks, i, 'comment', visit);
    } else if (ch === '/' && text[i + 1] === '*') {
      i = pushUntil(text, i, i + 2, '*/', 'comment', visit);
    } else if (ch === '<' && text.startsWith('<!--', i)) {
      i = pushUntil(text, i, i + 4, '-->', 'comment', visit);
    } else if ((ch === '"' || ch === "'") && text[i + 1] === ch && text[i + 2] === ch) {
      i = pushUntil(text, i, i + 3, ch.repeat(3), 'string', visit);
    } else if (ch === '"' || ch === "'" || ch === '`') {
      i = pushQuoted(text, marks, i, ch, visit, withCapitalOnly);
    } else {
      i++;
    }
  }
}

/**
 * `#` opens a comment at the start of a line or after a space, so `a#b`, `x=#fff` or a URL
 * fragment stay code. Reading a C `#include` line as a comment costs nothing: no names there.
 */
function startsHashComment(text: string, index: number): boolean {
  const before = text[index - 1];
  return before === undefined || before === ' ' || before === '\t' || before === '\n';
}

function pushUntilLineEnd(
  marks: CodeMarks,
  start: number,
  kind: CodeRange['kind'],
  visit: CodeRangeVisitor,
): number {
  const end = marks.newline.from(start);
  visit(start, end, kind);
  return end + 1;
}

function pushUntil(
  text: string,
  start: number,
  from: number,
  close: string,
  kind: CodeRange['kind'],
  visit: CodeRangeVisitor,
): number {
  const found = text.indexOf(close, from);
  const end = found < 0 ? text.length : found + close.length;
  visit(start, end, kind);
  return end;
}

const BACKSLASH = 92;
const NEWLINE = 10;

/**
 * A quoted string; `"` and `'` stop at the line end when unterminated, backticks do not. Its
 * end is the next quote of its kind, known from `marks` without reading it, unless a backslash
 * comes first (then it is walked). `withCapitalOnly`: a short string without a character where a
 * capital may be is not visited (see `plainStringEnd`).
 */
function pushQuoted(
  text: string,
  marks: CodeMarks,
  start: number,
  quote: string,
  visit: CodeRangeVisitor,
  withCapitalOnly: boolean,
): number {
  const stopsAtNewline = quote !== '`';
  const close = marks.nextQuote(quote, start + 1);
  if (withCapitalOnly && stopsAtNewline && close - start <= SHORT_STRING && close < text.length) {
    const end = plainStringEnd(text, start, close);
    if (end >= 0) return end;
  }
  const newline = stopsAtNewline ? marks.newline.from(start + 1) : text.length;
  const stop = Math.min(close, newline);
  if (marks.backslash.from(start + 1) < stop) return walkQuoted(text, start, quote, visit);
  if (close < newline) {
    visit(start, close + 1, 'string');
    return close + 1;
  }
  visit(start, stop, 'string');
  return stop;
}

/** A `"` or `'` string whose next quote is at most this far is read in place first. */
const SHORT_STRING = 256;

/**
 * End of the `"` or `'` string at `start` whose next quote is `close`, when it holds no
 * character where a capital may be (`'1.8.5'`, `"utf8"`: most strings of code), read in place:
 * it ends at its quote or at a line end before it. The scan finds nothing there, so it is not
 * visited, and no search for the next line end is made (code has a string on most lines, each
 * needing a fresh search). -1 at a capital or a backslash: `pushQuoted` reads it as before.
 */
function plainStringEnd(text: string, start: number, close: number): number {
  for (let i = start + 1; i < close; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) return i;
    if (code === BACKSLASH || mayBeCapitalCode(code)) return -1;
  }
  return close + 1;
}

/** `pushQuoted` of a string that holds a backslash, read character by character. */
function walkQuoted(text: string, start: number, quote: string, visit: CodeRangeVisitor): number {
  const close = quote.charCodeAt(0);
  const stopsAtNewline = quote !== '`';
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) {
      i += 2;
      continue;
    }
    if (code === close) {
      visit(start, i + 1, 'string');
      return i + 1;
    }
    if (code === NEWLINE && stopsAtNewline) break;
    i++;
  }
  const end = Math.min(i, text.length);
  visit(start, end, 'string');
  return end;
}
