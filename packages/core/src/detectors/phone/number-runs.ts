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

/**
 * The runs of the last scan, as numbers: per run its start, the index of its first group in
 * `recordedGroups` (start and end offsets in turn), its group count and the index of its
 * blocked groups in `recordedBlocked` (-1: none). Code holds thousands of `'633091-1283'`,
 * most read as no phone: they are read one by one in reused objects (`recordedRun`), and a
 * tight scan makes no object for any.
 */
const RUN_FIELDS = 4;
let recordedRuns: Int32Array = new Int32Array(64 * RUN_FIELDS);
let recordedGroups: Int32Array = new Int32Array(256);
let runCount = 0;
let recordedGroupCount = 0;
const recordedBlocked: ReadonlySet<number>[] = [];

/** The run just scanned, which starts at `start`, appended to the records. */
function recordRun(start: number, blocked: ReadonlySet<number>): void {
  if ((runCount + 1) * RUN_FIELDS > recordedRuns.length) recordedRuns = grown(recordedRuns);
  while (2 * (recordedGroupCount + groupCount) > recordedGroups.length) {
    recordedGroups = grown(recordedGroups);
  }
  const at = runCount * RUN_FIELDS;
  recordedRuns[at] = start;
  recordedRuns[at + 1] = recordedGroupCount;
  recordedRuns[at + 2] = groupCount;
  recordedRuns[at + 3] = blocked.size === 0 ? -1 : recordedBlocked.push(blocked) - 1;
  for (let k = 0; k < groupCount; k++) {
    recordedGroups[2 * recordedGroupCount] = groupStarts[k] as number;
    recordedGroups[2 * recordedGroupCount + 1] = groupEnds[k] as number;
    recordedGroupCount++;
  }
  runCount++;
}

function grown(array: Int32Array): Int32Array {
  const larger = new Int32Array(2 * array.length);
  larger.set(array);
  return larger;
}

/**
 * Run `index` of the last `recordNumberRuns` of `text`, in objects reused from call to call:
 * read it before asking for the next, and keep nothing of it but its strings.
 */
export function recordedRun(text: string, index: number): NumberRun {
  const at = index * RUN_FIELDS;
  const count = recordedRuns[at + 2] as number;
  while (groupPool.length < count) groupPool.push(new DigitGroup('', 0, 0, ''));
  let groups = groupArrays[count];
  if (groups === undefined) {
    groups = groupPool.slice(0, count);
    groupArrays[count] = groups;
  }
  const blocked = recordedRuns[at + 3] as number;
  return fillRun(scratchRun, text, at, groups, blocked < 0 ? NOTHING_BLOCKED : blocked);
}

/** Run record `at` of `text` into `run` and its `groups`. */
function fillRun(
  run: NumberRun,
  text: string,
  at: number,
  groups: DigitGroup[],
  blocked: ReadonlySet<number> | number,
): NumberRun {
  const start = recordedRuns[at] as number;
  const first = recordedRuns[at + 1] as number;
  const plus = text.charCodeAt(start) === 43; /* + */
  let previousEnd = -1;
  for (let k = 0; k < groups.length; k++) {
    const group = groups[k] as DigitGroup;
    const groupStart = recordedGroups[2 * (first + k)] as number;
    const groupEnd = recordedGroups[2 * (first + k) + 1] as number;
    group.text = text;
    group.start = groupStart;
    group.end = groupEnd;
    group.separatorBefore =
      k > 0 ? text.slice(previousEnd, groupStart) : groupStart > start && !plus ? '(' : '';
    previousEnd = groupEnd;
  }
  run.start = start;
  run.end = previousEnd;
  run.plus = plus;
  run.parenBeforePlus = plus && text.charCodeAt(start - 1) === 40; /* ( */
  run.groups = groups;
  run.blocked =
    typeof blocked === 'number' ? (recordedBlocked[blocked] as ReadonlySet<number>) : blocked;
  return run;
}

/*
 * Runs and their groups are classes, not literals: the detector reads every run in the same
 * few objects (`recordedRun`); only `findNumberRuns` makes new ones. Recorded as numbers, runs
 * no longer outlive a young-generation collection as objects (V8 had pretenured them: every
 * run straight into the old generation), and a group's digits are sliced only when asked for.
 */
export class DigitGroup {
  /** The text the group lies in. */
  text: string;
  /** Offset of the first digit. */
  start: number;
  /** Offset after the last digit. */
  end: number;
  /** Text between the previous group's last digit and this group's first digit. */
  separatorBefore: string;

  constructor(text: string, start: number, end: number, separatorBefore: string) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.separatorBefore = separatorBefore;
  }

  /** How many digits the group holds. */
  get length(): number {
    return this.end - this.start;
  }

  /**
   * The group's digits, sliced when asked for: most groups are judged on their offsets alone,
   * and a reused group holding a new string would cost a write barrier per run.
   */
  get digits(): string {
    return this.text.slice(this.start, this.end);
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

/** The objects `reuseRun` fills (declared after the classes they are made of). */
const groupPool: DigitGroup[] = [];
/** Arrays of the first n pooled groups, by n: `run.groups.length` is the run's group count. */
const groupArrays: DigitGroup[][] = [];
const scratchRun = new NumberRun(0, 0, false, false, [], NOTHING_BLOCKED);

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
  const count = recordNumberRuns(text, minDigits, keepBare);
  const runs: NumberRun[] = [];
  for (let index = 0; index < count; index++) {
    const at = index * RUN_FIELDS;
    const groups: DigitGroup[] = [];
    for (let k = 0; k < (recordedRuns[at + 2] as number); k++) {
      groups.push(new DigitGroup('', 0, 0, ''));
    }
    const blocked = recordedRuns[at + 3] as number;
    const run = new NumberRun(0, 0, false, false, groups, NOTHING_BLOCKED);
    runs.push(fillRun(run, text, at, groups, blocked < 0 ? NOTHING_BLOCKED : blocked));
  }
  return runs;
}

/**
 * `findNumberRuns` kept as numbers: returns how many runs, each read by `recordedRun` (until
 * the next call).
 */
export function recordNumberRuns(
  text: string,
  minDigits: number,
  keepBare: BareRunFilter = keepEveryRun,
): number {
  runCount = 0;
  recordedGroupCount = 0;
  recordedBlocked.length = 0;
  const minLength = Math.max(1, minDigits);
  forgetDigits();
  let p = 0;
  while (p < text.length) {
    if (probeStretch(text, p, p + PROBE_SPAN, minLength)) {
      // A log line's timestamp yields no run: its one date is skipped unread.
      const bareDate = minDigits > 4 && isIsoDate(text, stretchStart, stretchEnd);
      if (!bareDate) collectRuns(text, stretchStart, stretchEnd, minDigits, keepBare);
      p = stretchEnd;
      continue;
    }
    const digit = nextDigit(text, stretchEnd);
    if (digit < 0) break;
    // A run starts on its first digit, or on the `+` or `(` right before it.
    p = Math.max(stretchEnd, digit - 1);
  }
  return runCount;
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

/** The runs of `findNumberRuns` in the stretch [from, end), recorded. */
function collectRuns(
  text: string,
  from: number,
  end: number,
  minDigits: number,
  keepBare: BareRunFilter,
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
      // `2024-03-24 10:50`: the digits outside the date are too few; nothing is recorded.
      if (marked === 0) recordRun(i, NOTHING_BLOCKED);
      else if (longestFreeStretch() >= minDigits) recordRun(i, blockedSet());
    }
    i = runEnd;
  }
}
