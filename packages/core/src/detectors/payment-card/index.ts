import { FoundCandidate } from '../../text/found-candidate.js';
import type { Candidate, Detector, Evidence, Segment } from '../../types.js';
import { isDigit } from '../../text/chars.js';
import { fieldMatches, keywordEvidence, keywordList, nearestKeyword } from '../../text/keywords.js';
import { PUBLISHED_TEST_CARD_NUMBERS, cardBrand } from './brands.js';
import { findDigitRuns, isGluedAfter, type DigitRun } from './digit-runs.js';
import { luhnValidIn } from './luhn.js';
import { NO_CANDIDATES } from '../../text/no-candidates.js';
import { digitWindows } from '../../text/digit-windows.js';

const CARD_KEYWORDS = keywordList([
  'card',
  'cards',
  'carte',
  'cartes',
  'cb',
  'cc',
  'visa',
  'mastercard',
  'master card',
  'amex',
  'american express',
  'maestro',
  'discover',
  'jcb',
  'unionpay',
  'diners',
  'credit',
  'debit',
  'crédit',
  'débit',
  'pan',
  'numéro de carte',
  'card number',
  'card no',
  'carte bancaire',
  'carte bleue',
  'cvv',
  'cvc',
  'cryptogramme',
  'expiry',
  'expiration',
  'charge',
  'charged',
  'billing',
  'checkout',
  'paiement',
  'payment card',
]);

const CARD_FIELDS = keywordList([
  'card',
  'carte',
  'cc',
  'pan',
  'cb',
  'card number',
  'cardnumber',
  'numero carte',
  'credit card',
  'creditcard',
]);

/** Words that name some other long number: a card-looking value next to them is likely not one. */
const NOT_A_CARD_KEYWORDS = keywordList([
  'order',
  'commande',
  'invoice',
  'facture',
  'ref',
  'reference',
  'référence',
  'tracking',
  'suivi',
  'colis',
  'parcel',
  'siret',
  'siren',
  'tva',
  'vat',
  'isbn',
  'ean',
  'gtin',
  'iban',
  'rib',
  'bic',
  'swift',
  'timestamp',
  'epoch',
  'uuid',
  'sha',
  'hash',
  'imei',
  'serial',
  'ticket',
  'lot',
  'batch',
  'sku',
]);

/** Columns holding other long numbers: an IMEI can be Luhn-valid with a card prefix. */
const NOT_A_CARD_FIELDS = keywordList([
  'imei',
  'device',
  'serial',
  'order',
  'commande',
  'siret',
  'siren',
  'ean',
  'isbn',
  'gtin',
  'tracking',
  'iban',
  'rib',
  'timestamp',
  'uuid',
  'hash',
  'nir',
  'secu',
]);

const EXPIRY_WINDOW = 40;
/** Longer than the longest printed card (19 digits and 4 separators). */
const LOOK_BACK = 32;
const MAX_DIGITS = 19;
const MIN_DIGITS = 13;

export const paymentCardDetector: Detector = {
  id: 'payment-card',
  type: 'payment_card',
  category: 'user.financial.credit_card',
  description:
    'Payment card numbers (PAN): 13–19 digits, Luhn-valid, with a known brand prefix and length.',
  detect(segment) {
    const text = segment.text;
    // Most cells are shorter than the shortest card: no digit search at all.
    if (text.length < MIN_DIGITS) return NO_CANDIDATES;
    const from = Math.max(0, segment.reportFrom ?? 0);
    const to = Math.min(text.length, segment.reportTo ?? text.length);
    // Start early enough to read a card that straddles reportFrom whole (and then drop it):
    // its tail alone must not pass for a card.
    const runs = cardRuns(segment, Math.max(0, from - LOOK_BACK), to);
    if (runs.length === 0) return NO_CANDIDATES;
    const spans: Array<[number, number]> = [];
    for (const run of runs) {
      for (const span of cardSpans(text, run))
        if (span[0] >= from && span[0] < to) spans.push(span);
    }
    return spans.length === 0 ? NO_CANDIDATES : scoreCards(segment, spans);
  },
  redact: redactCardNumber,
  // A card has MIN_DIGITS ASCII digits at least.
  cellNeeds: { minLength: MIN_DIGITS, minDigits: MIN_DIGITS },
};

/**
 * The digit runs whose first digit lies in [from, to). A run starts at a digit and reads one
 * character before it: searching the digit windows alone finds the same runs (prose: ~10x less).
 */
function cardRuns(segment: Segment, from: number, to: number): readonly DigitRun[] {
  const text = segment.text;
  const windows = digitWindows(segment);
  if (windows === undefined) return findDigitRuns(text, from, to, MIN_DIGITS);
  let runs: DigitRun[] | undefined;
  for (let w = 0; w < windows.length; w += 2) {
    const start = Math.max(from, windows[w]!);
    const end = Math.min(to, windows[w + 1]!);
    if (start >= end) continue;
    const found = findDigitRuns(text, start, end, MIN_DIGITS);
    if (found.length > 0) (runs ??= []).push(...found);
  }
  return runs ?? NO_RUNS;
}

const NO_RUNS: readonly DigitRun[] = Object.freeze([]);

/**
 * Candidates for the card spans of a segment. Apart from `detect`, whose every call (one per
 * cell) would otherwise allocate a context for this closure on entry.
 */
function scoreCards(segment: Segment, spans: Array<[number, number]>): Candidate[] {
  return spans.map(([start, end]) => scoreCard(segment, start, end));
}

/**
 * Spans of a run that read as one card: consecutive groups with one kind of separator, a card
 * layout, a brand and a valid Luhn digit. A card may stand inside a longer run only where
 * spaces bound it (`4970 1012 3456 7890 12/27`), never inside dash- or digit-joined numbers.
 */
function cardSpans(text: string, run: DigitRun): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const { starts, ends, separators } = run;
  const lengths: number[] = [];
  let first = 0;
  while (first < starts.length) {
    const startsFree = first === 0 || isSpace(separators[first - 1]);
    let best = -1;
    let digits = 0;
    lengths.length = 0;
    for (let last = first; startsFree && last < starts.length; last++) {
      const groupEnd = ends[last]!;
      lengths.push(groupEnd - starts[last]!);
      digits += groupEnd - starts[last]!;
      if (digits > MAX_DIGITS) break;
      if (last > first && separators[last - 1] !== separators[first]) break;
      // Every grouped layout starts with a group of four.
      if (last > first && lengths[0] !== 4) break;
      const endsFree =
        last === starts.length - 1 ? !isGluedAfter(text, groupEnd) : isSpace(separators[last]);
      if (!endsFree || digits < MIN_DIGITS || !isCardLayout(lengths)) continue;
      if (!luhnValidIn(text, starts[first]!, groupEnd)) continue;
      if (cardBrand(digitsOf(text.slice(starts[first], groupEnd)))) best = last;
    }
    if (best >= 0) {
      spans.push([starts[first]!, ends[best]!]);
      first = best + 1;
    } else {
      first++;
    }
  }
  return spans;
}

/** Contiguous, or grouped the way cards are printed: 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4. */
function isCardLayout(lengths: readonly number[]): boolean {
  const count = lengths.length;
  if (count === 1) return true;
  if (count === 3 && lengths[0] === 4) {
    const [, middle, last] = lengths;
    if ((middle === 6 && (last === 5 || last === 4)) || (middle === 4 && last === 5)) return true;
  }
  for (let i = 0; i < count - 1; i++) if (lengths[i] !== 4) return false;
  const last = lengths[count - 1]!;
  return last >= 1 && last <= 4;
}

/**
 * Keywords are looked for around each card only: a text-wide check for any keyword first
 * (folding the whole text) cost a 1 MiB segment ~30 ms as soon as it held one card.
 */
function scoreCard(segment: Segment, start: number, end: number): Candidate {
  const text = segment.text;
  const raw = text.slice(start, end);
  const number = digitsOf(raw);
  const brand = cardBrand(number) ?? 'unknown';
  const grouped = raw.length !== number.length;
  const evidence: Evidence[] = [
    { kind: 'pattern', detail: grouped ? 'card-number-grouped' : 'card-number' },
    { kind: 'checksum', detail: 'luhn' },
    { kind: 'validator', detail: `brand:${brand}` },
  ];
  let confidence = baseConfidence(number.length, grouped);
  const keyword = nearestKeyword(text, start, end, CARD_KEYWORDS);
  if (keyword) {
    confidence += 0.15;
    evidence.push(keywordEvidence(keyword));
  }
  const field = fieldMatches(segment.location.field, CARD_FIELDS);
  if (field) {
    confidence += 0.2;
    evidence.push({ kind: 'field', detail: field });
  }
  if (hasExpiryNear(text, start, end)) {
    confidence += 0.1;
    evidence.push({ kind: 'context', detail: 'expiry-date' });
  }
  if (!keyword && !field) {
    const negative = nearestKeyword(text, start, end, NOT_A_CARD_KEYWORDS, 32);
    // "Order #…", « commande n° … »: the word names the number when it stands before it.
    if (negative && (negative.position === 'before' || negative.distance <= 2)) {
      confidence -= 0.35;
      evidence.push({ kind: 'negative', detail: negative.keyword });
    }
  }
  const otherField = field ? undefined : fieldMatches(segment.location.field, NOT_A_CARD_FIELDS);
  if (otherField) {
    confidence -= 0.35;
    evidence.push({ kind: 'negative', detail: `field:${otherField}` });
  }
  const candidate: Candidate = new FoundCandidate(
    start,
    end,
    number,
    round(Math.min(0.99, Math.max(0.05, confidence))),
    evidence,
  );
  if (PUBLISHED_TEST_CARD_NUMBERS.has(number)) {
    candidate.testData = true;
    candidate.confidence = Math.min(candidate.confidence, 0.15);
    evidence.push({ kind: 'test-data', detail: 'published test card number' });
  }
  return candidate;
}

/**
 * Printed grouping is strong evidence; bare digit strings of card length are common ids.
 * 13-digit numbers (old Visa) collide with EAN-13 and millisecond epochs, so they need context.
 */
function baseConfidence(length: number, grouped: boolean): number {
  if (length === 13) return 0.4;
  if (grouped) return 0.85;
  if (length === 15 || length === 16) return 0.7;
  return 0.55;
}

/** An `MM/YY`, `MM/YYYY` or `MM-YY` with a real month within a few characters of the number. */
function hasExpiryNear(text: string, start: number, end: number): boolean {
  const windowStart = Math.max(0, start - EXPIRY_WINDOW);
  const windowEnd = Math.min(text.length, end + EXPIRY_WINDOW);
  for (let i = windowStart; i + 5 <= windowEnd; i++) {
    if (i >= start && i < end) {
      i = end - 1;
      continue;
    }
    if (!isDigitAt(text, i) || !isDigitAt(text, i + 1)) continue;
    if (isDigitAt(text, i - 1)) continue;
    const separator = text[i + 2];
    if (separator !== '/' && separator !== '-') continue;
    if (!isDigitAt(text, i + 3) || !isDigitAt(text, i + 4)) continue;
    const month = Number(text.slice(i, i + 2));
    if (month < 1 || month > 12) continue;
    const yearDigits = isDigitAt(text, i + 5) && isDigitAt(text, i + 6) ? 4 : 2;
    if (isDigitAt(text, i + 3 + yearDigits)) continue;
    return true;
  }
  return false;
}

/** Mask all but the first 6 and last 4 digits (PCI DSS display rule), keeping separators. */
export function redactCardNumber(value: string): string {
  const total = digitsOf(value).length;
  let seen = 0;
  let out = '';
  for (const ch of value) {
    if (!isDigit(ch.charCodeAt(0))) {
      out += ch;
      continue;
    }
    out += seen < 6 || seen >= total - 4 ? ch : '*';
    seen++;
  }
  return out;
}

function digitsOf(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) if (isDigit(value.charCodeAt(i))) out += value[i];
  return out;
}

function isSpace(separator: string | undefined): boolean {
  return separator === ' ' || separator === '\u00a0';
}

function isDigitAt(text: string, index: number): boolean {
  return index >= 0 && isDigit(text.charCodeAt(index));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
