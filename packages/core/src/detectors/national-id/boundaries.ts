import { isAlnum, isDigit, isWordChar } from '../../text/chars.js';

/**
 * Punctuation that joins a value to a neighbouring word or number (ids, versions, paths). Not
 * the comma: `Doe,536-22-8471,NY` is a CSV line, far more common than such decimals.
 */
const JOINERS = new Set(['.', '-', '/', '@', '_']);

/** Whether the value starting at `start` stands apart from what precedes it. */
export function freeBefore(text: string, start: number): boolean {
  const previous = text[start - 1];
  if (previous === undefined) return true;
  if (isWordChar(previous) || previous === '+') return false;
  return !(JOINERS.has(previous) && isAlnum(text[start - 2]));
}

/** Whether the value ending at `end` (exclusive) stands apart from what follows it. */
export function freeAfter(text: string, end: number): boolean {
  const next = text[end];
  if (next === undefined) return true;
  if (isWordChar(next)) return false;
  return !(JOINERS.has(next) && isAlnum(text[end + 1]));
}

/** A single space (or no-break space) used between groups of an identifier. */
export function isGroupSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u00a0';
}

/**
 * Where the value of a match of `(?:^|[^0-9])…` starts: the regex takes the character before a
 * value rather than looking behind, which lets the engine skip text faster, and a value never
 * follows a digit (`freeBefore`).
 */
export function afterNonDigit(text: string, matchIndex: number): number {
  return isDigit(text.charCodeAt(matchIndex)) ? matchIndex : matchIndex + 1;
}
