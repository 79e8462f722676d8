import { isAsciiLetter, isDigit, isLetterOrMark } from '../../text/chars.js';

/**
 * The text as a flat list of tokens: words (start with a letter; may hold digits, inner
 * hyphens and apostrophes: `Saint-Étienne`, `l'Église`, `SW1A`), numbers (start with a digit:
 * `12`, `12bis`, `221B`, `20500-0003`) and single punctuation marks (newline included).
 * Spaces and tabs only separate tokens. One linear pass.
 */
export type TokenKind = 'word' | 'number' | 'punct';

export interface Tokens {
  readonly text: string;
  readonly starts: number[];
  readonly ends: number[];
  readonly kinds: TokenKind[];
}

const HYPHEN = 45;
const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;
const COMMA = 44;

export function tokenize(text: string): Tokens {
  const tokens: Tokens = { text, starts: [], ends: [], kinds: [] };
  const length = text.length;
  let i = 0;
  while (i < length) i = readToken(tokens, i);
  return tokens;
}

/**
 * Reads the token at `i` (or skips one space) into `tokens`; returns where the next one may
 * start. Character codes rather than one-character strings: this runs over every character.
 */
function readToken(tokens: Tokens, i: number): number {
  const text = tokens.text;
  const code = text.charCodeAt(i);
  if (isSpace(code)) return i + 1;
  let end = i + 1;
  if (isDigit(code)) {
    end = wordEnd(text, i);
    tokens.kinds.push('number');
  } else if (isAlnumAt(text, i, code)) {
    end = wordEnd(text, i);
    tokens.kinds.push('word');
  } else {
    tokens.kinds.push('punct');
  }
  tokens.starts.push(i);
  tokens.ends.push(end);
  return end;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 13;
}

/** End of the word or number that starts at `start`, an alphanumeric code unit. */
function wordEnd(text: string, start: number): number {
  const length = text.length;
  let i = start + 1;
  while (i < length) {
    const next = text.charCodeAt(i);
    if (isAlnumAt(text, i, next)) {
      i++;
    } else if (
      (next === HYPHEN || next === APOSTROPHE || next === RIGHT_SINGLE_QUOTE) &&
      i + 1 < length &&
      isAlnumAt(text, i + 1, text.charCodeAt(i + 1))
    ) {
      // An elided article (« l'Église ») is a word of its own in particles; keep it joined
      // and let the parser split on the apostrophe.
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

/**
 * Whether tokenizing may start at `index` and cut the same tokens as from the start of the text:
 * an ASCII character that never lies inside a token (space, newline, punctuation other than the
 * hyphen and apostrophe that join words).
 */
export function isTokenBoundary(text: string, index: number): boolean {
  if (index <= 0) return true;
  const code = text.charCodeAt(index);
  return (
    code < 0x80 && !isDigit(code) && !isAsciiLetter(code) && code !== HYPHEN && code !== APOSTROPHE
  );
}

/** A window of tokens around the tokens that hold `from`…`to`, see `tokenizeWindow`. */
export interface TokenWindow {
  tokens: Tokens;
  /** Index of the token that holds `first`. */
  first: number;
}

/**
 * Tokens from `start` (a token boundary) until `after` tokens follow the one holding `last`
 * and the last `commaFree` of them are not commas, or the text ends. Undefined when fewer than
 * `before` tokens precede the one holding `first` and the window does not start the text.
 */
export function tokenizeWindow(
  text: string,
  start: number,
  first: number,
  last: number,
  margins: { before: number; after: number; commaFree: number },
): TokenWindow | undefined {
  const tokens: Tokens = { text, starts: [], ends: [], kinds: [] };
  const { kinds, ends } = tokens;
  const length = text.length;
  let firstIndex = -1;
  let lastIndex = -1;
  let lastComma = -1;
  let i = start;
  while (i < length) {
    const index = kinds.length;
    i = readToken(tokens, i);
    if (kinds.length === index) continue; // a space
    if (firstIndex < 0) {
      if (ends[index]! <= first) continue;
      if (index < margins.before && start > 0) return undefined;
      firstIndex = index;
    }
    if (lastIndex < 0) {
      if (ends[index]! <= last) continue;
      lastIndex = index;
    }
    if (kinds[index] === 'punct' && text.charCodeAt(i - 1) === COMMA) lastComma = index;
    if (index - lastIndex >= margins.after && index - lastComma >= margins.commaFree) break;
  }
  return { tokens, first: firstIndex };
}

/** One token's place and kind. */
export interface TokenSpan {
  start: number;
  end: number;
  kind: TokenKind;
}

/**
 * The token that holds `at` (not a space), read from the nearest token boundary at most
 * `maxBack` characters before; undefined when there is none that close.
 */
export function tokenAt(text: string, at: number, maxBack: number): TokenSpan | undefined {
  let i = at;
  const limit = Math.max(0, at - maxBack);
  while (!isTokenBoundary(text, i)) {
    if (i === limit) return undefined;
    i--;
  }
  // Token by token without lists: this runs for every accented word.
  while (i <= at) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const digit = isDigit(code);
    if (digit || isAlnumAt(text, i, code)) {
      const end = wordEnd(text, i);
      if (end > at) return { start: i, end, kind: digit ? 'number' : 'word' };
      i = end;
    } else {
      if (i === at) return { start: i, end: i + 1, kind: 'punct' };
      i++;
    }
  }
  return undefined;
}

/**
 * End of the space-separated piece of text that holds `at`, after stepping over `ahead` later
 * pieces. Pieces are cut at the characters `tokenize` skips, so no token spans two and each
 * holds at least one: the `ahead` tokens after the one at `at` end by this piece's end.
 */
export function pieceEnd(text: string, at: number, ahead: number): number {
  const length = text.length;
  let i = at;
  for (let piece = 0; ; piece++) {
    while (i < length && !isSpace(text.charCodeAt(i))) i++;
    if (piece === ahead || i === length) return i;
    while (i < length && isSpace(text.charCodeAt(i))) i++;
  }
}

export function tokenText(tokens: Tokens, index: number): string {
  return tokens.text.slice(tokens.starts[index], tokens.ends[index]);
}

/** An ASCII digit, or a letter or mark; `code` is the code unit at `index`. */
function isAlnumAt(text: string, index: number, code: number): boolean {
  if (code < 0x80) return isDigit(code) || isAsciiLetter(code);
  return isLetterOrMark(text[index]);
}
