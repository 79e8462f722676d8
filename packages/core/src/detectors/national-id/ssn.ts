import { isDigit } from '../../text/chars.js';
import { afterNonDigit, freeAfter, freeBefore } from './boundaries.js';
import { scanShapes, type ShapeFinder } from './shapes.js';

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
 * The layouts `readSsn` accepts, after a non-digit (see `afterNonDigit`: only at the first digit
 * of a run can a value start): the fourth character picks the layout, so the alternatives never
 * overlap and nothing backtracks.
 */
const SSN_SHAPE = /(?:^|[^0-9])[0-9]{3}(?:[0-9]{6}|-[0-9]{2}-[0-9]{4}| [0-9]{2} [0-9]{4})/y;
/**
 * What the combined search of `scanShapes` looks for in `SSN_SHAPE`'s place: the same starts and
 * some more (mixed separators). Spelled digit by digit, without the alternation of layouts, it
 * lets the engine skip prose and code about three times faster beside the NIR and NINO shapes.
 */
const SSN_SEARCH = /(?:^|[^0-9])[0-9][0-9][0-9][- ]?[0-9][0-9][- ]?[0-9][0-9][0-9][0-9]/y;
/**
 * The dashed layout alone, once unformatted values are not wanted: no dashed value can start
 * inside a bare or spaced one, so leaving those out changes no dashed result. It takes the
 * character before the value too.
 */
const DASHED_SSN_SHAPE = /(?:^|[^0-9])[0-9]{3}-[0-9]{2}-[0-9]{4}/y;

/**
 * The SSN search, one shape at a time: every SSN-shaped value in [from, to), `ddd-dd-dddd`, and
 * `ddd dd dddd` or nine bare digits unless `unformattedWanted` (asked at the first such shape)
 * says no: then only dashed shapes are read, so the nine-digit ids of a log are never read.
 */
export class SsnFinder implements ShapeFinder {
  shape = SSN_SHAPE;
  search = SSN_SEARCH;
  readonly matches: SsnMatch[] = [];
  /** A shape's match starts one character before its value. */
  next: number;
  done = false;
  /** The first position a value may start at. */
  private valuesFrom: number;
  private readonly to: number;
  private readonly unformattedWanted: () => boolean;
  /** The answer of `unformattedWanted`, once asked. */
  private unformatted: boolean | undefined;

  constructor(from: number, to: number, unformattedWanted: () => boolean = () => true) {
    this.valuesFrom = from;
    this.next = Math.max(0, from - 1);
    this.to = to;
    this.unformattedWanted = unformattedWanted;
  }

  step(text: string, index: number): void {
    const i = afterNonDigit(text, index);
    if (i >= this.to) {
      this.done = true;
      return;
    }
    // Only a run that starts the text can match one character early (`^`).
    if (i < this.valuesFrom) return;
    if (
      this.shape === SSN_SHAPE &&
      text[i + 3] !== '-' &&
      !(this.unformatted ??= this.unformattedWanted())
    ) {
      this.shape = this.search = DASHED_SSN_SHAPE;
      this.resumeAt(i + 1);
      return;
    }
    const match = freeBefore(text, i) ? readSsn(text, i) : undefined;
    if (match) {
      this.matches.push(match);
      this.resumeAt(match.end);
    } else {
      // A later group of a failed shape may start a value of its own (`123 45 123456789`).
      this.resumeAt(i + 1);
    }
  }

  private resumeAt(position: number): void {
    this.valuesFrom = position;
    this.next = position - 1;
  }
}

/** `SsnFinder`'s values alone. */
export function findSsns(
  text: string,
  from: number,
  to: number,
  unformattedWanted?: () => boolean,
): SsnMatch[] {
  const finder = new SsnFinder(from, to, unformattedWanted);
  scanShapes(text, [finder]);
  return finder.matches;
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
