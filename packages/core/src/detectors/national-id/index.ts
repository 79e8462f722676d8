import { FoundCandidate } from '../../text/found-candidate.js';
import type { Candidate, Detector, DetectorOptions, Evidence, Segment } from '../../types.js';
import { isAsciiLetter, isDigit } from '../../text/chars.js';
import { foldAlignedFast } from '../../text/fold.js';
import {
  fieldMatches,
  keywordEvidence,
  keywordList,
  nearestKeyword,
  type KeywordList,
} from '../../text/keywords.js';
import { NO_CANDIDATES } from '../../text/no-candidates.js';
import { collectNonAscii, nextNonAscii } from '../../text/non-ascii.js';
import { NinoFinder } from './nino.js';
import { NirFinder } from './nir.js';
import { scanShapes, scanShapesInWindows } from './shapes.js';
import { digitWindows } from '../../text/digit-windows.js';
import { SsnFinder, type SsnMatch } from './ssn.js';

const NIR_KEYWORDS = keywordList([
  'numéro de sécurité sociale',
  'sécurité sociale',
  'securite sociale',
  'n° sécu',
  'no sécu',
  'num sécu',
  'sécu',
  'nir',
  'numéro insee',
  'insee',
  'carte vitale',
  'nss',
  'social security',
]);
const NIR_FIELDS = keywordList(['nir', 'secu', 'numero secu', 'insee', 'nss', 'securite sociale']);

/** A 15-digit NIR look-alike next to these words is a card, an IMEI or an order number. */
const NOT_A_NIR_KEYWORDS = keywordList([
  'card',
  'carte',
  'cb',
  'visa',
  'mastercard',
  'amex',
  'imei',
  'iban',
  'siret',
  'order',
  'commande',
  'tracking',
  'suivi',
  'invoice',
  'facture',
  'lot',
  'phone',
  'tel',
  'device',
]);

/** Two letters, six digits and a letter is also the shape of many product and part codes. */
const NOT_A_NINO_KEYWORDS = keywordList([
  'product',
  'produit',
  'code',
  'sku',
  'ref',
  'reference',
  'référence',
  'part',
  'model',
  'modèle',
  'item',
  'article',
  'order',
  'commande',
  'serial',
  'lot',
  'invoice',
  'facture',
]);

const NINO_KEYWORDS = keywordList([
  'national insurance',
  'national insurance number',
  'ni number',
  'ni no',
  'nino',
  'nin',
]);
const NINO_FIELDS = keywordList(['nino', 'ni number', 'national insurance', 'ni no']);

const SSN_KEYWORDS = keywordList([
  'ssn',
  'social security',
  'social security number',
  'soc sec',
  'ss no',
  'taxpayer',
]);
/** Any SSN keyword, as a substring (whole words or not), in one pass over a folded text. */
const SSN_KEYWORD_ANYWHERE = new RegExp(SSN_KEYWORDS.words.map(escapeRegExp).join('|'));
/**
 * The same loosened for the unfolded text: any non-ASCII unit in any place, as it may fold to an
 * ASCII letter. Run only on short windows: the classes make it slow on a whole text.
 */
const SSN_KEYWORD_LOOSE = new RegExp(
  SSN_KEYWORDS.words
    .map((word) => [...word].map((ch) => `[${ch}${ch.toUpperCase()}\\u0080-\\uffff]`).join(''))
    .join('|'),
);
const LONGEST_SSN_KEYWORD = Math.max(...SSN_KEYWORDS.words.map((word) => word.length));
/**
 * Short pieces of the SSN keywords (`soc` of "social security", `xp` of "taxpayer"), searched
 * for in any case to find where an ASCII keyword may stand: a search for a few short literals
 * skips a log or source file 2-2.5x faster than one for the keywords themselves. A keyword
 * without any of these pieces is its own.
 */
const SSN_KEYWORD_PIECES = ['ssn', 'ss n', 'soc', 'xp'];
const SSN_KEYWORD_PIECE = new RegExp(
  [
    ...new Set(
      SSN_KEYWORDS.words.map(
        (word) => SSN_KEYWORD_PIECES.find((piece) => word.includes(piece)) ?? word,
      ),
    ),
  ]
    .map(escapeRegExp)
    .join('|'),
  'gi',
);
/** Any SSN keyword in any case, tested on a window around a piece. */
const SSN_KEYWORD_ANY_CASE = new RegExp(SSN_KEYWORD_ANYWHERE.source, 'i');
/** Past this many non-ASCII units, folding the text is as cheap as looking around each. */
const MAX_NON_ASCII_WINDOWS = 256;
const SSN_FIELDS = keywordList(['ssn', 'social security', 'socsec', 'social security number']);

/** Words naming other dash-grouped numbers (part, order and phone numbers) next to `ddd-dd-dddd`. */
const NOT_AN_SSN_KEYWORDS = keywordList([
  'order',
  'commande',
  'ref',
  'reference',
  'part',
  'invoice',
  'facture',
  'ticket',
  'phone',
  'tel',
  'fax',
  'isbn',
  'serial',
  'sku',
  'case',
  'dossier',
]);

const TEST_DATA_CONFIDENCE = 0.15;
/** Longer than the longest spaced value (a NIR with its spaces: 21 characters). */
const LOOK_BACK = 24;
/** The shortest values (an SSN's nine digits, a NINO's nine characters). */
const MIN_VALUE_LENGTH = 9;
/**
 * Two digit pairs in a row, which every value holds (a NIR's `84 07`, a NINO's `12 34`, an
 * SSN's last four digits): one native test rejects most cells before the three searches.
 */
const VALUE_HINT = /[0-9]{2}[ \u00a0]?[0-9]{2}/;

/** The fewest ASCII digits a value holds (a NINO's six). */
const MIN_VALUE_DIGITS = 6;
/** A text this short (a table cell, `SKU-28962`) has its digits counted before any search. */
const SHORT_TEXT = 64;

function digitCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i))) count++;
  return count;
}

/**
 * The first test, which nearly every table cell fails. The regex goes first: its native search
 * skips a prose cell faster than a loop over its characters.
 */
function mayHoldValue(text: string): boolean {
  if (text.length < MIN_VALUE_LENGTH || !VALUE_HINT.test(text)) return false;
  return text.length > SHORT_TEXT || digitCount(text) >= MIN_VALUE_DIGITS;
}

export const nationalIdDetector: Detector = {
  id: 'national-id',
  type: 'national_id',
  category: 'user.government_id.national_identification_number',
  description:
    'National identification numbers: French NIR (key checked), UK National Insurance numbers, US Social Security numbers.',
  detect,
  redact: redactNationalId,
  // `mayHoldValue`: every value has MIN_VALUE_DIGITS ASCII digits (a NINO's six) at least.
  cellNeeds: { minLength: MIN_VALUE_LENGTH, minDigits: MIN_VALUE_DIGITS },
};

/**
 * The detector's entry: the first test only. The search lives in its own function because its
 * closure makes each call allocate a context on entry, a cost nearly every cell would pay.
 */
function detect(segment: Segment, _options: DetectorOptions): readonly Candidate[] {
  return mayHoldValue(segment.text) ? nationalIdsIn(segment) : NO_CANDIDATES;
}

function nationalIdsIn(segment: Segment): Candidate[] {
  const text = segment.text;
  const from = Math.max(0, segment.reportFrom ?? 0);
  const to = Math.min(text.length, segment.reportTo ?? text.length);
  const candidates: Candidate[] = [];
  // Start early enough to read a value that straddles reportFrom whole (and then drop it):
  // its tail alone must not pass for a value.
  const scanFrom = Math.max(0, from - LOOK_BACK);
  // Unformatted SSNs (any nine digits) are kept only with context; prose holds thousands,
  // logs tens of thousands of ids: without any context they are not even read.
  const nirs = new NirFinder(scanFrom, to);
  const ninos = new NinoFinder(scanFrom, to);
  const ssns = new SsnFinder(scanFrom, to, () => mayHaveSsnContext(segment));
  // One search for the three schemes' shapes: the text is read once, not three times.
  const windows = digitWindows(segment);
  if (windows === undefined) scanShapes(text, [nirs, ninos, ssns]);
  else scanShapesInWindows(text, [nirs, ninos, ssns], windows);

  for (const nir of nirs.matches) {
    if (nir.start < from) continue;
    const candidate = score(
      segment,
      nir,
      0.95,
      0.04,
      [
        { kind: 'pattern', detail: 'fr-nir' },
        { kind: 'checksum', detail: 'nir-key' },
      ],
      NIR_KEYWORDS,
      NIR_FIELDS,
    );
    if (!hasContext(candidate)) {
      penalizeNear(candidate, text, NOT_A_NIR_KEYWORDS, 32);
      penalizeCardLookAlike(candidate, nir.compact);
    }
    candidates.push(candidate);
  }

  for (const nino of ninos.matches) {
    if (nino.start < from) continue;
    const candidate = score(
      segment,
      nino,
      0.9,
      0.07,
      [
        { kind: 'pattern', detail: 'uk-nino' },
        { kind: 'validator', detail: 'nino-prefix' },
      ],
      NINO_KEYWORDS,
      NINO_FIELDS,
    );
    if (!hasContext(candidate)) penalizeNear(candidate, text, NOT_A_NINO_KEYWORDS, 24);
    if (nino.testData) markTestData(candidate, 'HMRC example prefix QQ');
    candidates.push(candidate);
  }

  // Many unformatted values (a log of ids that names an SSN once): their keyword windows are
  // first checked against where a keyword may stand, found once.
  const hints =
    unformattedCount(ssns.matches) > MANY_UNFORMATTED ? new SsnKeywordHints(text) : undefined;
  for (const ssn of ssns.matches) {
    if (ssn.start < from) continue;
    if (!ssn.formatted && !ssnHasContext(segment, ssn, hints)) continue;
    const base = ssn.formatted ? 0.75 : 0.3;
    const boost = ssn.formatted ? 0.2 : 0.55;
    const candidate = score(
      segment,
      ssn,
      base,
      boost,
      [
        { kind: 'pattern', detail: ssn.formatted ? 'us-ssn' : 'us-ssn-unformatted' },
        { kind: 'validator', detail: 'ssn-ranges' },
      ],
      SSN_KEYWORDS,
      SSN_FIELDS,
    );
    if (!hasContext(candidate)) {
      if (!ssn.formatted) continue;
      penalizeNear(candidate, text, NOT_AN_SSN_KEYWORDS, 24);
    }
    if (ssn.testData) markTestData(candidate, 'published SSA example');
    candidates.push(candidate);
  }

  return candidates.sort((a, b) => a.start - b.start);
}

function score(
  segment: Segment,
  match: { start: number; end: number; compact: string },
  base: number,
  boost: number,
  evidence: Evidence[],
  keywords: KeywordList,
  fields: KeywordList,
): Candidate {
  let confidence = base;
  const keyword = nearestKeyword(segment.text, match.start, match.end, keywords);
  if (keyword) evidence.push(keywordEvidence(keyword));
  const field = fieldMatches(segment.location.field, fields);
  if (field) evidence.push({ kind: 'field', detail: field });
  if (keyword || field) confidence += boost;
  return new FoundCandidate(
    match.start,
    match.end,
    match.compact.toUpperCase(),
    round(Math.min(0.99, confidence)),
    evidence,
  );
}

/** Whether an SSN keyword stands near the value, or the field names SSNs (as `score` reads them). */
function ssnHasContext(
  segment: Segment,
  ssn: SsnMatch,
  hints: SsnKeywordHints | undefined,
): boolean {
  if (fieldMatches(segment.location.field, SSN_FIELDS)) return true;
  if (hints && !hints.anyWithin(ssn.start - KEYWORD_WINDOW, ssn.end + KEYWORD_WINDOW)) return false;
  return nearestKeyword(segment.text, ssn.start, ssn.end, SSN_KEYWORDS) !== undefined;
}

/**
 * Past this many unformatted values a segment's keyword hints are found (a search of the whole
 * text) rather than a `nearestKeyword` call made for each.
 */
const MANY_UNFORMATTED = 64;

function unformattedCount(matches: readonly SsnMatch[]): number {
  let count = 0;
  for (const match of matches) if (!match.formatted) count++;
  return count;
}

/** `nearestKeyword`'s window on each side of a value. */
const KEYWORD_WINDOW = 48;

/**
 * Where an SSN keyword may stand in a text: every piece of one in any case (`ssn`, `soc`…: a
 * keyword in ASCII letters holds one, and no piece starts inside another, so one search finds
 * them all) and every unit beyond ASCII (which may fold to a letter). A value with none in its
 * keyword windows has no keyword: a log that names an SSN once holds thousands of nine-digit ids,
 * each else looked at by `nearestKeyword`. Asked about values in increasing order.
 */
class SsnKeywordHints {
  private readonly positions: number[] = [];
  private next = 0;

  constructor(text: string) {
    const pieces = SSN_KEYWORD_PIECE;
    const ascii: number[] = [];
    pieces.lastIndex = 0;
    for (let hit = pieces.exec(text); hit; hit = pieces.exec(text)) ascii.push(hit.index);
    const others: number[] = [];
    collectNonAscii(text, others);
    this.positions = mergeSorted(ascii, others);
  }

  /** Whether a hint lies in [from, to); `from` never decreases from one call to the next. */
  anyWithin(from: number, to: number): boolean {
    const positions = this.positions;
    while (this.next < positions.length && positions[this.next]! < from) this.next++;
    return this.next < positions.length && positions[this.next]! < to;
  }
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/**
 * Whether any SSN in the segment could have context: its field matches, or an SSN keyword
 * occurs anywhere in the folded text (`nearestKeyword` reads its windows from that same folding).
 * False spares one keyword search per nine-digit number, which would all come back empty.
 */
function mayHaveSsnContext(segment: Segment): boolean {
  if (fieldMatches(segment.location.field, SSN_FIELDS)) return true;
  // A keyword written in ASCII letters, in any case, is in the folded text too: no folding.
  if (asciiSsnKeywordIn(segment.text)) return true;
  // Otherwise one may lie around a unit beyond ASCII, which may fold to an ASCII letter.
  if (!ssnKeywordAroundNonAscii(segment.text)) return false;
  return SSN_KEYWORD_ANYWHERE.test(foldAlignedFast(segment.text));
}

function asciiSsnKeywordIn(text: string): boolean {
  const pieces = SSN_KEYWORD_PIECE;
  pieces.lastIndex = 0;
  while (pieces.test(text)) {
    const at = pieces.lastIndex - 1;
    const window = text.slice(Math.max(0, at - LONGEST_SSN_KEYWORD), at + LONGEST_SSN_KEYWORD);
    if (SSN_KEYWORD_ANY_CASE.test(window)) return true;
  }
  return false;
}

function ssnKeywordAroundNonAscii(text: string): boolean {
  // A text full of accents (French prose) gives up at once and is folded.
  let windows = 0;
  for (let at = nextNonAscii(text, 0); at >= 0; at = nextNonAscii(text, at + 1)) {
    if (windows++ === MAX_NON_ASCII_WINDOWS) return true;
    const window = text.slice(Math.max(0, at - LONGEST_SSN_KEYWORD + 1), at + LONGEST_SSN_KEYWORD);
    if (SSN_KEYWORD_LOOSE.test(window)) return true;
  }
  return false;
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function hasContext(candidate: Candidate): boolean {
  return candidate.evidence.some((e) => e.kind === 'keyword' || e.kind === 'field');
}

/** Lower a candidate that stands next to a word naming some other kind of number. */
function penalizeNear(
  candidate: Candidate,
  text: string,
  words: KeywordList,
  window: number,
): void {
  const negative = nearestKeyword(text, candidate.start, candidate.end, words, window);
  if (!negative) return;
  candidate.confidence = round(candidate.confidence - 0.5);
  candidate.evidence.push({ kind: 'negative', detail: negative.keyword });
}

/**
 * NIRs of persons being registered (sex digit 3, 4, 7 or 8) are rare; American Express numbers
 * (34…, 37…, Luhn-valid, 15 digits) are not. Without context, such a number that is both is
 * read as the card.
 */
function penalizeCardLookAlike(candidate: Candidate, compact: string): void {
  if (!/^3[47]\d{13}$/.test(compact) || !luhnValid(compact)) return;
  candidate.confidence = round(candidate.confidence - 0.5);
  candidate.evidence.push({ kind: 'negative', detail: 'card-checksum' });
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

function markTestData(candidate: Candidate, why: string): void {
  candidate.testData = true;
  candidate.confidence = Math.min(candidate.confidence, TEST_DATA_CONFIDENCE);
  candidate.evidence.push({ kind: 'test-data', detail: why });
}

/**
 * Keep what triages without identifying: a NINO's prefix and suffix letters, an SSN's last four
 * digits (the usual US practice), a NIR's sex digit and the last digit of its key.
 */
export function redactNationalId(value: string): string {
  const characters = [...value];
  const alnumIndexes = characters
    .map((ch, index) => (isAlnumChar(ch) ? index : -1))
    .filter((index) => index >= 0);
  const keep = new Set<number>();
  if (isAsciiLetter(value.charCodeAt(0))) {
    keep.add(alnumIndexes[0] ?? -1).add(alnumIndexes[1] ?? -1);
    keep.add(alnumIndexes[alnumIndexes.length - 1] ?? -1);
  } else if (alnumIndexes.length === 9) {
    for (const index of alnumIndexes.slice(-4)) keep.add(index);
  } else {
    keep.add(alnumIndexes[0] ?? -1).add(alnumIndexes[alnumIndexes.length - 1] ?? -1);
  }
  return characters.map((ch, index) => (isAlnumChar(ch) && !keep.has(index) ? '*' : ch)).join('');
}

function isAlnumChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return isDigit(code) || isAsciiLetter(code);
}

function round(value: number): number {
  return Math.round(Math.max(0.05, value) * 100) / 100;
}
