import { isDigit, isWordChar } from '../../text/chars.js';
import type { DigitGroup, NumberRun } from './number-runs.js';

/**
 * Shapes that look like digit groups but are something else: dates, IP addresses, payment
 * cards, ISBNs, IBAN bodies, numbers glued to a larger token. They are rejected before
 * libphonenumber is asked, which keeps both precision and speed up.
 */

/** Characters that make a run part of something else (`#1002`, `INV-2024`, `/users/0612…`). */
const NEVER_BEFORE = new Set(['-', '_', '#', '$', '€', '£', '¥', '@', '\\', '%', '&', '~', '/']);
/** Before these, the run is only part of a larger number if a digit precedes them. */
const NUMBER_PUNCTUATION = new Set(['.', ',', ':', '°']);
const NEVER_AFTER = new Set(['@', '%', '€', '$', '£', '¥', '°', '_']);

/** Whether the run is glued to a larger token on its left (`INV-2024`, `#1002`, `1.06`). */
export function gluedBefore(text: string, run: NumberRun): boolean {
  const before = text[run.start - 1];
  if (before === undefined) return false;
  if (NEVER_BEFORE.has(before)) return true;
  if (NUMBER_PUNCTUATION.has(before)) {
    const beforeThat = text[run.start - 2];
    if (beforeThat !== undefined && isDigit(beforeThat.charCodeAt(0))) return true;
  }
  return isIbanBody(text, run.start);
}

/**
 * Whether the text right after `end` continues the token (`0612345678abc`, `3.14`, `a@b`).
 * A comma before a digit is a decimal comma only after a number that can carry decimals: one
 * group, or thousands grouped by three (`1 234,56`). After `+1 415 914 0734` or
 * `07800 618896` it separates the next field of a delimited line (`…0734,1965-04-04`).
 */
export function gluedAfter(text: string, end: number, run?: NumberRun): boolean {
  const after = text[end];
  if (after === undefined) return false;
  if (isWordChar(after) || NEVER_AFTER.has(after)) return true;
  if (!'.,:/-'.includes(after) || !isDigit(text.charCodeAt(end + 1))) return false;
  if (after === ',' && run && !canCarryDecimals(run)) return false;
  return true;
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
  const head = text.slice(i - 3, i + 1);
  return /^[A-Z]{2}\d{2}$/.test(head) && !isWordChar(text[i - 4]);
}

function joiner(group: DigitGroup): string {
  const sep = group.separatorBefore;
  return sep.length === 1 && '.-/'.includes(sep) ? sep : '';
}

/**
 * Indexes of groups that belong to a date (`15/03/2024`, `2024-03-15`) or an IPv4 address
 * (`192.168.1.10`): chains of groups joined by one repeated `.`, `-` or `/`.
 */
const NOTHING_BLOCKED: ReadonlySet<number> = new Set();

export function blockedGroups(groups: readonly DigitGroup[]): ReadonlySet<number> {
  // Dates need three groups and IPs four: most runs are shorter.
  if (groups.length < 3) return NOTHING_BLOCKED;
  const blocked = new Set<number>();
  let start = 0;
  while (start < groups.length) {
    const next = groups[start + 1];
    const sep = next ? joiner(next) : '';
    let end = start;
    while (sep !== '' && end + 1 < groups.length && joiner(groups[end + 1] as DigitGroup) === sep) {
      end++;
    }
    const chain = groups.slice(start, end + 1).map((g) => g.digits);
    if (isDateChain(chain) || isIpChain(chain, sep)) {
      for (let m = start; m <= end; m++) blocked.add(m);
    }
    start = end + 1;
  }
  return blocked;
}

function isDateChain(parts: readonly string[]): boolean {
  if (parts.length !== 3) return false;
  const [a, b, c] = parts as [string, string, string];
  const n = (s: string) => Number(s);
  if (a.length === 4 && b.length <= 2 && c.length <= 2) {
    return n(b) >= 1 && n(b) <= 12 && n(c) >= 1 && n(c) <= 31;
  }
  if (a.length <= 2 && b.length <= 2 && (c.length === 4 || c.length === 2)) {
    const dayMonth = n(a) >= 1 && n(a) <= 31 && n(b) >= 1 && n(b) <= 31;
    return dayMonth && (n(a) <= 12 || n(b) <= 12);
  }
  return false;
}

function isIpChain(parts: readonly string[], sep: string): boolean {
  // `077.189.98.94` is a Swiss phone: IP octets are not written with a leading zero.
  const octet = (p: string) =>
    p.length <= 3 && Number(p) <= 255 && (p.length === 1 || p[0] !== '0');
  return sep === '.' && parts.length === 4 && parts.every(octet);
}

/** Payment cards, ISBNs: a whole run whose digits pass the card or ISBN checksum. */
export function isOtherNumber(run: NumberRun): boolean {
  if (run.plus) return false;
  const digits = run.groups.map((g) => g.digits).join('');
  if (digits.length >= 13 && digits.length <= 19 && digits[0] !== '0' && luhnValid(digits)) {
    return true;
  }
  if (digits.length === 13 && /^97[89]/.test(digits) && isbn13Valid(digits)) return true;
  const dashed = run.groups.slice(1).every((g) => g.separatorBefore === '-');
  const lastGroup = run.groups[run.groups.length - 1] as DigitGroup;
  if (digits.length === 10 && run.groups.length === 4 && dashed && lastGroup.digits.length === 1) {
    return isbn10Valid(digits);
  }
  return false;
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
