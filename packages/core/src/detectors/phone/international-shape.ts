import { NUMBER_TYPES } from './compiled-plan.js';
import { firstDigits } from './first-digits.js';
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
 * calling code's countries are read as nothing, unless a shorter length fits and the national
 * part starts as the prefix may (`0`, mostly): `+1` and `+7` need ten national digits, `+33`
 * nine. About 73 % of random nine-digit ids stop here.
 */
export function mayBeInternational(text: string, start: number, length: number): boolean {
  const first3 =
    (text.charCodeAt(start) - 48) * 100 +
    (text.charCodeAt(start + 1) - 48) * 10 +
    (text.charCodeAt(start + 2) - 48);
  if (!(first3 >= 0 && first3 < 1000) || length > LONGEST) return true;
  const shapes = (callingCodeShapes ??= shapesByFirstDigits());
  if ((shapes.exact[first3]! >> length) & 1) return true;
  if (((shapes.stripped[first3]! >> length) & 1) === 0) return false;
  // Shorter only if a national prefix is stripped, which the national part must start with.
  const digit = text.charCodeAt(start + shapes.callingCodeLength[first3]!) - 48;
  return ((shapes.prefixDigits[first3]! >> digit) & 1) === 1;
}

const LONGEST = 15;
const ANY = 0xffff;

/** By a number's first three digits (every bit set where the metadata does not tell): */
interface Shapes {
  /** A bit for each total length (calling code included) its national part may have as is. */
  exact: Uint16Array;
  /** A bit for each total length a shorter national part, less a stripped prefix, may fit. */
  stripped: Uint16Array;
  /** A bit for each digit that national prefix may start with. */
  prefixDigits: Uint16Array;
  callingCodeLength: Uint8Array;
}

let callingCodeShapes: Shapes | undefined;

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

function shapesByFirstDigits(): Shapes {
  const metadata = phoneMetadata() as unknown as CallingCodes;
  const shapes: Shapes = {
    exact: new Uint16Array(1000).fill(ANY),
    stripped: new Uint16Array(1000),
    prefixDigits: new Uint16Array(1000),
    callingCodeLength: new Uint8Array(1000),
  };
  const byCallingCode = new Map<string, CallingCodeShape>();
  for (let first3 = 100; first3 < 1000; first3++) {
    const digits = String(first3);
    let callingCode: string | undefined;
    for (let k = 1; k <= 3 && !callingCode; k++) {
      if (metadata.hasCallingCode(digits.slice(0, k))) callingCode = digits.slice(0, k);
    }
    if (!callingCode) {
      shapes.exact[first3] = 0;
      continue;
    }
    let shape = byCallingCode.get(callingCode);
    if (shape === undefined) {
      // The main country's plan (the one the parse strips a prefix by), then every country.
      metadata.selectNumberingPlan(callingCode);
      const plans = [metadata.numberingPlan as LengthPlan];
      for (const country of metadata.getCountryCodesForCallingCode(callingCode) ?? []) {
        metadata.selectNumberingPlan(country);
        plans.push(metadata.numberingPlan as LengthPlan);
      }
      shape = shapeOf(callingCode.length, plans);
      byCallingCode.set(callingCode, shape);
    }
    shapes.exact[first3] = shape.exact;
    shapes.stripped[first3] = shape.stripped;
    shapes.prefixDigits[first3] = shape.prefixDigits;
    shapes.callingCodeLength[first3] = callingCode.length;
  }
  return shapes;
}

interface CallingCodeShape {
  exact: number;
  stripped: number;
  prefixDigits: number;
}

const UNKNOWN_SHAPE: CallingCodeShape = { exact: ANY, stripped: 0, prefixDigits: 0 };

/** The bits of `Shapes` for the plans of one calling code, main country first. */
function shapeOf(callingCodeLength: number, plans: readonly LengthPlan[]): CallingCodeShape {
  const national = new Set<number>();
  for (const plan of plans) {
    if (typeof plan.type !== 'function' || typeof plan.possibleLengths !== 'function') {
      return UNKNOWN_SHAPE;
    }
    const own = plan.possibleLengths();
    if (!own) return UNKNOWN_SHAPE;
    for (const length of own) national.add(length);
    for (const name of NUMBER_TYPES) {
      for (const length of plan.type(name)?.possibleLengths() ?? []) national.add(length);
    }
  }
  const main = plans[0] as LengthPlan;
  const prefix = main.nationalPrefixForParsing();
  if (prefix && main.nationalPrefixTransformRule()) return UNKNOWN_SHAPE;
  const shortest = Math.min(...national);
  let exact = 0;
  let stripped = 0;
  for (let total = 0; total <= LONGEST; total++) {
    const left = total - callingCodeLength;
    if (national.has(left)) exact |= 1 << total;
    if (prefix && shortest < left) stripped |= 1 << total;
  }
  let prefixDigits = 0;
  // `firstDigits` may answer too many digits, never too few (every digit where it cannot tell).
  for (const digit of prefix ? firstDigits(`(?:${prefix})`) : []) {
    prefixDigits |= 1 << (digit.charCodeAt(0) - 48);
  }
  return { exact, stripped, prefixDigits };
}
