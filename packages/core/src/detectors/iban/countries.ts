/**
 * IBAN formats by country: total length and BBAN structure, written from the SWIFT IBAN
 * Registry (as of its 2024–2025 releases) in its notation: `n` digits, `a` upper-case letters, `c` letters
 * or digits, each preceded by a count (`5n5n11c2n` = 5 digits, 5 digits, 11 alphanumerics,
 * 2 digits). A unit test checks that every structure adds up to the length minus 4.
 *
 * `official: false` marks formats used by banks but not (yet) in the registry (mostly the
 * West and Central African monetary unions); they are checked on length and checksum with a
 * loose alphanumeric structure.
 */
export interface IbanCountry {
  length: number;
  bban: string;
  official: boolean;
}

const REGISTRY: Record<string, [length: number, bban: string]> = {
  AD: [24, '4n4n12c'],
  AE: [23, '3n16n'],
  AL: [28, '8n16c'],
  AT: [20, '5n11n'],
  AZ: [28, '4a20c'],
  BA: [20, '3n3n8n2n'],
  BE: [16, '3n7n2n'],
  BG: [22, '4a4n2n8c'],
  BH: [22, '4a14c'],
  BI: [27, '5n5n11n2n'],
  BR: [29, '8n5n10n1a1c'],
  BY: [28, '4c4n16c'],
  CH: [21, '5n12c'],
  CR: [22, '4n14n'],
  CY: [28, '3n5n16c'],
  CZ: [24, '4n6n10n'],
  DE: [22, '8n10n'],
  DJ: [27, '5n5n11n2n'],
  DK: [18, '4n9n1n'],
  DO: [28, '4c20n'],
  EE: [20, '2n2n11n1n'],
  EG: [29, '4n4n17n'],
  ES: [24, '4n4n1n1n10n'],
  FI: [18, '3n11n'],
  FK: [18, '2a12n'],
  FO: [18, '4n9n1n'],
  FR: [27, '5n5n11c2n'],
  GB: [22, '4a6n8n'],
  GE: [22, '2a16n'],
  GI: [23, '4a15c'],
  GL: [18, '4n9n1n'],
  GR: [27, '3n4n16c'],
  GT: [28, '4c20c'],
  HN: [28, '4a20n'],
  HR: [21, '7n10n'],
  HU: [28, '3n4n1n15n1n'],
  IE: [22, '4a6n8n'],
  IL: [23, '3n3n13n'],
  IQ: [23, '4a3n12n'],
  IS: [26, '4n2n6n10n'],
  IT: [27, '1a5n5n12c'],
  JO: [30, '4a4n18c'],
  KW: [30, '4a22c'],
  KZ: [20, '3n13c'],
  LB: [28, '4n20c'],
  LC: [32, '4a24c'],
  LI: [21, '5n12c'],
  LT: [20, '5n11n'],
  LU: [20, '3n13c'],
  LV: [21, '4a13c'],
  LY: [25, '3n3n15n'],
  MC: [27, '5n5n11c2n'],
  MD: [24, '2c18c'],
  ME: [22, '3n13n2n'],
  MK: [19, '3n10c2n'],
  MN: [20, '4n12n'],
  MR: [27, '5n5n11n2n'],
  MT: [31, '4a5n18c'],
  MU: [30, '4a2n2n12n3n3a'],
  NI: [28, '4a20n'],
  NL: [18, '4a10n'],
  NO: [15, '4n6n1n'],
  OM: [23, '3n16c'],
  PK: [24, '4a16c'],
  PL: [28, '8n16n'],
  PS: [29, '4a21c'],
  PT: [25, '4n4n11n2n'],
  QA: [29, '4a21c'],
  RO: [24, '4a16c'],
  RS: [22, '3n13n2n'],
  RU: [33, '9n5n15c'],
  SA: [24, '2n18c'],
  SC: [31, '4a2n2n16n3a'],
  SD: [18, '2n12n'],
  SE: [24, '3n16n1n'],
  SI: [19, '5n8n2n'],
  SK: [24, '4n6n10n'],
  SM: [27, '1a5n5n12c'],
  SO: [23, '4n3n12n'],
  ST: [25, '4n4n11n2n'],
  SV: [28, '4a20n'],
  TL: [23, '3n14n2n'],
  TN: [24, '2n3n13n2n'],
  TR: [26, '5n1n16c'],
  UA: [29, '6n19c'],
  VA: [22, '3n15n'],
  VG: [24, '4a16n'],
  XK: [20, '4n10n2n'],
  YE: [30, '4a4n18c'],
};

/** Formats in use but outside the registry; lengths as published by the issuing banks. */
const UNOFFICIAL: Record<string, number> = {
  AO: 25,
  BF: 28,
  BJ: 28,
  CF: 27,
  CG: 27,
  CI: 28,
  CM: 27,
  CV: 25,
  DZ: 26,
  GA: 27,
  GQ: 27,
  GW: 25,
  IR: 26,
  KM: 27,
  MA: 28,
  MG: 27,
  ML: 28,
  MZ: 25,
  NE: 28,
  SN: 28,
  TD: 27,
  TG: 28,
};

export const IBAN_COUNTRIES: ReadonlyMap<string, IbanCountry> = new Map<string, IbanCountry>([
  ...Object.entries(REGISTRY).map(([code, [length, bban]]): [string, IbanCountry] => [
    code,
    { length, bban, official: true },
  ]),
  ...Object.entries(UNOFFICIAL).map(([code, length]): [string, IbanCountry] => [
    code,
    { length, bban: `${length - 4}c`, official: false },
  ]),
]);

/** Expand `5n2c` into one class letter per position (`nnnnncc`). */
export function bbanClasses(bban: string): string {
  let out = '';
  for (const [, count, kind] of bban.matchAll(/(\d+)([nac])/g)) {
    out += (kind as string).repeat(Number(count));
  }
  return out;
}

const CLASSES = new Map([...IBAN_COUNTRIES].map(([code, c]) => [code, bbanClasses(c.bban)]));

/** The class letters (`n`, `a`, `c`) of each BBAN position of a country, if it has IBANs. */
export function structureOf(country: string): string | undefined {
  return CLASSES.get(country);
}

/** Whether one upper-case character fits a class letter. */
export function fitsClass(kind: string | undefined, code: number): boolean {
  const digit = code >= 48 && code <= 57;
  const letter = code >= 65 && code <= 90;
  return kind === 'n' ? digit : kind === 'a' ? letter : digit || letter;
}

/** Whether an upper-case, space-free BBAN matches its country's structure. */
export function matchesStructure(country: string, bban: string): boolean {
  const classes = CLASSES.get(country);
  if (!classes || classes.length !== bban.length) return false;
  for (let i = 0; i < bban.length; i++) {
    if (!fitsClass(classes[i], bban.charCodeAt(i))) return false;
  }
  return true;
}

/** ISO 7064 MOD 97-10 over the rearranged IBAN, digit by digit so no big integers are needed. */
export function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder;
}
