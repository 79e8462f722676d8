import { readNational, type PhoneReading } from './read-number.js';

const FRENCH_SPEAKING = new Set(['FR', 'BE', 'CH', 'LU', 'MC', 'CA']);
const ENGLISH_SPEAKING = new Set(['GB', 'US', 'CA', 'IE', 'AU', 'NZ']);

/**
 * National numbers valid in several regions (`0800 123 456` is French, British and Swiss):
 * the region whose usual grouping matches the written one wins, then the region the context
 * language fits, then the first configured region.
 */
export function pickRegion(
  digits: string,
  regions: readonly string[],
  writtenGroups: readonly number[] | undefined,
  languageOfContext: () => 'fr' | 'en' | undefined,
): PhoneReading | undefined {
  let readings: PhoneReading[] = [];
  for (const region of regions) {
    const reading = readNational(digits, region);
    if (reading) readings.push(reading);
  }
  if (readings.length < 2) return readings[0];
  if (writtenGroups) {
    const sameGrouping = readings.filter((r) => sameLengths(writtenGroups, r.nationalGroups));
    if (sameGrouping.length > 0) readings = sameGrouping;
  }
  const language = languageOfContext();
  const fits =
    language === 'fr' ? FRENCH_SPEAKING : language === 'en' ? ENGLISH_SPEAKING : undefined;
  return readings.find((r) => fits?.has(r.region)) ?? readings[0];
}

export function sameLengths(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, k) => n === b[k]);
}
