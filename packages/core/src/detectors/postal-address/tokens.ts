import { isDigit, isLetterOrMark } from '../../text/chars.js';

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

const APOSTROPHES = new Set(["'", '’']);

export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: TokenKind[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\r') {
      i++;
      continue;
    }
    const start = i;
    const digit = isDigit(ch.charCodeAt(0));
    if (digit || isLetterOrMark(ch)) {
      i++;
      while (i < text.length) {
        const next = text[i]!;
        if (isDigit(next.charCodeAt(0)) || isLetterOrMark(next)) {
          i++;
        } else if ((next === '-' || APOSTROPHES.has(next)) && isAlnumAt(text, i + 1)) {
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

function isAlnumAt(text: string, index: number): boolean {
  const ch = text[index];
  return ch !== undefined && (isDigit(ch.charCodeAt(0)) || isLetterOrMark(ch));
}
