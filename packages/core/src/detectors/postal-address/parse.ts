import { isAsciiLetter, isDigit, mayBeLetter, mayHoldLetter } from '../../text/chars.js';
import { fold as foldText } from '../../text/fold.js';
import { collectNonAscii } from '../../text/non-ascii.js';
import {
  ANCHOR_WORDS,
  ASCII_ANCHOR_AT,
  asciiAnchorStart,
  FOLDING_OR_ASCII_ANCHOR,
  foldsToAscii,
  isEnglishPluralType,
  SPACED_STREET_TYPE_OR_BOX,
} from './anchors.js';
import { frPostcodeValid, ukOutwardCodeShape, ukPostcodeValid, usZipValid } from './postcodes.js';
import {
  isTokenBoundary,
  pieceEnd,
  tokenAt,
  tokenize,
  tokenizeWindow,
  tokenText,
  type Tokens,
  type TokenSpan,
  type TokenWindow,
} from './tokens.js';
import {
  ABBREVIATED_STREET_TYPES,
  CEDEX,
  EN_CONTEXTUAL_STREET_TYPES,
  EN_DIRECTIONS,
  EN_STRONG_STREET_TYPES,
  EN_UNIT_WORDS,
  EN_WEAK_STREET_TYPES,
  FR_MONTHS,
  FR_NUMBER_SUFFIXES,
  FR_PARTICLES,
  FR_STRONG_STREET_TYPES,
  FR_WEAK_STREET_TYPES,
  NOT_A_HOUSE_NUMBER_BEFORE,
  PO_BOX_WORDS,
  US_STATES,
  YEAR_PREPOSITIONS,
} from './vocabulary.js';
import { compiledOnOrdinaryText } from '../../text/ordinary-compile.js';

/** One street address found around a street-type anchor. Offsets into the text. */
export interface AddressMatch {
  start: number;
  end: number;
  /** Where the postcode and town begin (kept by redaction); absent for a street alone. */
  localityStart?: number;
  postcode: boolean;
  town: boolean;
  /** The street type is rarely anything else (`rue`, `Street`), unlike `place` or `Way`. */
  strongType: boolean;
  /** An apartment, suite or unit follows the street (`Apt 4B`). */
  unit?: boolean;
  pattern: 'fr-street' | 'en-street' | 'fr-po-box' | 'fr-locality';
}

const MAX_NAME_TOKENS = 8;
const MAX_EN_NAME_TOKENS = 4;
const MAX_TOWN_TOKENS = 6;
const MAX_TYPE_LENGTH = 12;
/** A capitalised word that opens a sentence or title, not a street name: "5 The Long Road". */
const EN_NAME_STOPWORDS = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'your',
  'his',
  'her',
  'their',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
]);
const TOWN_ABBREVIATIONS = new Set(['st', 'ste', 'mt', 'ft', 'pt']);

/** Fold a short token; plain ASCII (most tokens) skips Unicode normalization. */
function fold(raw: string): string {
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) >= 0x80) return foldText(raw);
  return raw.toLowerCase();
}

/** Every address anchored on a street-type word (or a French BP) in the token list. */
export function findAddresses(tokens: Tokens): AddressMatch[] {
  const matches: AddressMatch[] = [];
  const count = tokens.kinds.length;
  for (let k = 0; k < count; k++) matchAnchor(tokens, k, matches);
  return keepLongest(matches);
}

/**
 * Tokens a parse reads around its anchor: back to the house number (4 name words before an
 * English type) and the token before it; forward, at most 23 tokens for a French locality, and
 * for an English one runs of commas plus 6 tokens: a window keeps 40 tokens after the anchor,
 * the last 12 without commas.
 */
const WINDOW_MARGINS = { before: 8, after: 40, commaFree: 12 };
/** Characters to step back for the tokens before an anchor, grown when tokens are long. */
const WINDOW_BACK_CHARS = [64, 512, 4096];
/** Anchors closer than this share one window: dense anchors are tokenized once. */
const CLUSTER_GAP = 256;
/** An anchor is at most 5 tokens after its house number, or right before a BP's number. */
const NUMBER_REACH = 5;

/**
 * `findAddresses(tokenize(text))`, tokenizing only windows around the words that may be street
 * types: those near digits, or (dense numbers, short texts) ASCII ones found by one regex and
 * accented ones folded one by one.
 */
export function findAddressesInText(
  text: string,
  digitWindows?: readonly number[],
): AddressMatch[] {
  if (text.length <= SHORT_TEXT && !TWO_SEPARATORS.test(text)) return [];
  const anchors =
    text.length > SHORT_TEXT
      ? (anchorsNearHouseNumbers(text, digitWindows) ?? anchorsInLongText(text))
      : anchorPositions(text);
  if (!anchors) return findAddresses(tokenize(text));
  if (anchors.length === 0) return [];
  const matches: AddressMatch[] = [];
  let lastStart = -1;
  for (let i = 0; i < anchors.length;) {
    let j = i;
    while (j + 1 < anchors.length && anchors[j + 1]! - anchors[j]! < CLUSTER_GAP) j++;
    const window = windowAround(text, anchors[i]!, anchors[j]!);
    if (!window) return findAddresses(tokenize(text));
    const { tokens } = window;
    let k = window.first;
    for (; i <= j; i++) {
      while (tokens.ends[k]! <= anchors[i]!) k++;
      const start = tokens.starts[k]!;
      if (start === lastStart) continue; // two hits in one token (`rue-rue`)
      lastStart = start;
      if (nearNumber(tokens, k)) matchAnchor(tokens, k, matches);
    }
  }
  return keepLongest(matches);
}

const HAS_DIGIT = /[0-9]/;
/** Where a word token may start: an ASCII letter, or any non-ASCII unit (letters, marks). */
const HAS_LETTER = /[A-Za-z\u0080-\uffff]/;
/**
 * Two characters that are not ASCII letters or digits: a street holds at least three word and
 * number tokens (number, type, name), and a character of this kind ends each but the last.
 * A cell such as `SKU-28962` has one.
 */
const TWO_SEPARATORS = /[^A-Za-z0-9][A-Za-z0-9]*[^A-Za-z0-9]/;

/**
 * Whether the text may hold an address at all: every match holds a number token (house or box
 * number, postcode) and a word (street type, town). Most table cells fail this at once.
 */
export function mayHoldAddress(text: string): boolean {
  // The first unit answers one of the two questions for most cells (`972.47`, `Cache demande`),
  // which spares the other search: a number is read for a letter, a word for a digit.
  const first = text.charCodeAt(0);
  if (isDigit(first)) return hasLetter(text);
  if (mayBeLetter(first)) return HAS_DIGIT.test(text);
  return HAS_DIGIT.test(text) && hasLetter(text);
}

/**
 * What a text may hold, for the detector's first test: nothing (no number token or no word), a
 * bare locality only (`59160 Lille`: a short text that `findAddressesInText` rejects at once),
 * or a street.
 */
export function addressShape(text: string): 'none' | 'locality' | 'street' {
  if (!mayHoldAddress(text)) return 'none';
  return text.length <= SHORT_TEXT && !TWO_SEPARATORS.test(text) ? 'locality' : 'street';
}

function hasLetter(text: string): boolean {
  // A loop over a short cell (`972.47`) costs less than starting a regex search.
  return text.length > SHORT_TEXT ? HAS_LETTER.test(text) : mayHoldLetter(text);
}

/**
 * A house number (`12`, `12bis`, `221B`, `10-12`) that may start a street: a number token
 * whose text the French or English parser accepts, then a space or comma and the next token,
 * a word (`rue`, a name, `bis`) or a number (`5th`). It takes the character before the number
 * (or matches at the text's start), which is not one that glues it to what precedes
 * (`standsAlone`: a letter or digit, or `./-:#_@`; a log's `:53Z INFO` and `/0 status` are
 * not tried, code is read ~12 % faster). Every street the parser reads has one 1 to 5 tokens
 * before its type, and it is rare outside addresses: code holds digits everywhere, but few
 * numbers that a space and a word follow.
 */
const HOUSE_NUMBER = compiledOnOrdinaryText(
  /(?:^|[^A-Za-z0-9./:#_@-])[1-9][0-9]{0,4}(?:[A-Za-z]+|-[0-9]{1,5})?(?:[ \t\u00a0\r]+|,)[ \t\u00a0\r,]*[A-Za-z0-9\u0080-\uffff]/g,
);
/**
 * Past this share of the text near house numbers (plus some slack for a short text), one
 * native anchor search over the whole text is cheaper: logs, where a number starts every field.
 */
const MAX_SHARE_NEAR_NUMBERS = 1 / 8;
const NEAR_NUMBERS_SLACK = 4096;
/** A text this short (a table cell) takes the one native anchor search at once. */
const SHORT_TEXT = 256;

/**
 * Positions of the words that may anchor an address, searched only in the stretches of text
 * where one could: the 5 pieces after each house number (see `HOUSE_NUMBER`; an anchor stands
 * at most `NUMBER_REACH` tokens after its number) and the BP/CS/TSA words (their number
 * follows them). Prose and code hold few house numbers, so most of the text is only read by
 * that one search. Undefined when they are too dense for this to pay; every anchor from which
 * `matchAnchor` reads an address is found.
 */
function anchorsNearHouseNumbers(
  text: string,
  digitWindows: readonly number[] | undefined,
): number[] | undefined {
  const stretches = houseNumberStretches(text, digitWindows ?? [0, text.length]);
  if (!stretches) return undefined;
  for (const stretch of poBoxStretches(text)) stretches.push(stretch);
  stretches.sort((a, b) => a.start - b.start);
  const positions: number[] = [];
  for (let i = 0; i < stretches.length;) {
    const start = stretches[i]!.start;
    let end = stretches[i]!.end;
    for (i++; i < stretches.length && stretches[i]!.start <= end; i++) {
      end = Math.max(end, stretches[i]!.end);
    }
    if (!anchorPositions(text, start, end, positions)) return undefined;
  }
  return positions;
}

/** A stretch of text to search for anchors: `start` inclusive, `end` exclusive. */
interface Stretch {
  start: number;
  end: number;
}

/**
 * From each house number (or the character before it) to the end of the 5 pieces after its
 * own, merged; undefined past `MAX_SHARE_NEAR_NUMBERS` of the text. Searched in the digit
 * windows only (`[0, length]`: the whole text), each slice taken on as far as a match from a
 * number in it may run (see `houseNumberReach`), so the search stops where it would in the text.
 */
function houseNumberStretches(text: string, windows: readonly number[]): Stretch[] | undefined {
  const stretches: Stretch[] = [];
  const found: HouseNumbers = { last: undefined, read: 0, resume: 0 };
  for (let w = 0; w < windows.length; w += 2) {
    const windowStart = windows[w]!;
    let windowEnd = houseNumberReach(text, windows[w + 1]!);
    // A window whose slice reaches the next one takes it on (its start holds no digit).
    while (w + 2 < windows.length && windowEnd > windows[w + 2]!) {
      w += 2;
      windowEnd = houseNumberReach(text, windows[w + 1]!);
    }
    if (found.resume >= windowEnd) continue;
    const piece =
      windowStart === 0 && windowEnd === text.length ? text : text.slice(windowStart, windowEnd);
    if (!houseNumbersIn(text, piece, windowStart, stretches, found)) return undefined;
  }
  return stretches;
}

/** The stretch `houseNumbersIn` last made, the text read so far and where the search resumes. */
interface HouseNumbers {
  last: Stretch | undefined;
  read: number;
  resume: number;
}

/**
 * Where a slice ending at `end` must end instead so that any `HOUSE_NUMBER` match from a
 * number before `end - 1` fits in it: past `end` such a match holds only letters, blanks and
 * commas but its last character, so the slice runs on to the first other one.
 */
function houseNumberReach(text: string, end: number): number {
  let reach = end;
  while (reach < text.length && isLetterBlankOrComma(text.charCodeAt(reach - 1))) reach++;
  return reach;
}

function isLetterBlankOrComma(code: number): boolean {
  return (
    isAsciiLetter(code) || code === 32 || code === 9 || code === 13 || code === 44 || code === 0xa0
  );
}

/**
 * The house numbers of `piece` (the text from `offset` on) after `found.resume`, added to
 * `stretches`; false once they cover too much of the text.
 */
function houseNumbersIn(
  text: string,
  piece: string,
  offset: number,
  stretches: Stretch[],
  found: HouseNumbers,
): boolean {
  HOUSE_NUMBER.lastIndex = Math.max(0, found.resume - offset);
  for (let hit = HOUSE_NUMBER.exec(piece); hit; hit = HOUSE_NUMBER.exec(piece)) {
    const start = hit.index + offset;
    const digit = isDigit(text.charCodeAt(start)) ? start : start + 1;
    const end = pieceEnd(text, digit, NUMBER_REACH);
    const last = found.last;
    if (last && start <= last.end) {
      found.read += Math.max(0, end - last.end);
      last.end = Math.max(last.end, end);
    } else {
      found.read += end - start;
      stretches.push((found.last = { start, end }));
    }
    if (found.read > digit * MAX_SHARE_NEAR_NUMBERS + NEAR_NUMBERS_SLACK) return false;
    // A later number in this piece has the same stretch after it (and starts inside this one).
    found.resume = pieceEnd(text, digit, 0);
    HOUSE_NUMBER.lastIndex = found.resume - offset;
  }
  return true;
}

/**
 * Each BP, CS or TSA not inside a longer ASCII word, as a stretch of its own piece. Two native
 * substring searches rather than one per word: `BP`, and the `S` of both `CS` and `TSA`, whose
 * neighbours are then read (code 1.03 -> 0.73 ms for 11.6 MB, English prose 0.57 -> 0.31 ms for
 * 5.3 MB). `PO_BOX_WORDS` must stay these three words (a test checks it).
 */
function poBoxStretches(text: string): Stretch[] {
  const stretches: Stretch[] = [];
  for (let at = text.indexOf('BP'); at >= 0; at = text.indexOf('BP', at + 1)) {
    pushBoxStretch(text, at, 2, stretches);
  }
  for (let s = text.indexOf('S'); s >= 0; s = text.indexOf('S', s + 1)) {
    const before = text.charCodeAt(s - 1);
    if (before === CAPITAL_C) pushBoxStretch(text, s - 1, 2, stretches);
    else if (before === CAPITAL_T && text.charCodeAt(s + 1) === CAPITAL_A) {
      pushBoxStretch(text, s - 1, 3, stretches);
    }
  }
  return stretches;
}

const CAPITAL_A = 65;
const CAPITAL_C = 67;
const CAPITAL_T = 84;

/** The box word of `length` units at `at`, unless a letter or digit touches it. */
function pushBoxStretch(text: string, at: number, length: number, stretches: Stretch[]): void {
  if (isAsciiAlnum(text.charCodeAt(at - 1)) || isAsciiAlnum(text.charCodeAt(at + length))) return;
  stretches.push({ start: at, end: pieceEnd(text, at, 0) });
}

function isAsciiAlnum(code: number): boolean {
  return isDigit(code) || isAsciiLetter(code);
}

/**
 * Ascending positions inside candidate anchor tokens; undefined when one cannot be read. The
 * same as a full search for `ASCII_ANCHOR`, then one for `FOLDS_TO_ASCII` that skips the rest of
 * each accented word, merged in order, but in one pass over the text. Given `from`…`to` (`to`
 * at a space or the text's end, `from` where no anchor word is cut), only that stretch is
 * searched and its positions are pushed onto `into`: the answer is then whether all could be
 * read.
 */
function anchorPositions(text: string): number[] | undefined;
function anchorPositions(text: string, from: number, to: number, into: number[]): boolean;
function anchorPositions(
  text: string,
  from = 0,
  to = text.length,
  into: number[] = [],
): number[] | undefined | boolean {
  const whole = from === 0 && to === text.length;
  // A stretch is searched as its own string: a search of the text would run on past its end.
  const piece = whole ? text : text.slice(from, to);
  const positions = whole ? into : [];
  let accented = false;
  // Units that fold before this lie in a word already read.
  let foldsFrom = 0;
  const search = FOLDING_OR_ASCII_ANCHOR;
  search.lastIndex = 0;
  for (let hit = search.exec(piece); hit; hit = search.exec(piece)) {
    if (hit[0].length > 1) {
      positions.push(from + asciiAnchorStart(piece, hit.index));
      continue;
    }
    const at = from + hit.index;
    if (at >= foldsFrom) {
      const token = tokenAt(text, at, MAX_WORD_BACK);
      if (!token) return whole ? undefined : false;
      foldsFrom = token.end;
      if (isAccentedAnchor(text, token)) {
        positions.push(token.start);
        accented = true;
      }
    }
    ASCII_ANCHOR_AT.lastIndex = hit.index;
    if (ASCII_ANCHOR_AT.test(piece)) {
      positions.push(from + asciiAnchorStart(piece, hit.index));
      search.lastIndex = ASCII_ANCHOR_AT.lastIndex;
    }
  }
  if (accented) positions.sort((a, b) => a - b);
  if (whole) return positions;
  for (const position of positions) into.push(position);
  return true;
}

/** Offsets of the units beyond ASCII in a text: reused, as detection is synchronous. */
const nonAscii: number[] = [];
/** Past this share of the text's units, units beyond ASCII are not listed one by one. */
const MAX_NON_ASCII_SHARE = 1 / 256;

/**
 * What `anchorPositions(text)` reads as anchors, for a long text where house numbers are dense
 * (a log: a number starts every field): street types spelled in ASCII after a space or comma
 * and BP/CS/TSA (`SPACED_STREET_TYPE_OR_BOX`), and the words holding a unit that
 * folds, located among the units beyond ASCII (a log or source file holds few, and its ASCII
 * chunks are skipped on their UTF-8 length). The one regex of `anchorPositions` tries the text
 * after every character other than a letter or digit, and a unit class at every place.
 */
function anchorsInLongText(text: string): number[] | undefined {
  // Accented prose or a script beyond Latin: the one regex, rather than a look at every unit.
  if (!collectNonAscii(text, nonAscii, text.length * MAX_NON_ASCII_SHARE))
    return anchorPositions(text);
  const positions: number[] = [];
  const search = SPACED_STREET_TYPE_OR_BOX;
  search.lastIndex = 0;
  for (let hit = search.exec(text); hit; hit = search.exec(text)) {
    const at = hit.index;
    // A street type's match takes the space or comma before it; a box word's does not.
    if (!isAsciiAlnum(text.charCodeAt(at))) positions.push(at + 1);
    else if (!isAsciiAlnum(text.charCodeAt(at - 1))) positions.push(at);
  }
  // Units that fold before this lie in a word already read.
  let foldsFrom = 0;
  for (const at of nonAscii) {
    if (at < foldsFrom || !foldsToAscii(text.charCodeAt(at))) continue;
    const token = tokenAt(text, at, MAX_WORD_BACK);
    if (!token) return undefined;
    foldsFrom = token.end;
    if (isAccentedAnchor(text, token)) positions.push(token.start);
  }
  return positions.sort((a, b) => a - b);
}

function isAccentedAnchor(text: string, token: TokenSpan): boolean {
  return (
    token.kind === 'word' &&
    token.end - token.start <= MAX_TYPE_LENGTH &&
    ANCHOR_WORDS.has(fold(text.slice(token.start, token.end)))
  );
}

/** How far back an accented character's word may start before the text is tokenized whole. */
const MAX_WORD_BACK = 256;

function windowAround(text: string, first: number, last: number): TokenWindow | undefined {
  for (const back of WINDOW_BACK_CHARS) {
    let start = Math.max(0, first - back);
    while (!isTokenBoundary(text, start)) start--;
    const window = tokenizeWindow(text, start, first, last, WINDOW_MARGINS);
    if (window) return window;
  }
  return undefined;
}

/** A number token within reach before `k`, or right after it (`BP 12`). */
function nearNumber(tokens: Tokens, k: number): boolean {
  const kinds = tokens.kinds;
  if (kinds[k + 1] === 'number') return true;
  for (let i = Math.max(0, k - NUMBER_REACH); i < k; i++) if (kinds[i] === 'number') return true;
  return false;
}

/** The address anchored on token `k` (a street type or BP), if any, pushed onto `matches`. */
function matchAnchor(tokens: Tokens, k: number, matches: AddressMatch[]): void {
  if (tokens.kinds[k] !== 'word') return;
  const length = tokens.ends[k]! - tokens.starts[k]!;
  if (length > MAX_TYPE_LENGTH) return;
  const raw = tokenText(tokens, k);
  if (PO_BOX_WORDS.has(raw)) {
    const box = parsePoBox(tokens, k);
    if (box) matches.push(box);
    return;
  }
  const folded = fold(raw);
  if (!ANCHOR_WORDS.has(folded)) return;
  const frStrong = FR_STRONG_STREET_TYPES.has(folded);
  if (frStrong || FR_WEAK_STREET_TYPES.has(folded)) {
    const match = parseFrenchStreet(tokens, k, frStrong);
    if (match) matches.push(match);
  }
  const enStrong = EN_STRONG_STREET_TYPES.has(folded);
  const enContextual = EN_CONTEXTUAL_STREET_TYPES.has(folded) || isEnglishPluralType(folded);
  if ((enStrong || enContextual || EN_WEAK_STREET_TYPES.has(folded)) && startsUpper(raw)) {
    const match = parseEnglishStreet(tokens, k, enStrong);
    if (match && (!enContextual || match.postcode || match.unit)) matches.push(match);
  }
}

/** A value that is only a French postcode and town (`59160 Lille`): read from address columns. */
export function parseBareLocality(tokens: Tokens): AddressMatch | undefined {
  if (tokens.kinds.length < 2 || !isFrPostcode(tokens, 0)) return undefined;
  const town = readTown(tokens, 1);
  if (!town || town.next !== tokens.kinds.length) return undefined;
  return {
    start: tokens.starts[0]!,
    end: tokens.ends[town.last]!,
    localityStart: tokens.starts[0]!,
    postcode: true,
    town: true,
    strongType: false,
    pattern: 'fr-locality',
  };
}

/** `4 avenue des Saules, 59160 Lille`, `12 bis rue de la République 75011 Paris`. */
function parseFrenchStreet(
  tokens: Tokens,
  anchor: number,
  strongType: boolean,
): AddressMatch | undefined {
  const numberIndex = frenchHouseNumber(tokens, anchor);
  if (numberIndex < 0 || !isHouseNumberPosition(tokens, numberIndex)) return undefined;
  let nameStart = anchor + 1;
  if (abbreviationDot(tokens, anchor)) nameStart++;

  let nameEnd = -1;
  let previous = '';
  for (let j = nameStart; j < tokens.kinds.length && j - nameStart < MAX_NAME_TOKENS; j++) {
    const kind = tokens.kinds[j];
    if (kind === 'punct') break;
    const raw = tokenText(tokens, j);
    if (kind === 'number') {
      if (isFrPostcode(tokens, j)) break;
      if (!FR_PARTICLES.has(previous) && !FR_MONTHS.has(previous) && !/^\d+$/.test(previous)) break;
      if (!/^\d{1,4}$/.test(raw)) break;
      previous = raw;
      nameEnd = j;
      continue;
    }
    const folded = fold(raw);
    if (FR_PARTICLES.has(folded)) {
      previous = folded;
      continue;
    }
    if (!isProperName(raw)) break;
    previous = folded;
    nameEnd = j;
  }

  let locality = nameEnd >= 0 ? readFrenchLocality(tokens, nameEnd + 1) : undefined;
  // "93 Avenue Q": a one-letter name is a title, not a street, unless a postcode follows.
  if (!locality && nameEnd === nameStart && tokens.ends[nameEnd]! - tokens.starts[nameEnd]! < 2) {
    return undefined;
  }
  if (nameEnd < 0) {
    // « allée des tilleuls, 59000 Lille »: a lower-case name only counts before a postcode.
    const lowerEnd = lowerCaseNameEnd(tokens, nameStart);
    if (lowerEnd < 0) return undefined;
    locality = readFrenchLocality(tokens, lowerEnd + 1);
    if (!locality) return undefined;
    nameEnd = lowerEnd;
  }
  return {
    start: tokens.starts[numberIndex]!,
    end: locality ? locality.end : tokens.ends[nameEnd]!,
    ...(locality ? { localityStart: locality.start } : {}),
    postcode: locality !== undefined,
    town: locality?.town ?? false,
    strongType,
    pattern: 'fr-street',
  };
}

/** Index of the house number before a French street type (`12`, `12 bis`, `12bis,`), or -1. */
function frenchHouseNumber(tokens: Tokens, anchor: number): number {
  let i = anchor - 1;
  if (isPunct(tokens, i, ',')) i--;
  if (tokens.kinds[i] === 'word' && FR_NUMBER_SUFFIXES.has(fold(tokenText(tokens, i)))) i--;
  if (tokens.kinds[i] !== 'number') return -1;
  return /^[1-9]\d{0,3}(?:[a-z]|bis|ter|quater)?$|^[1-9]\d{0,3}-\d{1,4}$/i.test(
    tokenText(tokens, i),
  )
    ? i
    : -1;
}

function lowerCaseNameEnd(tokens: Tokens, from: number): number {
  let end = -1;
  for (let j = from; j < tokens.kinds.length && j - from < 5; j++) {
    if (tokens.kinds[j] !== 'word') break;
    const folded = fold(tokenText(tokens, j));
    if (!FR_PARTICLES.has(folded)) end = j;
  }
  return end;
}

interface Locality {
  start: number;
  end: number;
  town: boolean;
}

/** After a street: separators, an optional `BP 123`, a postcode, then a town and `Cedex NN`. */
function readFrenchLocality(tokens: Tokens, from: number): Locality | undefined {
  let i = skipSeparators(tokens, from);
  if (
    tokens.kinds[i] === 'word' &&
    PO_BOX_WORDS.has(tokenText(tokens, i)) &&
    tokens.kinds[i + 1] === 'number'
  ) {
    i = skipSeparators(tokens, i + 2);
  }
  if (!isFrPostcode(tokens, i)) return undefined;
  const town = readTown(tokens, i + 1);
  return {
    start: tokens.starts[i]!,
    end: tokens.ends[town ? town.last : i]!,
    town: town !== undefined,
  };
}

/** Capitalised town words joined by particles, closed by an optional `Cedex` and its number. */
function readTown(tokens: Tokens, from: number): { last: number; next: number } | undefined {
  let last = -1;
  for (let j = from; j < tokens.kinds.length && j - from < MAX_TOWN_TOKENS; j++) {
    if (tokens.kinds[j] !== 'word') break;
    const raw = tokenText(tokens, j);
    const folded = fold(raw);
    if (folded === CEDEX && last >= 0) {
      const office = tokens.kinds[j + 1] === 'number' && /^\d{1,2}$/.test(tokenText(tokens, j + 1));
      last = office ? j + 1 : j;
      break;
    }
    if (isProperName(raw)) last = j;
    else if (!(FR_PARTICLES.has(folded) && last >= 0)) break;
  }
  return last >= 0 ? { last, next: last + 1 } : undefined;
}

/** `BP 123, 59000 Lille Cedex`: a French post-office box with its postcode and town. */
function parsePoBox(tokens: Tokens, anchor: number): AddressMatch | undefined {
  if (tokens.kinds[anchor + 1] !== 'number' || !/^\d{1,6}$/.test(tokenText(tokens, anchor + 1))) {
    return undefined;
  }
  if (!standsAlone(tokens, anchor)) return undefined;
  const locality = readFrenchLocality(tokens, anchor + 2);
  if (!locality?.town) return undefined;
  return {
    start: tokens.starts[anchor]!,
    end: locality.end,
    localityStart: locality.start,
    postcode: true,
    town: true,
    strongType: true,
    pattern: 'fr-po-box',
  };
}

/** `10 Downing Street, London SW1A 2AA`, `1600 Pennsylvania Avenue NW, Washington, DC 20500`. */
function parseEnglishStreet(
  tokens: Tokens,
  anchor: number,
  strongType: boolean,
): AddressMatch | undefined {
  let i = anchor - 1;
  let names = 0;
  while (i >= 0 && names < MAX_EN_NAME_TOKENS && isEnglishNameToken(tokens, i)) {
    i--;
    names++;
  }
  if (names === 0) return undefined;
  // "5 The Long Road" is a title; "9 The Grove, London SW1A 2AA" is an address.
  const opensWithStopword = EN_NAME_STOPWORDS.has(fold(tokenText(tokens, i + 1)));
  if (
    tokens.kinds[i] !== 'number' ||
    !/^[1-9]\d{0,4}[A-Za-z]?$|^[1-9]\d{0,4}-\d{1,5}$/.test(tokenText(tokens, i))
  ) {
    return undefined;
  }
  if (!isHouseNumberPosition(tokens, i)) return undefined;
  const numberIndex = i;

  let streetEnd = anchor;
  let j = anchor + 1;
  if (abbreviationDot(tokens, anchor)) streetEnd = j++;
  if (
    tokens.kinds[j] === 'word' &&
    EN_DIRECTIONS.has(fold(tokenText(tokens, j))) &&
    startsUpper(tokenText(tokens, j))
  ) {
    streetEnd = j++;
  }
  const unit = readUnit(tokens, j);
  if (unit >= 0) {
    streetEnd = unit;
    j = unit + 1;
  }
  const locality = readEnglishLocality(tokens, j);
  if (opensWithStopword && !locality) return undefined;
  // "Main Street Bank", "Wall Street Journal": a capitalised word right after is a name.
  if (
    !locality &&
    streetEnd === anchor &&
    tokens.kinds[j] === 'word' &&
    isProperName(tokenText(tokens, j))
  ) {
    return undefined;
  }
  return {
    start: tokens.starts[numberIndex]!,
    end: locality ? locality.end : tokens.ends[streetEnd]!,
    ...(locality ? { localityStart: locality.start } : {}),
    postcode: locality !== undefined,
    town: locality?.town ?? false,
    strongType: strongType || unit >= 0,
    unit: unit >= 0,
    pattern: 'en-street',
  };
}

function isEnglishNameToken(tokens: Tokens, index: number): boolean {
  const raw = tokenText(tokens, index);
  if (tokens.kinds[index] === 'number') return /^\d{1,3}(?:st|nd|rd|th)$/i.test(raw);
  return tokens.kinds[index] === 'word' && isProperName(raw);
}

/** `, Apt 4B`, `Suite 200`, `#12` after the street: returns the last unit token or -1. */
function readUnit(tokens: Tokens, from: number): number {
  let i = isPunct(tokens, from, ',') ? from + 1 : from;
  if (isPunct(tokens, i, '#')) {
    return tokens.kinds[i + 1] === 'number' && adjacent(tokens, i, i + 1) ? i + 1 : -1;
  }
  if (tokens.kinds[i] !== 'word' || !EN_UNIT_WORDS.has(fold(tokenText(tokens, i)))) return -1;
  i++;
  if (isPunct(tokens, i, '.')) i++;
  if (isPunct(tokens, i, '#')) i++;
  const kind = tokens.kinds[i];
  return (kind === 'number' || kind === 'word') && tokens.ends[i]! - tokens.starts[i]! <= 5
    ? i
    : -1;
}

/** A town then a UK postcode or a US state and ZIP; or a UK postcode alone. */
function readEnglishLocality(tokens: Tokens, from: number): Locality | undefined {
  const start = skipSeparators(tokens, from);
  let i = start;
  let towns = 0;
  for (;;) {
    const postcodeEnd = englishPostcodeEnd(tokens, i);
    if (postcodeEnd >= 0) {
      return { start: tokens.starts[start]!, end: tokens.ends[postcodeEnd]!, town: towns > 0 };
    }
    if (towns > 0 && isPunct(tokens, i, ',')) {
      i++;
      continue;
    }
    // "St. Albans", "Mt. Vernon", "Ft. Worth": the dot of an abbreviated town word.
    if (
      towns > 0 &&
      isPunct(tokens, i, '.') &&
      TOWN_ABBREVIATIONS.has(fold(tokenText(tokens, i - 1)))
    ) {
      i++;
      continue;
    }
    if (towns >= 3 || tokens.kinds[i] !== 'word' || !isProperName(tokenText(tokens, i)))
      return undefined;
    towns++;
    i++;
  }
}

/** Last token of a UK postcode or `ST 12345(-6789)` starting at `index`, or -1. */
function englishPostcodeEnd(tokens: Tokens, index: number): number {
  if (tokens.kinds[index] !== 'word') return -1;
  const raw = tokenText(tokens, index);
  if (
    US_STATES.has(raw) &&
    tokens.kinds[index + 1] === 'number' &&
    usZipValid(tokenText(tokens, index + 1))
  ) {
    return standsAloneAfter(tokens, index + 1) ? index + 1 : -1;
  }
  if (ukPostcodeValid(raw)) return standsAloneAfter(tokens, index) ? index : -1;
  if (ukOutwardCodeShape(raw) && tokens.kinds[index + 1] === 'number') {
    const joined = `${raw} ${tokenText(tokens, index + 1)}`;
    if (ukPostcodeValid(joined) && standsAloneAfter(tokens, index + 1)) return index + 1;
  }
  return -1;
}

/** Skip one or two separators between an address's lines: `,`, newline, ` - `. */
function skipSeparators(tokens: Tokens, from: number): number {
  let i = from;
  for (let n = 0; n < 2 && tokens.kinds[i] === 'punct'; n++) {
    const raw = tokenText(tokens, i);
    if (raw !== ',' && raw !== '\n' && raw !== '-' && raw !== '–') break;
    i++;
  }
  return i;
}

function isFrPostcode(tokens: Tokens, index: number): boolean {
  return tokens.kinds[index] === 'number' && frPostcodeValid(tokenText(tokens, index));
}

/** Capitalised (or upper-case) word; an elided article counts by what follows: `l'Église`. */
export function isProperName(raw: string): boolean {
  const apostrophe = raw.search(/['’]/);
  const head = apostrophe >= 0 && apostrophe <= 2 ? raw.slice(apostrophe + 1) : raw;
  return startsUpper(head);
}

function startsUpper(raw: string): boolean {
  const first = raw[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

/** A house number stands apart and is not a section, page or year number. */
function isHouseNumberPosition(tokens: Tokens, index: number): boolean {
  if (!standsAlone(tokens, index)) return false;
  const previous = index - 1;
  if (tokens.kinds[previous] !== 'word') return true;
  // « l'article 3 »: the elided article is part of the token.
  const word = fold(tokenText(tokens, previous)).replace(/^[a-z][’']/, '');
  if (NOT_A_HOUSE_NUMBER_BEFORE.has(word)) return false;
  const value = Number(tokenText(tokens, index));
  return !(YEAR_PREPOSITIONS.has(word) && value >= 1800 && value <= 2099);
}

function abbreviationDot(tokens: Tokens, anchor: number): boolean {
  return (
    isPunct(tokens, anchor + 1, '.') &&
    adjacent(tokens, anchor, anchor + 1) &&
    ABBREVIATED_STREET_TYPES.has(fold(tokenText(tokens, anchor)))
  );
}

function isPunct(tokens: Tokens, index: number, mark: string): boolean {
  return tokens.kinds[index] === 'punct' && tokens.text[tokens.starts[index]!] === mark;
}

function adjacent(tokens: Tokens, left: number, right: number): boolean {
  return tokens.ends[left] === tokens.starts[right];
}

/** The token is not glued to a word, number or id punctuation on its left (`v1.2`, `#12`). */
function standsAlone(tokens: Tokens, index: number): boolean {
  const previous = index - 1;
  if (previous < 0 || !adjacent(tokens, previous, index)) return true;
  if (tokens.kinds[previous] !== 'punct') return false;
  return !'./-:#_@'.includes(tokens.text[tokens.starts[previous]!]!);
}

function standsAloneAfter(tokens: Tokens, index: number): boolean {
  const next = index + 1;
  if (next >= tokens.kinds.length || !adjacent(tokens, index, next)) return true;
  return tokens.kinds[next] === 'punct' && !'-_@/'.includes(tokens.text[tokens.starts[next]!]!);
}

/** Overlapping matches (two anchors in one address, French and English readings): keep the longest. */
function keepLongest(matches: AddressMatch[]): AddressMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: AddressMatch[] = [];
  for (const match of sorted) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) {
      if (match.end - match.start > last.end - last.start) kept[kept.length - 1] = match;
      continue;
    }
    kept.push(match);
  }
  return kept;
}
