import type { Evidence } from '../types.js';
import { isWordChar } from './chars.js';
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
 */
export function nearestKeyword(
  text: string,
  start: number,
  end: number,
  list: KeywordList,
  window = 48,
): KeywordHit | undefined {
  const folded = foldedText(text);
  const beforeFrom = Math.max(0, start - window);
  const before = folded.slice(beforeFrom, start);
  const after = folded.slice(end, Math.min(text.length, end + window));
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
 * Detectors ask for keywords around many values of the same segment: fold the segment once and
 * keep it while the same text is being asked about.
 */
let cachedText: string | undefined;
let cachedFolded = '';

function foldedText(text: string): string {
  if (text !== cachedText) {
    cachedText = text;
    cachedFolded = foldAlignedFast(text);
  }
  return cachedFolded;
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
