import type { Evidence } from '../types.js';
import { isAsciiLetter, isDigit, isWordChar } from './chars.js';
import { fold, foldAlignedFast } from './fold.js';

/**
 * Context keywords: whole-word, case- and accent-insensitive matches of a keyword list in a
 * window before and after a value ("tél.", "phone", "IBAN", « né le »). Detectors turn a hit
 * into evidence and a confidence boost.
 */
export interface KeywordList {
  /** Folded keywords (lower case, no accents). Multi-word keywords are allowed. */
  readonly words: readonly string[];
}

export function keywordList(words: readonly string[]): KeywordList {
  return { words: [...new Set(words.map(fold))] };
}

export interface KeywordHit {
  keyword: string;
  distance: number;
  position: 'before' | 'after';
}

/**
 * The nearest keyword of `list` in `window` characters before `start` or after `end`, or
 * undefined. A keyword must stand as a whole word: "tel" does not match inside "hotel".
 * Ties go to the keyword listed first, then to the one before the value.
 */
export function nearestKeyword(
  text: string,
  start: number,
  end: number,
  list: KeywordList,
  window = 48,
): KeywordHit | undefined {
  const index = keywordIndex(list);
  // Same bounds as `folded.slice(…)` of each window; odd offsets keep the slicing reference.
  if (!index || start < 0 || end < 0 || !Number.isInteger(start + end + window)) {
    // The whole text folded: only the rare calls with odd offsets come here.
    return nearestKeywordBySearch(foldAlignedFast(text), text.length, start, end, list, window);
  }
  const length = text.length;
  const before = foldedSlice(text, Math.min(Math.max(0, start - window), length), start);
  const after = foldedSlice(text, Math.min(end, length), Math.min(length, end + window));
  nearest.keyword = undefined;
  nearest.distance = Infinity;
  scanWindow(before, index, true);
  scanWindow(after, index, false);
  if (nearest.keyword === undefined) return undefined;
  return {
    keyword: nearest.keyword,
    distance: nearest.distance,
    position: nearest.before ? 'before' : 'after',
  };
}

/**
 * Keywords by their first character, so a window is read once instead of searched once per
 * keyword: detectors ask about many values, and lists hold up to a hundred words.
 */
interface IndexedKeyword {
  word: string;
  /** Position in the list: on equal distance the keyword listed first wins. */
  rank: number;
  /** `tél.` ends on its dot: no word boundary is needed after it. */
  open: boolean;
}
interface KeywordIndex {
  ascii: (IndexedKeyword[] | undefined)[];
  other: Map<number, IndexedKeyword[]>;
}
const keywordIndexes = new WeakMap<KeywordList, KeywordIndex | null>();

/** The index of `list`, or null when a keyword is empty (the search handles that case). */
function keywordIndex(list: KeywordList): KeywordIndex | null {
  let index = keywordIndexes.get(list);
  if (index === undefined) {
    index = buildIndex(list.words);
    keywordIndexes.set(list, index);
  }
  return index;
}

function buildIndex(words: readonly string[]): KeywordIndex | null {
  const index: KeywordIndex = { ascii: new Array(128).fill(undefined), other: new Map() };
  for (let rank = 0; rank < words.length; rank++) {
    const word = words[rank] as string;
    if (word.length === 0) return null;
    const code = word.charCodeAt(0);
    let bucket = code < 128 ? index.ascii[code] : index.other.get(code);
    if (!bucket) {
      bucket = [];
      if (code < 128) index.ascii[code] = bucket;
      else index.other.set(code, bucket);
    }
    bucket.push({ word, rank, open: word.endsWith('.') });
  }
  return index;
}

/** The best hit so far (one call at a time: detectors are synchronous). */
const nearest: { keyword: string | undefined; distance: number; rank: number; before: boolean } = {
  keyword: undefined,
  distance: Infinity,
  rank: 0,
  before: true,
};

/**
 * Every whole-word keyword occurrence in a folded window, its ends counting as word boundaries;
 * keeps the nearest to the value (then the first listed, then the one before the value).
 */
function scanWindow(window: string, index: KeywordIndex, before: boolean): void {
  const length = window.length;
  for (let p = 0; p < length; p++) {
    const code = window.charCodeAt(p);
    const bucket = code < 128 ? index.ascii[code] : index.other.get(code);
    if (bucket === undefined || (p > 0 && isWordCharAt(window, p - 1))) continue;
    for (const keyword of bucket) {
      const wordEnd = p + keyword.word.length;
      if (wordEnd > length || !window.startsWith(keyword.word, p)) continue;
      if (!keyword.open && wordEnd < length && isWordCharAt(window, wordEnd)) continue;
      const distance = before ? length - wordEnd : p;
      if (
        distance < nearest.distance ||
        (distance === nearest.distance &&
          (keyword.rank < nearest.rank || (keyword.rank === nearest.rank && before)))
      ) {
        nearest.keyword = keyword.word;
        nearest.distance = distance;
        nearest.rank = keyword.rank;
        nearest.before = before;
      }
    }
  }
}

function isWordCharAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return isAsciiLetter(code) || isDigit(code) || code === 95;
  return isWordChar(text[index]);
}

/** The reference search (one `indexOf` pass per keyword and window), for unusual input. */
function nearestKeywordBySearch(
  folded: string,
  textLength: number,
  start: number,
  end: number,
  list: KeywordList,
  window: number,
): KeywordHit | undefined {
  const beforeFrom = Math.max(0, start - window);
  const before = folded.slice(beforeFrom, start);
  const after = folded.slice(end, Math.min(textLength, end + window));
  let best: KeywordHit | undefined;
  for (const keyword of list.words) {
    const b = lastWholeWord(before, keyword);
    if (b >= 0) {
      const distance = before.length - (b + keyword.length);
      if (!best || distance < best.distance) best = { keyword, distance, position: 'before' };
    }
    const a = firstWholeWord(after, keyword);
    if (a >= 0 && (!best || a < best.distance)) best = { keyword, distance: a, position: 'after' };
  }
  return best;
}

/**
 * `foldAlignedFast(text).slice(from, to)` (0 <= from, to <= text.length), folding only the
 * window: `foldAlignedFast` replaces each accented letter on its own, and folds unit by unit when
 * lower-casing changes the length, so a window folds as the whole text would. (Lower-casing in
 * context differs only for a Greek final sigma, a letter either way and never in a keyword.)
 * Lower-casing a whole 1 MiB segment per new text cost more than all its windows.
 */
function foldedSlice(text: string, from: number, to: number): string {
  return foldAlignedFast(text.slice(from, to));
}

export function keywordEvidence(hit: KeywordHit): Evidence {
  return { kind: 'keyword', detail: hit.keyword, distance: hit.distance, position: hit.position };
}

/**
 * Every value of a column carries the same field name, and every detector asks about it: answers
 * are kept per keyword list and field name. Bounded, since field names come from the input.
 */
const FIELD_CACHE_LIMIT = 4096;
const fieldMatchCache = new WeakMap<KeywordList, Map<string, string | null>>();
const fieldTokenCache = new Map<string, string[]>();

/** Whether a folded field name (column, header, key) contains one of the keywords as a token. */
export function fieldMatches(field: string | undefined, list: KeywordList): string | undefined {
  if (!field) return undefined;
  let answers = fieldMatchCache.get(list);
  if (!answers) fieldMatchCache.set(list, (answers = new Map()));
  let answer = answers.get(field);
  if (answer === undefined) {
    if (answers.size >= FIELD_CACHE_LIMIT) answers.clear();
    answer = matchField(field, list) ?? null;
    answers.set(field, answer);
  }
  return answer ?? undefined;
}

function matchField(field: string, list: KeywordList): string | undefined {
  const tokens = fieldTokens(field);
  const joined = tokens.join(' ');
  for (const keyword of list.words) {
    if (tokens.includes(keyword) || firstWholeWord(joined, keyword) >= 0) return keyword;
  }
  return undefined;
}

/**
 * Split a field name into folded tokens: `adresseEmail`, `adresse_email`, `Adresse e-mail`.
 * The array is shared between callers (and frozen): copy it before changing it.
 */
export function fieldTokens(field: string): string[] {
  let tokens = fieldTokenCache.get(field);
  if (!tokens) {
    if (fieldTokenCache.size >= FIELD_CACHE_LIMIT) fieldTokenCache.clear();
    tokens = Object.freeze(splitField(field)) as string[];
    fieldTokenCache.set(field, tokens);
  }
  return tokens;
}

function splitField(field: string): string[] {
  const spaced = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.\s/:]+/g, ' ')
    .trim();
  return fold(spaced).split(' ').filter(Boolean);
}

function isBoundary(text: string, index: number): boolean {
  return !isWordChar(text[index]);
}

function firstWholeWord(text: string, word: string): number {
  let from = 0;
  for (;;) {
    const i = text.indexOf(word, from);
    if (i < 0) return -1;
    if (isBoundary(text, i - 1) && (word.endsWith('.') || isBoundary(text, i + word.length))) {
      return i;
    }
    from = i + 1;
  }
}

function lastWholeWord(text: string, word: string): number {
  let from = text.length;
  for (;;) {
    const i = text.lastIndexOf(word, from);
    if (i < 0) return -1;
    if (isBoundary(text, i - 1) && (word.endsWith('.') || isBoundary(text, i + word.length))) {
      return i;
    }
    if (i === 0) return -1;
    from = i - 1;
  }
}
