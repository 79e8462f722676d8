import { NUMBER_TYPES } from './compiled-plan.js';
import { phoneMetadata } from './library.js';

/**
 * Whether the `length` digits at `text[start]` (a bare run, first digit not 0) may be a number
 * written with its country code, as `readInternational` reads one, judged without a parse or a
 * slice: a log's nine-digit ids ask, one per line, and only those that pass go on to look for a
 * phone word near them.
 *
 * libphonenumber takes as calling code the first one to three digits that name one, and the
 * rest as the national number, less a national prefix where the plan of the calling code's main
 * country strips one (a plan that transforms the prefix instead is left alone here). It calls a
 * number valid, or possible, only when that national number has a length the plan of its country
 * or of one of its types allows. So digits whose national part fits no such length of any of the
 * calling code's countries (or, where a prefix may be stripped, none as short) are read as
 * nothing: `+1` and `+7` need ten national digits, `+33` nine. About 60 % of random nine-digit
 * ids stop here.
 */
export function mayBeInternational(text: string, start: number, length: number): boolean {
  const first3 =
    (text.charCodeAt(start) - 48) * 100 +
    (text.charCodeAt(start + 1) - 48) * 10 +
    (text.charCodeAt(start + 2) - 48);
  if (!(first3 >= 0 && first3 < 1000) || length > LONGEST) return true;
  lengthsByFirstDigits ??= totalLengthsByFirstDigits();
  return ((lengthsByFirstDigits[first3] as number) >> length) & 1 ? true : false;
}

const LONGEST = 15;
const ANY_LENGTH = 0xffff;

/**
 * By a number's first three digits, a bit for each total length (calling code included) it may
 * be read at; every bit where the metadata does not tell.
 */
let lengthsByFirstDigits: Uint16Array | undefined;

/** The parts of libphonenumber's `Metadata` read here (not all are in its typings). */
interface CallingCodes {
  hasCallingCode(callingCode: string): boolean;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  selectNumberingPlan(countryOrCallingCode: string): void;
  numberingPlan: unknown;
}

interface LengthPlan {
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  type(name: string): { possibleLengths(): number[] | undefined } | undefined;
}

function totalLengthsByFirstDigits(): Uint16Array {
  const metadata = phoneMetadata() as unknown as CallingCodes;
  const lengths = new Uint16Array(1000).fill(ANY_LENGTH);
  const byCallingCode = new Map<string, number>();
  for (let first3 = 100; first3 < 1000; first3++) {
    const digits = String(first3);
    let callingCode: string | undefined;
    for (let k = 1; k <= 3 && !callingCode; k++) {
      if (metadata.hasCallingCode(digits.slice(0, k))) callingCode = digits.slice(0, k);
    }
    if (!callingCode) {
      lengths[first3] = 0;
      continue;
    }
    let bits = byCallingCode.get(callingCode);
    if (bits === undefined) {
      // The main country's plan (the one the parse strips a prefix by), then every country.
      metadata.selectNumberingPlan(callingCode);
      const plans = [metadata.numberingPlan as LengthPlan];
      for (const country of metadata.getCountryCodesForCallingCode(callingCode) ?? []) {
        metadata.selectNumberingPlan(country);
        plans.push(metadata.numberingPlan as LengthPlan);
      }
      bits = totalLengths(callingCode.length, plans);
      byCallingCode.set(callingCode, bits);
    }
    lengths[first3] = bits;
  }
  return lengths;
}

/** The bits of `lengthsByFirstDigits` for the plans of one calling code, main country first. */
function totalLengths(callingCodeLength: number, plans: readonly LengthPlan[]): number {
  const national = new Set<number>();
  for (const plan of plans) {
    if (typeof plan.type !== 'function' || typeof plan.possibleLengths !== 'function') {
      return ANY_LENGTH;
    }
    const own = plan.possibleLengths();
    if (!own) return ANY_LENGTH;
    for (const length of own) national.add(length);
    for (const name of NUMBER_TYPES) {
      for (const length of plan.type(name)?.possibleLengths() ?? []) national.add(length);
    }
  }
  const main = plans[0] as LengthPlan;
  const stripsPrefix = Boolean(main.nationalPrefixForParsing());
  if (stripsPrefix && main.nationalPrefixTransformRule()) return ANY_LENGTH;
  const shortest = Math.min(...national);
  let bits = 0;
  for (let total = 0; total <= LONGEST; total++) {
    const left = total - callingCodeLength;
    if (stripsPrefix ? shortest <= left : national.has(left)) bits |= 1 << total;
  }
  return bits;
}
