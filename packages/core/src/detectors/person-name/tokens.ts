import { isAsciiCapital, isLetterOrMark } from '../../text/chars.js';
import { mayFollowCue } from './context.js';
import { PARTICLES } from './lexicon.js';
import { compiledOnOrdinaryText } from '../../text/ordinary-compile.js';

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
  /** `text` folded, filled in by the scan on first use. */
  folded?: string | undefined;
}

/**
 * A token made by `new`, not as a literal: a segment's tokens live until its scan ends, past a
 * young-generation collection, and V8 would then pretenure a literal's allocation site (every
 * later token straight into the old generation, freed only by a full collection).
 */
class NameToken implements Token {
  start: number;
  end: number;
  text: string;
  shape: TokenShape;
  folded: string | undefined;

  constructor(start: number, end: number, text: string, shape: TokenShape) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.shape = shape;
    this.folded = undefined;
  }
}

const APOSTROPHES = "'\u2019";

/**
 * Which lower-case words to return: every one (`all`), or only name particles (`particles`),
 * the only ones a name run uses. Any other word ends a run anyway: its letters in the gap
 * make the next token not adjacent. `particles-near-names` keeps only the particles a run
 * outside a name value can use: those one or two spaces after another token (after a title's
 * dot: `Mr. de`), and at most two right before a capitalised word when the first follows a
 * cue word (`mme de La Tour`). Outside a name value, particles without a capitalised word make
 * no name (see `evaluateRun`), so the scan jumps natively from capital to capital and looks for
 * particles only around them: French prose has a `de` or `le` in every line.
 */
export type LowerWords = 'all' | 'particles' | 'particles-near-names';

/**
 * Reads a capitalised word `text[start, end)` (Latin-1 letters, a title-case or upper-case
 * token) that stands alone: no token can join it in a run, so the scan would read it as a
 * single word. True when that reading is done without a token: the word makes nothing alone,
 * or only a single that the reader records itself. `[from, to)` is the stretch.
 * `beforeParticles`: one or two lower-case particles follow it (`Mot le chat`), and no token
 * can join them: the scan would read the word and its particles as a run. The word may be
 * glued (`isGlued`): a glued word makes nothing either, so the reader checks that only before
 * recording something (most capitals make nothing, and are answered without the check).
 */
export type LoneWordReader = (
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
  beforeParticles: boolean,
) => boolean;

/**
 * Tokens of `text[from, to)` that can belong to a name. Words glued to digits, underscores,
 * `@`, `/`, `.` or other code punctuation, and CamelCase words, are left out: they are
 * identifiers, handles or addresses, not names.
 */
export function nameTokens(
  text: string,
  from = 0,
  to = text.length,
  lowerWords: LowerWords = 'all',
  readsLoneWord?: LoneWordReader,
): Token[] {
  if (lowerWords === 'particles-near-names') return tokensNearNames(text, from, to, readsLoneWord);
  const tokens: Token[] = [];
  const particlesOnly = lowerWords !== 'all';
  // The stretch alone, so that the search sees the same word edges as the loop below.
  const haystack = from === 0 && to === text.length ? text : text.slice(from, to);
  let i = from;
  // Where the next search starts: past `i` when a match was no letter (a joiner may still
  // tie the letters around it into one word that starts before the match).
  let searchFrom = from;
  while (i < to) {
    let start: number;
    if (particlesOnly) {
      // Only words with a capital and particles make tokens: jump to the next one natively
      // instead of walking every lower-case word.
      NEXT_WORD.lastIndex = Math.max(i, searchFrom) - from;
      if (!NEXT_WORD.test(haystack)) break;
      const at = from + NEXT_WORD.lastIndex - 1;
      if (!letterAt(text, at)) {
        searchFrom = at + 1;
        continue;
      }
      start = wordStart(text, at, i);
    } else {
      if (!letterAt(text, i)) {
        i++;
        continue;
      }
      start = i;
    }
    let end = readWord(text, start, to);
    i = end;
    // Lower-case words matter only as particles (`de`, `van`) or elisions (`d'Artagnan`); the
    // others are skipped here, and the letters left in the gap end any name run.
    if (isLowerAscii(text.charCodeAt(start)) && !maybeParticleOrElision(text, start, end)) {
      continue;
    }
    // Without a capital the word is lower case (an initial or an elision needs one): skip it
    // before any allocation unless it is a particle.
    const upper = wordCases.plain ? wordCases.uppers > 0 : hasUpper(text, start, end);
    if (particlesOnly && !upper && !isParticleAt(text, start, end)) continue;
    if (text.charCodeAt(end) === 46 && isInitialLetter(text, start, end)) end++;
    if (isGlued(text, start, end, from, to)) {
      i = end;
      continue;
    }
    const word = text.slice(start, end);
    const shape = (wordCases.plain && plainShape(word)) || shapeOf(word);
    if (shape) tokens.push(new NameToken(start, end, word, shape));
    i = end;
  }
  return tokens;
}

/**
 * `nameTokens` in `particles-near-names` mode, a loop of its own (the scan of all text outside
 * name values). A particle right after a token is read in place (`Jean de La`, `van der`);
 * otherwise it jumps natively to the next capital, reading first the particles that may open
 * a name right before it (`mme de La Tour`). Most capitalised words stand alone (no token can
 * be adjacent on either side: `The`, `INFO`, `Pour` before a lower-case word): those are first
 * offered to `readsLoneWord`, and make no token (nor a slice) when it reads them.
 */
function tokensNearNames(
  text: string,
  from: number,
  to: number,
  readsLoneWord: LoneWordReader | undefined,
): Token[] {
  const tokens: Token[] = [];
  let lastEnd = -1;
  // Sliced even when the stretch is the whole text (`slice` then returns the text itself): a
  // call only source code's stretches reached was optimised without feedback, and its first
  // call deoptimised the loop (code read after prose or logs in one process ~20 % slower).
  const haystack = text.slice(from, to);
  let i = from;
  let searchFrom = from;
  while (i < to) {
    let start: number;
    const particle = i === lastEnd ? particleAfter(text, i, to) : -1;
    if (particle >= 0) {
      start = particle;
    } else {
      const capital = nextCapital(haystack, Math.max(i, searchFrom) - from);
      if (capital < 0) break;
      const at = from + capital;
      if (!letterAt(text, at)) {
        searchFrom = at + 1;
        continue;
      }
      const wordAt = wordStart(text, at, i);
      start = lowerLetterBefore(text, wordAt, i) ? openingParticle(text, wordAt, i, from) : wordAt;
    }
    let end = readWord(text, start, to);
    i = end;
    if (
      readsLoneWord !== undefined &&
      (lastEnd < 0 || start - lastEnd > MAX_ADJACENT_GAP) &&
      isCapitalisedWord(text, start, end)
    ) {
      const alone = standsAloneBefore(text, end, to);
      if (
        (alone || standsAloneBeforeParticles(text, end, to)) &&
        readsLoneWord(text, start, end, from, to, !alone)
      ) {
        continue;
      }
    }
    // Lower-case words matter only as particles (or elisions, `d'Artagnan`): the others end
    // any name run.
    if (isLowerAscii(text.charCodeAt(start)) && !maybeParticleOrElision(text, start, end)) {
      continue;
    }
    const upper = wordCases.plain ? wordCases.uppers > 0 : hasUpper(text, start, end);
    if (!upper && !isParticleAt(text, start, end)) continue;
    if (text.charCodeAt(end) === 46 && isInitialLetter(text, start, end)) end++;
    if (isGlued(text, start, end, from, to)) {
      i = end;
      continue;
    }
    const word = text.slice(start, end);
    const shape = (wordCases.plain && plainShape(word)) || shapeOf(word);
    if (shape) {
      tokens.push(new NameToken(start, end, word, shape));
      lastEnd = end;
    }
    i = end;
  }
  return tokens;
}

const MAX_PARTICLE_LENGTH = 5;

/** A token ends at most this far before the next one in a run: a title's dot and two spaces. */
const MAX_ADJACENT_GAP = 3;

/**
 * Whether the word `readWord` just read at `start` makes a title-case or upper-case token
 * (`shapeOf`), known from its letters: a capital first, then only capitals or only lower-case
 * letters, all of Latin-1 (`The`, `INFO`, `Réponse`). Any other word (a joiner, a letter beyond
 * U+00FF, CamelCase) is left to the scan (false).
 */
function isCapitalisedWord(text: string, start: number, end: number): boolean {
  if (wordCases.plain) {
    const { uppers, lowers } = wordCases;
    return (
      isAsciiCapital(text.charCodeAt(start)) &&
      uppers + lowers === end - start &&
      (lowers === 0 || uppers === 1)
    );
  }
  if (!isLatin1Capital(text.charCodeAt(start))) return false;
  let uppers = 1;
  let lowers = 0;
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isLatin1Capital(code)) uppers++;
    else if (isLatin1Lower(code)) lowers++;
    else return false;
  }
  return lowers === 0 || uppers === 1;
}

/** `A`–`Z`, `À`–`Þ` but `×`. */
function isLatin1Capital(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

/** `a`–`z`, `ß`–`ÿ` but `÷`. */
function isLatin1Lower(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

/**
 * Whether no token can start one or two spaces after the word ending at `end` (see `adjacent`
 * in scan.ts): after no space, after a third space or a character that is no letter, or
 * before a lower-case ASCII word that is no particle and no elision (`The cat`). A lower-case
 * word opens a token only as a particle or an elision (`d'Artagnan`): any other shape with a
 * capital inside (`a-B`) is none. Any other case (a dot, a capital, an accented letter) is
 * left to the scan (false).
 */
function standsAloneBefore(text: string, end: number, to: number): boolean {
  if (end >= to) return true;
  const after = text.charCodeAt(end);
  if (after === DOT) return false;
  if (!isSpaceCode(after)) return true;
  let next = end + 1;
  if (next < to && isSpaceCode(text.charCodeAt(next))) next++;
  if (next >= to) return true;
  const code = text.charCodeAt(next);
  if (!isLowerAscii(code)) return !letterAt(text, next);
  if (next + 1 < to && isApostropheCode(text.charCodeAt(next + 1))) return false;
  return !particleWordAt(text, next, to);
}

/**
 * Whether one or two particles follow the word ending at `end` (one or two spaces before each:
 * `Mot le chat`, `Texte de la page`), none glued, and no token can start one or two spaces
 * after the last (see `standsAloneBefore`): the scan would make a run of the word and its
 * particles and nothing else. French prose has such a word in every few lines.
 */
function standsAloneBeforeParticles(text: string, end: number, to: number): boolean {
  const first = particleEndAfter(text, end, to);
  if (first < 0) return false;
  if (standsAloneBefore(text, first, to)) return true;
  const second = particleEndAfter(text, first, to);
  return second >= 0 && standsAloneBefore(text, second, to);
}

/**
 * End of the particle one or two spaces after `end`, when it ends the text or a space follows
 * it (so it is not glued), or -1.
 */
function particleEndAfter(text: string, end: number, to: number): number {
  let start = end;
  while (start < to && start - end < 2 && isSpaceCode(text.charCodeAt(start))) start++;
  if (start === end || start >= to || !particleWordAt(text, start, to)) return -1;
  let wordEnd = start + 1;
  while (wordEnd < to && letterAt(text, wordEnd)) wordEnd++;
  return wordEnd >= to || isSpaceCode(text.charCodeAt(wordEnd)) ? wordEnd : -1;
}

function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/**
 * What `readWord` saw of the word it read: its capitals and lower-case letters when it is
 * plain (ASCII letters only), so that most words get their shape without a second pass.
 */
const wordCases = { plain: false, uppers: 0, lowers: 0 };

/** End of the word starting at `start`: letters, and inner hyphens or apostrophes. */
function readWord(text: string, start: number, to: number): number {
  let uppers = 0;
  let lowers = 0;
  let plain = true;
  let i = start;
  for (;;) {
    while (i < to) {
      const code = text.charCodeAt(i);
      if (code >= 97 && code <= 122) lowers++;
      else if (code >= 65 && code <= 90) uppers++;
      else if (code >= 128 && letterAt(text, i)) plain = false;
      else break;
      i++;
    }
    if (i + 1 < to && isJoiner(text.charCodeAt(i)) && letterAt(text, i + 1)) {
      plain = false;
      i += 2;
      continue;
    }
    break;
  }
  wordCases.plain = plain;
  wordCases.uppers = uppers;
  wordCases.lowers = lowers;
  return i;
}

/**
 * `shapeOf` a plain word from the counts `readWord` kept, or undefined when they do not tell
 * (an initial, inner capitals: `McDonald` or `getName`).
 */
function plainShape(word: string): TokenShape | undefined {
  const { uppers, lowers } = wordCases;
  if (lowers + uppers !== word.length) return undefined;
  if (uppers === 0) return 'lower';
  if (lowers === 0) return uppers >= 2 ? 'upper' : 'title';
  return uppers === 1 && isAsciiCapital(word.charCodeAt(0)) ? 'title' : undefined;
}

/**
 * Start of the word one or two spaces after a token ending at `end` (after a title's dot:
 * `Mr. de`) when it may be a particle, or -1. Only such a particle can join the token's run.
 */
function particleAfter(text: string, end: number, to: number): number {
  let start = end;
  if (text.charCodeAt(start) === DOT) start++;
  const spaces = start;
  while (start < to && start - spaces < 2 && isSpaceCode(text.charCodeAt(start))) start++;
  if (start === spaces || start >= to) return -1;
  return particleWordAt(text, start, to) ? start : -1;
}

/**
 * Whether a particle stands alone at `start` (`de`, not `des` nor `de-la`), tested without
 * reading the word: most words after a token are no particle.
 */
function particleWordAt(text: string, start: number, to: number): boolean {
  const first = text.charCodeAt(start);
  // A first letter no particle has, or a second lower-case letter that no particle has after
  // the first (`the`, `input`, `les`): no particle, known by one look-up without walking the
  // word.
  const second = start + 1 < to ? text.charCodeAt(start + 1) : 0;
  if (first >= 128 || PARTICLE_OPENINGS[first * 128 + (second < 128 ? second : 0)] !== 1) {
    return false;
  }
  // Walk no further than the longest particle: a longer word is none.
  let end = start + 1;
  while (end < to && end - start <= MAX_PARTICLE_LENGTH && letterAt(text, end)) end++;
  if (end - start > MAX_PARTICLE_LENGTH) return false;
  if (end + 1 < to && isJoiner(text.charCodeAt(end)) && letterAt(text, end + 1)) return false;
  return isParticleAt(text, start, end);
}

/**
 * Where to start reading before the capitalised word at `start`: at the first of the (at most
 * two) particles right before it, one or two spaces apart, that follows a cue word (`mme de La
 * Tour`, `Mme van der Berg`); at `start` when there is none. Outside a name value, a particle
 * far from the previous token belongs to a name only there: after a title, before a capital.
 */
function openingParticle(text: string, start: number, floor: number, from: number): number {
  const second = particleBefore(text, start, floor);
  if (second < 0) return start;
  const first = particleBefore(text, second, floor);
  if (first >= 0 && mayFollowCue(text, first, from)) return first;
  return mayFollowCue(text, second, from) ? second : start;
}

/**
 * Whether a lower-case ASCII letter lies one or two spaces before `start` (not before `floor`):
 * only there may `particleBefore` find a particle. Most capitals open a sentence (`. The`), and
 * are answered without a call. Read without branching on the characters: before a capital
 * they vary at random (a dot and a space, a newline), and each mispredicted branch cost more
 * than the three table look-ups.
 */
function lowerLetterBefore(text: string, start: number, floor: number): boolean {
  const last = start - 1 >= floor ? (SPACE_OR_LOWER[text.charCodeAt(start - 1)] as number) : 0;
  const second = start - 2 >= floor ? (SPACE_OR_LOWER[text.charCodeAt(start - 2)] as number) : 0;
  const third = start - 3 >= floor ? (SPACE_OR_LOWER[text.charCodeAt(start - 3)] as number) : 0;
  // A space, then a lower-case letter or a second space and a lower-case letter.
  return (last & SPACE_BIT & ((second >> 1) | (second & (third >> 1)))) !== 0;
}

/** `isSpaceCode` (bit 1) and `isLowerAscii` (bit 2) of every UTF-16 unit. */
const SPACE_BIT = 1;
const LOWER_BIT = 2;
const SPACE_OR_LOWER = new Uint8Array(0x10000);
for (let code = 97; code <= 122; code++) SPACE_OR_LOWER[code] = LOWER_BIT;
for (const code of [32, 9, 0xa0, 0x202f]) SPACE_OR_LOWER[code] = SPACE_BIT;

/** Start of the particle one or two spaces before `start` (not before `floor`), or -1. */
function particleBefore(text: string, start: number, floor: number): number {
  let end = start;
  while (end > floor && start - end < 2 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end === start || end <= floor || !isLowerAscii(text.charCodeAt(end - 1))) return -1;
  // Two lower-case letters that end no particle (`the`, `request`): none, without walking back.
  if (end - 2 >= floor) {
    const beforeLast = text.charCodeAt(end - 2);
    const last = text.charCodeAt(end - 1);
    if (isLowerAscii(beforeLast) && PARTICLE_ENDINGS[beforeLast * 128 + last] !== 1) return -1;
  }
  // Walk back no further than the longest particle: a longer word is none.
  let begin = end - 1;
  while (begin > floor && end - begin <= MAX_PARTICLE_LENGTH && letterAt(text, begin - 1)) begin--;
  if (end - begin > MAX_PARTICLE_LENGTH) return -1;
  if (wordStart(text, begin, floor) !== begin) return -1;
  return isParticleAt(text, begin, end) ? begin : -1;
}

/** The spaces that may separate the words of a name (see `adjacent` in scan.ts). */
function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f;
}

/**
 * Where a word with a capital may be: at an ASCII or Latin-1 capital, or at any character
 * beyond U+00FF. A short class: with a range for each capital of Latin Extended-A and B, the
 * search took ten times longer on two-byte strings (a SQL dump's values are two-byte as soon
 * as the dump holds one accented letter). A word found there without a capital is skipped.
 * Accented lower-case Latin-1 letters (`é`, `ç`) are left out: French text is full of them,
 * and they make no token on their own.
 */
const CAPITAL_CLASS = `A-Z${upperCaseRanges(128, 0x100)}\\u0100-\\uffff`;

/**
 * Capitals only (see NEXT_WORD): outside a name value, particles are read near them. Not one
 * right after an ASCII letter or digit: it opens no token. After a letter it lies inside a
 * word that starts before it, which is a token only if it opens with a capital found itself, or
 * after an elision (`d'Artagnan`) or hyphen (`jean-P.`): not after a letter (`getName`);
 * after a digit it opens a word glued to the digit (`10:24:58Z`: logs are full of them).
 */
const NEXT_CAPITAL = compiledOnOrdinaryText(new RegExp(`(?<![A-Za-z0-9])[${CAPITAL_CLASS}]`, 'g'));

/** Whether NEXT_CAPITAL stops at this code unit, by a table of the first 256. */
export function mayBeCapitalCode(code: number): boolean {
  return code >= 0x100 || CAPITAL_BELOW_256[code] === 1;
}

const CAPITAL_BELOW_256 = new Uint8Array(0x100);
for (let code = 0; code < 0x100; code++) {
  CAPITAL_BELOW_256[code] = new RegExp(`[${CAPITAL_CLASS}]`).test(String.fromCharCode(code))
    ? 1
    : 0;
}

/**
 * The last search for a capital, kept: a value cell is first checked for one
 * (`mayHoldCapital`), then tokenized from the same place. Only the last text is kept, so
 * memory stays bounded.
 */
let searchedText: string | undefined;
let searchedFrom = -1;
let foundAt = -1;

/** Index of the first character of `text[from…]` that may be a capital, or -1. */
function nextCapital(text: string, from: number): number {
  // A cell's label opens with its capital: no search for that.
  if (from < text.length && mayBeCapitalCode(text.charCodeAt(from))) return from;
  // The offset first: equal texts that are not the same string compare by content.
  if (from === searchedFrom && text === searchedText) return foundAt;
  NEXT_CAPITAL.lastIndex = from;
  foundAt = NEXT_CAPITAL.test(text) ? NEXT_CAPITAL.lastIndex - 1 : -1;
  searchedText = text;
  searchedFrom = from;
  return foundAt;
}

/**
 * Whether `text` has a character where the `particles-near-names` scan may find a token: with
 * none, it finds nothing (particles alone make no name outside a name value).
 */
export function mayHoldCapital(text: string): boolean {
  return nextCapital(text, 0) >= 0;
}

/**
 * Whether `text[from, to)` has a character where NEXT_CAPITAL may stop, by a loop over a short
 * stretch: source code has thousands of short string literals and comments (`"utf8"`, `// x`)
 * without one, where the `particles-near-names` scan finds nothing (particles alone make no
 * name outside a name value), and where slicing the stretch and searching it cost more than
 * this look. A longer stretch is left to the search (true).
 */
export function mayHoldCapitalIn(text: string, from: number, to: number): boolean {
  if (to - from > SHORT_STRETCH) return true;
  for (let i = from; i < to; i++) if (mayBeCapitalCode(text.charCodeAt(i))) return true;
  return false;
}

const SHORT_STRETCH = 256;

/**
 * End of the word `text` opens with, when it is the only word `nameTokens(text, 0,
 * text.length, 'particles-near-names')` can make a token of besides lower-case particles: a
 * word with a capital at 0, not glued, and no character after it where a capital may be; -1
 * when that is not so (the text must then be tokenized). Most table cells that are labels
 * (`Cache demande les…`) open so: this answers them without reading the rest as words. The
 * word still needs a shape to be a token (`openingToken`).
 */
export function openingWordEnd(text: string): number {
  // Most labels: a title-case word, then a space, and no capital after: one native
  // match, whatever the string's representation (sliced, two-byte), instead of a loop over
  // the word's code units and a search after it.
  if (text.length <= PLAIN_LABEL_LIMIT && PLAIN_LABEL.test(text)) {
    const space = text.indexOf(' ');
    return space < 0 ? text.length : space;
  }
  const to = text.length;
  if (nextCapital(text, 0) !== 0 || !letterAt(text, 0)) return -1;
  let end = readWord(text, 0, to);
  if (!(wordCases.plain ? wordCases.uppers > 0 : hasUpper(text, 0, end))) return -1;
  if (text.charCodeAt(end) === DOT && isInitialLetter(text, 0, end)) end++;
  if (isGlued(text, 0, end, 0, to)) return -1;
  return nextCapital(text, end) >= 0 ? -1 : end;
}

/**
 * A text `openingWordEnd` answers by its first word, in its most common form: an ASCII
 * capital and lower-case letters of Latin-1 (`Cache`, `Récents`), alone or before a space (a letter, joiner, dot or glue after it would need a closer look),
 * and no character after it where NEXT_CAPITAL stops (a capital only right after an ASCII
 * letter or digit). Each capital starts one repetition, so a failed match backtracks
 * linearly; still, a long text that fails is read twice, hence the limit (labels are short).
 */
const PLAIN_LABEL_LIMIT = 256;
const NOT_CAPITAL = `[^${CAPITAL_CLASS}]`;
const PLAIN_LABEL = new RegExp(
  `^[A-Z][a-z\\u00e0-\\u00f6\\u00f8-\\u00ff]*(?: ${NOT_CAPITAL}*(?:(?<=[A-Za-z0-9])[${CAPITAL_CLASS}]${NOT_CAPITAL}*)*)?$`,
);

/** The token of `text[0, end)`, the word found by `openingWordEnd`; undefined for CamelCase. */
export function openingToken(text: string, end: number): Token | undefined {
  const word = text.slice(0, end);
  const shape = shapeOf(word);
  return shape ? { start: 0, end, text: word, shape, folded: undefined } : undefined;
}

/**
 * Where a word that may make a token in `particles` mode can be: at a capital, or at a
 * particle standing alone. The match's last character lies inside the word. `\\b` also stops
 * at digits and `_`: a particle next to one is glued and makes no token, so none is missed.
 */
const NEXT_WORD = new RegExp(`[${CAPITAL_CLASS}]|\\b(?:${[...PARTICLES].join('|')})\\b`, 'g');

/** The upper-case non-ASCII characters of [from, to) as a regex class body of `\\uXXXX` ranges. */
function upperCaseRanges(from: number, to: number): string {
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  let body = '';
  let code = from;
  while (code < to) {
    if (!isUpperByMapping(String.fromCharCode(code))) {
      code++;
      continue;
    }
    const first = code;
    while (code + 1 < to && isUpperByMapping(String.fromCharCode(code + 1))) code++;
    body += first === code ? hex(first) : `${hex(first)}-${hex(code)}`;
    code++;
  }
  return body;
}

/** Start of the word around `index`, as the forward scan from `floor` would find it. */
function wordStart(text: string, index: number, floor: number): number {
  let start = index;
  for (;;) {
    if (start > floor && letterAt(text, start - 1)) start--;
    else if (
      start - 2 >= floor &&
      isJoiner(text.charCodeAt(start - 1)) &&
      letterAt(text, start - 2)
    ) {
      start -= 2;
    } else {
      return start;
    }
  }
}

/** Particles by the code of their first letter, to test a word without slicing it. */
const PARTICLES_BY_FIRST = new Map<number, string[]>();
for (const particle of PARTICLES) {
  const code = particle.charCodeAt(0);
  const list = PARTICLES_BY_FIRST.get(code) ?? [];
  list.push(particle);
  PARTICLES_BY_FIRST.set(code, list);
}

/** The first letters of particles, by code: most words after a token are tested by it. */
const PARTICLE_FIRST_LETTERS = asciiSet([...PARTICLES].map((particle) => particle[0]).join(''));

/** The last two letters of particles of two letters or more, by `beforeLast * 128 + last`. */
const PARTICLE_ENDINGS = new Uint8Array(128 * 128);
for (const particle of PARTICLES) {
  const length = particle.length;
  if (length >= 2) {
    PARTICLE_ENDINGS[particle.charCodeAt(length - 2) * 128 + particle.charCodeAt(length - 1)] = 1;
  }
}

/** The first two letters of particles of two letters or more, by `first * 128 + second`. */
const PARTICLE_PAIRS = new Uint8Array(128 * 128);
for (const particle of PARTICLES) {
  if (particle.length >= 2)
    PARTICLE_PAIRS[particle.charCodeAt(0) * 128 + particle.charCodeAt(1)] = 1;
}

/**
 * By `first * 128 + second` (a second unit beyond ASCII as 0): whether a particle may open with
 * these two units, i.e. the first letter opens a particle and the second is no lower-case letter
 * or follows it in a particle.
 */
const PARTICLE_OPENINGS = new Uint8Array(128 * 128);
for (let first = 0; first < 128; first++) {
  if (PARTICLE_FIRST_LETTERS[first] !== 1) continue;
  for (let second = 0; second < 128; second++) {
    const pair = first * 128 + second;
    if (!isLowerAscii(second) || PARTICLE_PAIRS[pair] === 1) PARTICLE_OPENINGS[pair] = 1;
  }
}

function isParticleAt(text: string, start: number, end: number): boolean {
  const list = PARTICLES_BY_FIRST.get(text.charCodeAt(start));
  if (!list) return false;
  for (const particle of list) {
    if (particle.length === end - start && text.startsWith(particle, start)) return true;
  }
  return false;
}

function hasUpper(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 ? code >= 65 && code <= 90 : isUpper(text[i] as string)) return true;
  }
  return false;
}

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

/** `isLetterOrMark` of the first code units, by code: no one-character string to allocate. */
const TABLE_LIMIT = 0x800;
const LETTER_OR_MARK = new Uint8Array(TABLE_LIMIT);
for (let code = 128; code < TABLE_LIMIT; code++) {
  LETTER_OR_MARK[code] = isLetterOrMark(String.fromCharCode(code)) ? 1 : 0;
}

function letterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code < TABLE_LIMIT) return LETTER_OR_MARK[code] === 1;
  return isLetterOrMark(text[index]);
}

/** `J` or `Jean-P` before a dot: the last part is one capital letter. */
function isInitialLetter(text: string, start: number, end: number): boolean {
  const last = text[end - 1] as string;
  if (!isUpper(last)) return false;
  return end - start === 1 || text[end - 2] === '-';
}

/**
 * Whether the word `text[start, end)` of the stretch `[from, to)` is glued to an identifier, a
 * handle or an address (a digit, `_`, `@`, code punctuation or a dot between letters): it makes
 * no token.
 */
export function isGlued(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
): boolean {
  if (start > from) {
    const before = text.charCodeAt(start - 1);
    if (before < 128 && GLUE_BEFORE[before] === 1) return true;
    if (before === DOT && start - 2 >= from && isLetterOrMark(text[start - 2])) return true;
  }
  if (end >= to) return false;
  const after = text.charCodeAt(end);
  if (after < 128 && GLUE_AFTER[after] === 1) return true;
  return after === DOT && isLetterOrMark(text[end + 1]);
}

const DOT = 46;
/** Digits, `_` and code punctuation glue a word to an identifier, a handle or an address. */
const GLUE_BEFORE = asciiSet('0123456789_@/\\$#%&=<{[|~^*+');
const GLUE_AFTER = asciiSet('0123456789_@/\\$#%&=>}]|~^*+(');

function asciiSet(chars: string): Uint8Array {
  const set = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}

function isUpper(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  if (code < CASE_TABLE_LIMIT) return (caseTable()[code] as number) === UPPER;
  return isUpperByMapping(ch);
}

function isLower(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  if (code < CASE_TABLE_LIMIT) return (caseTable()[code] as number) === LOWER;
  return isLowerByMapping(ch);
}

function isUpperByMapping(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLowerByMapping(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * The case of the first non-ASCII code units, worked out once: `toLowerCase` and
 * `toUpperCase` on every accented letter of a text allocate strings.
 */
const CASE_TABLE_LIMIT = 0x800;
const UPPER = 1;
const LOWER = 2;
let cases: Uint8Array | undefined;

function caseTable(): Uint8Array {
  if (cases) return cases;
  cases = new Uint8Array(CASE_TABLE_LIMIT);
  for (let code = 128; code < CASE_TABLE_LIMIT; code++) {
    const ch = String.fromCharCode(code);
    cases[code] = isUpperByMapping(ch) ? UPPER : isLowerByMapping(ch) ? LOWER : 0;
  }
  return cases;
}

/** Shape of a word, or undefined for CamelCase and other identifier-like mixes. */
export function shapeOf(word: string): TokenShape | undefined {
  if (word.endsWith('.')) return 'initial';
  let uppers = 0;
  let lowers = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) uppers++;
      else if (code >= 97 && code <= 122) lowers++;
    } else {
      const ch = word[i] as string;
      if (isUpper(ch)) uppers++;
      else if (isLower(ch)) lowers++;
    }
  }
  if (uppers === 0) return 'lower';
  if (lowers === 0) return uppers >= 2 ? 'upper' : 'title';
  const first = word[0] as string;
  if (isUpper(first)) return uppers > 1 && badInnerUpperAfter(word, 1) ? undefined : 'title';
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
