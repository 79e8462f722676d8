import { FoundCandidate } from '../../text/found-candidate.js';
import type { Candidate, DetectorOptions, Evidence, Segment } from '../../types.js';
import { phoneContext, supportPossible, type PhoneContext } from './context.js';
import type { DigitGroup, NumberRun } from './number-runs.js';
import {
  couldBeInternational,
  couldBeInternationalDigits,
  nationalLengthFits,
  readInternational,
  type PhoneReading,
} from './read-number.js';
import {
  anyNationalReading,
  countNationalReadings,
  foundReading,
  foundReadings,
  pickRegion,
  sameLengths,
} from './pick-region.js';
import { mayBeInternational } from './international-shape.js';

/**
 * One candidate number (groups `first..last` of a run): shape checks, libphonenumber reading
 * in the right region, span (with or without its parenthesis) and confidence.
 */

/** `0049 151 23456789`: 15 digits after a `00` prefix; national numbers are shorter. */
export const MAX_DIGITS = 17;
export const MIN_DIGITS = 7;
const MAX_NATIONAL_DIGITS = 13;
/**
 * People write a bare national number whole (`0612345678`, `07700900123`); a shorter bare run
 * with a leading zero (`08438874`, valid for some German areas) is more often a case or file
 * number.
 */
const SHORTEST_BARE_NATIONAL = 9;
const CONFIDENCE = {
  grouped: 0.85,
  otherwiseFormatted: 0.7,
  bareInternational: 0.8,
  bare: 0.6,
  /** `2125550147`: ten digits without trunk prefix are as often an id or a count. */
  bareWithoutTrunk: 0.45,
  bareWithContext: 0.9,
  formattedWithContext: 0.95,
  contradictedPenalty: 0.4,
  testData: 0.15,
};

export function readCandidate(
  segment: Segment,
  run: NumberRun,
  first: number,
  last: number,
  options: DetectorOptions,
): Candidate | undefined {
  // Most candidates are a whole run: its groups are used as they are, not copied.
  const whole = first === 0 && last === run.groups.length - 1;
  const groups = whole ? run.groups : run.groups.slice(first, last + 1);
  const international = first === 0 && run.plus;
  const dialled = international ? withoutTrunkZero(groups) : groups;
  const digits = joinDigits(dialled);
  if (digits.length < MIN_DIGITS || !plausibleShape(dialled, international)) return undefined;
  const firstGroup = groups[0] as DigitGroup;
  if (looksDecimal(groups)) return undefined;
  // `(212) 555-0147` keeps its parenthesis; `(06 12 34 56 78)` is only wrapped in one.
  const opensParen =
    first === 0
      ? !run.plus && run.start < firstGroup.start
      : firstGroup.separatorBefore.endsWith('(');
  let closesParen = false;
  for (let k = 1; k < groups.length; k++) {
    if (holdsCode((groups[k] as DigitGroup).separatorBefore, 41 /* ) */)) closesParen = true;
  }
  const start =
    first === 0 && run.plus
      ? run.start - (run.parenBeforePlus && closesParen ? 1 : 0)
      : firstGroup.start - (opensParen && closesParen ? 1 : 0);
  const end = (groups[groups.length - 1] as DigitGroup).end;
  // Read only when needed: most digit runs are not phones and need no context.
  let context: PhoneContext | undefined;

  let reading: PhoneReading | undefined;
  let prefixed = international;
  if (international) reading = readInternational(digits);
  else if (digits.startsWith('00')) {
    prefixed = true;
    reading = readInternational(digits.slice(2));
  } else {
    const grouped = groups.length > 1;
    if (digits.length <= MAX_NATIONAL_DIGITS) {
      const count = countNationalReadings(digits, options.regions);
      if (count > 1) {
        const readings = foundReadings(count);
        context ??= phoneContext(segment, start, end);
        const written = grouped ? groupLengths(dialled) : undefined;
        reading = pickRegion(readings, written, context.language);
      } else if (count === 1) reading = foundReading(0);
    }
    // `msisdn=33612345678`: E.164 stored without its `+`, read so only when a word says phone.
    if (
      !reading &&
      !grouped &&
      digits[0] !== '0' &&
      couldBeInternational(digits) &&
      supportPossible(segment, start, end) &&
      (context ??= phoneContext(segment, start, end)).support.length > 0
    ) {
      reading = readInternational(digits);
      prefixed = true;
    }
  }
  if (!reading) return undefined;
  context ??= phoneContext(segment, start, end);

  const formatted = groups.length > 1;
  const validator = validatorEvidence(reading.region);
  const pattern = formatted ? GROUPED_EVIDENCE : DIGIT_RUN_EVIDENCE;
  if (reading.fictional) {
    const testData: Evidence = { kind: 'test-data', detail: reading.fictional };
    const evidence = evidenceOf(validator, pattern, context.support, testData);
    return new FoundCandidate(start, end, reading.e164, CONFIDENCE.testData, evidence, true);
  }
  let confidence: number;
  if (context.support.length > 0) {
    confidence = formatted ? CONFIDENCE.formattedWithContext : CONFIDENCE.bareWithContext;
  } else if (formatted) {
    const expected = prefixed ? reading.internationalGroups : reading.nationalGroups;
    confidence = plausibleGrouping(groupLengths(dialled), expected)
      ? CONFIDENCE.grouped
      : CONFIDENCE.otherwiseFormatted;
  } else if (international) {
    confidence = CONFIDENCE.bareInternational;
  } else {
    const fullLength = digits.length >= SHORTEST_BARE_NATIONAL;
    confidence =
      (prefixed || digits[0] === '0') && fullLength ? CONFIDENCE.bare : CONFIDENCE.bareWithoutTrunk;
  }
  if (context.contradicted) confidence -= CONFIDENCE.contradictedPenalty;
  const named = context.contradicted ? OTHER_NUMBER_EVIDENCE : undefined;
  const evidence = evidenceOf(validator, pattern, context.support, named);
  return new FoundCandidate(start, end, reading.e164, Math.round(confidence * 100) / 100, evidence);
}

/**
 * A candidate's evidence in its order (validator, pattern, support, then test data or the other
 * number named), made at its size: code holds thousands of ids read as phones and contradicted,
 * and a literal pushed to past its length grew to room for nineteen.
 */
function evidenceOf(
  validator: Evidence,
  pattern: Evidence,
  support: readonly Evidence[],
  last: Evidence | undefined,
): Evidence[] {
  if (support.length === 0) return last ? [validator, pattern, last] : [validator, pattern];
  const evidence = [validator, pattern, ...support];
  if (last) evidence.push(last);
  return evidence;
}

/*
 * Evidence that does not depend on the text is made once and shared by every candidate (code
 * holds thousands of ids read as phones); nothing changes evidence once made.
 */
const GROUPED_EVIDENCE: Evidence = { kind: 'pattern', detail: 'grouped digits' };
const DIGIT_RUN_EVIDENCE: Evidence = { kind: 'pattern', detail: 'digit run' };
const OTHER_NUMBER_EVIDENCE: Evidence = { kind: 'negative', detail: 'other number named nearby' };

/** `libphonenumber:FR`, made once per region (a dump holds thousands of numbers of each). */
const validatorEvidences = new Map<string, Evidence>();

function validatorEvidence(region: string): Evidence {
  let evidence = validatorEvidences.get(region);
  if (evidence === undefined) {
    evidence = { kind: 'validator', detail: `libphonenumber:${region}` };
    validatorEvidences.set(region, evidence);
  }
  return evidence;
}

/** A bare run longer than this is left to `readCandidate` (see `plausibleShape`). */
const LONGEST_BARE = 12;

/**
 * False only where `readCandidate` reads no phone in the bare run [start, end) (one group of
 * digits, no `+` or `(` before it), judged on its offsets before any object is made: no
 * configured region reads it as a national number, and it cannot be E.164 without its `+`
 * (which needs a phone word near it). A log's `id=798736956` on every line stops here.
 */
export function bareRunMayBePhone(
  segment: Segment,
  start: number,
  end: number,
  options: DetectorOptions,
): boolean {
  const length = end - start;
  if (length < MIN_DIGITS || length > LONGEST_BARE) return true;
  const { text } = segment;
  // `0033612345678`: read as international by `readCandidate`.
  if (text.charCodeAt(start) === 48 && text.charCodeAt(start + 1) === 48) return true;
  if (
    nationalLengthFits(length, options.regions) &&
    anyNationalReading(text.slice(start, end), options.regions)
  ) {
    return true;
  }
  return (
    couldBeInternationalDigits(length, text.charCodeAt(start)) &&
    mayBeInternational(text, start, length) &&
    supportPossible(segment, start, end)
  );
}

/** `separator.includes(…)` of one character, by code: a separator is at most three characters. */
function holdsCode(separator: string, code: number): boolean {
  for (let k = 0; k < separator.length; k++) if (separator.charCodeAt(k) === code) return true;
  return false;
}

/** `+33 (0)6 …`: the trunk zero in parentheses is not dialled from abroad. */
function withoutTrunkZero(groups: readonly DigitGroup[]): readonly DigitGroup[] {
  const isTrunkZero = (group: DigitGroup, k: number): boolean =>
    k > 0 && group.digits === '0' && group.separatorBefore.endsWith('(');
  return groups.some(isTrunkZero) ? groups.filter((group, k) => !isTrunkZero(group, k)) : groups;
}

function joinDigits(groups: readonly DigitGroup[]): string {
  if (groups.length === 1) return (groups[0] as DigitGroup).digits;
  let digits = '';
  for (const group of groups) digits += group.digits;
  return digits;
}

function groupLengths(groups: readonly DigitGroup[]): number[] {
  const lengths = new Array<number>(groups.length);
  for (let k = 0; k < groups.length; k++) lengths[k] = (groups[k] as DigitGroup).digits.length;
  return lengths;
}

/**
 * Cheap shape checks before libphonenumber: phones have at most one single-digit group
 * (`+33 6 …`, `1-800-…`, `0 800 …`), and an unseparated national number is at most 12 digits
 * (`06123456789012` is an identifier, even if a long German number could be read in it).
 */
function plausibleShape(groups: readonly DigitGroup[], international: boolean): boolean {
  if (groups.length === 1) {
    const digits = (groups[0] as DigitGroup).digits;
    return international || digits.length <= 12 || digits.startsWith('00');
  }
  let singleDigitGroups = 0;
  for (const group of groups) if (group.digits.length === 1) singleDigitGroups++;
  return singleDigitGroups <= 1;
}

/** `0.62.8743`, `04.127127`: a decimal number or a version, not a phone written with dots. */
function looksDecimal(groups: readonly DigitGroup[]): boolean {
  if (groups.length > 3) return false;
  for (let k = 1; k < groups.length; k++) {
    if ((groups[k] as DigitGroup).separatorBefore !== '.') return false;
  }
  const leading = (groups[0] as DigitGroup).digits.length;
  return leading <= 2 || (groups.length === 2 && leading <= 3);
}

/**
 * Groups as libphonenumber formats them (`06 12 34 56 78`, `(212) 555-0147`), or any grouping
 * of short blocks people commonly use (`0612 34 56 78`, `+49 30 1234 5678`).
 */
function plausibleGrouping(lengths: readonly number[], expected: readonly number[]): boolean {
  if (sameLengths(lengths, expected)) return true;
  return lengths.every((n, k) => (k < 2 ? n <= 5 : n >= 2 && n <= 5));
}
