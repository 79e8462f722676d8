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

export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: TokenKind[] = [];
  const length = text.length;
  let i = 0;
  // Character codes rather than one-character strings: this runs over every character.
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 0xa0 || code === 13) {
      i++;
      continue;
    }
    const start = i;
    const digit = isDigit(code);
    if (digit || isAlnumAt(text, i, code)) {
      i++;
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
      kinds.push(digit ? 'number' : 'word');
    } else {
      i++;
      kinds.push('punct');
    }
    starts.push(start);
    ends.push(i);
  }
  return { text, starts, ends, kinds };
}

export function tokenText(tokens: Tokens, index: number): string {
  return tokens.text.slice(tokens.starts[index], tokens.ends[index]);
}

/** An ASCII digit, or a letter or mark; `code` is the code unit at `index`. */
function isAlnumAt(text: string, index: number, code: number): boolean {
  if (code < 0x80) return isDigit(code) || isAsciiLetter(code);
  return isLetterOrMark(text[index]);
}
