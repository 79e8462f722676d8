import { compiledOnOrdinaryText } from '../../text/ordinary-compile.js';
import { isAsciiLetter, isDigit } from '../../text/chars.js';
import {
  EN_CONTEXTUAL_STREET_TYPES,
  EN_STRONG_STREET_TYPES,
  EN_WEAK_STREET_TYPES,
  FR_STRONG_STREET_TYPES,
  FR_WEAK_STREET_TYPES,
  PO_BOX_WORDS,
} from './vocabulary.js';

/**
 * Where a street type (or BP) may stand, found by native searches rather than by tokenizing the
 * whole text. Both searches may find more than anchors, never fewer; the parser decides.
 */

/** English plural street types (`Ways`, `Hills`): a singular type and an `s`, 4 letters or more. */
export function isEnglishPluralType(folded: string): boolean {
  if (!folded.endsWith('s') || folded.length < 4) return false;
  const singular = folded.slice(0, -1);
  return (
    EN_STRONG_STREET_TYPES.has(singular) ||
    EN_WEAK_STREET_TYPES.has(singular) ||
    EN_CONTEXTUAL_STREET_TYPES.has(singular)
  );
}

const FR_TYPES = new Set([...FR_STRONG_STREET_TYPES, ...FR_WEAK_STREET_TYPES]);
const EN_SINGULAR_TYPES = [
  ...EN_STRONG_STREET_TYPES,
  ...EN_WEAK_STREET_TYPES,
  ...EN_CONTEXTUAL_STREET_TYPES,
];
const EN_TYPES = new Set([
  ...EN_SINGULAR_TYPES,
  ...EN_SINGULAR_TYPES.map((type) => `${type}s`).filter(isEnglishPluralType),
]);

/** Folded words that can anchor a street: every street type, and English plural ones. */
export const ANCHOR_WORDS: ReadonlySet<string> = new Set([...FR_TYPES, ...EN_TYPES]);

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function trie(words: Iterable<string>): TrieNode {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return root;
}

const ANY_CASE = (ch: string) => (/[a-z]/.test(ch) ? `[${ch}${ch.toUpperCase()}]` : `\\${ch}`);
const UPPER_CASE = (ch: string) => ch.toUpperCase();
const NOT_ALNUM_AFTER = '(?![A-Za-z0-9])';

/** A trie as alternations, so the regex engine never tries a word twice from the same prefix. */
function pattern(node: TrieNode, first: (ch: string) => string): string {
  const branches = [...node.next].map(([ch, child]) => first(ch) + pattern(child, ANY_CASE));
  if (node.end) branches.push(NOT_ALNUM_AFTER);
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/** The street types: French ones in any case, English ones capitalised. */
const STREET_TYPES = [
  pattern(trie(FR_TYPES), ANY_CASE),
  pattern(trie([...EN_TYPES].filter((type) => !FR_TYPES.has(type))), UPPER_CASE),
];

/**
 * A street type spelled in ASCII: French ones in any case, English ones capitalised (as the
 * parser wants them), BP/CS/TSA as written; not inside a longer ASCII word. Every ASCII token
 * the parser would take as an anchor matches. The match takes the character before the word
 * (see `asciiAnchorStart`): the engine skips text faster than with a lookbehind.
 */
export const ASCII_ANCHOR = new RegExp(
  '(?:^|[^A-Za-z0-9])(?:' +
    [...STREET_TYPES, `(?:${[...PO_BOX_WORDS].join('|')})${NOT_ALNUM_AFTER}`].join('|') +
    ')',
  'g',
);

/**
 * A street type of `ASCII_ANCHOR` (not BP/CS/TSA) after a space or comma, the match taking that
 * character. Every street type the parser reads stands there: the token before it is a house
 * number, a name, `bis` or a comma, and two such tokens are apart only by the characters
 * `tokenize` skips or a punctuation token. Fewer places to try than after any character other
 * than a letter or digit: a log is read ~1.4x faster.
 */
export const SPACED_STREET_TYPE = compiledOnOrdinaryText(
  new RegExp(`[ \\t\\u00a0\\r,](?:${STREET_TYPES.join('|')})`, 'g'),
);

/**
 * `SPACED_STREET_TYPE`, or BP/CS/TSA with no letter or digit after it (the one before is
 * checked by the caller): one search, where a substring search per word read the text three
 * more times.
 */
export const SPACED_STREET_TYPE_OR_BOX = compiledOnOrdinaryText(
  new RegExp(
    `${SPACED_STREET_TYPE.source}|(?:${[...PO_BOX_WORDS].join('|')})${NOT_ALNUM_AFTER}`,
    'g',
  ),
);

/** Where the street type of an `ASCII_ANCHOR` match starts (it begins with a letter). */
export function asciiAnchorStart(text: string, matchIndex: number): number {
  const code = text.charCodeAt(matchIndex);
  return isDigit(code) || isAsciiLetter(code) ? matchIndex : matchIndex + 1;
}

/**
 * The non-ASCII code units whose fold is an ASCII letter (`é`, `Ř`, `ṡ`, Kelvin `K`) or nothing
 * (combining accents): a token with any other non-ASCII unit never folds to a street type, and a
 * non-ASCII street type holds one of these (the test checks the whole BMP).
 */
export const FOLDS_TO_ASCII = /[\u0300-\u036f\u00c0-\u0233\u1e00-\u1ef9\u212a\u212b]/g;

/** Whether the unit `code` is one of `FOLDS_TO_ASCII`. */
export function foldsToAscii(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0xc0 && code <= 0x233) ||
    (code >= 0x1e00 && code <= 0x1ef9) ||
    code === 0x212a ||
    code === 0x212b
  );
}

/**
 * `FOLDS_TO_ASCII` or `ASCII_ANCHOR`, in one search: a log or source file is read once, not
 * twice. A match of one unit is a unit that folds (a street type spelled in ASCII is 2 letters
 * at least); at one place the unit is tried first, so `ASCII_ANCHOR_AT` checks whether a street
 * type also follows it (`éRue`).
 */
export const FOLDING_OR_ASCII_ANCHOR = new RegExp(
  `${FOLDS_TO_ASCII.source}|${ASCII_ANCHOR.source}`,
  'g',
);

/** `ASCII_ANCHOR` matched at `lastIndex` only. */
export const ASCII_ANCHOR_AT = new RegExp(ASCII_ANCHOR.source, 'y');
