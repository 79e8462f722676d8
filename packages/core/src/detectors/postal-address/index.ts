import { FoundCandidate } from '../../text/found-candidate.js';
import type { Candidate, Detector, DetectorOptions, Evidence, Segment } from '../../types.js';
import { digitWindows } from '../../text/digit-windows.js';
import { NO_CANDIDATES } from '../../text/no-candidates.js';
import { isDigit, isLetterOrMark } from '../../text/chars.js';
import { fold } from '../../text/fold.js';
import { fieldMatches, keywordEvidence, keywordList, nearestKeyword } from '../../text/keywords.js';
import {
  findAddresses,
  findAddressesInText,
  addressShape,
  parseBareLocality,
  type AddressMatch,
} from './parse.js';
import { tokenize } from './tokens.js';

const ADDRESS_KEYWORDS = keywordList([
  'adresse',
  'adresse postale',
  'address',
  'postal address',
  'mailing address',
  'home address',
  'domicile',
  'domicilié',
  'domiciliée',
  'demeurant',
  'résidant',
  'lives at',
  'living at',
  'resides at',
  'residing at',
  'habite',
  'habitant',
  'ship to',
  'livraison',
]);

const ADDRESS_FIELDS = keywordList([
  'adresse',
  'address',
  'addr',
  'rue',
  'street',
  'voie',
  'domicile',
  'address line',
  'ligne adresse',
]);

/**
 * Words that make an address a sample: in its street name (`1 rue de l’Exemple`) or next to it
 * (`template: 1 Main Street`, « adresse fictive »). Reported as test data, below threshold.
 */
const SAMPLE_WORDS = keywordList([
  'example',
  'exemple',
  'e.g.',
  'par exemple',
  'sample',
  'template',
  'modele',
  'placeholder',
  'fictive',
  'fictif',
  'fictitious',
  'dummy',
  'lorem',
]);
const SAMPLE_WINDOW = 32;
const TEST_DATA_CONFIDENCE = 0.2;

/** Columns where a bare `59160 Lille` is a (partial) address. */
const LOCALITY_FIELDS = keywordList([
  ...ADDRESS_FIELDS.words,
  'code postal',
  'cp',
  'postcode',
  'postal code',
  'zip',
  'ville',
  'city',
  'localite',
  'commune',
]);

export const postalAddressDetector: Detector = {
  id: 'postal-address',
  type: 'postal_address',
  category: 'user.contact.address',
  description:
    'French, UK and US street addresses: house number, street type and name, postcode and town.',
  detect,
  redact: redactAddress,
  // `mayHoldAddress`: a number token (an ASCII digit) and a word (`mayBeLetter`).
  cellNeeds: { minDigits: 1, anyOf: ['lower', 'upper', 'non-ascii'] },
};

/**
 * The detector's entry: the first test only, which nearly every table cell fails. The search
 * lives in its own function because its closure makes each call allocate a context on entry.
 */
function detect(segment: Segment, _options: DetectorOptions): readonly Candidate[] {
  const shape = addressShape(segment.text);
  if (shape === 'none') return NO_CANDIDATES;
  // A text too plain for a street holds only a bare locality, read in a locality column alone.
  if (shape === 'locality' && !inLocalityCell(segment)) return NO_CANDIDATES;
  return addressesIn(segment);
}

function inLocalityCell(segment: Segment): boolean {
  return segment.syntax === 'value' && isLocalityField(segment.location.field);
}

/**
 * The last field asked about and its answer. The cells that get here come from one column
 * (`SKU-28962`, a code with a digit and a letter), row after row: comparing the name spares a
 * lookup in the shared caches per cell.
 */
let lastField: string | undefined;
let lastFieldIsLocality = false;

function isLocalityField(field: string | undefined): boolean {
  if (field !== lastField) {
    lastField = field;
    lastFieldIsLocality = fieldMatches(field, LOCALITY_FIELDS) !== undefined;
  }
  return lastFieldIsLocality;
}

function addressesIn(segment: Segment): Candidate[] {
  const text = segment.text;
  const from = Math.max(0, segment.reportFrom ?? 0);
  const to = Math.min(text.length, segment.reportTo ?? text.length);
  const field = fieldMatches(segment.location.field, LOCALITY_FIELDS);
  let matches: AddressMatch[];
  if (field && segment.syntax === 'value') {
    // A short cell of an address column: a bare `59160 Lille` needs its whole token list.
    const tokens = tokenize(text);
    matches = findAddresses(tokens);
    const bare = matches.length === 0 ? parseBareLocality(tokens) : undefined;
    if (bare) matches = [bare];
  } else {
    matches = findAddressesInText(text, digitWindows(segment));
  }
  const reported = matches.filter((match) => match.start >= from && match.start < to);
  if (reported.length === 0) return [];
  // One pass over the text spares a keyword search per candidate when none can succeed.
  const folded = fold(text);
  const keywordsPresent = ADDRESS_KEYWORDS.words.some((word) => folded.includes(word));
  const samplesPresent = SAMPLE_WORDS.words.some((word) => folded.includes(word));
  return reported.map((match) => scoreAddress(segment, match, keywordsPresent, samplesPresent));
}

function scoreAddress(
  segment: Segment,
  match: AddressMatch,
  keywordsPresent: boolean,
  samplesPresent: boolean,
): Candidate {
  const evidence: Evidence[] = [{ kind: 'pattern', detail: match.pattern }];
  let confidence: number;
  if (match.pattern === 'fr-locality') confidence = 0.55;
  else if (match.postcode && match.town) confidence = 0.9;
  else if (match.postcode) confidence = 0.8;
  else confidence = match.strongType ? 0.6 : 0.45;
  if (match.postcode && match.pattern !== 'fr-locality') {
    evidence.push({ kind: 'validator', detail: 'postcode' });
  }
  const keyword = keywordsPresent
    ? nearestKeyword(segment.text, match.start, match.end, ADDRESS_KEYWORDS)
    : undefined;
  if (keyword) {
    confidence += 0.1;
    evidence.push(keywordEvidence(keyword));
  }
  const field = fieldMatches(segment.location.field, LOCALITY_FIELDS);
  if (field) {
    confidence += 0.15;
    evidence.push({ kind: 'field', detail: field });
  }
  const value = segment.text.slice(match.start, match.end);
  const sample = samplesPresent ? sampleWord(segment.text, match, value) : undefined;
  if (sample) {
    evidence.push({ kind: 'test-data', detail: sample });
    confidence = Math.min(confidence, TEST_DATA_CONFIDENCE);
  }
  return new FoundCandidate(
    match.start,
    match.end,
    fold(value).replace(/\s+/g, ' ').trim(),
    Math.round(Math.min(0.97, confidence) * 100) / 100,
    evidence,
    sample ? true : undefined,
  );
}

/**
 * A sample word in the address, or next to it on the same line and in the same sentence: the
 * real address of a record that precedes a line about templates stays a real address.
 */
function sampleWord(text: string, match: AddressMatch, value: string): string | undefined {
  const lineStart = text.lastIndexOf('\n', match.start - 1) + 1;
  let lineEnd = text.indexOf('\n', match.end);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(Math.max(lineStart, match.start - SAMPLE_WINDOW), match.start);
  let after = text.slice(match.end, Math.min(lineEnd, match.end + SAMPLE_WINDOW));
  const sentenceEnd = after.search(/[.!?](?:\s|$)/);
  if (sentenceEnd >= 0) after = after.slice(0, sentenceEnd);
  const words = new Set(fold(`${before} ${value} ${after}`).split(/[^a-z.]+/));
  return SAMPLE_WORDS.words.find(
    (word) =>
      words.has(word) ||
      words.has(`${word}.`) ||
      (word.includes(' ') && fold(before).includes(word)),
  );
}

/** Mask the letters and digits of the street part; keep the postcode and town for triage. */
export function redactAddress(value: string): string {
  const [match] = findAddresses(tokenize(value));
  const keepFrom =
    match?.localityStart ?? parseBareLocality(tokenize(value))?.start ?? value.length;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const maskable = isDigit(ch.charCodeAt(0)) || isLetterOrMark(ch);
    out += i < keepFrom && maskable ? '*' : ch;
  }
  return out;
}
