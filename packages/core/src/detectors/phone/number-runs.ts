import { isAsciiLetter, isDigit, isWordChar } from '../../text/chars.js';
import { markBlockedGroups } from './not-a-phone.js';

/**
 * The cheap first pass of the phone detector: runs of digit groups joined by the separators
 * people write in phone numbers (space, `.`, `-`, `/`, parentheses, a leading `+`). One linear
 * walk over the text (probes find the stretches of run characters, nothing can backtrack), so
 * hostile input (1 MB of digits and separators) stays linear.
 */

/** Space, no-break space, narrow no-break space (French typography), thin space. */
export function isSpaceCode(code: number): boolean {
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
    groups[k] = new DigitGroup(
      groupStart,
      groupEnd,
      text.slice(groupStart, groupEnd),
      k > 0 ? text.slice(groupEnds[k - 1], groupStart) : groupStart > start && !plus ? '(' : '',
    );
  }
  const parenBeforePlus = plus && text.charCodeAt(start - 1) === 40; /* ( */
  const end = groupEnds[groupCount - 1] as number;
  return new NumberRun(start, end, plus, parenBeforePlus, groups, blocked);
}

/*
 * Runs and their groups are made by `new`, not as literals: a segment's runs are all found
 * before any is read, so they outlive a young-generation collection, and V8 then pretenured the
 * literals' allocation sites (every later run straight into the old generation).
 */
export class DigitGroup {
  /** Offset of the first digit. */
  start: number;
  /** Offset after the last digit. */
  end: number;
  digits: string;
  /** Text between the previous group's last digit and this group's first digit. */
  separatorBefore: string;

  constructor(start: number, end: number, digits: string, separatorBefore: string) {
    this.start = start;
    this.end = end;
    this.digits = digits;
    this.separatorBefore = separatorBefore;
  }
}

export class NumberRun {
  /** Offset of the run: the leading `+` or `(` when present, else the first digit. */
  start: number;
  end: number;
  plus: boolean;
  /** `(+33) 6 …`: a `(` stands right before the `+`. */
  parenBeforePlus: boolean;
  groups: DigitGroup[];
  /** Groups that belong to a date or an IP address: no phone is read across them. */
  blocked: ReadonlySet<number>;

  constructor(
    start: number,
    end: number,
    plus: boolean,
    parenBeforePlus: boolean,
    groups: DigitGroup[],
    blocked: ReadonlySet<number>,
  ) {
    this.start = start;
    this.end = end;
    this.plus = plus;
    this.parenBeforePlus = parenBeforePlus;
    this.groups = groups;
    this.blocked = blocked;
  }
}

/** `markBlockedGroups` of the run just scanned, into `blockedMarks`. */
function markBlocked(text: string): number {
  if (blockedMarks.length < groupCount) blockedMarks = new Uint8Array(2 * groupCount);
  return markBlockedGroups(text, groupStarts, groupEnds, groupCount, blockedMarks);
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

/**
 * The characters a run may hold, by char code: digits, the separators `scanRun` accepts, `+`.
 * One entry per UTF-16 code unit, so a lookup needs no range check (~10 % of the scan of a log,
 * which reads most of its characters here); a missing offset's NaN reads as undefined.
 */
const RUN_CHAR = new Uint8Array(0x10000);
for (const ch of '0123456789+() .-/\u00a0\u202f\u2009') RUN_CHAR[ch.charCodeAt(0)] = 1;

function isRunChar(code: number): boolean {
  return RUN_CHAR[code] === 1;
}

/** The stretch `probeStretch` found, or where the search resumes when it found none. */
let stretchStart = 0;
let stretchEnd = 0;

/**
 * Probe [from, limit) for a stretch of at least `minLength` run characters, as `nextRun` does
 * (every `minLength`-th character; only around a run character is more read). True with the
 * stretch in `stretchStart`/`stretchEnd`; false with `stretchEnd` where the search resumes: no
 * such stretch starts in [from, stretchEnd), and none straddles stretchEnd.
 */
function probeStretch(text: string, from: number, limit: number, minLength: number): boolean {
  const length = text.length;
  let p = from;
  while (p < limit) {
    const probe = p + minLength - 1;
    if (probe >= length) {
      p = length;
      break;
    }
    if (!isRunChar(text.charCodeAt(probe))) {
      p = probe + 1;
      continue;
    }
    let start = probe;
    while (start > p && isRunChar(text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < length && isRunChar(text.charCodeAt(end))) end++;
    if (end - start >= minLength) {
      stretchStart = start;
      stretchEnd = end;
      return true;
    }
    p = end;
  }
  stretchEnd = p;
  return false;
}

/**
 * Where each digit next occurs in the text being scanned, at or after the last offset asked
 * about (-1: nowhere; UNKNOWN: not looked for yet). `indexOf` of one character runs several
 * times faster than a regex over text with few digits (prose, most code), and each digit is
 * looked for again only once the scan has passed its last occurrence.
 */
const UNKNOWN = -2;
const nextOfDigit = new Int32Array(10);
const DIGIT_CHARS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Digits were far apart at the last jump: the next is looked for by `indexOf`. Where they are
 * near (code: `handler12`, `'1.5.5'`, an id), the digits passed would each be looked for again,
 * and a regex, which finds the first of all ten at once, costs less.
 */
let sparseDigits = true;
const SPARSE_GAP = 256;

/** Whether `nextOfDigit` belongs to the scan under way: a table cell's scan seldom asks. */
let digitsKnown = false;

function forgetDigits(): void {
  digitsKnown = false;
  sparseDigits = true;
}

/** The offset of the first digit at or after `from`, or -1 (`from` never decreases in a scan). */
function nextDigit(text: string, from: number): number {
  // A short text (a cell) is probed to its end before any jump is asked for.
  if (from >= text.length) return -1;
  const at = sparseDigits ? nextDigitByIndex(text, from) : nextDigitByRegex(text, from);
  sparseDigits = at < 0 || at - from >= SPARSE_GAP;
  return at;
}

function nextDigitByIndex(text: string, from: number): number {
  if (!digitsKnown) {
    nextOfDigit.fill(UNKNOWN);
    digitsKnown = true;
  }
  let first = -1;
  for (let d = 0; d < 10; d++) {
    let at = nextOfDigit[d] as number;
    if (at === UNKNOWN || (at >= 0 && at < from)) {
      at = text.indexOf(DIGIT_CHARS[d] as string, from);
      nextOfDigit[d] = at;
    }
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** A single-character class: the engine jumps between digits natively, no backtracking. */
const DIGIT = /[0-9]/g;

function nextDigitByRegex(text: string, from: number): number {
  DIGIT.lastIndex = from;
  // `test` finds the digit without allocating a match; it ends one character after it.
  return DIGIT.test(text) ? DIGIT.lastIndex - 1 : -1;
}

/**
 * How far stretches are probed for before a regex looks for the next digit: logs and code hold
 * digits every few characters, prose a few per page.
 */
const PROBE_SPAN = 128;

/**
 * Every run in `text` holding at least `minDigits` digits outside dates and IP addresses, left
 * to right, each starting on a non-word boundary. Other runs are skipped whole, as if they had
 * been read.
 *
 * Such a run lies in a stretch of at least `minDigits` run characters, which starts at most one
 * character (`+`, `(`) before a digit: only those stretches are read. Probes find them (logs and
 * code are full of short numbers, `10:24:58`, `status=200`, `'1.5.5'`, that lie in none and cost
 * nothing); where probes find none for a while, the scan jumps to the next digit (prose is
 * skipped fastest so).
 * A run never crosses a stretch's ends (the characters there cannot be in a run), so reading
 * each stretch from its start finds what reading the whole text from its start finds.
 */
export function findNumberRuns(
  text: string,
  minDigits = 0,
  keepBare: BareRunFilter = keepEveryRun,
): NumberRun[] {
  const runs: NumberRun[] = [];
  const minLength = Math.max(1, minDigits);
  forgetDigits();
  let p = 0;
  while (p < text.length) {
    if (probeStretch(text, p, p + PROBE_SPAN, minLength)) {
      // A log line's timestamp yields no run: its one date is skipped unread.
      const bareDate = minDigits > 4 && isIsoDate(text, stretchStart, stretchEnd);
      if (!bareDate) collectRuns(text, stretchStart, stretchEnd, minDigits, keepBare, runs);
      p = stretchEnd;
      continue;
    }
    const digit = nextDigit(text, stretchEnd);
    if (digit < 0) break;
    // A run starts on its first digit, or on the `+` or `(` right before it.
    p = Math.max(stretchEnd, digit - 1);
  }
  return runs;
}

/**
 * Whether [start, end) is exactly a valid `yyyy-mm-dd` (or with `/` or `.`): the whole stretch of
 * `2024-03-24T10:50:53`. `markBlockedGroups` blocks all three groups of such a date, and with a
 * word character before it only the last two are read: either way no run of more than four
 * digits is left in it.
 */
function isIsoDate(text: string, start: number, end: number): boolean {
  if (end - start !== 10) return false;
  const joiner = text.charCodeAt(start + 4);
  if (!isJoinerCode(joiner) || text.charCodeAt(start + 7) !== joiner) return false;
  if (!digitsAt(text, start, 4)) return false;
  const month = twoDigitValue(text, start + 5);
  const day = twoDigitValue(text, start + 8);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function digitsAt(text: string, from: number, count: number): boolean {
  for (let i = from; i < from + count; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** The value of the two digits at `at`, or -1 when they are not both digits. */
function twoDigitValue(text: string, at: number): number {
  const tens = text.charCodeAt(at);
  const units = text.charCodeAt(at + 1);
  return isDigit(tens) && isDigit(units) ? (tens - 48) * 10 + units - 48 : -1;
}

/**
 * Whether a bare run, one group of digits at [start, end) without `+` or `(`, is worth making
 * objects for: the caller may drop those that can hold no phone (a log's `id=798736956` on
 * every line) before any is made.
 */
export type BareRunFilter = (start: number, end: number) => boolean;

function keepEveryRun(): boolean {
  return true;
}

/** The runs of `findNumberRuns` in the stretch [from, end), appended to `runs`. */
function collectRuns(
  text: string,
  from: number,
  end: number,
  minDigits: number,
  keepBare: BareRunFilter,
  runs: NumberRun[],
): void {
  let i = from;
  while (i < end) {
    if (!isStart(text, i)) {
      i++;
      continue;
    }
    if (isDigit(text.charCodeAt(i)) && i > 0 && isWordCharBefore(text, i)) {
      // Glued to a word or a longer number: skip the rest of that token.
      while (i < end && isDigit(text.charCodeAt(i))) i++;
      continue;
    }
    const runEnd = scanRun(text, i);
    const bare = groupCount === 1 && groupStarts[0] === i;
    if (digitCount >= minDigits && !(bare && !keepBare(i, runEnd))) {
      // Dates need three groups and IP addresses four: `'633091-1283'` is not looked at.
      const marked = groupCount < 3 ? 0 : markBlocked(text);
      // `2024-03-24 10:50`: the digits outside the date are too few; no object is made.
      if (marked === 0) runs.push(buildRun(text, i, NOTHING_BLOCKED));
      else if (longestFreeStretch() >= minDigits) runs.push(buildRun(text, i, blockedSet()));
    }
    i = runEnd;
  }
}
