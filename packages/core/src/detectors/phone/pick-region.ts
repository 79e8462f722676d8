import { nationalRulesOf, readNationalByRule, type PhoneReading } from './read-number.js';

const FRENCH_SPEAKING = new Set(['FR', 'BE', 'CH', 'LU', 'MC', 'CA']);
const ENGLISH_SPEAKING = new Set(['GB', 'US', 'CA', 'IE', 'AU', 'NZ']);
const NO_READINGS: readonly PhoneReading[] = [];

/** `digits` read as a national number of each region that accepts it, in configured order. */
export function nationalReadings(
  digits: string,
  regions: readonly string[],
): readonly PhoneReading[] {
  let readings: PhoneReading[] | undefined;
  for (const rule of nationalRulesOf(regions)) {
    const reading = readNationalByRule(digits, rule);
    if (reading) (readings ??= []).push(reading);
  }
  return readings ?? NO_READINGS;
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
