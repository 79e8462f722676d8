import type { CountryCode } from 'libphonenumber-js/max';
import { fictionalRange } from './fictional-ranges.js';
import { phoneMetadata } from './library.js';
import type { PhoneReading } from './read-number.js';

/**
 * How libphonenumber reads a number of the regions a scan reads most, compiled once from its own
 * metadata: the steps of its parse (international prefix, national prefix, the country named by
 * leading digits or type patterns, validity, formats) replayed on precompiled patterns. A parse
 * costs 15–200 µs; this ~0.5 µs. The plan answers only where those steps are plain (no carrier
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
/** A calling code has at most three digits, a national number at most 17. */
const LONGEST_CALLING_CODE = 3;
const LONGEST_NUMBER = 17;

interface FormatPlan {
  /** The last of the format's leading-digit patterns, anchored at the start. */
  leading: RegExp | undefined;
  whole: RegExp;
  /** Unanchored, as libphonenumber replaces with it. */
  pattern: RegExp;
  national: Template;
  international: Template;
  /** For a pattern of fixed-length groups written in order, what every number gets. */
  fixed: FixedFormat | undefined;
}

/**
 * `(\d{3})(\d{3})(\d{4})` written `($1) $2-$3`, or `(\d)(\d{2})…` written `0$1 $2…`: the groups
 * of the national format, and the digits it writes before the number (`0`), are the same for
 * every number the format holds.
 */
interface FixedFormat {
  groups: readonly number[];
  prefix: string;
  /** Digits the pattern holds: a string of digits matches it whole exactly at this length. */
  length: number;
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
  /** By length, the patterns of the types that allow it, as one: valid when one holds it. */
  typesByLength: readonly (RegExp | undefined)[];
  possibleLengths: readonly number[] | undefined;
  formats: readonly FormatPlan[];
  internationalPrefix: RegExp | undefined;
  nationalPrefix: RegExp | undefined;
}

/** A region whose national numbers are read: its plan and those of its calling code. */
interface RegionPlan {
  plan: CountryPlan;
  countries: readonly CountryPlan[];
  /** National lengths every country of the calling code holds possible: no walk to check. */
  possibleEverywhere: ReadonlySet<number>;
}

interface Plans {
  regions: Map<string, RegionPlan>;
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
  const regions = new Map<string, RegionPlan>();
  for (const region of PLANNED_REGIONS) {
    const plan = countryPlan(region);
    const countries = plan && callingCodes.get(plan.callingCode);
    if (!plan || !countries) return null;
    const possibleEverywhere = new Set<number>();
    for (let length = 1; length <= LONGEST_NUMBER; length++) {
      if ([plan, ...countries].every((c) => possibleLength(length, c.possibleLengths))) {
        possibleEverywhere.add(length);
      }
    }
    regions.set(region, { plan, countries, possibleEverywhere });
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
  if (typeof plan?.type !== 'function' || typeof plan.formats !== 'function') return undefined;
  const view = plan as PlanView;
  // Without types libphonenumber judges validity otherwise: no shortcut.
  if (!view.hasTypes()) return undefined;
  const typesByLength: (RegExp | undefined)[] = [];
  // Most lengths share their types: one pattern is compiled for each distinct set.
  const compiled = new Map<string, RegExp>();
  const types = NUMBER_TYPES.map((name) => view.type(name)).map((type) => ({
    pattern: type?.pattern(),
    lengths: type?.possibleLengths(),
  }));
  for (let length = 1; length <= LONGEST_NUMBER; length++) {
    const source = types
      .filter(({ pattern, lengths }) => pattern && (!lengths || lengths.includes(length)))
      .map(({ pattern }) => `(?:${pattern})`)
      .join('|');
    if (source && !compiled.has(source)) compiled.set(source, entirely(source));
    typesByLength[length] = compiled.get(source);
  }
  const formats: FormatPlan[] = [];
  for (const format of view.formats()) {
    const formatPlan = compileFormat(format);
    if (!formatPlan) return undefined;
    formats.push(formatPlan);
  }
  const leading = view.leadingDigits();
  const idd = view.IDDPrefix();
  const nationalPrefix = view.nationalPrefixForParsing();
  return {
    country,
    callingCode: view.callingCode(),
    leadingDigits: leading ? atStart(leading) : undefined,
    general: entirely(view.nationalNumberPattern()),
    typesByLength,
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
    fixed: fixedFormat(format.pattern(), national),
  };
}

/** The `FixedFormat` of a pattern and its national template, if it is one. */
function fixedFormat(pattern: string, national: Template): FixedFormat | undefined {
  if (!/^(?:\(\\d(?:\{\d+\})?\))+$/.test(pattern)) return undefined;
  const lengths = [...pattern.matchAll(/\\d(?:\{(\d+)\})?/g)].map((m) => Number(m[1] ?? 1));
  const references = national.filter((part) => typeof part === 'number');
  if (references.join() !== lengths.map((_, k) => k + 1).join()) return undefined;
  // Digits the template writes after the first group would interleave with the number's.
  const first = national.findIndex((part) => typeof part === 'number');
  const after = national.slice(first).filter((part) => typeof part === 'string');
  if (after.some((part) => /[0-9]/.test(part))) return undefined;
  const written = national
    .map((part) => (typeof part === 'number' ? '0'.repeat(lengths[part - 1] as number) : part))
    .join('');
  const prefix = national
    .slice(0, first)
    .join('')
    .replace(/[^0-9]/g, '');
  return { groups: groupLengths(written), prefix, length: lengths.reduce((a, b) => a + b, 0) };
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
  const regionPlan = compiledPlans()?.regions.get(region);
  if (!regionPlan) return undefined;
  const { plan, countries } = regionPlan;
  // `00…` (an international prefix) or `33…` (the country code without `+`): read otherwise.
  if (digits.startsWith(plan.callingCode) || plan.internationalPrefix?.test(digits)) {
    return undefined;
  }
  const national = withoutNationalPrefix(digits, regionPlan);
  return national === undefined ? undefined : readingIn(countries, national, plan, digits);
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
  return readingIn(countries, national, undefined);
}

/**
 * The national number libphonenumber extracts from `digits` dialled in a region: the national
 * prefix is stripped unless that leaves a number the region's plan cannot hold.
 */
function withoutNationalPrefix(digits: string, region: RegionPlan): string | undefined {
  const { plan } = region;
  const match = plan.nationalPrefix?.exec(digits);
  if (!match) return digits;
  // A captured group is a carrier code or a transformed prefix (`1481$1`): left to the parse.
  if (match.length > 1 && match[match.length - 1]) return undefined;
  const national = digits.slice(match[0].length);
  if (national === digits) return digits;
  if (plan.general.test(digits) && !plan.general.test(national)) return digits;
  if (!plan.possibleLengths || region.possibleEverywhere.has(national.length)) return national;
  const named = countryOf(region.countries, national) ?? plan;
  return possibleLength(national.length, named.possibleLengths) ? national : digits;
}

/**
 * `checkNumberLength` is neither TOO_SHORT nor INVALID_LENGTH (TOO_LONG passes), or the
 * country has no lengths.
 */
function possibleLength(length: number, lengths: readonly number[] | undefined): boolean {
  if (!lengths) return true;
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
  const types = country.typesByLength[national.length];
  return types !== undefined && country.general.test(national) && types.test(national);
}

/**
 * `national` read in the country the walk names, else in `dialledIn` (the region of a national
 * number): the reading; null when invalid (or, given the digits as `dialled`, when they are not
 * the number as its national format writes it); undefined in a fiction range or when no
 * country is named for an international number whose main country has leading digits.
 */
function readingIn(
  countries: readonly CountryPlan[],
  national: string,
  dialledIn: CountryPlan | undefined,
  dialled?: string,
): PhoneReading | null | undefined {
  const main = countries[0] as CountryPlan;
  const e164 = `+${main.callingCode}${national}`;
  // Fiction ranges are kept when merely possible: libphonenumber decides those.
  if (fictionalRange(e164)) return undefined;
  const named = countryOf(countries, national);
  const country = named ?? dialledIn;
  if (!country) return main.leadingDigits ? undefined : null;
  // In a walk, a country without leading digits is named exactly when the number is valid there.
  const walked = countries.length > 1 && !country.leadingDigits;
  if (!(walked ? named !== undefined : isValidIn(country, national))) return null;
  const groups = nationalGroups(country, national, dialled);
  return groups ? new PlannedReading(country, national, e164, groups) : null;
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
    return (this.international ??= groupLengths(
      `+${this.callingCode} ${internationalFormat(this.country, this.national)}`,
    ));
  }
}

/**
 * The format libphonenumber picks for a national number of `country`. `national` holds digits
 * only (it is read from digit groups), so a fixed format holds it whole exactly when the
 * lengths agree: its regex is not run (code reads thousands of ids as North American numbers,
 * each tried against the shorter formats first).
 */
function formatFor(country: CountryPlan, national: string): FormatPlan | undefined {
  for (const format of country.formats) {
    if (format.leading && !format.leading.test(national)) continue;
    if (format.fixed ? national.length === format.fixed.length : format.whole.test(national)) {
      return format;
    }
  }
  return undefined;
}

/**
 * The digits in each group of `formatNational`, read from the template without writing the
 * text; null when `dialled` is given and is not its digits (`612345678` for `06 12 34 56 78`).
 */
function nationalGroups(
  country: CountryPlan,
  national: string,
  dialled: string | undefined,
): readonly number[] | null {
  const format = formatFor(country, national);
  if (format?.fixed) return fixedGroups(format.fixed, national, dialled);
  const match = format?.pattern.exec(national);
  const pieces = format && match ? format.national : [];
  const before = match ? national.slice(0, match.index) : national;
  const after = match ? national.slice(match.index + match[0].length) : '';
  const groups: number[] = [];
  let open = 0;
  let read = 0;
  for (let p = -1; p <= pieces.length; p++) {
    const part = p < 0 ? before : p === pieces.length ? after : (pieces[p] as string | number);
    const piece = typeof part === 'number' ? ((match as RegExpExecArray)[part] ?? '') : part;
    for (let i = 0; i < piece.length; i++) {
      const code = piece.charCodeAt(i);
      if (code >= 48 && code <= 57) {
        if (dialled !== undefined && dialled.charCodeAt(read) !== code) return null;
        read++;
        open++;
      } else if (open > 0) {
        groups.push(open);
        open = 0;
      }
    }
  }
  if (open > 0) groups.push(open);
  return dialled === undefined || read === dialled.length ? groups : null;
}

function fixedGroups(
  fixed: FixedFormat,
  national: string,
  dialled: string | undefined,
): readonly number[] | null {
  if (dialled === undefined) return fixed.groups;
  const { prefix } = fixed;
  const same =
    dialled.length === prefix.length + national.length &&
    dialled.startsWith(prefix) &&
    dialled.endsWith(national);
  return same ? fixed.groups : null;
}

/** `formatInternational` without the country code, as libphonenumber writes it. */
function internationalFormat(country: CountryPlan, national: string): string {
  const format = formatFor(country, national);
  const match = format?.pattern.exec(national);
  if (!format || !match) return national;
  let text = national.slice(0, match.index);
  for (const part of format.international) {
    text += typeof part === 'number' ? (match[part] ?? '') : part;
  }
  return text + national.slice(match.index + match[0].length);
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
