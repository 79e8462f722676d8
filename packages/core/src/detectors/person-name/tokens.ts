import { isLetterOrMark } from '../../text/chars.js';

/**
 * Word tokens that may be part of a person's name, found in one forward pass. A token is a
 * run of letters with inner hyphens or apostrophes (`Jean-Pierre`, `O'Brien`, `d'Artagnan`);
 * a single capital followed by a dot is an initial (`J.`, `Jean-P.`).
 */
export type TokenShape =
  /** `Dupont`, `Jean-Pierre`, `O'Brien`, `McDonald`, `d'Artagnan` */
  | 'title'
  /** `DUPONT`, `LE-GALL` */
  | 'upper'
  /** `J.`, `Jean-P.` */
  | 'initial'
  /** `de`, `van`, any lower-case word */
  | 'lower';

export interface Token {
  start: number;
  end: number;
  text: string;
  shape: TokenShape;
}

const APOSTROPHES = "'\u2019";

/**
 * Tokens of `text[from, to)` that can belong to a name. Words glued to digits, underscores,
 * `@`, `/`, `.` or other code punctuation, and CamelCase words, are left out: they are
 * identifiers, handles or addresses, not names.
 */
export function nameTokens(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    if (!letterAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < to && letterAt(text, i)) i++;
      const joiner = text.charCodeAt(i);
      if (i + 1 < to && isJoiner(joiner) && letterAt(text, i + 1)) {
        i += 2;
        continue;
      }
      break;
    }
    let end = i;
    i = end;
    // Lower-case words matter only as particles (`de`, `van`) or elisions (`d'Artagnan`); the
    // others are skipped here, and the letters left in the gap end any name run.
    if (isLowerAscii(text.charCodeAt(start)) && !maybeParticleOrElision(text, start, end)) {
      continue;
    }
    if (text.charCodeAt(end) === 46 && isInitialLetter(text, start, end)) end++;
    if (isGlued(text, start, end, from, to)) {
      i = end;
      continue;
    }
    const word = text.slice(start, end);
    const shape = shapeOf(word);
    if (shape) tokens.push({ start, end, text: word, shape });
    i = end;
  }
  return tokens;
}

const MAX_PARTICLE_LENGTH = 5;

function maybeParticleOrElision(text: string, start: number, end: number): boolean {
  if (end - start <= MAX_PARTICLE_LENGTH) return true;
  return isJoiner(text.charCodeAt(start + 1));
}

function isJoiner(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019;
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

function letterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return isLetterOrMark(text[index]);
}

/** `J` or `Jean-P` before a dot: the last part is one capital letter. */
function isInitialLetter(text: string, start: number, end: number): boolean {
  const last = text[end - 1] as string;
  if (!isUpper(last)) return false;
  return end - start === 1 || text[end - 2] === '-';
}

function isGlued(text: string, start: number, end: number, from: number, to: number): boolean {
  const before = start > from ? text[start - 1] : undefined;
  const after = end < to ? text[end] : undefined;
  if (before !== undefined && GLUE_BEFORE.includes(before)) return true;
  if (before === '.' && start - 2 >= from && isLetterOrMark(text[start - 2])) return true;
  if (after === undefined) return false;
  if (GLUE_AFTER.includes(after)) return true;
  if (after === '.' && isLetterOrMark(text[end + 1])) return true;
  if (after === '-' || APOSTROPHES.includes(after)) return false;
  return isDigitOrUnderscore(after);
}

const GLUE_BEFORE = '0123456789_@/\\$#%&=<{[|~^*+';
const GLUE_AFTER = '0123456789_@/\\$#%&=>}]|~^*+(';

function isDigitOrUnderscore(ch: string): boolean {
  return ch === '_' || (ch >= '0' && ch <= '9');
}

function isUpper(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Shape of a word, or undefined for CamelCase and other identifier-like mixes. */
export function shapeOf(word: string): TokenShape | undefined {
  if (word.endsWith('.')) return 'initial';
  let uppers = 0;
  let lowers = 0;
  let badInnerUpper = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    if (isUpper(ch)) {
      uppers++;
      if (i > 0 && !innerCapitalAllowed(word, i)) badInnerUpper = true;
    } else if (isLower(ch)) {
      lowers++;
    }
  }
  if (uppers === 0) return 'lower';
  if (lowers === 0) return uppers >= 2 ? 'upper' : 'title';
  const first = word[0] as string;
  if (isUpper(first)) return badInnerUpper ? undefined : 'title';
  // `d'Artagnan`, `l'Estrange`: a lower-case elided particle, then a capital.
  if (word.length > 2 && APOSTROPHES.includes(word[1] as string) && isUpper(word[2] as string)) {
    return badInnerUpperAfter(word, 3) ? undefined : 'title';
  }
  return undefined;
}

/** A capital inside a word: after a hyphen or apostrophe, or in `Mc`/`Mac` names. */
function innerCapitalAllowed(word: string, index: number): boolean {
  const before = word[index - 1] as string;
  if (before === '-' || APOSTROPHES.includes(before)) return true;
  return (index === 2 && word.startsWith('Mc')) || (index === 3 && word.startsWith('Mac'));
}

function badInnerUpperAfter(word: string, from: number): boolean {
  for (let i = from; i < word.length; i++) {
    const ch = word[i] as string;
    if (isUpper(ch) && !innerCapitalAllowed(word, i)) return true;
  }
  return false;
}
