import { isAsciiCapital, isDigit } from '../../text/chars.js';
import { freeAfter, freeBefore, isGroupSpace } from './boundaries.js';
import { scanShapes, type ShapeFinder } from './shapes.js';

/** UK National Insurance number: two prefix letters, six digits, suffix A–D (`QQ 12 34 56 C`). */
export interface NinoMatch {
  start: number;
  end: number;
  /** Nine characters, no spaces. */
  compact: string;
  /** HMRC's own documentation example. */
  testData: boolean;
}

const INVALID_FIRST = new Set(['D', 'F', 'I', 'Q', 'U', 'V']);
const INVALID_SECOND = new Set(['D', 'F', 'I', 'O', 'Q', 'U', 'V']);
/** Prefixes HMRC never allocates (administrative and temporary-number prefixes). */
const INVALID_PREFIXES = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);
/** The example prefix in HMRC guidance; not allocatable, but written everywhere in docs. */
export const NINO_EXAMPLE_PREFIX = 'QQ';

export function ninoPrefixValid(prefix: string): boolean {
  if (prefix.length !== 2 || !/^[A-Z]{2}$/.test(prefix)) return false;
  if (INVALID_PREFIXES.has(prefix)) return false;
  return !INVALID_FIRST.has(prefix[0]!) && !INVALID_SECOND.has(prefix[1]!);
}

/**
 * A NINO's whole shape from its second letter on (`Q 12 34 56 C`): a regex that begins with one
 * letter class skips text faster than one that begins with two and a lookbehind, and matches
 * so rarely that its match object costs nothing. The first letter is checked by `readNino`.
 * Sticky: it is tested where the combined search of `scanShapes` stops.
 */
const NINO_TAIL = /[A-Z][ \u00a0]?[0-9]{2}[ \u00a0]?[0-9]{2}[ \u00a0]?[0-9]{2}[ \u00a0]?[A-D]/y;

/** The NINO search, one shape at a time: every NINO (or the QQ example) in [from, to). */
export class NinoFinder implements ShapeFinder {
  readonly shape = NINO_TAIL;
  readonly search = NINO_TAIL;
  readonly matches: NinoMatch[] = [];
  next: number;
  done = false;
  private readonly to: number;

  constructor(from: number, to: number) {
    this.to = to;
    // The shape starts at the second letter.
    this.next = from + 1;
  }

  step(text: string, index: number): void {
    const i = index - 1;
    if (i >= this.to) {
      this.done = true;
      return;
    }
    // A value after a capital never stands free, so the next one starts at a later letter.
    this.next = index + 1;
    if (!isAsciiCapital(text.charCodeAt(i)) || !freeBefore(text, i)) return;
    const match = readNino(text, i);
    if (match) {
      this.matches.push(match);
      this.next = match.end + 1;
    }
  }
}

/** Every NINO (or the QQ example) whose first letter lies in [from, to). */
export function findNinos(text: string, from: number, to: number): NinoMatch[] {
  const finder = new NinoFinder(from, to);
  scanShapes(text, [finder]);
  return finder.matches;
}

function readNino(text: string, start: number): NinoMatch | undefined {
  const prefix = text.slice(start, start + 2);
  const example = prefix === NINO_EXAMPLE_PREFIX;
  if (!example && !ninoPrefixValid(prefix)) return undefined;
  let compact = prefix;
  let i = start + 2;
  // Optional single spaces between the prefix, the three digit pairs and the suffix.
  while (compact.length < 8) {
    if (compact.length % 2 === 0 && isGroupSpace(text[i])) i++;
    if (!isDigit(text.charCodeAt(i))) return undefined;
    compact += text[i];
    i++;
  }
  if (isGroupSpace(text[i])) i++;
  const suffix = text[i];
  if (suffix === undefined || suffix < 'A' || suffix > 'D') return undefined;
  compact += suffix;
  i++;
  if (!freeAfter(text, i)) return undefined;
  return { start, end: i, compact, testData: example };
}
