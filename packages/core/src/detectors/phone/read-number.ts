import type { CountryCode } from 'libphonenumber-js/max';
import { fictionalRange, isNanpFictionalLocal } from './fictional-ranges.js';
import { firstDigits } from './first-digits.js';
import { phoneLibrary, phoneMetadata } from './library.js';
import {
  groupLengths,
  NUMBER_TYPES,
  readInternationalInPlan,
  readNationalInPlan,
} from './compiled-plan.js';

/**
 * libphonenumber-js (full `max` metadata: it checks number ranges, not just lengths) behind a
 * small cache. A parse costs ~30 µs, so cheap prefilters run first, the compiled plans of the
 * usual regions (`compiled-plan.ts`) answer without one, and repeated digit strings (the same
 * number on every row of a dump) are parsed once.
 */

export interface PhoneReading {
  /** E.164, `+33612345678`. */
  e164: string;
  region: string;
  /** Digits in each group of the national / international formatting libphonenumber uses. */
  nationalGroups: readonly number[];
  internationalGroups: readonly number[];
  callingCode: string;
  /** Set when the number lies in a range reserved for fiction. */
  fictional?: string;
}

/** Regions whose national numbers are dialled with a leading trunk `0`. */
const TRUNK_ZERO = new Set(['FR', 'GB', 'DE', 'CH', 'BE', 'NL', 'AT', 'IE', 'SE', 'FI', 'AU']);
const NANP = new Set(['US', 'CA']);
/** Digits of a national number as dialled (with trunk prefix), where the plan is well known. */
const NATIONAL_LENGTHS: Record<string, readonly [number, number]> = {
  FR: [10, 10],
  CH: [10, 10],
  BE: [9, 10],
  GB: [10, 11],
  US: [10, 11],
  CA: [10, 11],
  DE: [6, 13],
};
const FICTION_REGIONS: Record<string, string> = { '1': 'US', '33': 'FR', '44': 'GB' };
const CACHE_LIMIT = 4_000;
const cache = new Map<string, PhoneReading | null>();

/** Whether `digits` (after `+`/`00`) can be a number written with its country code. */
export function couldBeInternational(digits: string): boolean {
  return couldBeInternationalDigits(digits.length, digits.charCodeAt(0));
}

/** `couldBeInternational` of digits known by their count and first char code, unsliced. */
export function couldBeInternationalDigits(length: number, firstCode: number): boolean {
  return length >= 8 && length <= 15 && firstCode !== 48; /* 0 */
}

/**
 * Whether some region of `regions` reads national numbers of `length` digits at all (the lengths
 * `plausibleNational` accepts): a log's nine-digit ids are ruled out without being sliced.
 */
export function nationalLengthFits(length: number, regions: readonly string[]): boolean {
  if (regions !== fitsRegions) {
    fitsRegions = regions;
    fitsByLength = nationalLengthsOf(regions);
  }
  return length < fitsByLength.length && fitsByLength[length] === 1;
}

/**
 * The answers of `nationalLengthFits` for the regions last asked about, by length: a log asks
 * for every id, with the same options each time, and a lookup by region name costs more.
 */
let fitsRegions: readonly string[] | undefined;
let fitsByLength: Uint8Array = new Uint8Array(0);

function nationalLengthsOf(regions: readonly string[]): Uint8Array {
  const fits = new Uint8Array(LONGEST_NATIONAL + 1);
  for (const region of regions) {
    const [shortest, longest] = NATIONAL_LENGTHS[region] ?? ANY_NATIONAL_LENGTH;
    for (let length = shortest; length <= longest; length++) fits[length] = 1;
  }
  return fits;
}

/** A number written with its country code (`+` or `00` already stripped from `digits`). */
export function readInternational(digits: string): PhoneReading | undefined {
  if (!couldBeInternational(digits)) return undefined;
  const planned = readInternationalInPlan(digits);
  if (planned !== undefined) return planned ?? undefined;
  const key = `+${digits}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  return remember(key, read(key, undefined, digits));
}

/** A national number (`0612345678`, `2125550147`) read in `region`. */
export function readNational(digits: string, region: string): PhoneReading | undefined {
  return readNationalByRule(digits, nationalRule(region));
}

/**
 * The rules of `regions`, in order, for the list last asked about: every id of a code file is
 * read in the same configured regions, which are not looked up by name for each.
 */
export function nationalRulesOf(regions: readonly string[]): readonly NationalRule[] {
  if (regions !== rulesRegions) {
    rulesRegions = regions;
    rulesOfRegions = regions.map(nationalRule);
  }
  return rulesOfRegions;
}

let rulesRegions: readonly string[] | undefined;
let rulesOfRegions: readonly NationalRule[] = [];

/** `readNational` in the region of `rule`. */
export function readNationalByRule(digits: string, rule: NationalRule): PhoneReading | undefined {
  const { region } = rule;
  if (!plausibleNational(digits, rule) || outsideNanpRanges(digits, rule)) return undefined;
  // Not cached: the compiled plan answers faster than the cache, whose room is left to parses.
  const planned = readNationalInPlan(digits, region);
  if (planned !== undefined) return planned ?? undefined;
  const key = `${region}:${digits}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  return remember(key, read(digits, region as CountryCode, digits));
}

/** Lengths of the regions without an entry in NATIONAL_LENGTHS. */
const ANY_NATIONAL_LENGTH: readonly [number, number] = [7, 15];
const LONGEST_NATIONAL = Math.max(
  ANY_NATIONAL_LENGTH[1],
  ...Object.values(NATIONAL_LENGTHS).map(([, longest]) => longest),
);

/** What `plausibleNational` checks of a region, looked up once per number instead of four times. */
export interface NationalRule {
  region: string;
  shortest: number;
  longest: number;
  trunkZero: boolean;
  nanp: boolean;
}
const nationalRules = new Map<string, NationalRule>();

function nationalRule(region: string): NationalRule {
  let rule = nationalRules.get(region);
  if (rule === undefined) {
    const [shortest, longest] = NATIONAL_LENGTHS[region] ?? ANY_NATIONAL_LENGTH;
    rule = {
      region,
      shortest,
      longest,
      trunkZero: TRUNK_ZERO.has(region),
      nanp: NANP.has(region),
    };
    nationalRules.set(region, rule);
  }
  return rule;
}

function plausibleNational(digits: string, rule: NationalRule): boolean {
  if (digits.length < rule.shortest || digits.length > rule.longest) return false;
  if (rule.trunkZero) return digits[0] === '0' && digits[1] !== '0';
  if (rule.nanp) {
    const local = digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits;
    return local.length === 10 && local[0] !== '0' && local[0] !== '1';
  }
  return true;
}

/**
 * The ranges of every type of every country of the North American plan, as one regex compiled
 * once. libphonenumber calls a +1 number valid only when one of them holds it entirely, so a
 * ten-digit id outside them all is rejected without a parse (~30 µs), as libphonenumber would.
 */
let nanpRanges: RegExp | undefined;

export function nanpRangesPattern(): RegExp {
  return (nanpRanges ??= new RegExp(`^(?:${nanpPatterns().join('|')})$`));
}

/**
 * `nanpRangesPattern` for numbers starting with one digit: only the ranges that may start with
 * it (`firstDigits`), about a sixth of them, so a number is not tried against all 64.
 */
const nanpRangesByFirstDigit: (RegExp | undefined)[] = [];

export function nanpRangesStartingWith(digit: string): RegExp {
  const index = digit.charCodeAt(0) - 48;
  let ranges = nanpRangesByFirstDigit[index];
  if (ranges === undefined) {
    const patterns = nanpPatterns().filter((pattern) => firstDigits(pattern).has(digit));
    ranges = patterns.length > 0 ? new RegExp(`^(?:${patterns.join('|')})$`) : /(?!)/;
    nanpRangesByFirstDigit[index] = ranges;
  }
  return ranges;
}

let nanpPatternList: string[] | undefined;

function nanpPatterns(): string[] {
  return (nanpPatternList ??= compileNanpRanges());
}

/** Every range of the plan, each once; one matching anything when the metadata lacks them. */
function compileNanpRanges(): string[] {
  const { getCountries, getCountryCallingCode } = phoneLibrary();
  const metadata = phoneMetadata();
  const patterns: string[] = [];
  for (const country of getCountries()) {
    if (getCountryCallingCode(country) !== '1') continue;
    metadata.selectNumberingPlan(country);
    // `type()` is not in the typings, though `getNumberType` reads it; without it, no shortcut.
    const plan = metadata.numberingPlan as unknown as Partial<TypedPlan> | undefined;
    if (typeof plan?.type !== 'function') return ['[\\s\\S]*'];
    for (const type of NUMBER_TYPES) {
      const pattern = plan.type(type)?.pattern();
      if (pattern) patterns.push(`(?:${pattern})`);
    }
  }
  // Every country of the plan repeats the shared toll-free and premium ranges: each is tried once.
  return [...new Set(patterns)];
}

interface TypedPlan {
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
  nationalNumberPattern(): string;
  leadingDigits(): string | undefined;
}

/** A NANP national number (`plausibleNational` passed) that no +1 country can call valid. */
function outsideNanpRanges(digits: string, rule: NationalRule): boolean {
  if (!rule.nanp) return false;
  const local = digits.length === 11 ? digits.slice(1) : digits;
  // Fictional 555-01xx numbers are kept when merely possible: libphonenumber decides those.
  return !nanpRangesStartingWith(local[0] as string).test(local) && !isNanpFictionalLocal(local);
}

function remember(key: string, value: PhoneReading | undefined): PhoneReading | undefined {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value ?? null);
  return value;
}

function read(
  input: string,
  region: CountryCode | undefined,
  digits: string,
): PhoneReading | undefined {
  const phone = phoneLibrary().parsePhoneNumberFromString(input, region);
  if (!phone) return undefined;
  const fictional = fictionalRange(phone.number);
  if (!phone.isValid() && !(fictional && phone.isPossible())) return undefined;
  // Numbers in reserved ranges are not valid, so libphonenumber cannot name their region.
  const country = phone.country ?? region ?? FICTION_REGIONS[phone.countryCallingCode];
  if (!country) return undefined;
  const national = phone.formatNational();
  if (region) {
    // The digits must be the number as dialled nationally: `0612345678`, not `612345678`.
    const nationalDigits = national.replace(/\D/g, '');
    const withNanpPrefix = phone.countryCallingCode === '1' && digits === `1${nationalDigits}`;
    if (digits !== nationalDigits && !withNanpPrefix) return undefined;
  }
  // The international grouping is only compared for numbers written with their country code:
  // formatted on first use (a customer dump holds millions of national numbers).
  let internationalGroups: readonly number[] | undefined;
  return {
    e164: phone.number,
    region: country,
    nationalGroups: groupLengths(national),
    get internationalGroups() {
      return (internationalGroups ??= groupLengths(phone.formatInternational()));
    },
    callingCode: phone.countryCallingCode,
    ...(fictional ? { fictional } : {}),
  };
}
