import { isAlnum, isDigit, isWordChar } from '../../text/chars.js';
import { nextRun, type Run } from '../../text/runs.js';

/**
 * A maximal run of digit groups joined by single spaces or dashes (`4970 1012 3456 7890`). A run
 * touching a letter, digit or identifier punctuation on its left (`FR76 …`, `ID-…`) is never
 * returned: an IBAN's digit groups must not be read as a card.
 */
export interface DigitRun {
  /** Offsets of each group of digits, end exclusive. */
  starts: number[];
  ends: number[];
  /** separators[i] stands between groups[i] and groups[i + 1]. */
  separators: string[];
}

const GROUP_SEPARATORS = new Set([' ', '-', '\u00a0']);
/**
 * Punctuation that glues a number to a word or number before it: decimals, versions, paths, ids.
 * Not the comma, which in data separates fields (`Doe,4970…,2027`) far more than decimals.
 */
const GLUE_BEFORE = new Set(['.', '-', '/', '@']);
/** Signs that make the digits something else whatever precedes them: phones, amounts. */
const SIGNS = new Set(['+', '$', '€', '£']);
const GLUE_AFTER = new Set(['.', '-', '/', '@']);
/** Digits and the separators a run may hold, by char code (up to the no-break space). */
const RUN_CHAR = new Uint8Array(0xa1);
for (const ch of '0123456789 -\u00a0') RUN_CHAR[ch.charCodeAt(0)] = 1;
/** Returned, shared and frozen, for the many texts without a run. */
const NO_RUNS: readonly DigitRun[] = Object.freeze([]);
/** The stretch `nextRun` last found: reused, as detection is synchronous. */
const stretch: Run = { start: 0, end: 0 };

/**
 * Every digit run of `text` whose first digit lies in [from, to) and that could hold a card:
 * at least `minDigits` digits and not glued on its left. Others are skipped without allocation.
 * Such a run lies in a stretch of at least `minDigits` digits and separators: only those
 * stretches are read, found by probing (prose and most logs have none), where a search for
 * every digit cost a regex call per number. Linear in the text length.
 */
export function findDigitRuns(
  text: string,
  from: number,
  to: number,
  minDigits: number,
): readonly DigitRun[] {
  // Most texts hold no stretch at all: they get no array of their own.
  if (from >= to || !nextRun(text, from, minDigits, RUN_CHAR, stretch, to)) return NO_RUNS;
  const runs: DigitRun[] = [];
  do {
    collectRuns(text, stretch.start, stretch.end, to, minDigits, runs);
  } while (stretch.end < to && nextRun(text, stretch.end, minDigits, RUN_CHAR, stretch, to));
  return runs;
}

/** The runs of `findDigitRuns` that start in [from, to) inside a stretch ending at `end`. */
function collectRuns(
  text: string,
  from: number,
  end: number,
  to: number,
  minDigits: number,
  runs: DigitRun[],
): void {
  let i = from;
  while (i < to) {
    while (i < end && !isDigit(text.charCodeAt(i))) i++;
    if (i >= end || i >= to) break;
    if (i > 0 && isDigit(text.charCodeAt(i - 1))) {
      i = skipDigits(text, i);
      continue;
    }
    const start = i;
    let digits = 0;
    let runEnd = start;
    for (;;) {
      const groupEnd = skipDigits(text, runEnd);
      digits += groupEnd - runEnd;
      runEnd = groupEnd;
      if (!isSeparatorAt(text, runEnd)) break;
      runEnd++;
    }
    i = runEnd;
    if (digits < minDigits || isGluedBefore(text, start)) continue;
    runs.push(splitRun(text, start, runEnd));
  }
}

function splitRun(text: string, start: number, end: number): DigitRun {
  const starts: number[] = [];
  const ends: number[] = [];
  const separators: string[] = [];
  let groupStart = start;
  for (;;) {
    const groupEnd = skipDigits(text, groupStart);
    starts.push(groupStart);
    ends.push(groupEnd);
    if (groupEnd >= end) break;
    separators.push(text[groupEnd]!);
    groupStart = groupEnd + 1;
  }
  return { starts, ends, separators };
}

function isSeparatorAt(text: string, index: number): boolean {
  const separator = text[index];
  return (
    separator !== undefined &&
    GROUP_SEPARATORS.has(separator) &&
    isDigit(text.charCodeAt(index + 1))
  );
}

function skipDigits(text: string, index: number): number {
  let i = index;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

function isGluedBefore(text: string, start: number): boolean {
  const previous = text[start - 1];
  if (previous === undefined) return false;
  if (isWordChar(previous) || SIGNS.has(previous)) return true;
  return GLUE_BEFORE.has(previous) && isAlnum(text[start - 2]);
}

/** Whether the character at `end` (just after a number) glues it to what follows. */
export function isGluedAfter(text: string, end: number): boolean {
  const next = text[end];
  if (next === undefined) return false;
  if (isWordChar(next)) return true;
  return GLUE_AFTER.has(next) && isAlnum(text[end + 1]);
}
