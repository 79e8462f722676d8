/** Character classes shared by detectors; Unicode-aware, no regex backtracking. */

const LETTER = /\p{L}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * Non-ASCII code units below this limit (Latin, Greek, Cyrillic, Hebrew, Arabic…) are classified
 * once, at load, with the same regexes: detectors ask about every character of a text, and
 * a table lookup costs far less than a Unicode property test. Longer strings (which the regexes
 * test as a whole) keep the regexes.
 */
const TABLE_LIMIT = 0x800;
const IS_LETTER = 1;
const IS_LETTER_OR_MARK = 2;
const IS_WORD = 4;
const CLASSES = new Uint8Array(TABLE_LIMIT);
for (let code = 0x80; code < TABLE_LIMIT; code++) {
  const ch = String.fromCharCode(code);
  const letterOrMark = LETTER_OR_MARK.test(ch);
  CLASSES[code] =
    (LETTER.test(ch) ? IS_LETTER : 0) |
    (letterOrMark ? IS_LETTER_OR_MARK : 0) |
    (letterOrMark || DECIMAL_DIGIT.test(ch) ? IS_WORD : 0);
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isAsciiCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** An ASCII letter or any non-ASCII unit: where a word may be, without a Unicode lookup. */
export function mayBeLetter(code: number): boolean {
  return code >= 0x80 || isAsciiLetter(code);
}

/**
 * Whether `text` holds a unit `mayBeLetter` accepts. A loop, not a regex: table cells are mostly
 * short numbers, read faster than a regex search is started.
 */
export function mayHoldLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (mayBeLetter(text.charCodeAt(i))) return true;
  return false;
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return isAsciiLetter(code);
  if (code < TABLE_LIMIT && ch.length === 1) return (CLASSES[code]! & IS_LETTER) !== 0;
  return LETTER.test(ch);
}

/** `isLetterOrMark` of the character at `index` (a code unit), without a one-character string. */
export function isLetterOrMarkAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return isAsciiLetter(code);
  if (code < TABLE_LIMIT) return (CLASSES[code]! & IS_LETTER_OR_MARK) !== 0;
  return isLetterOrMark(text[index]);
}

export function isLetterOrMark(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return isAsciiLetter(code);
  if (code < TABLE_LIMIT && ch.length === 1) return (CLASSES[code]! & IS_LETTER_OR_MARK) !== 0;
  return LETTER_OR_MARK.test(ch);
}

/** A word character: letter, mark, digit or underscore. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return isAsciiLetter(code) || isDigit(code) || code === 95;
  if (code < TABLE_LIMIT && ch.length === 1) return (CLASSES[code]! & IS_WORD) !== 0;
  return LETTER_OR_MARK.test(ch) || DECIMAL_DIGIT.test(ch);
}

export function isAlnum(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return isAsciiLetter(code) || isDigit(code);
}
