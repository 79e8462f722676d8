/** 1-based line and column (columns count Unicode code points, as editors show them). */
export interface TextPosition {
  line: number;
  column: number;
}

/** The position just after `text`, when `text` starts at `from`. */
export function advance(from: TextPosition, text: string): TextPosition {
  const lastNewline = text.lastIndexOf('\n');
  if (lastNewline < 0)
    return { line: from.line, column: from.column + codePoints(text, 0, text.length) };
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return { line: from.line + lines, column: 1 + codePoints(text, lastNewline + 1, text.length) };
}

/** Any surrogate code unit: most texts have none, and then every unit is a code point. */
const SURROGATE = /[\ud800-\udfff]/;
/** Shorter ranges are counted directly. */
const NATIVE_SEARCH_FROM = 64;

/** Number of code points in text[from, to). */
export function codePoints(text: string, from: number, to: number): number {
  if (to - from >= NATIVE_SEARCH_FROM && !SURROGATE.test(text.slice(from, to))) return to - from;
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count the high one only.
    if (code >= 0xdc00 && code <= 0xdfff && i > from) {
      const prev = text.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) continue;
    }
    count++;
  }
  return count;
}

/**
 * Maps offsets inside one segment's text to file positions. Built lazily, once per segment
 * that has findings: a sorted list of newline offsets, searched by bisection.
 */
export class LineMap {
  private newlines: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly origin: TextPosition,
  ) {}

  positionAt(offset: number): TextPosition {
    const newlines = (this.newlines ??= collectNewlines(this.text));
    // Count newlines strictly before offset.
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((newlines[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) {
      return {
        line: this.origin.line,
        column: this.origin.column + codePoints(this.text, 0, offset),
      };
    }
    const lineStart = (newlines[lo - 1] as number) + 1;
    return { line: this.origin.line + lo, column: 1 + codePoints(this.text, lineStart, offset) };
  }
}

function collectNewlines(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}
