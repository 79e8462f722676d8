/**
 * Number ranges that regulators reserve for films, TV, books and documentation: numbers in
 * them can never reach a person, so a match is test data (reported low, `testData: true`).
 * Each entry is an E.164 prefix (digits after `+`) and the number of digits that may follow.
 */
interface FictionalRange {
  prefix: string;
  /** Digits after the prefix; 0 means any length the number plan allows. */
  rest: number;
  source: string;
}

export const FICTIONAL_PHONE_RANGES: readonly FictionalRange[] = [
  // Ofcom drama numbers (UK): 1,000 numbers per range.
  { prefix: '44207946', rest: 4, source: 'ofcom-drama' },
  { prefix: '44121496', rest: 4, source: 'ofcom-drama' },
  { prefix: '44117496', rest: 4, source: 'ofcom-drama' },
  { prefix: '44292018', rest: 4, source: 'ofcom-drama' },
  { prefix: '44113496', rest: 4, source: 'ofcom-drama' },
  { prefix: '44114496', rest: 4, source: 'ofcom-drama' },
  { prefix: '44115496', rest: 4, source: 'ofcom-drama' },
  { prefix: '44131496', rest: 4, source: 'ofcom-drama' },
  { prefix: '44141496', rest: 4, source: 'ofcom-drama' },
  { prefix: '44151496', rest: 4, source: 'ofcom-drama' },
  { prefix: '44161496', rest: 4, source: 'ofcom-drama' },
  { prefix: '44191498', rest: 4, source: 'ofcom-drama' },
  { prefix: '44289018', rest: 4, source: 'ofcom-drama' },
  { prefix: '441632960', rest: 3, source: 'ofcom-drama' },
  { prefix: '447700900', rest: 3, source: 'ofcom-drama' },
  { prefix: '448081570', rest: 3, source: 'ofcom-drama' },
  { prefix: '449098790', rest: 3, source: 'ofcom-drama' },
  { prefix: '443069990', rest: 3, source: 'ofcom-drama' },
  // ARCEP (France): blocks reserved for audiovisual works, 10,000 numbers each.
  { prefix: '3319900', rest: 4, source: 'arcep-fiction' },
  { prefix: '3326191', rest: 4, source: 'arcep-fiction' },
  { prefix: '3335301', rest: 4, source: 'arcep-fiction' },
  { prefix: '3346571', rest: 4, source: 'arcep-fiction' },
  { prefix: '3353649', rest: 4, source: 'arcep-fiction' },
  { prefix: '3363998', rest: 4, source: 'arcep-fiction' },
];

/** NANP: 555-0100 to 555-0199 in every area code are reserved for fiction. */
function isNanpFictional(e164: string): boolean {
  return e164.length === 12 && e164.startsWith('+1') && e164.startsWith('55501', 5);
}

/**
 * `fictionalRange(\`+1${local}\`) !== undefined` for a ten-digit NANP national number, without
 * making the string: no other reserved range starts with 1 (checked by a test). Code asks it of
 * every ten-digit id outside the plan's ranges.
 */
export function isNanpFictionalLocal(local: string): boolean {
  return local.length === 10 && local.startsWith('55501', 3);
}

interface PlusRange {
  /** The prefix with its `+`: `+44207946`. */
  plusPrefix: string;
  /** The length of the numbers it holds, `+` included. */
  length: number;
  source: string;
}

/** The ranges by the first two digits of their prefix: a number is compared with a few only. */
const RANGES_BY_LEAD: PlusRange[][] = Array.from({ length: 100 }, () => []);
for (const range of FICTIONAL_PHONE_RANGES) {
  (RANGES_BY_LEAD[Number(range.prefix.slice(0, 2))] as PlusRange[]).push({
    plusPrefix: `+${range.prefix}`,
    length: 1 + range.prefix.length + range.rest,
    source: range.source,
  });
}

/** The source of the fictional range `e164` (`+…`) falls in, or undefined. */
export function fictionalRange(e164: string): string | undefined {
  if (!e164.startsWith('+')) return fictionalRange(`+${e164}`);
  if (isNanpFictional(e164)) return 'nanp-555-01xx';
  const lead = (e164.charCodeAt(1) - 48) * 10 + e164.charCodeAt(2) - 48;
  for (const range of RANGES_BY_LEAD[lead] ?? []) {
    if (e164.length === range.length && e164.startsWith(range.plusPrefix)) return range.source;
  }
  return undefined;
}
