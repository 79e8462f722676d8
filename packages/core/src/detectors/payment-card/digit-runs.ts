import { isAlnum, isDigit, isWordChar } from '../../text/chars.js';

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
const NEXT_DIGIT = /[0-9]/g;

/**
 * Every digit run of `text` whose first digit lies in [from, to) and that could hold a card:
 * at least `minDigits` digits and not glued on its left. Others are skipped without allocation.
 * Linear in the text length.
 */
export function findDigitRuns(
  text: string,
  from: number,
  to: number,
  minDigits: number,
): DigitRun[] {
  const runs: DigitRun[] = [];
  let i = from;
  while (i < to) {
    // Jump to the next digit at native speed: most of any text has none.
    NEXT_DIGIT.lastIndex = i;
    if (!NEXT_DIGIT.test(text)) break;
    i = NEXT_DIGIT.lastIndex - 1;
    if (i >= to) break;
    if (i > 0 && isDigit(text.charCodeAt(i - 1))) {
      i = skipDigits(text, i);
      continue;
    }
    const start = i;
    let digits = 0;
    let end = start;
    for (;;) {
      const groupEnd = skipDigits(text, end);
      digits += groupEnd - end;
      end = groupEnd;
      if (!isSeparatorAt(text, end)) break;
      end++;
    }
    i = end;
    if (digits < minDigits || isGluedBefore(text, start)) continue;
    runs.push(splitRun(text, start, end));
  }
  return runs;
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
