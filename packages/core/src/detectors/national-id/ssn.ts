import { isDigit } from '../../text/chars.js';
import { afterNonDigit, freeAfter, freeBefore } from './boundaries.js';

/** US Social Security number: area (3) group (2) serial (4). */
export interface SsnMatch {
  start: number;
  end: number;
  /** Nine digits. */
  compact: string;
  /** `123-45-6789` with dashes; otherwise nine bare digits (or spaced), which need context. */
  formatted: boolean;
  testData: boolean;
}

/**
 * Numbers the SSA itself made public: 078-05-1120 was printed on a wallet insert sold with
 * Woolworth wallets, 219-09-9999 in an SSA advertisement. Both circulate as examples.
 */
export const PUBLISHED_EXAMPLE_SSNS: ReadonlySet<string> = new Set(['078051120', '219099999']);

/** Area 000, 666 and 900–999, group 00 and serial 0000 are never issued. */
export function ssnValid(compact: string): boolean {
  if (!/^\d{9}$/.test(compact)) return false;
  const area = Number(compact.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  return compact.slice(3, 5) !== '00' && compact.slice(5) !== '0000';
}

/**
 * The layouts `readSsn` accepts, at the first digit of a run (only there can a value start): the
 * fourth character picks the layout, so the alternatives never overlap and nothing backtracks.
 */
const SSN_SHAPE = /(?<![0-9])[0-9]{3}(?:[0-9]{6}|-[0-9]{2}-[0-9]{4}| [0-9]{2} [0-9]{4})/g;
/**
 * The dashed layout alone, once unformatted values are not wanted: no dashed value can start
 * inside a bare or spaced one, so leaving those out changes no dashed result. It takes the
 * character before the value (see `afterNonDigit`).
 */
const DASHED_SSN_SHAPE = /(?:^|[^0-9])[0-9]{3}-[0-9]{2}-[0-9]{4}/g;

/**
 * Every SSN-shaped value in [from, to): `ddd-dd-dddd`, and `ddd dd dddd` or nine bare digits
 * unless `unformattedWanted` (asked at the first such shape) says no: then the nine-digit ids
 * of a log are never read.
 */
export function findSsns(
  text: string,
  from: number,
  to: number,
  unformattedWanted: () => boolean = () => true,
): SsnMatch[] {
  const matches: SsnMatch[] = [];
  let shapes = SSN_SHAPE;
  let unformatted: boolean | undefined;
  shapes.lastIndex = from;
  for (let shape = shapes.exec(text); shape; shape = shapes.exec(text)) {
    const i = afterNonDigit(text, shape.index);
    if (i >= to) break;
    if (shapes === SSN_SHAPE && text[i + 3] !== '-' && !(unformatted ??= unformattedWanted())) {
      shapes = DASHED_SSN_SHAPE;
      shapes.lastIndex = i + 1;
      continue;
    }
    const match = freeBefore(text, i) ? readSsn(text, i) : undefined;
    if (match) {
      matches.push(match);
      shapes.lastIndex = match.end;
    } else {
      // A later group of a failed shape may start a value of its own (`123 45 123456789`).
      shapes.lastIndex = i + 1;
    }
  }
  return matches;
}

const GROUPED_LAYOUT = [3, 2, 4];
const BARE_LAYOUT = [9];

function readSsn(text: string, start: number): SsnMatch | undefined {
  const separator = text[start + 3];
  const grouped = separator === '-' || separator === ' ';
  const layout = grouped ? GROUPED_LAYOUT : BARE_LAYOUT;
  let i = start;
  for (let group = 0; group < layout.length; group++) {
    if (group > 0) {
      if (text[i] !== separator) return undefined;
      i++;
    }
    for (let n = 0; n < layout[group]!; n++, i++) {
      if (!isDigit(text.charCodeAt(i))) return undefined;
    }
  }
  if (!freeAfter(text, i)) return undefined;
  const compact = grouped
    ? text.slice(start, start + 3) + text.slice(start + 4, start + 6) + text.slice(start + 7, i)
    : text.slice(start, i);
  if (!ssnValid(compact)) return undefined;
  // Another digit group right after a space makes this part of a longer number.
  if (text[i] === ' ' && isDigit(text.charCodeAt(i + 1))) return undefined;
  return {
    start,
    end: i,
    compact,
    formatted: separator === '-',
    testData: PUBLISHED_EXAMPLE_SSNS.has(compact),
  };
}
