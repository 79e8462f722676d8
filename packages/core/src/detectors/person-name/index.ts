import type { Candidate, Detector, Segment } from '../../types.js';
import { isDigit, isLetterOrMark, isLetterOrMarkAt, mayHoldLetter } from '../../text/chars.js';
import { detach } from '../../text/detach.js';
import { NO_CANDIDATES } from '../../text/no-candidates.js';
import { forEachCodeRange } from './code-ranges.js';
import { personField, type FieldHint } from './context.js';
import { nameDictionary, type NameDictionary } from './dictionary.js';
import {
  lowerWordsOf,
  makeCandidate,
  nothingAloneInValue,
  openingWordMakesNothing,
  scanStretch,
  type ScanContext,
  SingleList,
} from './scan.js';
import { mayHoldCapital, mayHoldCapitalIn, nameTokens, openingWordEnd } from './tokens.js';

export { codeRanges, type CodeRange } from './code-ranges.js';
export { normalizeName } from './scan.js';

export interface PersonNameOptions {
  /**
   * Names confirmed elsewhere in the same file (see `confirmedNames`): their bare occurrences
   * in this segment are reported too.
   */
  knownNames?: {
    surnames?: Iterable<string>;
    firstNames?: Iterable<string>;
  };
  /** For tests: another dictionary than the generated one. */
  dictionary?: NameDictionary;
}

/** A full name at or above this confidence confirms its surname for the rest of the file. */
export const CONFIRMATION_THRESHOLD = 0.7;
const PROPAGATED_SURNAME_CONFIDENCE = 0.7;
const PROPAGATED_FIRST_NAME_CONFIDENCE = 0.65;

export const personNameDetector: Detector = {
  id: 'person-name',
  type: 'person_name',
  category: 'user.name',
  description: 'Person names (EN/FR): name dictionary scored with titles, greetings, fields.',
  detect: (segment) => detectPersonNames(segment),
  redact: redactName,
  // `mayHoldLetter`: a name has a letter (an ASCII letter or any non-ASCII unit).
  cellNeeds: { anyOf: ['lower', 'upper', 'non-ascii'] },
};

/**
 * Value segments (a JSON or CSV cell) come by the hundred thousand and most hold no name: a
 * text without a letter (`[A-Za-z\u0080-\uffff]`) has no token at all; one without a capital,
 * outside a name field, has only lower-case particles, and those alone make no name
 * (`mayHoldCapital`).
 */
const NO_OPTIONS: PersonNameOptions = {};

export function detectPersonNames(
  segment: Segment,
  options: PersonNameOptions = NO_OPTIONS,
): readonly Candidate[] {
  const text = segment.text;
  if (!mayHoldLetter(text)) return NO_CANDIDATES;
  const column = segment.syntax === 'value' ? columnOf(segment.location.field) : undefined;
  // A column repeats its values (`N/A`, a status) or their shape (`SKU-28962`, `SKU-40801`): a
  // value without a name is read once in a row.
  const remember =
    column !== undefined &&
    options === NO_OPTIONS &&
    segment.reportFrom === undefined &&
    segment.reportTo === undefined;
  if (remember && sameButDigits(column.lastWithoutName, text)) {
    column.misses = 0;
    return NO_CANDIDATES;
  }
  const found = findNames(segment, options, column?.hint);
  // Detached, as the field names below: a slice would keep its source (a table chunk) alive.
  if (remember && found.length === 0 && worthKeeping(column)) {
    column.lastWithoutName = detach(text);
  }
  return found;
}

/** The singles of the segment being read: detection is synchronous, one segment at a time. */
const segmentSingles = new SingleList(4096);

function findNames(
  segment: Segment,
  options: PersonNameOptions,
  field: FieldHint | undefined,
): readonly Candidate[] {
  const text = segment.text;
  const wholeValue = field !== undefined;
  if (!wholeValue && !mayHoldCapital(text)) return NO_CANDIDATES;
  const dictionary = options.dictionary ?? nameDictionary();
  const cellOutsideField = segment.syntax === 'value' && !wholeValue && options === NO_OPTIONS;
  // Most cells outside a name field hold one capitalised word, first (`Cache demande…`,
  // `SKU-28962`): what it makes alone there is known by the word. Lower-case particles after
  // it change nothing: alone they make no name, and in a run with the word they leave the word
  // alone (or nothing, after a cue word). Answered before anything is built for the scan.
  if (cellOutsideField) {
    const end = openingWordEnd(text);
    if (end > 0 && openingWordMakesNothing(dictionary, text, end)) return NO_CANDIDATES;
  }
  const reportFrom = segment.reportFrom ?? 0;
  const reportTo = segment.reportTo ?? text.length;
  const context: ScanContext = {
    // Values of a name column are often lower case (`jean`): read them title-cased.
    text: wholeValue && !hasCapital(text) ? titleCase(text) : text,
    dictionary,
    wholeValue,
    source: text,
    emailParts: undefined,
    field,
  };
  const candidates: Candidate[] = [];
  const singles = segmentSingles;
  singles.clear();
  if (cellOutsideField) {
    const tokens = nameTokens(text, 0, text.length, lowerWordsOf(context));
    const only = tokens.length === 1 ? tokens[0] : undefined;
    if (tokens.length === 0) return NO_CANDIDATES;
    if (only && only.start === 0 && nothingAloneInValue(context.dictionary, only))
      return NO_CANDIDATES;
    scanStretch(context, 0, text.length, candidates, singles, tokens);
  } else if (segment.syntax === 'code') {
    // Short strings without a capital are not visited (`withCapitalOnly`).
    forEachCodeRange(
      text,
      (start, end) => {
        if (mayHoldCapitalIn(text, start, end))
          scanStretch(context, start, end, candidates, singles);
      },
      true,
    );
  } else {
    scanStretch(context, 0, text.length, candidates, singles);
  }
  // Singles are upgraded only by names confirmed here (from candidates) or given.
  if (candidates.length === 0 && (singles.count === 0 || !options.knownNames)) return candidates;
  const known = confirmedNames(text, candidates);
  for (const name of options.knownNames?.surnames ?? []) known.surnames.add(name);
  for (const name of options.knownNames?.firstNames ?? []) known.firstNames.add(name);
  if (known.surnames.size + known.firstNames.size > 0) {
    const byStart = new Map(candidates.map((c, index) => [c.start, index]));
    const filter = knownNamesFilter(known);
    for (let i = 0; i < singles.count; i++) {
      const folded = singles.folded(i);
      if (filter[nameKey(folded)] !== 1) continue;
      const confidence = known.surnames.has(folded)
        ? PROPAGATED_SURNAME_CONFIDENCE
        : known.firstNames.has(folded)
          ? PROPAGATED_FIRST_NAME_CONFIDENCE
          : 0;
      if (singles.confidence(i) >= confidence) continue;
      const start = singles.start(i);
      const end = singles.end(i);
      const candidate = makeCandidate(text, start, end, confidence, [
        { kind: 'context', detail: 'confirmed-in-file' },
      ]);
      const index = byStart.get(start);
      if (index !== undefined && candidates[index]?.end === end) candidates[index] = candidate;
      else candidates.push(candidate);
    }
  }
  if (candidates.length === 0) return candidates;
  return reportedInOrder(candidates, reportFrom, reportTo);
}

/**
 * A segment of prose has tens of thousands of singles (half of them capitalised words no list
 * knows) and a few dozen confirmed names: most singles are ruled out by a table of the names'
 * lengths and letters (`nameKey`) before the two set lookups.
 */
const KNOWN_FILTER_SIZE = 4096;
const knownFilter = new Uint8Array(KNOWN_FILTER_SIZE);

function knownNamesFilter(known: ConfirmedNames): Uint8Array {
  knownFilter.fill(0);
  for (const name of known.surnames) knownFilter[nameKey(name)] = 1;
  for (const name of known.firstNames) knownFilter[nameKey(name)] = 1;
  return knownFilter;
}

/** A slot by the name's length, first, middle and last code units. */
function nameKey(name: string): number {
  const length = name.length;
  const hash =
    length * 61 +
    name.charCodeAt(0) * 31 +
    (name.charCodeAt(length >> 1) || 0) * 7 +
    (name.charCodeAt(length - 1) || 0);
  return hash & (KNOWN_FILTER_SIZE - 1);
}

/**
 * The candidates that start in `[from, to)`, by start. Its own function: a closure over
 * `from` and `to` inside `findNames` made every call allocate a context for them, even for
 * the label cells answered before any candidate is built (about 50 bytes a cell).
 */
function reportedInOrder(candidates: readonly Candidate[], from: number, to: number): Candidate[] {
  return candidates.filter((c) => c.start >= from && c.start < to).sort(byStart);
}

function byStart(a: Candidate, b: Candidate): number {
  return a.start - b.start;
}

/**
 * `a` and `b` equal but for the value of their digits: a digit only glues a word to an
 * identifier (`Jo2`) or ends it, whatever its value, so both hold the same names, none here.
 */
function sameButDigits(a: string | undefined, b: string): boolean {
  if (a === undefined || a.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y && !(isDigit(x) && isDigit(y))) return false;
  }
  return true;
}

/** What is known of a column (a field name) while its values are read. */
interface Column {
  hint: FieldHint | undefined;
  /** The last value kept of those found to hold no name (read with the default options). */
  lastWithoutName: string | undefined;
  /** Values without a name read since the last one that matched `lastWithoutName`. */
  misses: number;
}

/**
 * After this many values in a row unlike the one kept, a column keeps only one value in
 * `SPARSE_KEEPING`: a label column (`Cache demande renvoie…`) repeats no value, and each copy
 * kept (`detach`) cost about a sixth of the detector's time on table cells.
 */
const MISSES_BEFORE_SPARSE = 8;
const SPARSE_KEEPING = 64;

/** Whether to keep this nameless value of the column for the next one to be compared with. */
function worthKeeping(column: Column): boolean {
  column.misses++;
  return column.misses <= MISSES_BEFORE_SPARSE || column.misses % SPARSE_KEEPING === 0;
}

/** Every cell of a column carries the same field name: its hint is worked out once. */
const FIELD_CACHE_LIMIT = 4096;
const columns = new Map<string, Column>();
const UNNAMED_COLUMN: Column = { hint: undefined, lastWithoutName: undefined, misses: 0 };

function columnOf(field: string | undefined): Column {
  if (!field) return UNNAMED_COLUMN;
  let column = columns.get(field);
  if (column === undefined) {
    if (columns.size >= FIELD_CACHE_LIMIT) columns.clear();
    column = { hint: personField(field), lastWithoutName: undefined, misses: 0 };
    columns.set(detach(field), column);
  }
  return column;
}

export interface ConfirmedNames {
  /** Folded surnames (`dupont`). */
  surnames: Set<string>;
  /** Folded first names (`jean-pierre`). */
  firstNames: Set<string>;
}

/**
 * Folded surnames and first names of the full names confirmed in these candidates: names of two
 * or more words scored at least CONFIRMATION_THRESHOLD and not test data. A per-file second
 * pass can hand them to `detectPersonNames` (`knownNames`) for the file's other segments.
 */
export function confirmedNames(text: string, candidates: readonly Candidate[]): ConfirmedNames {
  const confirmed: ConfirmedNames = { surnames: new Set(), firstNames: new Set() };
  for (const candidate of candidates) {
    if (candidate.testData || candidate.confidence < CONFIRMATION_THRESHOLD) continue;
    const words = candidate.normalized.split(' ');
    if (words.length < 2) continue;
    const raw = text.slice(candidate.start, candidate.end).split(/\s+/);
    // `DUPONT Jean`: the surname is the word in capitals, the first name comes second.
    const head = raw[0] ?? '';
    const upperFirst = raw.length === 2 && !head.includes('.') && head === head.toUpperCase();
    const surname = upperFirst ? words[0] : words[words.length - 1];
    const firstName = upperFirst ? words[1] : words[0];
    if (surname && surname.length >= 3 && !surname.endsWith('.')) {
      confirmed.surnames.add(surname.replace(/^[dl]['\u2019]/, ''));
    }
    if (firstName && firstName.length >= 3 && !firstName.endsWith('.')) {
      confirmed.firstNames.add(firstName);
    }
  }
  return confirmed;
}

/** Initials kept, every other letter masked: `J*** D*****`, `J***-P***** d* L* F*******`. */
export function redactName(value: string): string {
  let out = '';
  let inWord = false;
  for (const ch of value) {
    if (isLetterOrMark(ch)) {
      out += inWord ? '*' : ch;
      inWord = true;
    } else {
      out += ch;
      inWord = false;
    }
  }
  return out;
}

const NON_ASCII = /[^\0-\x7f]/;

function hasCapital(text: string): boolean {
  return /[A-Z]/.test(text) || (NON_ASCII.test(text) && /\p{Lu}/u.test(text));
}

/**
 * Each character that follows no letter (nor `'`) in upper case, when that is one character.
 * Only those are upper-cased, and the text between is copied in slices: an e-mail address with
 * an accented letter in a `contact` column (`thomas.lefèvre@…`) no longer costs a string per
 * character.
 */
function titleCase(text: string): string {
  if (!NON_ASCII.test(text)) return titleCaseAscii(text);
  let out = '';
  let copied = 0;
  let previousIsLetter = false;
  for (let i = 0; i < text.length; i++) {
    if (!previousIsLetter) {
      const ch = text[i] as string;
      const upper = ch.toUpperCase();
      if (upper.length === 1 && upper !== ch) {
        out += text.slice(copied, i) + upper;
        copied = i + 1;
      }
    }
    const code = text.charCodeAt(i);
    previousIsLetter = isLetterOrMarkAt(text, i) || code === 39 || code === 0x2019;
  }
  return out + text.slice(copied);
}

/** `titleCase` of ASCII text: only `a`–`z` change, and only ASCII letters and `'` join words. */
function titleCaseAscii(text: string): string {
  let out = '';
  let copied = 0;
  let previousIsLetter = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!previousIsLetter && code >= 97 && code <= 122) {
      out += text.slice(copied, i) + String.fromCharCode(code - 32);
      copied = i + 1;
    }
    previousIsLetter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39;
  }
  return out + text.slice(copied);
}
