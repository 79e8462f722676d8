import { FoundCandidate } from '../../text/found-candidate.js';
import type { Candidate, Detector, DetectorOptions, Evidence, Segment } from '../../types.js';
import {
  fieldMatches,
  keywordEvidence,
  keywordList,
  nearestKeyword,
  type KeywordHit,
} from '../../text/keywords.js';
import { findDates, findSparseDates, type WrittenDate } from './date-forms.js';
import { NO_CANDIDATES } from '../../text/no-candidates.js';
import { compiledOnOrdinaryText } from '../../text/ordinary-compile.js';
import { digitWindows } from '../../text/digit-windows.js';

/**
 * Dates of birth: a valid past date is one only when a birth keyword stands next to it
 * (« né le », "DOB", "born on") or its field is named like one (`date_naissance`, `dob`).
 * A bare date is never reported.
 */

const ENGLISH_KEYWORDS = keywordList([
  'date of birth',
  'dob',
  'd.o.b.',
  'born on',
  'born',
  'birthday',
  'birth date',
]);
const FRENCH_KEYWORDS = keywordList([
  'né le',
  'née le',
  'né(e) le',
  'né',
  'née',
  'né(e)',
  'date de naissance',
  'naissance',
  'anniversaire',
  'ddn',
]);
/** Field names written into code and JSON keys (`"birth_date": …`, `dateOfBirth=`). */
const IDENTIFIER_KEYWORDS = keywordList([
  'birthdate',
  'birth_date',
  'date_of_birth',
  'dateofbirth',
  'date_naissance',
  'date_de_naissance',
  'datenaissance',
  'datedenaissance',
]);
const BIRTH_KEYWORDS = keywordList([
  ...ENGLISH_KEYWORDS.words,
  ...FRENCH_KEYWORDS.words,
  ...IDENTIFIER_KEYWORDS.words,
]);
const BIRTH_FIELDS = keywordList([
  'dob',
  'birth',
  'birthdate',
  'birthday',
  'date of birth',
  'naissance',
  'date naissance',
  'ddn',
]);
const ENGLISH_FIELDS = keywordList(['dob', 'birth', 'birthdate', 'birthday']);

/** How far a keyword may stand from the date (« Date de naissance : 23/07/1984 »). */
const KEYWORD_WINDOW = 40;
const TIME_OF_DAY = /\b\d{1,2}:\d{2}(?::\d{2})?\b/g;
const CONFIDENCE = 0.9;
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/g;
/**
 * A literal prefilter that every keyword and birth-named identifier contains: segments and
 * windows without it skip the keyword search (most text has dates but no birth words).
 */
const BIRTH_HINT = /birth|dob|born|naissance|anniversaire|ddn|d\.o\.b|n[éÉ]/i;
/**
 * `BIRTH_HINT` but its one alternative beyond ASCII, `n[éÉ]`: over a long text, that one is
 * looked for from each accented e (`hasAccentedNe`), which a log or source file rarely holds
 * and a substring search skips to. The whole regex tried a log at ~0.6 ns a character, this
 * one at ~0.35. Compiled against ordinary words: the first long text it tiers up on could
 * tune it ~1.3x slower (see `compiledOnOrdinaryText`).
 */
const ASCII_BIRTH_HINT = compiledOnOrdinaryText(
  /birth|dob|born|naissance|anniversaire|ddn|d\.o\.b/i,
);
const ACCENTED_E = ['é', 'É'];
/**
 * Every date `findDates` reads is anchored on a 19xx/20xx year: cells without one (nearly all
 * JSON and CSV values) are rejected before any field lookup or keyword search.
 */
const YEAR_HINT = compiledOnOrdinaryText(/(?:19|20)\d\d/);
/**
 * The shortest date `findDates` reads (`1/2/1984`, `1984-7-2`; a month name makes it longer):
 * shorter cells (ids, prices, quantities, half of a table's cells) are rejected on their length
 * alone, before the year search.
 */
const SHORTEST_DATE = 8;
/**
 * Years read before `BIRTH_HINT` is searched instead: up to 8, and one per KiB of text. A
 * year costs 0.1–0.7 µs to read, the search ~1 ms a MiB: the worst case costs about as much.
 */
const SPARSE_YEARS = 8;
const SPARSE_YEAR_SPACING = 1024;
/** Shorter texts (cells, lines) are searched first: a year's date costs more than their search. */
const SPARSE_MIN_LENGTH = 4096;
const NO_DATES: readonly WrittenDate[] = Object.freeze([]);

export const dateOfBirthDetector: Detector = {
  id: 'date-of-birth',
  type: 'date_of_birth',
  category: 'user.demographic.date_of_birth',
  description:
    'Dates of birth: valid past dates next to a birth keyword or in a birth-date field (EN/FR)',
  detect,
  redact: redactDateOfBirth,
  // The length, and `YEAR_HINT`: a year's four ASCII digits.
  cellNeeds: { minLength: SHORTEST_DATE, minDigits: 4 },
};

/**
 * The detector's entry: the first test only. The search lives in its own function because its
 * closure makes each call allocate a context on entry, a cost nearly every cell would pay.
 */
function detect(segment: Segment, _options: DetectorOptions): readonly Candidate[] {
  const { text } = segment;
  if (text.length < SHORTEST_DATE) return NO_CANDIDATES;
  return hasYear(text, digitWindows(segment)) ? datesOfBirthIn(segment) : NO_CANDIDATES;
}

/**
 * `YEAR_HINT.test(text)`, over the digit windows only when there are some (prose): a year's
 * four digits lie in one window, and the regex has no look-around.
 */
function hasYear(text: string, windows: readonly number[] | undefined): boolean {
  if (windows === undefined) return YEAR_HINT.test(text);
  for (let w = 0; w < windows.length; w += 2) {
    if (YEAR_HINT.test(text.slice(windows[w], windows[w + 1]))) return true;
  }
  return false;
}

function datesOfBirthIn(segment: Segment): Candidate[] {
  const { text } = segment;
  const from = segment.reportFrom ?? 0;
  const to = segment.reportTo ?? text.length;
  const field = segment.location.field;
  const fieldHit = fieldMatches(field, BIRTH_FIELDS);
  const englishField = fieldMatches(field, ENGLISH_FIELDS) !== undefined;
  const monthFirst = (at: number): boolean => {
    if (segment.language) return segment.language === 'en';
    const hit = birthKeyword(text, at, at);
    return hit ? ENGLISH_KEYWORDS.words.includes(hit.keyword) : englishField;
  };
  const candidates: Candidate[] = [];
  // Every date is read around its year, and the words and field that support it are read in
  // the whole text: on prose only the years of the digit windows are looked for.
  const windows = digitWindows(segment);
  const dates = fieldHit
    ? findDates(text, monthFirst, windows)
    : datesNearBirthWords(text, monthFirst, windows);
  for (const date of dates) {
    if (date.start < from || date.start >= to) continue;
    const evidence: Evidence[] = [{ kind: 'pattern', detail: date.form }];
    const hit = birthKeyword(text, date.start, date.end);
    if (hit) evidence.push(keywordEvidence(hit));
    if (fieldHit) evidence.push({ kind: 'field', detail: field as string });
    if (evidence.length === 1) continue;
    candidates.push(new FoundCandidate(date.start, date.end, isoDate(date), CONFIDENCE, evidence));
  }
  return candidates;
}

/**
 * The dates of a text without a birth-named field that may have a birth word next to them: the
 * others are dropped by `birthKeyword` anyway. Where years are sparse in a long text (code,
 * prose) their dates are read at once, which costs less than `BIRTH_HINT` over the whole text
 * (a regex with no literal to skip by: ~1.3 ns a character on code); where they are dense (a
 * log's timestamps) that search first spares reading each of them.
 */
function datesNearBirthWords(
  text: string,
  monthFirst: (at: number) => boolean,
  windows: readonly number[] | undefined,
): readonly WrittenDate[] {
  const sparse =
    text.length >= SPARSE_MIN_LENGTH &&
    findSparseDates(text, monthFirst, SPARSE_YEARS, SPARSE_YEAR_SPACING, windows);
  if (sparse) return sparse;
  return mayHoldBirthWord(text) ? findDates(text, monthFirst, windows) : NO_DATES;
}

/** `BIRTH_HINT.test(text)`; a short text (a cell) takes the one regex, a call costing less. */
function mayHoldBirthWord(text: string): boolean {
  if (text.length < SPARSE_MIN_LENGTH) return BIRTH_HINT.test(text);
  return ASCII_BIRTH_HINT.test(text) || hasAccentedNe(text);
}

/** Whether `n` or `N` stands right before an `é` or `É` (`BIRTH_HINT`'s `n[éÉ]`, any case). */
function hasAccentedNe(text: string): boolean {
  for (const accent of ACCENTED_E) {
    for (let at = text.indexOf(accent, 1); at >= 0; at = text.indexOf(accent, at + 1)) {
      const before = text.charCodeAt(at - 1);
      if (before === 110 || before === 78) return true;
    }
  }
  return false;
}

/**
 * The birth keyword next to a date, if any: within the window, with no digit between them but
 * a time of day
 * (so « né le 02/03/1990, facture du 12/03/2024 » ties the keyword to the first date only),
 * and « né »/« née » written with its accent (unaccented "ne" is a French negation).
 */
function birthKeyword(text: string, start: number, end: number): KeywordHit | undefined {
  const around = text.slice(Math.max(0, start - KEYWORD_WINDOW), end + KEYWORD_WINDOW);
  if (!BIRTH_HINT.test(around)) return undefined;
  const hit = nearestKeyword(text, start, end, BIRTH_KEYWORDS, KEYWORD_WINDOW);
  if (!hit) return birthIdentifier(text, start);
  const keywordStart =
    hit.position === 'before' ? start - hit.distance - hit.keyword.length : end + hit.distance;
  const gap =
    hit.position === 'before'
      ? text.slice(start - hit.distance, start)
      : text.slice(end, end + hit.distance);
  // Times are not dates: a chat's `[14:32:19] Client :` may stand between question and answer.
  if (/\d/.test(gap.replace(TIME_OF_DAY, ''))) return undefined;
  // `12/05/1960, née le 3 juillet 1980`: a keyword after a date that introduces its own date.
  const keywordEnd = keywordStart + hit.keyword.length;
  if (hit.position === 'after' && /\d/.test(text.slice(keywordEnd, keywordEnd + 16)))
    return undefined;
  if (hit.keyword.startsWith('ne') && !/[éÉ]/.test(text[keywordStart + 1] ?? '')) return undefined;
  return hit;
}

/** `setDateOfBirth("…")`, `(name, date_naissance) VALUES ('…', '…')`: a birth-named identifier. */
function birthIdentifier(text: string, start: number): KeywordHit | undefined {
  const windowStart = Math.max(0, start - KEYWORD_WINDOW);
  const before = text.slice(windowStart, start);
  let found: KeywordHit | undefined;
  for (const match of before.matchAll(IDENTIFIER)) {
    const keyword = fieldMatches(match[0], BIRTH_FIELDS);
    const tokenEnd = windowStart + match.index + match[0].length;
    if (keyword && !/\d/.test(text.slice(tokenEnd, start))) {
      found = { keyword: match[0], distance: start - tokenEnd, position: 'before' };
    }
  }
  return found;
}

function isoDate(date: WrittenDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Keep the year only: `23/07/1984` becomes `xx/xx/1984` with `*` for each masked digit. */
export function redactDateOfBirth(value: string): string {
  const year = /(?<!\d)(?:19|20)\d\d(?!\d)/.exec(value);
  const keepFrom = year ? year.index : -1;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    const kept = i >= keepFrom && i < keepFrom + 4 && keepFrom >= 0;
    out += !kept && /[\p{L}\p{N}]/u.test(ch) ? '*' : ch;
  }
  return out;
}
