import type { Segment } from '../../types.js';

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
 * Maps offsets inside one segment's text to file positions, with a cursor that walks forward
 * from newline to newline: findings come in text order, so a segment's newlines are searched
 * once, only as far as its last finding, and no list of them is built. The text reader then
 * moves the same cursor to the next segment's start (see `lineMapOf`), so the core is not
 * searched for newlines a second time. A backward move recounts only the newlines it crosses.
 */
export class LineMap {
  /** Offset the cursor is at. */
  private cursor = 0;
  /** Newlines in text[0, cursor). */
  private newlines = 0;
  /** Start of the cursor's line (0 on the first line, which starts at `origin`). */
  private lineStart = 0;
  /** The first newline at or after the cursor, or -1. */
  private next: number;

  constructor(
    private readonly text: string,
    private readonly origin: TextPosition,
  ) {
    this.next = text.indexOf('\n');
  }

  positionAt(offset: number): TextPosition {
    const position: TextPosition = { line: 0, column: 0 };
    this.placeAt(offset, position);
    return position;
  }

  /**
   * `positionAt`, written into `place` (a finding's location) rather than a new object: a
   * segment of source code has thousands of candidates, each placed once.
   */
  placeAt(offset: number, place: { line?: number; column?: number }): void {
    if (offset >= this.cursor) this.forwardTo(offset);
    else this.backTo(offset);
    if (this.newlines === 0) {
      place.line = this.origin.line;
      place.column = this.origin.column + codePoints(this.text, 0, offset);
    } else {
      place.line = this.origin.line + this.newlines;
      place.column = 1 + codePoints(this.text, this.lineStart, offset);
    }
  }

  private forwardTo(offset: number): void {
    // Locals in the loop: a segment of short log lines has tens of thousands of newlines.
    const text = this.text;
    let next = this.next;
    let newlines = this.newlines;
    let lineStart = this.lineStart;
    while (next >= 0 && next < offset) {
      newlines++;
      lineStart = next + 1;
      next = text.indexOf('\n', lineStart);
    }
    this.newlines = newlines;
    this.lineStart = lineStart;
    this.next = next;
    this.cursor = offset;
  }

  private backTo(offset: number): void {
    const text = this.text;
    const next = text.indexOf('\n', offset);
    for (let i = next; i >= 0 && i < this.cursor; i = text.indexOf('\n', i + 1)) this.newlines--;
    this.next = next;
    this.cursor = offset;
    this.lineStart = this.newlines === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  }
}

/**
 * The map of the segment a reader yielded last. One slot, not a WeakMap (whose entries cost
 * the garbage collector): the scanner takes a segment's findings as soon as it is yielded, and
 * a segment that finds the slot taken by another gets a map of its own, the same positions.
 */
let shared: { segment: Segment; map: LineMap } | undefined;

/** Record the map of a segment the reader will keep using (see `LineMap`). */
export function shareLineMap(segment: Segment, map: LineMap): void {
  shared = { segment, map };
}

/** Release the slot when it still holds `map` (a reader's last segment is done with). */
export function forgetLineMap(map: LineMap): void {
  if (shared?.map === map) shared = undefined;
}

/** The line map of a segment with a line position: the reader's own, or a new one. */
export function lineMapOf(segment: Segment): LineMap | undefined {
  const { line, column } = segment.location;
  if (line === undefined) return undefined;
  if (shared?.segment === segment) return shared.map;
  return new LineMap(segment.text, { line, column: column ?? 1 });
}
