/** Character classes shared by detectors; Unicode-aware, no regex backtracking. */

const LETTER = /\p{L}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return isAsciiLetter(code);
  return LETTER.test(ch);
}

export function isLetterOrMark(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return isAsciiLetter(code);
  return LETTER_OR_MARK.test(ch);
}

/** A word character: letter, mark, digit or underscore. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return isAsciiLetter(code) || isDigit(code) || code === 95;
  return LETTER_OR_MARK.test(ch) || /\p{Nd}/u.test(ch);
}

export function isAlnum(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return isAsciiLetter(code) || isDigit(code);
}
