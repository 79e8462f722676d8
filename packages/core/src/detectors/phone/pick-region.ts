import { nationalRulesOf, readNationalByRule, type PhoneReading } from './read-number.js';

const FRENCH_SPEAKING = new Set(['FR', 'BE', 'CH', 'LU', 'MC', 'CA']);
const ENGLISH_SPEAKING = new Set(['GB', 'US', 'CA', 'IE', 'AU', 'NZ']);

/**
 * The readings of the last `countNationalReadings`, reused: code reads thousands of ids as
 * national numbers, and an array made for each (pushed to, so sized for seventeen) was most of
 * what a reading allocated. Every caller reads them before the next count.
 */
const found: PhoneReading[] = [];

/**
 * How many configured regions read `digits` as a national number (in configured order); the
 * readings are `foundReading(k)` until the next count.
 */
export function countNationalReadings(digits: string, regions: readonly string[]): number {
  let count = 0;
  for (const rule of nationalRulesOf(regions)) {
    const reading = readNationalByRule(digits, rule);
    if (reading) found[count++] = reading;
  }
  return count;
}

/** The `k`-th reading of the last count. */
export function foundReading(k: number): PhoneReading {
  return found[k] as PhoneReading;
}

/** The first `count` readings of the last count, as a new array (several regions: rare). */
export function foundReadings(count: number): readonly PhoneReading[] {
  return found.slice(0, count);
}

/** Whether some configured region reads `digits` as a national number (stops at the first). */
export function anyNationalReading(digits: string, regions: readonly string[]): boolean {
  for (const rule of nationalRulesOf(regions)) {
    if (readNationalByRule(digits, rule)) return true;
  }
  return false;
}

/**
 * National numbers valid in several regions (`0800 123 456` is French, British and Swiss):
 * the region whose usual grouping matches the written one wins, then the region the context
 * language fits, then the first configured region.
 */
export function pickRegion(
  readings: readonly PhoneReading[],
  writtenGroups: readonly number[] | undefined,
  languageOfContext: 'fr' | 'en' | undefined,
): PhoneReading | undefined {
  let candidates = readings;
  if (writtenGroups) {
    const sameGrouping = readings.filter((r) => sameLengths(writtenGroups, r.nationalGroups));
    if (sameGrouping.length > 0) candidates = sameGrouping;
  }
  const fits =
    languageOfContext === 'fr'
      ? FRENCH_SPEAKING
      : languageOfContext === 'en'
        ? ENGLISH_SPEAKING
        : undefined;
  return candidates.find((r) => fits?.has(r.region)) ?? candidates[0];
}

export function sameLengths(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, k) => n === b[k]);
}
