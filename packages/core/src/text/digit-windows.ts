import type { Segment } from '../types.js';

/**
 * Digit windows: the stretches of a segment that lie within `DIGIT_REACH` characters of an ASCII
 * digit. Prose holds few digits (a few hundred runs per MB), yet every digit-anchored detector
 * searched all of it; a detector whose values hold a digit and read no further than the reach
 * from it finds exactly the same values by searching these windows only.
 */

/** How far from a digit a windowed detector may read (the start of its match, a look-around). */
export const DIGIT_REACH = 256;
/** Texts shorter than this are searched whole: a few windows would already cover them. */
const MIN_TEXT_LENGTH = 8 * DIGIT_REACH;
/** Windows covering more than this share of a text (logs, code) are not worth their slices. */
const MAX_SHARE = 0.5;
/** Digits a window reads one by one before it leaps (prose's numbers are short). */
const DIGITS_BEFORE_LEAPS = 16;

/** The last segment asked about and its windows: detectors ask in turn about the same segment. */
let memoSegment: Segment | undefined;
let memoWindows: readonly number[] | undefined;

/**
 * The sorted, disjoint windows [start, end) of `segment.text`, flat (`[start0, end0, start1, …]`),
 * that hold every digit with `DIGIT_REACH` characters on each side; `undefined` when the text is
 * short or the windows would cover more than half of it (then search the whole text). Computed
 * once per segment object (never keyed by text: equal strings compare by content).
 */
export function digitWindows(segment: Segment): readonly number[] | undefined {
  // A cell or a line: no memo to look at or replace.
  if (segment.text.length < MIN_TEXT_LENGTH) return undefined;
  if (segment !== memoSegment) {
    memoWindows = findDigitWindows(segment.text, DIGIT_REACH);
    memoSegment = segment;
  }
  return memoWindows;
}

/** `digitWindows` of a text, without the memo. Exported for tests. */
export function findDigitWindows(text: string, reach: number): readonly number[] | undefined {
  const length = text.length;
  if (length < MIN_TEXT_LENGTH) return undefined;
  const budget = length * MAX_SHARE;
  const digits = new DigitFinder(text);
  const windows: number[] = [];
  let covered = 0;
  let digit = digits.next(0);
  while (digit >= 0) {
    const start = Math.max(0, digit - reach);
    let last = digit;
    // The window grows while the next digit's window touches it. Past a few digits (a table, a
    // log line) the search leaps `reach` ahead: the digits it passes over may end the window at
    // most `reach` later, so it is taken to end there (a little wider, never narrower).
    for (let steps = 0; ; steps++) {
      const leap = steps >= DIGITS_BEFORE_LEAPS;
      digit = digits.next(leap ? last + reach : last + 1);
      if (leap) last += reach - 1;
      if (digit < 0 || digit - reach > last + reach) break;
      last = digit;
      if (tooDense(covered + last - start, last, length)) return undefined;
    }
    const end = Math.min(length, last + 1 + reach);
    windows.push(start, end);
    covered += end - start;
    if (covered > budget || tooDense(covered, end, length)) return undefined;
  }
  return windows;
}

/**
 * The digits of a text in order, found by one native `indexOf` per digit character, each
 * resumed only once passed: ten passes at ~0.014 ns per character each, where a `/[0-9]/g`
 * search cost 0.7 ns per character of prose (timed over benchmark English prose).
 */
class DigitFinder {
  /** Where each digit character next occurs (-1: nowhere; -2: not looked for yet). */
  private readonly at = [-2, -2, -2, -2, -2, -2, -2, -2, -2, -2];

  constructor(private readonly text: string) {}

  /** The first digit at or after `position`, or -1. */
  next(position: number): number {
    let first = -1;
    for (let d = 0; d < 10; d++) {
      let at = this.at[d]!;
      if (at === -2 || (at >= 0 && at < position)) {
        at = this.text.indexOf(DIGIT_CHARS[d]!, position);
        this.at[d] = at;
      }
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }
}

const DIGIT_CHARS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Whether windows covering `covered` of the first `read` characters are too dense to be worth
 * it: code and logs give up early (past 16 K characters at most), not at the text's end.
 */
function tooDense(covered: number, read: number, length: number): boolean {
  return read > Math.min(length / 32, DENSE_READ) && covered > read * MAX_SHARE;
}

/** How much text a window reads at most before judging whether digits are too dense. */
const DENSE_READ = 64 * DIGIT_REACH;
