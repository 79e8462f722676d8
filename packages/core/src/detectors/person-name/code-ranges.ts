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

/** The characters that may open a comment or a string: code between them is skipped natively. */
const OPENER = /[/#<"'`]/g;

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
 */
export function forEachCodeRange(text: string, visit: CodeRangeVisitor): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    OPENER.lastIndex = i;
    if (!OPENER.test(text)) break;
    i = OPENER.lastIndex - 1;
    const ch = text[i];
    if (ch === '/' && text[i + 1] === '/') {
      i = pushUntilLineEnd(text, i, 'comment', visit);
    } else if (ch === '#' && startsHashComment(text, i)) {
      i = pushUntilLineEnd(text, i, 'comment', visit);
    } else if (ch === '/' && text[i + 1] === '*') {
      i = pushUntil(text, i, i + 2, '*/', 'comment', visit);
    } else if (ch === '<' && text.startsWith('<!--', i)) {
      i = pushUntil(text, i, i + 4, '-->', 'comment', visit);
    } else if ((ch === '"' || ch === "'") && text[i + 1] === ch && text[i + 2] === ch) {
      i = pushUntil(text, i, i + 3, ch.repeat(3), 'string', visit);
    } else if (ch === '"' || ch === "'" || ch === '`') {
      i = pushQuoted(text, i, ch, visit);
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
  text: string,
  start: number,
  kind: CodeRange['kind'],
  visit: CodeRangeVisitor,
): number {
  const newline = text.indexOf('\n', start);
  const end = newline < 0 ? text.length : newline;
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

/** A quoted string; `"` and `'` stop at the line end when unterminated, backticks do not. */
function pushQuoted(text: string, start: number, quote: string, visit: CodeRangeVisitor): number {
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
