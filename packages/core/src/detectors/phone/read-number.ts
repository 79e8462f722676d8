import type { CountryCode } from 'libphonenumber-js/max';
import { fictionalRange } from './fictional-ranges.js';
import { phoneLibrary, phoneMetadata } from './library.js';

/**
 * libphonenumber-js (full `max` metadata: it checks number ranges, not just lengths) behind a
 * small cache. A parse costs ~30 µs, so cheap prefilters run first and repeated digit strings
 * (the same number on every row of a dump) are read once.
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
  return digits.length >= 8 && digits.length <= 15 && digits[0] !== '0';
}

/** A number written with its country code (`+` or `00` already stripped from `digits`). */
export function readInternational(digits: string): PhoneReading | undefined {
  if (!couldBeInternational(digits)) return undefined;
  const key = `+${digits}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  return remember(key, read(key, undefined, digits));
}

/** A national number (`0612345678`, `2125550147`) read in `region`. */
export function readNational(digits: string, region: string): PhoneReading | undefined {
  if (!plausibleNational(digits, region) || outsideNanpRanges(digits, region)) return undefined;
  // Not cached: the compiled plan answers faster than the cache, whose room is left to parses.
  const planned = readInNanpPlan(digits, region);
  if (planned) return planned;
  const key = `${region}:${digits}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  return remember(key, read(digits, region as CountryCode, digits));
}

function plausibleNational(digits: string, region: string): boolean {
  const [shortest, longest] = NATIONAL_LENGTHS[region] ?? [7, 15];
  if (digits.length < shortest || digits.length > longest) return false;
  if (TRUNK_ZERO.has(region)) return digits[0] === '0' && digits[1] !== '0';
  if (NANP.has(region)) {
    const local = digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits;
    return local.length === 10 && local[0] !== '0' && local[0] !== '1';
  }
  return true;
}

/** Every number type libphonenumber knows (`getNumberType` tries each). */
const NUMBER_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

/**
 * The ranges of every type of every country of the North American plan, as one regex compiled
 * once. libphonenumber calls a +1 number valid only when one of them holds it entirely, so a
 * ten-digit id outside them all is rejected without a parse (~30 µs), as libphonenumber would.
 */
let nanpRanges: RegExp | undefined;

export function nanpRangesPattern(): RegExp {
  return (nanpRanges ??= compileNanpRanges());
}

function compileNanpRanges(): RegExp {
  const { getCountries, getCountryCallingCode } = phoneLibrary();
  const metadata = phoneMetadata();
  const patterns: string[] = [];
  for (const country of getCountries()) {
    if (getCountryCallingCode(country) !== '1') continue;
    metadata.selectNumberingPlan(country);
    // `type()` is not in the typings, though `getNumberType` reads it; without it, no shortcut.
    const plan = metadata.numberingPlan as unknown as Partial<TypedPlan> | undefined;
    if (typeof plan?.type !== 'function') return /^/;
    for (const type of NUMBER_TYPES) {
      const pattern = plan.type(type)?.pattern();
      if (pattern) patterns.push(`(?:${pattern})`);
    }
  }
  return new RegExp(`^(?:${patterns.join('|')})$`);
}

interface TypedPlan {
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
  nationalNumberPattern(): string;
  leadingDigits(): string | undefined;
}

interface PlanMetadata {
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
}

/**
 * How libphonenumber reads a ten-digit national number of the North American plan, compiled
 * once: it names the first +1 country (US first) whose leading digits start the number, or,
 * for a country without them, whose type patterns hold it; the number is valid when that
 * country's general and type patterns hold it; all are formatted `(212) 555-0147` (the other
 * countries borrow the US formats). This spares a parse (~15 µs, several times more outside
 * US) to each of the thousands of ten-digit ids of code and logs (`'727365-2435'`).
 */
interface NanpCountry {
  country: string;
  leadingDigits: RegExp | undefined;
  /** The general pattern and the type patterns (those that allow ten digits), both anchored. */
  general: RegExp;
  types: RegExp;
}

interface NanpPlan {
  countries: readonly NanpCountry[];
  nationalGroups: readonly number[];
  internationalGroups: readonly number[];
}

const NANP_DIGITS = 10;
let nanpPlan: NanpPlan | null | undefined;

export function nanpPlanShortcut(): NanpPlan | null {
  return nanpPlan === undefined ? (nanpPlan = compileNanpPlan()) : nanpPlan;
}

function compileNanpPlan(): NanpPlan | null {
  const metadata = phoneMetadata();
  const codes = (metadata as unknown as PlanMetadata).getCountryCodesForCallingCode('1') ?? [];
  if (codes[0] !== 'US') return null;
  const countries: NanpCountry[] = [];
  for (const country of codes) {
    metadata.selectNumberingPlan(country as CountryCode);
    const plan = metadata.numberingPlan as unknown as Partial<TypedPlan> | undefined;
    if (typeof plan?.type !== 'function' || typeof plan.nationalNumberPattern !== 'function') {
      return null;
    }
    if (typeof plan.leadingDigits !== 'function') return null;
    const patterns: string[] = [];
    for (const type of NUMBER_TYPES) {
      const definition = plan.type(type);
      const pattern = definition?.pattern();
      const lengths = definition?.possibleLengths();
      if (pattern && (!lengths || lengths.includes(NANP_DIGITS))) patterns.push(`(?:${pattern})`);
    }
    const leading = plan.leadingDigits();
    countries.push({
      country,
      leadingDigits: leading ? new RegExp(`^(?:${leading})`) : undefined,
      general: new RegExp(`^(?:${plan.nationalNumberPattern()})$`),
      types: patterns.length > 0 ? new RegExp(`^(?:${patterns.join('|')})$`) : /$^/,
    });
  }
  // The groups of any ten-digit number of the plan: one US format serves them all.
  const sample = phoneLibrary().parsePhoneNumberFromString('2015550123', 'US');
  if (!sample) return null;
  return {
    countries,
    nationalGroups: groupLengths(sample.formatNational()),
    internationalGroups: groupLengths(sample.formatInternational()),
  };
}

/** The +1 country libphonenumber names for a ten-digit national number, as it walks them. */
function nanpCountry(plan: NanpPlan, digits: string): NanpCountry | undefined {
  for (const entry of plan.countries) {
    if (entry.leadingDigits) {
      if (entry.leadingDigits.test(digits)) return entry;
    } else if (isValidIn(entry, digits)) return entry;
  }
  return undefined;
}

function isValidIn(entry: NanpCountry, digits: string): boolean {
  return entry.general.test(digits) && entry.types.test(digits);
}

/**
 * `digits` read in a NANP region as libphonenumber reads a valid ten-digit number, or
 * undefined (not such a number, or not valid: the full reading decides those).
 */
function readInNanpPlan(digits: string, region: string): PhoneReading | undefined {
  if (!NANP.has(region) || digits.length !== NANP_DIGITS) return undefined;
  const plan = nanpPlanShortcut();
  const entry = plan ? nanpCountry(plan, digits) : undefined;
  if (!plan || !entry || !isValidIn(entry, digits)) return undefined;
  const e164 = `+1${digits}`;
  const fictional = fictionalRange(e164);
  return {
    e164,
    region: entry.country,
    nationalGroups: plan.nationalGroups,
    internationalGroups: plan.internationalGroups,
    callingCode: '1',
    ...(fictional ? { fictional } : {}),
  };
}

/** A NANP national number (`plausibleNational` passed) that no +1 country can call valid. */
function outsideNanpRanges(digits: string, region: string): boolean {
  if (!NANP.has(region)) return false;
  const local = digits.length === 11 ? digits.slice(1) : digits;
  // Fictional 555-01xx numbers are kept when merely possible: libphonenumber decides those.
  return !nanpRangesPattern().test(local) && fictionalRange(`+1${local}`) === undefined;
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

function groupLengths(formatted: string): number[] {
  return formatted
    .split(/\D+/)
    .filter(Boolean)
    .map((g) => g.length);
}
