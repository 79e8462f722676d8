import { isAsciiLetter, isDigit } from './chars.js';
import { nearestKeyword, type KeywordHit, type KeywordList } from './keywords.js';

/**
 * `nearestKeyword`, read token by token where the windows are plain ASCII: no window is sliced
 * or folded (folding ASCII is lower-casing), and each word of the window is compared only with
 * the keywords of its first letter and length. A detector that asks about tens of thousands of
 * values (`const id = '633091-1283';` on every line of code) spends most of its context time
 * there. Only the characters that can decide are read: the tokens before the value backwards up
 * to the first keyword, then those after it that start as near. A character beyond ASCII among
 * them (or glued to the token found), odd offsets and lists with words that are not one plain
 * word (`date de naissance`) are answered by `nearestKeyword` itself.
 *
 * Same answer as `nearestKeyword`: a keyword of letters, digits and `_` matches where it is a
 * whole token of the window (its ends count as boundaries), and one ending on `.` (`tel.`)
 * where its token is followed by that dot. Ties go to the keyword listed first, then to the one
 * before the value.
 */
export function nearestKeywordAscii(
  text: string,
  start: number,
  end: number,
  list: KeywordList,
  window = 48,
): KeywordHit | undefined {
  const index = tokenIndex(list);
  if (!index || !Number.isInteger(start + end + window) || start < 0 || end < 0) {
    return nearestKeyword(text, start, end, list, window);
  }
  const length = text.length;
  const beforeFrom = Math.min(Math.max(0, start - window), length);
  const beforeTo = Math.min(start, length);
  const afterFrom = Math.min(end, length);
  const afterTo = Math.min(length, end + window);
  best.keyword = undefined;
  best.distance = Infinity;
  if (!scanBefore(text, beforeFrom, beforeTo, index)) {
    return nearestKeyword(text, start, end, list, window);
  }
  // A word after the value starting farther than the nearest before it cannot win.
  const lastStart = best.keyword === undefined ? afterTo : afterFrom + best.distance;
  if (!scanAfter(text, afterFrom, afterTo, lastStart, index)) {
    return nearestKeyword(text, start, end, list, window);
  }
  if (best.keyword === undefined) return undefined;
  return {
    keyword: best.keyword,
    distance: best.distance,
    position: best.before ? 'before' : 'after',
  };
}

interface TokenKeyword {
  word: string;
  /** The word without its final dot: the token that must stand in the window. */
  token: string;
  rank: number;
  /** `tel.`: its token must be followed by a dot. */
  dotted: boolean;
}

/** Keywords by first character and token length, at `keyOf(code, length)`. */
type TokenIndex = (TokenKeyword[] | undefined)[];

const MAX_TOKEN = 63;
const PLAIN_WORD = /^[a-z0-9_]+\.?$/;
const tokenIndexes = new WeakMap<KeywordList, TokenIndex | null>();

/** The index of `list`, or null when a keyword is not one plain word (or is too long). */
function tokenIndex(list: KeywordList): TokenIndex | null {
  let index = tokenIndexes.get(list);
  if (index === undefined) {
    index = buildTokenIndex(list.words);
    tokenIndexes.set(list, index);
  }
  return index;
}

function buildTokenIndex(words: readonly string[]): TokenIndex | null {
  const index: TokenIndex = new Array<TokenKeyword[] | undefined>(128 * 64).fill(undefined);
  for (let rank = 0; rank < words.length; rank++) {
    const word = words[rank] as string;
    if (!PLAIN_WORD.test(word)) return null;
    const dotted = word.endsWith('.');
    const token = dotted ? word.slice(0, -1) : word;
    if (token.length > MAX_TOKEN) return null;
    const key = keyOf(token.charCodeAt(0), token.length);
    if (key >= index.length) return null;
    let bucket = index[key];
    if (!bucket) index[key] = bucket = [];
    bucket.push({ word, token, rank, dotted });
  }
  return index;
}

function keyOf(lowerCode: number, length: number): number {
  return lowerCode * 64 + length;
}

function isWordCode(code: number): boolean {
  return isAsciiLetter(code) || isDigit(code) || code === 95; /* _ */
}

function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** The best hit so far (one call at a time: detectors are synchronous). */
const best: { keyword: string | undefined; distance: number; rank: number; before: boolean } = {
  keyword: undefined,
  distance: Infinity,
  rank: 0,
  before: true,
};

/**
 * The nearest keyword standing as a token of [from, to) before the value: tokens are read from
 * the value backwards, and the first holding a keyword is the nearest (a farther token ends
 * before this one starts). False, leaving the answer to `nearestKeyword`, at a character beyond
 * ASCII among those read or glued to the token found (it may fold into a letter).
 */
function scanBefore(text: string, from: number, to: number, index: TokenIndex): boolean {
  let q = to;
  while (q > from) {
    const code = text.charCodeAt(q - 1);
    if (!isWordCode(code)) {
      if (code >= 0x80) return false;
      q--;
      continue;
    }
    let p = q - 1;
    while (p > from && isWordCode(text.charCodeAt(p - 1))) p--;
    if (p > from && text.charCodeAt(p - 1) >= 0x80) return false;
    considerToken(text, p, q, to, index, true, to);
    if (best.keyword !== undefined) return true;
    q = p;
  }
  return true;
}

/**
 * Every keyword standing as a token of [from, to) after the value and starting at most at
 * `lastStart`; keeps the nearest as `scanWindow` does. False, leaving the answer to
 * `nearestKeyword`, at a character beyond ASCII among those read or right after them.
 */
function scanAfter(
  text: string,
  from: number,
  to: number,
  lastStart: number,
  index: TokenIndex,
): boolean {
  let p = from;
  while (p < to && p <= lastStart) {
    const code = text.charCodeAt(p);
    if (!isWordCode(code)) {
      if (code >= 0x80) return false;
      p++;
      continue;
    }
    let q = p + 1;
    while (q < to && isWordCode(text.charCodeAt(q))) q++;
    considerToken(text, p, q, to, index, false, from);
    p = q;
  }
  return !(p < to && text.charCodeAt(p) >= 0x80);
}

/**
 * Considers the keywords equal to the token [p, q) of a window ending at `to`; `origin` is the
 * window's end before the value, its start after it.
 */
function considerToken(
  text: string,
  p: number,
  q: number,
  to: number,
  index: TokenIndex,
  before: boolean,
  origin: number,
): void {
  const bucket = q - p <= MAX_TOKEN ? index[keyOf(lower(text.charCodeAt(p)), q - p)] : undefined;
  if (bucket === undefined) return;
  for (const keyword of bucket) {
    if (!tokenEquals(text, p, keyword.token)) continue;
    if (keyword.dotted && (q >= to || text.charCodeAt(q) !== 46)) continue; /* . */
    const wordEnd = keyword.dotted ? q + 1 : q;
    consider(keyword, before ? origin - wordEnd : p - origin, before);
  }
}

function tokenEquals(text: string, at: number, token: string): boolean {
  for (let k = 0; k < token.length; k++) {
    if (lower(text.charCodeAt(at + k)) !== token.charCodeAt(k)) return false;
  }
  return true;
}

function consider(keyword: TokenKeyword, distance: number, before: boolean): void {
  if (
    distance < best.distance ||
    (distance === best.distance &&
      (keyword.rank < best.rank || (keyword.rank === best.rank && before)))
  ) {
    best.keyword = keyword.word;
    best.distance = distance;
    best.rank = keyword.rank;
    best.before = before;
  }
}
