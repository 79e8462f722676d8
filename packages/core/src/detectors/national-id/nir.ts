import { isDigit } from '../../text/chars.js';
import { afterNonDigit, freeAfter, freeBefore, isGroupSpace } from './boundaries.js';
import { scanShapes, type ShapeFinder } from './shapes.js';

/**
 * French NIR (numéro d'inscription au répertoire, « numéro de sécurité sociale »):
 * sex (1) year (2) month (2) department (2, or 2A/2B) commune (3) order (3) key (2).
 */
export interface NirMatch {
  start: number;
  end: number;
  /** 15 characters, upper case, no spaces. */
  compact: string;
}

/** Sex digits: 1/2, and 3/4/7/8 for temporary numbers (persons being registered). */
const SEX_DIGITS = new Set(['1', '2', '3', '4', '7', '8']);
/** Unit indexes before which a space may stand: `1 84 07 59 123 456 78`, `… 971 23 …`. */
const SPACE_BEFORE_UNIT = new Set([1, 3, 5, 7, 8, 10, 13]);
const NIR_UNITS = 15;
/**
 * The whole shape `readNir` reads: sex digit, year, month, department (or 2A/2B), commune,
 * order and key, with one optional space where `SPACE_BEFORE_UNIT` allows it, after a non-digit
 * (see `afterNonDigit`). The regex engine skips at native speed the text between candidates and
 * the digit runs of logs (timestamps, nine-digit ids) that only start like a NIR. Sticky: it is
 * tested where the combined search of `scanShapes` stops.
 */
const NIR_SHAPE =
  /(?:^|[^0-9])[1234578][ \u00a0]?[0-9]{2}[ \u00a0]?[0-9]{2}[ \u00a0]?(?:[0-9]{2}|2[AB])[ \u00a0]?[0-9][ \u00a0]?[0-9]{2}[ \u00a0]?[0-9]{3}[ \u00a0]?[0-9]{2}/y;

/** The NIR search, one shape at a time: every well-formed NIR with a valid key in [from, to). */
export class NirFinder implements ShapeFinder {
  readonly shape = NIR_SHAPE;
  readonly search = NIR_SHAPE;
  readonly matches: NirMatch[] = [];
  next: number;
  done = false;
  private readonly from: number;
  private readonly to: number;

  constructor(from: number, to: number) {
    this.from = from;
    this.to = to;
    // One character early: the match takes the one before the value.
    this.next = Math.max(0, from - 1);
  }

  step(text: string, index: number): void {
    const i = afterNonDigit(text, index);
    if (i >= this.to) {
      this.done = true;
      return;
    }
    this.next = i + 1;
    if (i < this.from || !SEX_DIGITS.has(text[i]!) || !freeBefore(text, i)) return;
    const match = readNir(text, i);
    if (match && nirValid(match.compact)) {
      this.matches.push(match);
      this.next = match.end;
    }
  }
}

/** Every well-formed NIR with a valid key whose first digit lies in [from, to). */
export function findNirs(text: string, from: number, to: number): NirMatch[] {
  const finder = new NirFinder(from, to);
  scanShapes(text, [finder]);
  return finder.matches;
}

function readNir(text: string, start: number): NirMatch | undefined {
  let compact = '';
  let i = start;
  while (compact.length < NIR_UNITS) {
    if (compact.length > 0 && SPACE_BEFORE_UNIT.has(compact.length) && isGroupSpace(text[i])) {
      i++;
    }
    const ch = text[i];
    if (ch === undefined) return undefined;
    const corsican = compact.length === 6 && compact[5] === '2' && (ch === 'A' || ch === 'B');
    if (!isDigit(ch.charCodeAt(0)) && !corsican) return undefined;
    compact += ch;
    i++;
  }
  return freeAfter(text, i) ? { start, end: i, compact } : undefined;
}

/** Structure and key of a compact 15-character NIR. */
export function nirValid(compact: string): boolean {
  if (!/^[1234578]\d{4}(?:\d{2}|2[AB])\d{8}$/.test(compact)) return false;
  const month = Number(compact.slice(3, 5));
  if (month === 0 || (month > 12 && month < 20) || (month > 42 && month < 50)) return false;
  const department = compact.slice(5, 7);
  if (department === '00') return false;
  if (compact.slice(7, 10) === '000' || compact.slice(10, 13) === '000') return false;
  const key = Number(compact.slice(13, 15));
  return key >= 1 && key <= 97 && key === nirKey(compact.slice(0, 13));
}

/** Key = 97 − (number mod 97), Corsica's 2A and 2B counted as 19 and 18. */
export function nirKey(first13: string): number {
  const numeric = first13.replace('2A', '19').replace('2B', '18');
  return 97 - (Number(numeric) % 97);
}
