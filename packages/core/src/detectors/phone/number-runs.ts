import { isAsciiLetter, isDigit, isWordChar } from '../../text/chars.js';
import { markBlockedGroups } from './not-a-phone.js';

/**
 * The cheap first pass of the phone detector: runs of digit groups joined by the separators
 * people write in phone numbers (space, `.`, `-`, `/`, parentheses, a leading `+`). One linear
 * walk over the text (a one-character class finds the next anchor, nothing can backtrack), so
 * hostile input (1 MB of digits and separators) stays linear.
 */

export interface DigitGroup {
  /** Offset of the first digit. */
  start: number;
  /** Offset after the last digit. */
  end: number;
  digits: string;
  /** Text between the previous group's last digit and this group's first digit. */
  separatorBefore: string;
}

export interface NumberRun {
  /** Offset of the run: the leading `+` or `(` when present, else the first digit. */
  start: number;
  end: number;
  plus: boolean;
  /** `(+33) 6 …`: a `(` stands right before the `+`. */
  parenBeforePlus: boolean;
  groups: DigitGroup[];
  /** Groups that belong to a date or an IP address: no phone is read across them. */
  blocked: ReadonlySet<number>;
}

/** Space, no-break space, narrow no-break space (French typography), thin space. */
function isSpaceCode(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/** `.`, `-`, `/`. */
function isJoinerCode(code: number): boolean {
  return code === 46 || code === 45 || code === 47;
}

/** Separators may combine (`) `, ` (`, ` - `) but never grow longer: a phone is compact. */
const MAX_SEPARATOR_LENGTH = 3;

function isStart(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (isDigit(code)) return true;
  if (code === 43 /* + */ || code === 40 /* ( */) return isDigit(text.charCodeAt(i + 1));
  return false;
}

/**
 * The groups of the run being read that belong to a date or an IP address (1), reused: a log
 * holds a date on every line, and a set made for each would keep the collector busy.
 */
let blockedMarks = new Uint8Array(16);
const NOTHING_BLOCKED: ReadonlySet<number> = new Set();

function blockedSet(): ReadonlySet<number> {
  const blocked = new Set<number>();
  for (let k = 0; k < groupCount; k++) if (blockedMarks[k] === 1) blocked.add(k);
  return blocked;
}

/**
 * Group offsets of the run being read, reused from run to run: most runs (`200`, `10:50:53`,
 * `2024-03-24`) hold too few digits to be a phone and are dropped before any object is made.
 */
const groupStarts: number[] = [];
const groupEnds: number[] = [];
let groupCount = 0;
let digitCount = 0;

/**
 * Read one run starting at `start` (a digit, or `+`/`(` before a digit) into the group
 * offsets above; returns the offset after its last digit.
 */
function scanRun(text: string, start: number): number {
  let i = start;
  const plus = text.charCodeAt(i) === 43; /* + */
  const paren = !plus && text.charCodeAt(i) === 40; /* ( */
  if (plus || paren) i++;
  // `(+33) 6 12 …`: the country code alone in parentheses.
  let openParen = paren || (plus && text.charCodeAt(start - 1) === 40);
  groupCount = 0;
  digitCount = 0;
  for (;;) {
    const groupStart = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    groupStarts[groupCount] = groupStart;
    groupEnds[groupCount] = i;
    groupCount++;
    digitCount += i - groupStart;
    // Look ahead over one separator; keep it only if a digit follows.
    let j = i;
    let hasJoiner = false;
    let lastWasSpace = false;
    while (j < text.length && j - i < MAX_SEPARATOR_LENGTH) {
      const code = text.charCodeAt(j);
      const space = isSpaceCode(code);
      if (space) {
        if (lastWasSpace) break;
      } else if (isJoinerCode(code)) {
        if (hasJoiner) break;
        hasJoiner = true;
      } else if (code === 40 /* ( */) {
        if (openParen) break;
        openParen = true;
      } else if (code === 41 /* ) */) {
        if (!openParen) break;
        openParen = false;
      } else break;
      lastWasSpace = space;
      j++;
    }
    if (j === i || j >= text.length || !isDigit(text.charCodeAt(j))) break;
    i = j;
  }
  return i;
}

/** The run just scanned, as objects: its groups and the separators between them. */
function buildRun(text: string, start: number, blocked: ReadonlySet<number>): NumberRun {
  const plus = text.charCodeAt(start) === 43; /* + */
  const groups: DigitGroup[] = new Array<DigitGroup>(groupCount);
  for (let k = 0; k < groupCount; k++) {
    const groupStart = groupStarts[k] as number;
    const groupEnd = groupEnds[k] as number;
    groups[k] = {
      start: groupStart,
      end: groupEnd,
      digits: text.slice(groupStart, groupEnd),
      separatorBefore:
        k > 0 ? text.slice(groupEnds[k - 1], groupStart) : groupStart > start && !plus ? '(' : '',
    };
  }
  const parenBeforePlus = plus && text.charCodeAt(start - 1) === 40; /* ( */
  const end = groupEnds[groupCount - 1] as number;
  return { start, end, plus, parenBeforePlus, groups, blocked };
}

/** Most digits in consecutive groups of the run just scanned that are not blocked. */
function longestFreeStretch(): number {
  let longest = 0;
  let stretch = 0;
  for (let k = 0; k < groupCount; k++) {
    if (blockedMarks[k] === 1) stretch = 0;
    else {
      stretch += (groupEnds[k] as number) - (groupStarts[k] as number);
      if (stretch > longest) longest = stretch;
    }
  }
  return longest;
}

/** `isWordChar` of the character before `i`, without making a string for ASCII. */
function isWordCharBefore(text: string, i: number): boolean {
  const code = text.charCodeAt(i - 1);
  if (code < 0x80) return isAsciiLetter(code) || isDigit(code) || code === 95; /* _ */
  return isWordChar(text[i - 1]);
}

/** A single-character class: the engine jumps between anchors natively, no backtracking. */
const ANCHOR = /[0-9+(]/g;
/**
 * Anchors often stand close together (a log line holds a dozen numbers): the next few
 * characters are read in place, since a regex call costs more than reading them.
 */
const NEAR = 24;

/** The offset of the first digit, `+` or `(` at or after `from`, or -1. */
function nextAnchor(text: string, from: number): number {
  const near = Math.min(text.length, from + NEAR);
  for (let i = from; i < near; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code) || code === 43 /* + */ || code === 40 /* ( */) return i;
  }
  if (near === text.length) return -1;
  ANCHOR.lastIndex = near;
  // `test` finds the anchor without allocating a match; it ends one character after it.
  return ANCHOR.test(text) ? ANCHOR.lastIndex - 1 : -1;
}

/**
 * Every run in `text` holding at least `minDigits` digits outside dates and IP addresses, left
 * to right, each starting on a non-word boundary. Other runs are skipped whole, as if they had
 * been read.
 */
export function findNumberRuns(text: string, minDigits = 0): NumberRun[] {
  const runs: NumberRun[] = [];
  let i = 0;
  while (i < text.length) {
    i = nextAnchor(text, i);
    if (i < 0) break;
    if (!isStart(text, i)) {
      i++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (isDigit(code) && i > 0 && isWordCharBefore(text, i)) {
      // Glued to a word or a longer number: skip the rest of that token.
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      continue;
    }
    const end = scanRun(text, i);
    if (digitCount >= minDigits) {
      if (blockedMarks.length < groupCount) blockedMarks = new Uint8Array(2 * groupCount);
      const marked = markBlockedGroups(text, groupStarts, groupEnds, groupCount, blockedMarks);
      // `2024-03-24 10:50`: the digits outside the date are too few; no object is made.
      if (marked === 0) runs.push(buildRun(text, i, NOTHING_BLOCKED));
      else if (longestFreeStretch() >= minDigits) runs.push(buildRun(text, i, blockedSet()));
    }
    i = end;
  }
  return runs;
}
