import { isAsciiCapital, isAsciiLetter, isDigit, isWordChar } from '../../text/chars.js';
import type { DigitGroup, NumberRun } from './number-runs.js';

/**
 * Shapes that look like digit groups but are something else: dates, IP addresses, payment
 * cards, ISBNs, IBAN bodies, numbers glued to a larger token. They are rejected before
 * libphonenumber is asked, which keeps both precision and speed up.
 */

/** Characters that make a run part of something else (`#1002`, `INV-2024`, `/users/0612…`). */
const NEVER_BEFORE = codeTable('-_#$€£¥@\\%&~/');
/** Before these, the run is only part of a larger number if a digit precedes them. */
const NUMBER_PUNCTUATION = codeTable('.,:°');
const NEVER_AFTER = codeTable('@%€$£¥°_');
/** After these, a digit continues the token (`3.14`, `12:30`, `1/2`). */
const CONTINUING = codeTable('.,:/-');

/**
 * The char codes of `chars` as a table: every run asks about the characters around it, which
 * are read by code rather than made into strings and looked up in sets.
 */
function codeTable(chars: string): Uint8Array {
  let size = 0;
  for (let k = 0; k < chars.length; k++) size = Math.max(size, chars.charCodeAt(k) + 1);
  const table = new Uint8Array(size);
  for (let k = 0; k < chars.length; k++) table[chars.charCodeAt(k)] = 1;
  return table;
}

/** Whether `code` is in `table`; false for NaN (an offset outside the text). */
function inTable(table: Uint8Array, code: number): boolean {
  return code < table.length && table[code] === 1;
}

/** Whether the run is glued to a larger token on its left (`INV-2024`, `#1002`, `1.06`). */
export function gluedBefore(text: string, run: NumberRun): boolean {
  if (run.start === 0) return false;
  const before = text.charCodeAt(run.start - 1);
  if (inTable(NEVER_BEFORE, before)) return true;
  if (inTable(NUMBER_PUNCTUATION, before) && isDigit(text.charCodeAt(run.start - 2))) return true;
  return isIbanBody(text, run.start);
}

/**
 * Whether the text right after `end` continues the token (`0612345678abc`, `3.14`, `a@b`).
 * A comma before a digit is a decimal comma only after a number that can carry decimals: one
 * group, or thousands grouped by three (`1 234,56`). After `+1 415 914 0734` or
 * `07800 618896` it separates the next field of a delimited line (`…0734,1965-04-04`).
 */
export function gluedAfter(text: string, end: number, run?: NumberRun): boolean {
  if (end >= text.length) return false;
  const after = text.charCodeAt(end);
  if (isWordCode(text, end, after) || inTable(NEVER_AFTER, after)) return true;
  if (!inTable(CONTINUING, after) || !isDigit(text.charCodeAt(end + 1))) return false;
  if (after === 44 /* , */ && run && !canCarryDecimals(run)) return false;
  return true;
}

/** `isWordChar(text[at])`, without making a string for ASCII. */
function isWordCode(text: string, at: number, code: number): boolean {
  if (code < 0x80) return isAsciiLetter(code) || isDigit(code) || code === 95; /* _ */
  return isWordChar(text[at]);
}

function canCarryDecimals(run: NumberRun): boolean {
  if (run.plus) return false;
  if (run.groups.length === 1) return true;
  return run.groups.slice(1).every((g) => g.digits.length === 3 && g.separatorBefore !== '-');
}

/** `FR76 3000 6000 …`: the run continues a country code + check digits written before it. */
function isIbanBody(text: string, start: number): boolean {
  let i = start - 1;
  if (text[i] === ' ') i--;
  if (i < 3) return false;
  const countryCode =
    isAsciiCapital(text.charCodeAt(i - 3)) && isAsciiCapital(text.charCodeAt(i - 2));
  const checkDigits = isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i));
  return countryCode && checkDigits && !isWordChar(text[i - 4]);
}

/** The joiner (`.`, `-`, `/`) written alone between group `k - 1` and group `k`, or 0. */
function joinerBefore(
  text: string,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  k: number,
): number {
  if (k === 0 || (starts[k] as number) - (ends[k - 1] as number) !== 1) return 0;
  const code = text.charCodeAt(ends[k - 1] as number);
  return code === 46 || code === 45 || code === 47 ? code : 0;
}

/**
 * Marks in `blocked` (1 per group) the groups that belong to a date (`15/03/2024`,
 * `2024-03-15`) or an IPv4 address (`192.168.1.10`): chains of groups joined by one repeated
 * `.`, `-` or `/`. Returns how many. Groups are given by the offsets of their digits, so a run
 * is judged before any object is made for it (a log holds a date on every line).
 */
export function markBlockedGroups(
  text: string,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  count: number,
  blocked: Uint8Array,
): number {
  blocked.fill(0, 0, count);
  // Dates need three groups and IPs four: most runs are shorter.
  if (count < 3) return 0;
  let marked = 0;
  let start = 0;
  while (start < count) {
    const sep = start + 1 < count ? joinerBefore(text, starts, ends, start + 1) : 0;
    let end = start;
    while (sep !== 0 && end + 1 < count && joinerBefore(text, starts, ends, end + 1) === sep) {
      end++;
    }
    const chain = end - start + 1;
    const date = chain === 3 && isDateChain(text, starts, ends, start);
    if (date || (chain === 4 && sep === 46 /* . */ && isIpChain(text, starts, ends, start))) {
      blocked.fill(1, start, end + 1);
      marked += chain;
    }
    start = end + 1;
  }
  return marked;
}

function lengthOf(starts: ArrayLike<number>, ends: ArrayLike<number>, k: number): number {
  return (ends[k] as number) - (starts[k] as number);
}

/** The value of a group of at most four digits (longer groups are never compared). */
function valueOf(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, k: number) {
  let value = 0;
  for (let i = starts[k] as number; i < (ends[k] as number); i++) {
    value = value * 10 + text.charCodeAt(i) - 48;
  }
  return value;
}

/** Groups `first..first + 2` read as a date: year-month-day, or day and month then a year. */
function isDateChain(
  text: string,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  first: number,
): boolean {
  const a = lengthOf(starts, ends, first);
  const b = lengthOf(starts, ends, first + 1);
  const c = lengthOf(starts, ends, first + 2);
  if (a === 4 && b <= 2 && c <= 2) {
    const month = valueOf(text, starts, ends, first + 1);
    const day = valueOf(text, starts, ends, first + 2);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }
  if (a <= 2 && b <= 2 && (c === 4 || c === 2)) {
    const x = valueOf(text, starts, ends, first);
    const y = valueOf(text, starts, ends, first + 1);
    const dayMonth = x >= 1 && x <= 31 && y >= 1 && y <= 31;
    return dayMonth && (x <= 12 || y <= 12);
  }
  return false;
}

/** Groups `first..first + 3` read as IPv4 octets. */
function isIpChain(
  text: string,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  first: number,
): boolean {
  for (let k = first; k <= first + 3; k++) {
    // `077.189.98.94` is a Swiss phone: IP octets are not written with a leading zero.
    const length = lengthOf(starts, ends, k);
    if (length > 3 || valueOf(text, starts, ends, k) > 255) return false;
    if (length > 1 && text.charCodeAt(starts[k] as number) === 48) return false;
  }
  return true;
}

/** Payment cards, ISBNs: a whole run whose digits pass the card or ISBN checksum. */
export function isOtherNumber(run: NumberRun): boolean {
  if (run.plus) return false;
  const { groups } = run;
  let length = 0;
  for (const group of groups) length += group.digits.length;
  // Only these lengths can be a card (13-19) or an ISBN (10, 13): most runs stop here.
  if (length !== 10 && (length < 13 || length > 19)) return false;
  // Ten digits are only an ISBN-10 written `0-306-40615-2`; the digits are joined only then.
  if (length === 10) return isbn10Shape(groups) && isbn10Valid(joinDigits(groups));
  const digits = groups.length === 1 ? (groups[0] as DigitGroup).digits : joinDigits(groups);
  if (digits[0] !== '0' && luhnValid(digits)) return true;
  return digits.length === 13 && /^97[89]/.test(digits) && isbn13Valid(digits);
}

/** Four groups joined by `-`, the last a single check digit. */
function isbn10Shape(groups: readonly DigitGroup[]): boolean {
  if (groups.length !== 4 || (groups[3] as DigitGroup).digits.length !== 1) return false;
  for (let k = 1; k < groups.length; k++) {
    if ((groups[k] as DigitGroup).separatorBefore !== '-') return false;
  }
  return true;
}

function joinDigits(groups: readonly DigitGroup[]): string {
  let digits = '';
  for (const group of groups) digits += group.digits;
  return digits;
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function isbn13Valid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

function isbn10Valid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  return sum % 11 === 0;
}
