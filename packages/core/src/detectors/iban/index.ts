import { isWordChar } from '../../text/chars.js';
import { fieldMatches, keywordEvidence, keywordList, nearestKeyword } from '../../text/keywords.js';
import type { Candidate, Detector, Evidence, Segment } from '../../types.js';
import { fitsClass, IBAN_COUNTRIES, structureOf, mod97 } from './countries.js';
import { PUBLISHED_EXAMPLE_IBANS } from './examples.js';
import { NO_CANDIDATES } from '../../text/no-candidates.js';
import { FoundCandidate } from '../../text/found-candidate.js';
import { compiledOnOrdinaryText } from '../../text/ordinary-compile.js';
import { digitWindows } from '../../text/digit-windows.js';

const CONFIDENCE = 0.95;
const CONFIDENCE_KEYWORD = 0.98;
const CONFIDENCE_FIELD = 0.99;
const CONFIDENCE_EXAMPLE = 0.1;
/** Registry formats have a country-specific structure; others only length and checksum. */
const CONFIDENCE_UNOFFICIAL = 0.85;

/** Characters kept visible at the end of a redacted IBAN. */
const KEPT_TAIL = 4;

const KEYWORDS = keywordList([
  'iban',
  'rib',
  'bic',
  'swift',
  'compte',
  'account',
  'bank',
  'banque',
  'bancaire',
  'bancaires',
  'virement',
  'transfer',
  'prelevement',
  'sepa',
]);

const FIELD_KEYWORDS = keywordList(['iban', 'rib', 'bank', 'banque', 'compte', 'account']);

/** Spaces that people and word processors put between groups of four. */
function isGroupSeparator(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u00a0' || ch === '\u202f';
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

interface Match {
  start: number;
  end: number;
  iban: string;
}

/**
 * Read the IBAN that starts at `start` (country code and check digits already seen): exactly
 * the country's length of alphanumerics, single spaces allowed between them. The BBAN
 * structure is checked while reading, so most look-alikes stop after a few characters.
 */
function readAt(text: string, start: number): Match | undefined {
  const country = text.slice(start, start + 2).toUpperCase();
  const classes = structureOf(country);
  if (classes === undefined) return undefined;
  const length = classes.length + 4;
  let count = 0;
  let i = start;
  while (i < text.length && count < length) {
    const code = text.charCodeAt(i);
    if (isAsciiAlnum(code)) {
      const upper = isLower(code) ? code - 32 : code;
      if (count >= 4 && !fitsClass(classes[count - 4], upper)) return undefined;
      count++;
      i++;
    } else if (count >= 4 && isGroupSeparator(text[i]) && isAsciiAlnum(text.charCodeAt(i + 1))) {
      i++;
    } else {
      break;
    }
  }
  if (count !== length || isWordChar(text[i])) return undefined;
  const iban = text
    .slice(start, i)
    .replace(/[ \u00a0\u202f]/g, '')
    .toUpperCase();
  return { start, end: i, iban };
}

function isValid(iban: string): boolean {
  const country = iban.slice(0, 2);
  const check = Number(iban.slice(2, 4));
  return check >= 2 && check <= 98 && IBAN_COUNTRIES.has(country) && mod97(iban) === 1;
}

/**
 * Made by `FoundCandidate`, not a spread literal: a segment's candidates outlive a young
 * collection, and a literal's allocation site would be pretenured (see found-candidate.ts).
 */
function toCandidate(segment: Segment, match: Match): Candidate {
  const evidence: Evidence[] = [
    { kind: 'pattern', detail: 'iban' },
    { kind: 'checksum', detail: 'mod-97' },
  ];
  const field = fieldMatches(segment.location.field, FIELD_KEYWORDS);
  if (field) evidence.push({ kind: 'field', detail: field });
  const keyword = nearestKeyword(segment.text, match.start, match.end, KEYWORDS);
  if (keyword) evidence.push(keywordEvidence(keyword));
  const { start, end, iban } = match;
  if (PUBLISHED_EXAMPLE_IBANS.has(iban)) {
    evidence.push({ kind: 'test-data', detail: 'published-example' });
    return new FoundCandidate(start, end, iban, CONFIDENCE_EXAMPLE, evidence, true);
  }
  return new FoundCandidate(
    start,
    end,
    iban,
    confidenceOf(iban, field !== undefined, keyword !== undefined),
    evidence,
  );
}

function confidenceOf(iban: string, field: boolean, keyword: boolean): number {
  if (field) return CONFIDENCE_FIELD;
  if (keyword) return CONFIDENCE_KEYWORD;
  const official = IBAN_COUNTRIES.get(iban.slice(0, 2))?.official ?? false;
  return official ? CONFIDENCE : CONFIDENCE_UNOFFICIAL;
}

/** The shortest IBAN of any country (Norway's 15 characters). */
const SHORTEST_IBAN = Math.min(
  ...[...IBAN_COUNTRIES.keys()].map((country) => (structureOf(country)?.length ?? 0) + 4),
);

/**
 * Two ASCII letters then two digits: a country code and check digits. Matched where the digits
 * start a run (a letter stands before them), so each match is the start of an IBAN to read.
 * The regex engine skips text on the digits it needs: an earlier anchor on every run of two
 * digits stopped at each number of a log or table (~20 times as many matches). Not after an
 * ASCII word character, which `isWordChar` rejects anyway: code is full of `handler12`, and
 * each such match cost a call back into the loop.
 */
const COUNTRY_AND_CHECK = compiledOnOrdinaryText(/(?<![A-Za-z0-9_])[A-Za-z]{2}[0-9]{2}/g);

/** Two ASCII letters of one case (`FR`, `fr`) at `i`. */
function isCountryCode(text: string, i: number): boolean {
  const first = text.charCodeAt(i);
  const second = text.charCodeAt(i + 1);
  return (
    (first >= 65 && first <= 90 && second >= 65 && second <= 90) ||
    (first >= 97 && first <= 122 && second >= 97 && second <= 122)
  );
}

function detect(segment: Segment): readonly Candidate[] {
  const { text } = segment;
  if (text.length < SHORTEST_IBAN) return NO_CANDIDATES;
  const from = Math.max(0, segment.reportFrom ?? 0);
  const to = Math.min(segment.reportTo ?? text.length, text.length - 3);
  const found: Found = { candidates: undefined, resume: from };
  const windows = digitWindows(segment);
  if (windows === undefined) {
    ibansIn(segment, text, 0, to, found);
    return found.candidates ?? NO_CANDIDATES;
  }
  // An IBAN's check digits follow its country code, and it reads at most ~45 characters from
  // there and one before: every IBAN lies in a digit window, and a window's slice (its edges far
  // from any digit) is searched as the whole text would be there.
  for (let w = 0; w < windows.length && found.resume < to; w += 2) {
    const windowStart = windows[w]!;
    const windowEnd = windows[w + 1]!;
    if (found.resume >= windowEnd) continue;
    ibansIn(segment, text.slice(windowStart, windowEnd), windowStart, to, found);
  }
  return found.candidates ?? NO_CANDIDATES;
}

/** What `ibansIn` found so far, and where its search resumes (at `to` or past: done). */
interface Found {
  /** Made on the first IBAN: most long cells and lines hold none. */
  candidates: Candidate[] | undefined;
  resume: number;
}

/**
 * The IBANs starting in [found.resume, to) of `piece`, the part of the segment's text from
 * `offset` on (the text itself, or a window's slice): an IBAN starts past the last one found.
 */
function ibansIn(segment: Segment, piece: string, offset: number, to: number, found: Found): void {
  const text = segment.text;
  // `test` rather than `exec`: no match object per candidate start.
  COUNTRY_AND_CHECK.lastIndex = Math.max(0, found.resume - offset);
  while (COUNTRY_AND_CHECK.test(piece)) {
    const i = COUNTRY_AND_CHECK.lastIndex - 4 + offset;
    // `aB12` has letters of mixed case.
    if (!isCountryCode(text, i)) continue;
    if (i >= to) {
      found.resume = to;
      return;
    }
    if (isWordChar(text[i - 1])) continue;
    const match = readAt(text, i);
    if (!match || !isValid(match.iban)) continue;
    (found.candidates ??= []).push(toCandidate(segment, match));
    found.resume = match.end;
    COUNTRY_AND_CHECK.lastIndex = match.end - offset;
  }
}

/**
 * `FR76 3000 6000 0112 3456 7890 189` → `FR76 **** **** **** **** ***0 189`. Read unit by unit:
 * only ASCII letters and digits are masked, so a character beyond them is copied whole either way.
 */
function redact(value: string): string {
  let total = 0;
  for (let i = 0; i < value.length; i++) if (isAsciiAlnum(value.charCodeAt(i))) total++;
  let seen = 0;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    if (!isAsciiAlnum(value.charCodeAt(i))) {
      out += value[i];
      continue;
    }
    seen++;
    out += seen <= 4 || seen > total - KEPT_TAIL ? value[i] : '*';
  }
  return out;
}

export const ibanDetector: Detector = {
  id: 'iban',
  type: 'iban',
  category: 'user.financial.bank_account',
  description: 'IBANs of every registry country, checked on structure and mod-97',
  detect,
  redact,
  // The length, and `COUNTRY_AND_CHECK`: two ASCII letters and two digits.
  cellNeeds: { minLength: SHORTEST_IBAN, minDigits: 2, anyOf: ['lower', 'upper'] },
};
