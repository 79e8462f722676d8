import { isLetterOrMarkAt } from '../../text/chars.js';
import { fold } from '../../text/fold.js';
import { fieldTokens } from '../../text/keywords.js';
import {
  CUES_AFTER,
  CUES_BEFORE,
  NON_PERSON_FIELD_TOKENS,
  SIGNATURE_CLOSINGS,
  STRONG_NAME_FIELDS,
  TEMPLATE_WORDS,
  WEAK_NAME_FIELDS,
} from './lexicon.js';

/**
 * What surrounds a name: cue words before and after it, a signature closing on the line
 * above, a field name, e-mail local parts of the same segment, a template context. Each
 * helper looks at a small window around the candidate only, so the cost stays linear.
 */

const WINDOW = 40;
const AFTER_WINDOW = 20;

const DOTTED_TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'pr',
  'prof',
  'm',
  'mme',
  'mlle',
  'mmes',
  'me',
]);

export interface CueHit {
  cue: string;
  distance: number;
}

/** Cue phrases by their folded words; `needsLabel` when only `word:` counts. */
const CUE_PHRASES = new Map<string, { needsLabel: boolean }>();
for (const cue of CUES_BEFORE) {
  const needsLabel = cue.endsWith(':');
  const phrase = needsLabel ? cue.slice(0, -1) : cue;
  if (!CUE_PHRASES.has(phrase) || !needsLabel) CUE_PHRASES.set(phrase, { needsLabel });
}
for (const closing of SIGNATURE_CLOSINGS) {
  if (closing !== '--' && !CUE_PHRASES.has(closing)) {
    CUE_PHRASES.set(closing, { needsLabel: false });
  }
}
const MAX_CUE_WORDS = 4;

/** Last words of the cue phrases: a cheap first test on the word before a candidate. */
const CUE_LAST_WORDS = new Set([...CUE_PHRASES.keys()].map((phrase) => phrase.split(' ').pop()));

/**
 * Length, first and last letter of each cue's last word: most words before a capital (the end of
 * the previous sentence) fail this test, so they are never sliced nor folded.
 */
const CUE_LAST_WORD_SHAPES = new Set([...CUE_LAST_WORDS].map((word = '') => wordShape(word)));

function wordShape(word: string): number {
  return shapeKey(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1));
}

function shapeKey(length: number, first: number, last: number): number {
  return (length * 128 + first) * 128 + last;
}

/** Whether the word before `start` may end a cue: `cueBefore` finds none otherwise. */
export function mayFollowCue(text: string, start: number, floor: number): boolean {
  return cueWordBefore(text, start, floor) !== '';
}

/**
 * The folded word before `start` when it may end a cue, else ''. A cue of one word that
 * `cueBefore` finds (a title: `mr`, `mme`) is this word: its window's last word is this one but
 * for characters it holds beyond `a`–`z`, and those would keep it out of the cue words. So a
 * caller that wants only such a cue reads it (the window sliced, folded, split) only when this
 * word is one.
 */
export function cueWordBefore(text: string, start: number, floor: number): string {
  const word = previousWord(text, start, floor);
  return word !== '' && CUE_LAST_WORDS.has(word) ? word : '';
}

/** A cue word (title, greeting, label) right before `start`, on the same line. */
export function cueBefore(text: string, start: number, floor: number): CueHit | undefined {
  if (!mayFollowCue(text, start, floor)) return undefined;
  const from = Math.max(floor, start - WINDOW);
  let window = text.slice(from, start);
  const newline = window.lastIndexOf('\n');
  if (newline >= 0) window = window.slice(newline + 1);
  let folded = quickFold(window).replace(/\s+/g, ' ');
  const rawLength = folded.length;
  folded = folded.trimEnd();
  let labelled = false;
  if (folded.endsWith(':')) {
    labelled = true;
    folded = folded.slice(0, -1).trimEnd();
  }
  // A dot ends a sentence ("Thank you. John") unless it closes a title (`Mr.`, `M.`).
  const dotted = folded.endsWith('.');
  if (folded.endsWith(',') || dotted) folded = folded.slice(0, -1).trimEnd();
  const distance = rawLength - folded.length;
  const words = folded.split(' ');
  let phrase = '';
  for (let k = 1; k <= MAX_CUE_WORDS && k <= words.length; k++) {
    const word = words[words.length - k] as string;
    phrase = k === 1 ? word : `${word} ${phrase}`;
    const cue = phrase.replace(/^[^a-z]+/, '');
    const entry = CUE_PHRASES.get(cue);
    if (!entry || (entry.needsLabel && !labelled)) continue;
    if (dotted && !DOTTED_TITLES.has(cue)) continue;
    return { cue, distance };
  }
  return undefined;
}

const MAX_CUE_WORD_LENGTH = 16;

/** The folded word before `start`, across at most a few spaces and `.,:` (`Mr. `, `From: `). */
function previousWord(text: string, start: number, floor: number): string {
  // Nothing but a gap may stand before the word, and a word before the gap: a line start, a
  // bracket or a digit there (`\nThe`, `(See`, `58 INFO`) is answered by one or two look-ups.
  const gapEnd = classBefore(text, start - 1, floor);
  if (gapEnd === 0 || (gapEnd === GAP && classBefore(text, start - 2, floor) === 0)) return '';
  const end = gapStart(text, start, floor);
  if (endsNoCueWord(text, end, floor)) return '';
  // Walk back over the word, working out the length, first and last letter of its folded form
  // on the way (Latin letters fold one by one, LATIN_FOLDS): most words are no cue's last
  // word, and are neither sliced nor folded.
  let begin = end;
  let latin = true;
  let length = 0;
  let first = 0;
  let last = 0;
  while (begin > floor && end - begin < MAX_CUE_WORD_LENGTH && isLetterCode(text, begin - 1)) {
    begin--;
    const code = text.charCodeAt(begin);
    if (code >= LATIN_LIMIT) {
      latin = false;
      continue;
    }
    const foldedLength = LATIN_FOLD_LENGTHS[code] as number;
    if (foldedLength === 0) continue;
    if (length === 0) last = LATIN_FOLD_LASTS[code] as number;
    first = LATIN_FOLD_FIRSTS[code] as number;
    length += foldedLength;
  }
  if (begin === end) return '';
  if (latin && !CUE_LAST_WORD_SHAPES.has(shapeKey(length, first, last))) return '';
  return quickFold(text.slice(begin, end));
}

/**
 * Start of the gap (at most four gap characters, see CHAR_CLASSES) that ends at `start`, not before
 * `floor`. Read without branching on the characters, as `endsNoCueWord`: before a capital they
 * vary at random (a dot and a space, a newline), and each mispredicted branch cost more than
 * the table look-ups.
 */
function gapStart(text: string, start: number, floor: number): number {
  const first = classBefore(text, start - 1, floor) & GAP;
  const second = first & classBefore(text, start - 2, floor);
  const third = second & classBefore(text, start - 3, floor);
  const fourth = third & classBefore(text, start - 4, floor);
  return start - first - second - third - fourth;
}

/**
 * Whether no cue's last word ends at `end`, known from the two characters before it: no letter
 * (`previousWord` finds no word), a one-letter ASCII word that is no cue (`Z` in `10:24:58Z`),
 * or two ASCII letters that end no cue's last word (`the`, `in`, `service`). Most words before a
 * capital (the end of the previous sentence) are rejected so, before the walk over them.
 */
function endsNoCueWord(text: string, end: number, floor: number): boolean {
  const last = end - 1 >= floor ? text.charCodeAt(end - 1) : 0;
  const beforeLast = end - 2 >= floor ? text.charCodeAt(end - 2) : 0;
  const lastClass = CHAR_CLASSES[last] as number;
  const beforeClass = CHAR_CLASSES[beforeLast] as number;
  // 1 or 0 each, combined without branching.
  const lastLetter = (lastClass >> 1) & 1;
  const lastMayBeLetter = ((lastClass >> 1) | (lastClass >> 2)) & 1;
  const beforeLetter = (beforeClass >> 1) & 1;
  const beforeMayBeLetter = ((beforeClass >> 1) | (beforeClass >> 2)) & 1;
  const noLetter = lastMayBeLetter ^ 1;
  const oneLetter =
    lastLetter & (beforeMayBeLetter ^ 1) & ((CUE_WORD_LETTERS[last & 127] as number) ^ 1);
  const pair = (beforeLast & 127) * 128 + (last & 127);
  const twoLetters = lastLetter & beforeLetter & ((CUE_WORD_ENDINGS[pair] as number) ^ 1);
  return (noLetter | oneLetter | twoLetters) !== 0;
}

function classBefore(text: string, index: number, floor: number): number {
  return index >= floor ? (CHAR_CLASSES[text.charCodeAt(index)] as number) : 0;
}

/**
 * By code: a gap character (space, tab, `,`, `.`, `:`, no-break space: 1), an ASCII letter (2), a unit beyond ASCII, which
 * may be a letter (4).
 */
const GAP = 1;
const ASCII_LETTER = 2;
const BEYOND_ASCII = 4;
const CHAR_CLASSES = new Uint8Array(0x10000).fill(BEYOND_ASCII, 128);
for (let code = 65; code <= 122; code++) {
  if (code <= 90 || code >= 97) CHAR_CLASSES[code] = ASCII_LETTER;
}
for (const code of [32, 9, 44, 46, 58, 160]) CHAR_CLASSES[code] = (CHAR_CLASSES[code] ?? 0) | GAP;

/**
 * The one-letter cue words, and the last two letters of the others, as written in either case
 * (by code, `beforeLast * 128 + last`).
 */
const CUE_WORD_LETTERS = new Uint8Array(128);
const CUE_WORD_ENDINGS = new Uint8Array(128 * 128);
for (const word of CUE_LAST_WORDS) {
  if (word === undefined || word === '') continue;
  const last = word.charCodeAt(word.length - 1);
  if (word.length === 1) {
    if (last < 128) CUE_WORD_LETTERS[last] = CUE_WORD_LETTERS[last & ~32] = 1;
    continue;
  }
  const beforeLast = word.charCodeAt(word.length - 2);
  if (last >= 128 || beforeLast >= 128) continue;
  for (const b of [beforeLast, beforeLast & ~32]) {
    for (const l of [last, last & ~32]) CUE_WORD_ENDINGS[b * 128 + l] = 1;
  }
}

function isLetterCode(text: string, index: number): boolean {
  return isLetterOrMarkAt(text, index);
}

/**
 * `fold` of each code unit below U+0180 (ASCII, Latin-1, Latin Extended-A): there, folding a
 * text is folding each of its characters (no combining mark, no context-dependent case), and
 * a table lookup spares the Unicode normalization of French and English words.
 */
const LATIN_LIMIT = 0x180;
const LATIN_FOLDS: readonly string[] = Array.from({ length: LATIN_LIMIT }, (_, code) =>
  fold(String.fromCharCode(code)),
);

/** Length, first and last code unit of each `LATIN_FOLDS` entry, for `previousWord`. */
const LATIN_FOLD_LENGTHS = Uint8Array.from(LATIN_FOLDS, (folded) => folded.length);
const LATIN_FOLD_FIRSTS = Uint16Array.from(LATIN_FOLDS, (folded) => folded.charCodeAt(0) || 0);
const LATIN_FOLD_LASTS = Uint16Array.from(LATIN_FOLDS, (f) => f.charCodeAt(f.length - 1) || 0);

/** `fold`, fast for ASCII and Latin text. */
export function quickFold(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= LATIN_LIMIT) return fold(text);
    if (code > 127) ascii = false;
  }
  if (ascii) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) out += LATIN_FOLDS[text.charCodeAt(i)] as string;
  return out;
}

/** A verb of speech right after `end` ("Jean Dupont a écrit :", "John Smith wrote"). */
export function cueAfter(text: string, end: number, ceiling: number): CueHit | undefined {
  let window = text.slice(end, Math.min(ceiling, end + AFTER_WINDOW));
  const newline = window.indexOf('\n');
  if (newline >= 0) window = window.slice(0, newline);
  const folded = quickFold(window).replace(/\s+/g, ' ');
  const trimmed = folded.replace(/^[\s,]+/, '');
  const distance = folded.length - trimmed.length;
  for (const cue of CUES_AFTER) {
    if (trimmed.startsWith(cue) && !isWordCode(trimmed.charCodeAt(cue.length))) {
      return { cue, distance };
    }
  }
  return undefined;
}

/**
 * The name opens its line and the nearest non-blank line above is a closing ("Cordialement,",
 * "Best regards,", "--"): a signature block.
 */
export function isSignatureLine(text: string, start: number, floor: number): boolean {
  // A signature line is short: look back a bounded distance only, so the cost stays linear.
  const lookBack = Math.max(floor, start - SIGNATURE_LOOKBACK);
  if (printableBeforeOnLine(text, start, lookBack)) return false;
  const lineStart = lastNewline(text, start - 1, lookBack) + 1;
  if (lineStart <= lookBack) return false;
  if (!blankBetween(text, lineStart, start)) return false;
  let lineEnd = lineStart - 1;
  for (let blank = 0; blank < 3 && lineEnd > lookBack; blank++) {
    if (longLineEndingAt(text, lineEnd, lookBack)) return false;
    const previousStart = Math.max(floor, lastNewline(text, lineEnd - 1, lookBack) + 1);
    if (longAsciiLine(text, previousStart, lineEnd)) return false;
    const line = fold(text.slice(previousStart, lineEnd))
      .trim()
      .replace(/[\s,.!;:]+$/, '');
    if (line !== '') return SIGNATURE_CLOSINGS.has(line) || line.endsWith(' --');
    lineEnd = previousStart - 1;
  }
  return false;
}

const SIGNATURE_LOOKBACK = 200;

/** The longest closing (`sinceres salutations`). */
const LONGEST_CLOSING = Math.max(...[...SIGNATURE_CLOSINGS].map((closing) => closing.length));

/**
 * Whether `text[from, to)` is a line of ASCII text that folds to no closing: trimmed as
 * `isSignatureLine` trims it, longer than any closing and not ending with ` --`. Known without
 * slicing and folding it (in prose, the line above a capitalised word opening its line is
 * mostly a long sentence). False when unsure: a character beyond ASCII, a short line.
 */
function longAsciiLine(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isTrailingCode(text.charCodeAt(end - 1))) end--;
  let start = from;
  while (start < end && isAsciiSpaceCode(text.charCodeAt(start))) start++;
  if (end - start <= LONGEST_CLOSING) return false;
  if (text.charCodeAt(end - 1) === 45 && text.charCodeAt(end - 2) === 45) {
    if (text.charCodeAt(end - 3) === 32) return false;
  }
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Whether the line ending at `lineEnd` (not read before `floor`) is known to fold to no closing
 * from its end alone: trimmed as `isSignatureLine` trims it, it ends in ASCII with no `-`, and a
 * printable character lies further back on it than any closing is long. Whatever stands before
 * that character, the line is too long for a closing and does not end with ` --`. The line's
 * start is not looked for: the line above a word opening its line is mostly a long paragraph,
 * walked twice before (to its start, then over it). False when unsure.
 */
function longLineEndingAt(text: string, lineEnd: number, floor: number): boolean {
  let end = lineEnd;
  while (end > floor) {
    const code = text.charCodeAt(end - 1);
    if (code === 10 || !isTrailingCode(code)) break;
    end--;
  }
  const far = end - LONGEST_CLOSING - 1;
  if (far < floor) return false;
  const last = text.charCodeAt(end - 1);
  if (last === 10 || last === 45 || last > 127) return false;
  for (let i = end - 1; i >= floor; i--) {
    const code = text.charCodeAt(i);
    if (code === 10 || code > 127) return false;
    if (i <= far && !isAsciiSpaceCode(code)) return true;
  }
  return false;
}

/** What `.trim()` and `/[\s,.!;:]+$/` take off the end of an ASCII line. */
function isTrailingCode(code: number): boolean {
  return (
    isAsciiSpaceCode(code) ||
    code === 44 ||
    code === 46 ||
    code === 33 ||
    code === 59 ||
    code === 58
  );
}

/** ASCII white space, as `.trim()` and `\s` read it. */
function isAsciiSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/**
 * A printable ASCII character between the last newline and `start`: the name does not open its
 * line. Most names are found in the middle of a line, a few characters after such a character;
 * false when unsure (a non-ASCII character first).
 */
function printableBeforeOnLine(text: string, start: number, floor: number): boolean {
  for (let i = start - 1; i >= floor; i--) {
    const code = text.charCodeAt(i);
    if (code === 10 || code > 127) return false;
    if (code !== 32 && (code < 9 || code > 13)) return true;
  }
  return false;
}

/**
 * `text.slice(from, to).trim() === ''`, without the slice for the common case: a name in the
 * middle of a line has a printable ASCII character right before it.
 */
function blankBetween(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (code > 127) return text.slice(from, to).trim() === '';
    if (code !== 32 && (code < 9 || code > 13)) return false;
  }
  return true;
}

/** Index of the last newline in `text[floor, from]`, or floor - 1. */
function lastNewline(text: string, from: number, floor: number): number {
  for (let i = from; i >= floor; i--) if (text.charCodeAt(i) === 10) return i;
  return floor - 1;
}

/** A template or example word near the span ("for example", « par exemple », template). */
export function inTemplateContext(text: string, start: number, end: number): boolean {
  const window = fold(text.slice(Math.max(0, start - 120), Math.min(text.length, end + 120)));
  return TEMPLATE_WORDS.some((word) => containsWord(window, word));
}

export type FieldStrength = 'strong' | 'weak';

export interface FieldHint {
  strength: FieldStrength;
  keyword: string;
}

/** Whether a column, header or key name says its values are person names. */
export function personField(field: string | undefined): FieldHint | undefined {
  if (!field) return undefined;
  const tokens = fieldTokens(field);
  if (tokens.length === 0 || tokens.some((token) => NON_PERSON_FIELD_TOKENS.has(token))) {
    return undefined;
  }
  const joined = ` ${tokens.join(' ')} `;
  const strong = STRONG_NAME_FIELDS.find((word) => joined.includes(` ${word} `));
  if (strong) return { strength: 'strong', keyword: strong };
  const weak = WEAK_NAME_FIELDS.find((word) => joined.includes(` ${word} `));
  return weak ? { strength: 'weak', keyword: weak } : undefined;
}

/** Local parts of the e-mail addresses of a segment, as name keys. Built once per segment. */
export class EmailLocalParts {
  private readonly pairs = new Set<string>();
  private readonly locals = new Set<string>();

  constructor(text: string) {
    let at = text.indexOf('@');
    while (at >= 0) {
      let start = at;
      while (start > 0 && at - start < 64 && isLocalPartChar(text.charCodeAt(start - 1))) start--;
      if (start < at) this.add(text.slice(start, at));
      at = text.indexOf('@', at + 1);
    }
  }

  get empty(): boolean {
    return this.locals.size === 0;
  }

  /** `jean.dupont@`, `dupont.jean@`, `jdupont@`, `jeandupont@` support "Jean Dupont". */
  supports(first: string, last: string): boolean {
    const f = first.replace(/['\u2019\s-]/g, '');
    const l = last.replace(/['\u2019\s-]/g, '');
    if (!f || !l) return false;
    return (
      this.pairs.has(`${f} ${l}`) ||
      this.pairs.has(`${l} ${f}`) ||
      this.locals.has(`${f[0]}${l}`) ||
      this.locals.has(`${f}${l}`) ||
      this.locals.has(`${l}${f}`)
    );
  }

  private add(local: string): void {
    const parts = fold(local)
      .split(/[._+-]+/)
      .map((part) => part.replace(/[0-9]+/g, ''))
      .filter(Boolean);
    if (parts.length === 0) return;
    this.locals.add(parts.join(''));
    for (let i = 0; i + 1 < parts.length; i++) this.pairs.add(`${parts[i]} ${parts[i + 1]}`);
  }
}

function isLocalPartChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 46 ||
    code === 95 ||
    code === 45 ||
    code === 43
  );
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127;
}

function containsWord(haystack: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const i = haystack.indexOf(word, from);
    if (i < 0) return false;
    const before = haystack.charCodeAt(i - 1);
    const after = haystack.charCodeAt(i + word.length);
    if (!isWordCode(before) && (word.endsWith('.') || !isWordCode(after))) return true;
    from = i + 1;
  }
}
