import type { Evidence, Segment } from '../../types.js';
import { isAsciiLetter, isLetter } from '../../text/chars.js';
import {
  fieldMatches,
  keywordEvidence,
  keywordList,
  type KeywordHit,
  type KeywordList,
} from '../../text/keywords.js';
import { nearestKeywordAscii } from '../../text/ascii-keywords.js';
import { collectNonAscii } from '../../text/non-ascii.js';
import { compiledOnOrdinaryText } from '../../text/ordinary-compile.js';

/**
 * Words near a value that say it is a phone number. Those only French or only English also
 * pick the region of a national number valid in several; « tél » folds to the neutral "tel".
 */
const FRENCH_ONLY = keywordList([
  'portable',
  'fixe',
  'appeler',
  'appelez',
  'joindre',
  'numéro',
  'contacter',
]);
const ENGLISH_ONLY = keywordList(['phone', 'cell', 'cellphone', 'call']);
const PHONE_KEYWORDS = keywordList([
  ...FRENCH_ONLY.words,
  ...ENGLISH_ONLY.words,
  'tél',
  'tél.',
  'téléphone',
  'standard',
  'telephone',
  'mobile',
  'fax',
  'contact',
  'gsm',
  'msisdn',
  'sms',
  'whatsapp',
]);
const PHONE_FIELDS = keywordList([
  'tel',
  'telephone',
  'phone',
  'mobile',
  'portable',
  'gsm',
  'fax',
  'cell',
  'msisdn',
  'telefon',
  'telefono',
]);
/**
 * Words that name another kind of number: when one stands nearer than any phone keyword, a
 * digit run that libphonenumber accepts is still more likely an identifier or an amount.
 */
const OTHER_NUMBER_KEYWORDS = keywordList([
  'siren',
  'siret',
  'iban',
  'rib',
  'bic',
  'isbn',
  'ean',
  'sku',
  'invoice',
  'facture',
  'order',
  'commande',
  'ref',
  'reference',
  'référence',
  'id',
  'uuid',
  'timestamp',
  'epoch',
  'tva',
  'vat',
  'ssn',
  'insee',
  'price',
  'prix',
  'amount',
  'montant',
  'total',
  'card',
  'carte',
  'account',
  'compte',
  'serial',
  'tracking',
  'colis',
  'version',
  'port',
  'case',
  'dossier',
  'ticket',
  'incident',
  'contract',
  'contrat',
  'policy',
  'matricule',
  'badge',
]);

const ALL_KEYWORDS = keywordList([...PHONE_KEYWORDS.words, ...OTHER_NUMBER_KEYWORDS.words]);
/** The phone keywords as a set: code asks of nearly every value whether its nearest word is one. */
const PHONE_WORDS: ReadonlySet<string> = new Set(PHONE_KEYWORDS.words);

export interface PhoneContext {
  /** Evidence from keywords and the field name supporting a phone. */
  support: Evidence[];
  /** Another kind of number is named nearer than any phone word. */
  contradicted: boolean;
  /** `fr`, `en` or undefined: the language the context points to, to pick a region. */
  language: 'fr' | 'en' | undefined;
}

const NO_SUPPORT: Evidence[] = [];
const KEYWORD_WINDOW = 40;
const NEGATIVE_WINDOW = 24;

export function phoneContext(segment: Segment, start: number, end: number): PhoneContext {
  const field = segment.location.field;
  const fieldHit = fieldMatches(field, PHONE_FIELDS);
  // Most values have no support: they share one empty list, read and never changed.
  let support = NO_SUPPORT;
  if (fieldHit) support = [{ kind: 'field', detail: field as string }];
  // Keyword search folds the windows around the value: skip it when they hold no letter.
  // One search over both lists: the nearest word decides whether it names a phone or not.
  const words = hasLetter(segment.text, start - KEYWORD_WINDOW, end + KEYWORD_WINDOW);
  let nearest = words ? nearestOfAll(segment.text, start, end) : undefined;
  // `call +44 20 7946 0018 about order 68827093`: "order" names its own number, not this one.
  if (
    nearest &&
    !PHONE_WORDS.has(nearest.keyword) &&
    namesAnotherNumber(segment.text, nearest, start, end)
  ) {
    nearest = nearestKeywordAscii(segment.text, start, end, PHONE_KEYWORDS, KEYWORD_WINDOW);
  }
  const isPhoneWord = nearest !== undefined && PHONE_WORDS.has(nearest.keyword);
  const text = segment.text;
  const hit = isPhoneWord ? nearest : words ? namedLikePhone(text, start) : undefined;
  if (hit)
    support = support === NO_SUPPORT ? [keywordEvidence(hit)] : [...support, keywordEvidence(hit)];
  const negativeWord =
    (!isPhoneWord && nearest !== undefined && nearest.distance <= NEGATIVE_WINDOW) ||
    (!hit && words && namedLike(text, start, OTHER_NUMBER_KEYWORDS, NEGATIVE_WINDOW) !== undefined);
  const negativeField = !fieldHit && fieldMatches(field, OTHER_NUMBER_KEYWORDS) !== undefined;
  return {
    support,
    contradicted: negativeField || negativeWord,
    language: languageOf(hit) ?? segment.language,
  };
}

/**
 * The nearest keyword of either list within KEYWORD_WINDOW. Most values in code have one right
 * before them (`const id = '633091-1283';`): `nearestKeywordAscii` reads the words before the
 * value backwards and stops at the first keyword, then reads after the value only as far.
 */
function nearestOfAll(text: string, start: number, end: number): KeywordHit | undefined {
  return nearestKeywordAscii(text, start, end, ALL_KEYWORDS, KEYWORD_WINDOW);
}

/**
 * Every word whose presence can give a value support: keywords and field-like identifiers,
 * in any case (the folded form of ASCII text is merely its lower case). A word holding another
 * (`telephone`, `cellphone`, `contacter`) overlaps a match of the shorter one, which is enough
 * for the spans below, so only the shortest are searched, grouped by first letter: the engine
 * tries fewer alternatives at each character (~10 % faster on code and prose).
 */
const SUPPORT_WORD_LIST = innermostWords([...PHONE_KEYWORDS.words, ...PHONE_FIELDS.words]);
const SUPPORT_WORDS = compiledOnOrdinaryText(new RegExp(byFirstLetter(SUPPORT_WORD_LIST), 'gi'));

/** The words that hold no other word of `words`. */
export function innermostWords(words: readonly string[]): string[] {
  const unique = [...new Set(words)];
  return unique.filter((word) => !unique.some((other) => other !== word && word.includes(other)));
}

/** `c(?:all|ell)|fax|…`: one alternative per first letter (a word's first letter is literal). */
export function byFirstLetter(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const rests = groups.get(word[0] as string) ?? [];
    rests.push(escapeRegExp(word.slice(1)));
    groups.set(word[0] as string, rests);
  }
  return [...groups]
    .map(([first, rests]) => {
      const head = escapeRegExp(first);
      return rests.length === 1 ? head + (rests[0] as string) : `${head}(?:${rests.join('|')})`;
    })
    .join('|');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The same words, looked for in one window. A log's ids ask one by one, and most are ruled out
 * before they ask (`mayBeInternational`), so the windows that do ask cover a part of the segment
 * (about 45 % of a benchmark log), where the segment's search reads all of it. Characters beyond
 * ASCII are not in this pattern but listed once per segment: an alternative for them in every
 * window doubled its cost.
 */
const SUPPORT_IN_WINDOW = compiledOnOrdinaryText(new RegExp(SUPPORT_WORDS.source, 'i'));
/** A word overlapping a window reaches at most this many characters past either end of it. */
const WORD_REACH = Math.max(...SUPPORT_WORD_LIST.map((word) => word.length)) - 1;

/**
 * The segment asked about last. Compared as an object: two strings are compared by content, so
 * a file of one repeated line, whose segments are equal strings, took a 1 MiB comparison for
 * each of its numbers (a 5 MB file: 46 s).
 */
let supportSegment: Segment | undefined;
/** Characters of `supportSegment` searched window by window so far. */
let windowChars = 0;
/** Whether `notAscii` lists the characters of `supportSegment` beyond ASCII. */
let notAsciiListed = false;
/** Whether the spans below are those of `supportSegment`. */
let spansFound = false;
/** Where the search that found them started: windows before it are still searched alone. */
let spansFrom = 0;
/**
 * Spans of the segment that may hold a support word, sorted and disjoint: every word written
 * in ASCII overlaps a span of one left-to-right search of the text as written, ignoring case
 * (a word it skips lies inside the span before it); every word written with another character
 * (`Téléphone`) overlaps the span of that character. So a window that holds a word overlaps a
 * span, and no segment is folded whole.
 */
let spanStarts: number[] = [];
let spanEnds: number[] = [];

/**
 * Whether the value at [start, end) can find support (`phoneContext(…).support` not empty): its
 * field names a phone, or a phone word stands within the keyword window. Each window is searched
 * alone until the windows have read half the segment; then the words of the rest of the segment
 * are found at once, so that the thousands of ids of a log (`id=615713320`) cost about one search
 * of it at most. Either way a window holding a word answers true (sometimes one that only comes
 * near it does: the words' own letters may lie outside it), never false.
 */
export function supportPossible(segment: Segment, start: number, end: number): boolean {
  if (fieldMatches(segment.location.field, PHONE_FIELDS)) return true;
  if (segment !== supportSegment) {
    supportSegment = segment;
    windowChars = 0;
    notAsciiListed = false;
    spansFound = false;
  }
  const { text } = segment;
  const from = Math.max(0, start - KEYWORD_WINDOW - WORD_REACH);
  if (!spansFound || from < spansFrom) {
    const to = Math.min(text.length, end + KEYWORD_WINDOW + WORD_REACH);
    windowChars += to - from;
    if (spansFound || windowChars <= text.length / 2) {
      return wordInWindow(text, start, end, from, to);
    }
    // Ids ask in order: the words after this window's start serve every later one.
    findSupportWords(text, from);
    spansFound = true;
    spansFrom = from;
  }
  // Most logs hold no phone word at all: their ids leave here.
  return overlapsSpan(spanStarts, spanEnds, start - KEYWORD_WINDOW, end + KEYWORD_WINDOW);
}

/** A character beyond ASCII in the keyword window, or a support word in [from, to). */
function wordInWindow(text: string, start: number, end: number, from: number, to: number): boolean {
  if (!notAsciiListed) {
    collectNonAscii(text, notAscii);
    notAsciiListed = true;
  }
  if (overlapsSpan(notAscii, notAscii, start - KEYWORD_WINDOW - 1, end + KEYWORD_WINDOW)) {
    return true;
  }
  return from < to && SUPPORT_IN_WINDOW.test(text.slice(from, to));
}

/**
 * Whether one of the sorted disjoint spans [starts[k], ends[k]) overlaps (windowStart,
 * windowEnd): the first span ending after the window starts must start before it ends.
 * With `starts` as `ends`, offsets whose span is [offset, offset + 1) (`>=` for `>`).
 */
function overlapsSpan(
  starts: readonly number[],
  ends: readonly number[],
  windowStart: number,
  windowEnd: number,
): boolean {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle]! <= windowStart) low = middle + 1;
    else high = middle;
  }
  return low < starts.length && starts[low]! < windowEnd;
}

/**
 * The spans of the words starting at or after `from` (each overlaps a span of a left-to-right
 * search from there) and of the characters beyond ASCII there.
 */
function findSupportWords(text: string, from: number): void {
  spanStarts = [];
  spanEnds = [];
  collectNonAscii(text, notAscii);
  notAsciiListed = true;
  let other = 0;
  while (other < notAscii.length && notAscii[other]! < from) other++;
  const words = SUPPORT_WORDS;
  words.lastIndex = from;
  for (let hit = words.exec(text); hit; hit = words.exec(text)) {
    for (; other < notAscii.length && notAscii[other]! < hit.index; other++) {
      addSpan(notAscii[other]!, notAscii[other]! + 1);
    }
    addSpan(hit.index, hit.index + hit[0].length);
  }
  for (; other < notAscii.length; other++) addSpan(notAscii[other]!, notAscii[other]! + 1);
}

/** The offsets of the segment's characters beyond ASCII, in order (reused from segment to segment). */
const notAscii: number[] = [];

/** Appends [start, end), merged with the last span when they overlap: spans stay disjoint. */
function addSpan(start: number, end: number): void {
  const last = spanEnds.length - 1;
  if (last >= 0 && start < spanEnds[last]!) spanEnds[last] = Math.max(spanEnds[last]!, end);
  else {
    spanStarts.push(start);
    spanEnds.push(end);
  }
}

/**
 * Each phone field name is one plain ASCII word, which an identifier named like it holds as
 * written, in some case (`setMobilePhone`, `TEL_FIXE`): a window without any of them (nearly
 * every number in code) has no identifier to read.
 */
const PHONE_FIELD_HINT = new RegExp(PHONE_FIELDS.words.join('|'), 'i');
const PLAIN_WORDS = PHONE_FIELDS.words.every((word) => /^[a-z0-9]+$/.test(word));

/** `namedLike(text, start, PHONE_FIELDS)`, ruled out first on the window as a whole. */
function namedLikePhone(text: string, start: number): KeywordHit | undefined {
  const windowStart = Math.max(0, start - KEYWORD_WINDOW);
  const window = text.slice(windowStart, Math.min(start, text.length));
  if (PLAIN_WORDS && !PHONE_FIELD_HINT.test(window)) return undefined;
  return namedLike(text, start, PHONE_FIELDS);
}

/**
 * The nearest identifier before the value named like `list` (`"phone_number": "…"`,
 * `setMobilePhone("…")`, `order_id=…`): keywords match whole words only, identifiers join them.
 */
function namedLike(
  text: string,
  start: number,
  list: KeywordList,
  window = KEYWORD_WINDOW,
): KeywordHit | undefined {
  const windowStart = Math.max(0, start - window);
  const windowEnd = Math.min(start, text.length);
  let found: KeywordHit | undefined;
  // Identifiers as /[A-Za-z_][A-Za-z0-9_]*/ finds them, read in place (no slice of the window).
  let i = windowStart;
  while (i < windowEnd) {
    if (!isIdentifierStart(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < windowEnd && isIdentifierPart(text.charCodeAt(j))) j++;
    const identifier = text.slice(i, j);
    if (fieldMatches(identifier, list)) {
      found = { keyword: identifier, distance: start - j, position: 'before' };
    }
    i = j;
  }
  return found;
}

function isIdentifierStart(code: number): boolean {
  return isAsciiLetter(code) || code === 95; /* _ */
}

function isIdentifierPart(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 95;
}

/** How far after a keyword its own number may start (`order 123`, `ref. n° 123`, `id: 7`). */
const OWN_NUMBER_GAP = 6;

/**
 * Whether a keyword names some other number than the value at [start, end): after the value,
 * it is followed by its own digits; before it, other digits stand between it and the value.
 */
function namesAnotherNumber(text: string, hit: KeywordHit, start: number, end: number): boolean {
  if (hit.position === 'before') {
    const keywordEnd = start - hit.distance;
    for (let i = keywordEnd; i < start; i++) if (isDigitAt(text, i)) return true;
    return false;
  }
  const keywordEnd = end + hit.distance + hit.keyword.length;
  for (let i = keywordEnd; i < Math.min(text.length, keywordEnd + OWN_NUMBER_GAP); i++) {
    if (isDigitAt(text, i)) return true;
    if (isLetter(text[i]) && text[i] !== 'n') return false;
  }
  return false;
}

function isDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
}

function hasLetter(text: string, from: number, to: number): boolean {
  const last = Math.min(text.length, to);
  for (let i = Math.max(0, from); i < last; i++) {
    const code = text.charCodeAt(i);
    if ((code | 32) >= 97 && (code | 32) <= 122) return true;
    if (code >= 0xc0 && isLetter(text[i])) return true;
  }
  return false;
}

function languageOf(hit: KeywordHit | undefined): 'fr' | 'en' | undefined {
  if (!hit) return undefined;
  if (FRENCH_ONLY.words.includes(hit.keyword)) return 'fr';
  return ENGLISH_ONLY.words.includes(hit.keyword) ? 'en' : undefined;
}
