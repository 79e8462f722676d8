import { isDigit } from '../../text/chars.js';
import { freeAfter, freeBefore } from './boundaries.js';

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

/** A maximal run of digits: only its first digit can start a value. */
const DIGIT_RUN = /[0-9]+/g;

/** Every SSN-shaped value in [from, to): `ddd-dd-dddd`, `ddd dd dddd` or nine bare digits. */
export function findSsns(text: string, from: number, to: number): SsnMatch[] {
  const matches: SsnMatch[] = [];
  DIGIT_RUN.lastIndex = from;
  for (let run = DIGIT_RUN.exec(text); run; run = DIGIT_RUN.exec(text)) {
    const i = run.index;
    if (i >= to) break;
    if (!freeBefore(text, i)) continue;
    const match = readSsn(text, i);
    if (match) {
      matches.push(match);
      DIGIT_RUN.lastIndex = match.end;
    }
  }
  return matches;
}

function readSsn(text: string, start: number): SsnMatch | undefined {
  const separator = text[start + 3];
  const grouped = separator === '-' || separator === ' ';
  const layout = grouped ? [3, 2, 4] : [9];
  let compact = '';
  let i = start;
  for (let group = 0; group < layout.length; group++) {
    if (group > 0) {
      if (text[i] !== separator) return undefined;
      i++;
    }
    for (let n = 0; n < layout[group]!; n++, i++) {
      if (!isDigit(text.charCodeAt(i))) return undefined;
      compact += text[i];
    }
  }
  if (!freeAfter(text, i) || !ssnValid(compact)) return undefined;
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
