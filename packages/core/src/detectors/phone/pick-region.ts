import { nationalRulesOf, readNationalByRule, type PhoneReading } from './read-number.js';

const FRENCH_SPEAKING = new Set(['FR', 'BE', 'CH', 'LU', 'MC', 'CA']);
const ENGLISH_SPEAKING = new Set(['GB', 'US', 'CA', 'IE', 'AU', 'NZ']);

/**
 * The readings of the last `countNationalReadings`, in configured order: reused, so that a
 * code file's thousands of ids each read in one region fill no array of their own.
 */
export const foundReadings: PhoneReading[] = [];

/**
 * How many regions of `regions` read `digits` as a national number; their readings are the
 * first ones of `foundReadings` until the next call.
 */
export function countNationalReadings(digits: string, regions: readonly string[]): number {
  let count = 0;
  for (const rule of nationalRulesOf(regions)) {
    const reading = readNationalByRule(digits, rule);
    if (reading) foundReadings[count++] = reading;
  }
  return count;
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
