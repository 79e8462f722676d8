import type { CountryCode } from 'libphonenumber-js/max';
import { fictionalRange } from './fictional-ranges.js';
import { phoneMetadata } from './library.js';
import type { PhoneReading } from './read-number.js';

/**
 * How libphonenumber reads a number of the regions a scan reads most, compiled once from its own
 * metadata: the steps of its parse (international prefix, national prefix, the country named by
 * leading digits or type patterns, validity, formats) replayed on precompiled patterns. A parse
 * costs 30–200 µs; this a few. The plan answers only where those steps are plain (no carrier
 * code, no prefix to strip from an international number, no fiction range); anything else is
 * left to the full parse, and a test checks every answer against libphonenumber.
 */

/** Regions whose national numbers, and calling codes whose international ones, are compiled. */
const PLANNED_REGIONS: readonly string[] = ['FR', 'GB', 'BE', 'CH', 'DE', 'US', 'CA'];
const PLANNED_CALLING_CODES: readonly string[] = ['33', '44', '32', '41', '49', '1'];
/** Every type libphonenumber tries, FIXED_LINE first (`getNumberType`). */
export const NUMBER_TYPES = [
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
/** A calling code has at most three digits. */
const LONGEST_CALLING_CODE = 3;

interface TypePattern {
  pattern: RegExp;
  /** The lengths the type allows; undefined: any. */
  lengths: readonly number[] | undefined;
}

interface FormatPlan {
  /** The last of the format's leading-digit patterns, anchored at the start. */
  leading: RegExp | undefined;
  whole: RegExp;
  /** Unanchored, as libphonenumber replaces with it. */
  pattern: RegExp;
  national: Template;
  international: Template;
}

/**
 * A replacement (`0$1 $2 $3 $4 $5`) cut into literal text and group numbers: applying it to a
 * match costs a fraction of `String.replace`, which parses the replacement on every call.
 */
type Template = readonly (string | number)[];

interface CountryPlan {
  country: string;
  callingCode: string;
  leadingDigits: RegExp | undefined;
  general: RegExp;
  types: readonly TypePattern[];
  possibleLengths: readonly number[] | undefined;
  formats: readonly FormatPlan[];
  internationalPrefix: RegExp | undefined;
  nationalPrefix: RegExp | undefined;
}

interface Plans {
  regions: Map<string, CountryPlan>;
  /** The countries of each compiled calling code, in libphonenumber's order (main one first). */
  callingCodes: Map<string, readonly CountryPlan[]>;
  /** Every calling code libphonenumber knows, to find where one ends as it does. */
  knownCallingCodes: ReadonlySet<string>;
}

/** The parts of libphonenumber's metadata read here (`type()` and others are not typed). */
interface PlanView {
  callingCode(): string;
  IDDPrefix(): string | undefined;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  leadingDigits(): string | undefined;
  hasTypes(): boolean;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
  formats(): FormatView[];
}

interface FormatView {
  pattern(): string;
  format(): string;
  leadingDigitsPatterns(): string[];
  nationalPrefixFormattingRule(): string | undefined;
  internationalFormat(): string;
}

interface MetadataView {
  selectNumberingPlan(country: CountryCode): unknown;
  numberingPlan: unknown;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  hasCallingCode(callingCode: string): boolean;
  countryCallingCodes(): Record<string, string[]>;
}

let plans: Plans | null | undefined;

/** The compiled plans, or null when the metadata does not have the expected shape. */
export function compiledPlans(): Plans | null {
  return plans === undefined ? (plans = compilePlans()) : plans;
}

function compilePlans(): Plans | null {
  const metadata = phoneMetadata() as unknown as MetadataView;
  const countryPlan = (country: string): CountryPlan | undefined => {
    metadata.selectNumberingPlan(country as CountryCode);
    return compileCountry(country, metadata.numberingPlan as Partial<PlanView> | undefined);
  };
  const callingCodes = new Map<string, readonly CountryPlan[]>();
  for (const code of PLANNED_CALLING_CODES) {
    const countries: CountryPlan[] = [];
    for (const country of metadata.getCountryCodesForCallingCode(code) ?? []) {
      const plan = countryPlan(country);
      if (!plan) return null;
      countries.push(plan);
    }
    if (countries.length === 0) return null;
    callingCodes.set(code, countries);
  }
  const regions = new Map<string, CountryPlan>();
  for (const region of PLANNED_REGIONS) {
    const plan = countryPlan(region);
    if (!plan || !callingCodes.has(plan.callingCode)) return null;
    regions.set(region, plan);
  }
  const knownCallingCodes = new Set(
    Object.keys(metadata.countryCallingCodes()).filter((code) => metadata.hasCallingCode(code)),
  );
  return { regions, callingCodes, knownCallingCodes };
}

function compileCountry(
  country: string,
  plan: Partial<PlanView> | undefined,
): CountryPlan | undefined {
  if (!plan || typeof plan.type !== 'function' || typeof plan.formats !== 'function')
    return undefined;
  const view = plan as PlanView;
  // Without types libphonenumber judges validity otherwise: no shortcut.
  if (!view.hasTypes()) return undefined;
  const types: TypePattern[] = [];
  for (const name of NUMBER_TYPES) {
    const type = view.type(name);
    const pattern = type?.pattern();
    if (type && pattern)
      types.push({ pattern: entirely(pattern), lengths: type.possibleLengths() });
  }
  const formats: FormatPlan[] = [];
  for (const format of view.formats()) {
    const compiled = compileFormat(format);
    if (!compiled) return undefined;
    formats.push(compiled);
  }
  const leading = view.leadingDigits();
  const idd = view.IDDPrefix();
  const nationalPrefix = view.nationalPrefixForParsing();
  return {
    country,
    callingCode: view.callingCode(),
    leadingDigits: leading ? atStart(leading) : undefined,
    general: entirely(view.nationalNumberPattern()),
    types,
    possibleLengths: view.possibleLengths(),
    formats,
    internationalPrefix: idd ? atStart(idd) : undefined,
    nationalPrefix: nationalPrefix ? atStart(nationalPrefix) : undefined,
  };
}

/** A format as libphonenumber applies it: the national prefix rule replaces the first group. */
function compileFormat(format: FormatView): FormatPlan | undefined {
  const leadingPatterns = format.leadingDigitsPatterns();
  const last = leadingPatterns[leadingPatterns.length - 1];
  const rule = format.nationalPrefixFormattingRule();
  const national = template(rule ? format.format().replace(/(\$\d)/, rule) : format.format());
  const international = template(format.internationalFormat());
  if (!national || !international) return undefined;
  return {
    leading: last ? atStart(last) : undefined,
    whole: entirely(format.pattern()),
    pattern: new RegExp(format.pattern()),
    national,
    international,
  };
}

/** The parts of a replacement that names groups `$1`–`$9` only; undefined for any other `$`. */
function template(replacement: string): Template | undefined {
  if (!/^(?:[^$]|\$[1-9](?![0-9]))*$/.test(replacement)) return undefined;
  return replacement
    .split(/\$([1-9])/)
    .map((part, k) => (k % 2 === 1 ? Number(part) : part))
    .filter((part) => part !== '');
}

function entirely(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}

function atStart(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})`);
}

/**
 * A national number (`0612345678`) read in `region` as libphonenumber reads it: the reading,
 * null when it gives none, undefined when the plan cannot tell (the full parse decides).
 */
export function readNationalInPlan(
  digits: string,
  region: string,
): PhoneReading | null | undefined {
  const all = compiledPlans();
  const plan = all?.regions.get(region);
  if (!all || !plan) return undefined;
  // `00…` (an international prefix) or `33…` (the country code without `+`): read otherwise.
  if (plan.internationalPrefix?.test(digits) || digits.startsWith(plan.callingCode)) {
    return undefined;
  }
  const countries = all.callingCodes.get(plan.callingCode) as readonly CountryPlan[];
  const national = withoutNationalPrefix(digits, plan, countries);
  if (national === undefined) return undefined;
  const country = countryOf(countries, national) ?? plan;
  return validReading(country, national, digits);
}

/**
 * A number written with its country code (`digits` after the `+`) read as libphonenumber reads
 * it, with the same three answers as `readNationalInPlan`.
 */
export function readInternationalInPlan(digits: string): PhoneReading | null | undefined {
  const all = compiledPlans();
  if (!all) return undefined;
  let callingCode: string | undefined;
  for (let length = 1; length <= LONGEST_CALLING_CODE && !callingCode; length++) {
    const prefix = digits.slice(0, length);
    if (all.knownCallingCodes.has(prefix)) callingCode = prefix;
  }
  const countries = callingCode ? all.callingCodes.get(callingCode) : undefined;
  if (!callingCode || !countries) return undefined;
  const national = digits.slice(callingCode.length);
  // `+33 0612…`: libphonenumber strips the trunk prefix; rare, left to it.
  if ((countries[0] as CountryPlan).nationalPrefix?.test(national)) return undefined;
  const country = countryOf(countries, national);
  if (country) return validReading(country, national);
  // No country named: libphonenumber judges the number in the main one, which (having no
  // leading digits) the walk found it invalid in.
  const main = countries[0] as CountryPlan;
  return main.leadingDigits || fictionalRange(`+${digits}`) ? undefined : null;
}

/**
 * The national number libphonenumber extracts from `digits` dialled in `plan`'s region: the
 * national prefix is stripped unless that leaves a number the plan cannot hold.
 */
function withoutNationalPrefix(
  digits: string,
  plan: CountryPlan,
  countries: readonly CountryPlan[],
): string | undefined {
  const match = plan.nationalPrefix?.exec(digits);
  if (!match) return digits;
  // A captured group is a carrier code or a transformed prefix (`1481$1`): left to the parse.
  if (match.length > 1 && match[match.length - 1]) return undefined;
  const national = digits.slice(match[0].length);
  if (national === digits) return digits;
  if (plan.general.test(digits) && !plan.general.test(national)) return digits;
  if (!plan.possibleLengths) return national;
  const lengths = (countryOf(countries, national) ?? plan).possibleLengths;
  return lengths && !possibleLength(national.length, lengths) ? digits : national;
}

/** `checkNumberLength` is neither TOO_SHORT nor INVALID_LENGTH (TOO_LONG passes). */
function possibleLength(length: number, lengths: readonly number[]): boolean {
  const shortest = lengths[0] as number;
  if (length <= shortest) return length === shortest;
  if (length > (lengths[lengths.length - 1] as number)) return true;
  return lengths.includes(length);
}

/** The country libphonenumber names for a national number of a calling code, as it walks them. */
function countryOf(countries: readonly CountryPlan[], national: string): CountryPlan | undefined {
  if (countries.length === 1) return countries[0];
  for (const country of countries) {
    if (country.leadingDigits) {
      if (country.leadingDigits.test(national)) return country;
    } else if (isValidIn(country, national)) return country;
  }
  return undefined;
}

function isValidIn(country: CountryPlan, national: string): boolean {
  if (!country.general.test(national)) return false;
  for (const type of country.types) {
    if (type.lengths && !type.lengths.includes(national.length)) continue;
    if (type.pattern.test(national)) return true;
  }
  return false;
}

/**
 * The reading of a valid number, null for an invalid one (or, given the digits as `dialled`
 * nationally, for one not dialled as its national format says), undefined in a fiction range.
 */
function validReading(
  country: CountryPlan,
  national: string,
  dialled?: string,
): PhoneReading | null | undefined {
  const e164 = `+${country.callingCode}${national}`;
  // Fiction ranges are kept when merely possible: libphonenumber decides those.
  if (fictionalRange(e164)) return undefined;
  if (!isValidIn(country, national)) return null;
  const nationalFormat = formatted(country, national, false);
  // `0612345678`, not `612345678` (`1…` NANP numbers never reach the plan).
  if (dialled !== undefined && !isDialledAs(dialled, nationalFormat)) return null;
  return new PlannedReading(country, national, e164, groupLengths(nationalFormat));
}

/** A reading from the plan; the international grouping is only formatted when asked for. */
class PlannedReading implements PhoneReading {
  readonly region: string;
  readonly callingCode: string;
  private international: readonly number[] | undefined;

  constructor(
    private readonly country: CountryPlan,
    private readonly national: string,
    readonly e164: string,
    readonly nationalGroups: readonly number[],
  ) {
    this.region = country.country;
    this.callingCode = country.callingCode;
  }

  get internationalGroups(): readonly number[] {
    const number = formatted(this.country, this.national, true);
    return (this.international ??= groupLengths(`+${this.callingCode} ${number}`));
  }
}

/** Whether `dialled` holds the digits of `nationalFormat` and no other. */
function isDialledAs(dialled: string, nationalFormat: string): boolean {
  let k = 0;
  for (let i = 0; i < nationalFormat.length; i++) {
    const code = nationalFormat.charCodeAt(i);
    if (code < 48 || code > 57) continue;
    if (dialled.charCodeAt(k) !== code) return false;
    k++;
  }
  return k === dialled.length;
}

/** `formatNational` / `formatInternational` without the country code, as far as digits go. */
function formatted(country: CountryPlan, national: string, international: boolean): string {
  for (const format of country.formats) {
    if (format.leading && !format.leading.test(national)) continue;
    if (!format.whole.test(national)) continue;
    const match = format.pattern.exec(national) as RegExpExecArray;
    let text = national.slice(0, match.index);
    for (const part of international ? format.international : format.national) {
      text += typeof part === 'number' ? (match[part] ?? '') : part;
    }
    return text + national.slice(match.index + match[0].length);
  }
  return national;
}

/** Digits in each group of a formatted number. */
export function groupLengths(formattedNumber: string): number[] {
  const lengths: number[] = [];
  let length = 0;
  for (let i = 0; i < formattedNumber.length; i++) {
    const code = formattedNumber.charCodeAt(i);
    if (code >= 48 && code <= 57) length++;
    else if (length > 0) {
      lengths.push(length);
      length = 0;
    }
  }
  if (length > 0) lengths.push(length);
  return lengths;
}
