/**
 * Synthetic value generators for the labeled quality benchmark. Every value is invented but
 * valid where the real thing has a checksum (IBAN mod-97 and French RIB key, Luhn, NIR key), so
 * that detectors are scored on realistic data. Hard negatives are generated beside them.
 */

import { isValidPhoneNumber } from 'libphonenumber-js/max';

export type Random = () => number;

/** mulberry32: small, fast, seeded. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Random, list: readonly T[]): T =>
  list[Math.floor(r() * list.length)] as T;
export const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
export const digits = (r: Random, n: number) =>
  Array.from({ length: n }, () => int(r, 0, 9)).join('');
export const chance = (r: Random, p: number) => r() < p;

// --- people -----------------------------------------------------------------------------------

/**
 * Name pools. The tuning and held-out splits draw from disjoint halves, so the held-out names
 * are names no tuning ever saw.
 */
const FIRST_EN = [
  'Oliver',
  'Amelia',
  'George',
  'Isla',
  'Harry',
  'Ava',
  'Jack',
  'Emily',
  'Charlie',
  'Sophie',
  'Thomas',
  'Grace',
  'Oscar',
  'Lily',
  'William',
  'Freya',
  'James',
  'Chloe',
  'Henry',
  'Ella',
  'Samuel',
  'Hannah',
  'Daniel',
  'Lucy',
  'Joseph',
  'Evie',
  'Benjamin',
  'Ruby',
  'Edward',
  'Alice',
  'Matthew',
  'Megan',
  'Ryan',
  'Rachel',
  'Nathan',
  'Laura',
  'Andrew',
  'Rebecca',
  'Peter',
  'Sarah',
];
const LAST_EN = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Johnson',
  'Davies',
  'Robinson',
  'Wright',
  'Thompson',
  'Evans',
  'Walker',
  'White',
  'Roberts',
  'Green',
  'Hall',
  'Wood',
  'Jackson',
  'Clarke',
  'Harris',
  'Lewis',
  'Cooper',
  'Hughes',
  'Edwards',
  'Turner',
  'Hill',
  'Moore',
  'Parker',
  'Morgan',
  'Bennett',
  'Carter',
  'Mitchell',
  'Foster',
  'Ward',
  'Palmer',
  'Fletcher',
  'Barker',
  'Holmes',
  'Reynolds',
];
const FIRST_FR = [
  'Camille',
  'Léa',
  'Manon',
  'Chloé',
  'Inès',
  'Jade',
  'Louise',
  'Juliette',
  'Clémence',
  'Margaux',
  'Hugo',
  'Lucas',
  'Théo',
  'Nathan',
  'Mathis',
  'Enzo',
  'Louis',
  'Gabriel',
  'Arthur',
  'Raphaël',
  'Jean-Pierre',
  'Marie-Claire',
  'Anne-Sophie',
  'Jean-Marc',
  'Pierre-Yves',
  'Élodie',
  'Sébastien',
  'Stéphanie',
  'Frédéric',
  'Aurélie',
  'Nicolas',
  'Isabelle',
  'Olivier',
  'Sandrine',
  'Thierry',
  'Nathalie',
  'Benoît',
  'Céline',
  'Grégoire',
  'Agnès',
];
const LAST_FR = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Legrand',
  'Garnier',
  'Faure',
  'Rousseau',
  'Blanc',
  'Guérin',
  'Muller',
  'Henry',
  'Roussel',
  'Nicolas',
  'Perrin',
  'de La Fontaine',
  'Le Goff',
  'Chevalier',
  'Gauthier',
];

export type Split = 'tune' | 'heldout';
export type Lang = 'en' | 'fr';

function half<T>(list: readonly T[], split: Split): T[] {
  return list.filter((_, i) => (i % 2 === 0) === (split === 'tune'));
}

export interface Person {
  first: string;
  last: string;
  lang: Lang;
}

export function person(r: Random, split: Split, lang: Lang): Person {
  return lang === 'en'
    ? { first: pick(r, half(FIRST_EN, split)), last: pick(r, half(LAST_EN, split)), lang }
    : { first: pick(r, half(FIRST_FR, split)), last: pick(r, half(LAST_FR, split)), lang };
}

export const fullName = (p: Person) => `${p.first} ${p.last}`;

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z-]/g, '');
}

const DOMAINS = [
  'orange.fr',
  'free.fr',
  'laposte.net',
  'gmail.com',
  'outlook.com',
  'yahoo.co.uk',
  'btinternet.com',
  'wanadoo.fr',
  'sfr.fr',
  'proton.me',
  'acme-industrie.fr',
  'northwind-trading.co.uk',
  'bluewave.io',
  'transports-durand.fr',
];

export function email(r: Random, p: Person): string {
  const f = ascii(p.first);
  const l = ascii(p.last).replace(/-/g, '');
  const local = pick(r, [
    `${f}.${l}`,
    `${f[0]}${l}`,
    `${f}${int(r, 1, 99)}`,
    `${f}_${l}`,
    `${l}.${f}`,
  ]);
  return `${local}@${pick(r, DOMAINS)}`;
}

// --- phones -----------------------------------------------------------------------------------

export type PhoneCountry = 'FR' | 'BE' | 'CH' | 'GB' | 'US' | 'DE';

/**
 * A valid number in a national or international format typical of the country: drawn until
 * libphonenumber (the same metadata a user's phone system trusts) accepts it, so that a label is
 * never a number that does not exist.
 */
export function phone(r: Random, country: PhoneCountry): string {
  for (;;) {
    const candidate = phoneShape(r, country);
    if (isValidPhoneNumber(candidate, country)) return candidate;
  }
}

/**
 * The ways people write numbers of each country: national and international (`+`, `00`,
 * `(0)`), mobiles and landlines, with the local separators (Belgian `0470/12.34.56`, German
 * `030/1234567`, Swiss `044 123 45 67`).
 */
function phoneShape(r: Random, country: PhoneCountry): string {
  const intl = chance(r, 0.4);
  switch (country) {
    case 'FR': {
      const lead = pick(r, ['6', '7', '1', '2', '3', '4', '5', '9']);
      const rest = lead === '7' ? `${int(r, 5, 8)}${digits(r, 7)}` : digits(r, 8);
      const g = `${lead}${rest}`;
      const pairs = `${g.slice(1, 3)} ${g.slice(3, 5)} ${g.slice(5, 7)} ${g.slice(7, 9)}`;
      if (intl)
        return pick(r, [
          `+33 ${g[0]} ${pairs}`,
          `+33${g}`,
          `0033 ${g[0]} ${pairs}`,
          `+33 (0)${g[0]} ${pairs}`,
        ]);
      return pick(r, [
        `0${g[0]} ${pairs}`,
        `0${g}`,
        `0${g[0]}.${pairs.replace(/ /g, '.')}`,
        `0${g[0]}-${pairs.replace(/ /g, '-')}`,
      ]);
    }
    case 'BE': {
      if (chance(r, 0.35)) {
        // Brussels, Antwerp, Liège landlines: one- or two-digit area code.
        const area = pick(r, ['2', '3', '4', '9']);
        const n = `${int(r, 2, 9)}${digits(r, 6)}`;
        const local = `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`;
        return intl ? `+32 ${area} ${local}` : `0${area} ${local}`;
      }
      const n = `4${int(r, 7, 9)}${int(r, 0, 9)}${digits(r, 6)}`;
      if (intl)
        return pick(r, [
          `+32 ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
          `0032 ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
        ]);
      return pick(r, [
        `0${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
        `0${n.slice(0, 3)}/${n.slice(3, 5)}.${n.slice(5, 7)}.${n.slice(7)}`,
      ]);
    }
    case 'CH': {
      const mobile = chance(r, 0.6);
      const n = mobile
        ? `7${int(r, 6, 9)}${digits(r, 7)}`
        : `${pick(r, ['21', '22', '31', '44', '61'])}${int(r, 2, 9)}${digits(r, 6)}`;
      const grouped = `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`;
      if (intl) return pick(r, [`+41 ${grouped}`, `+41 (0)${grouped}`, `0041 ${grouped}`]);
      return `0${grouped}`;
    }
    case 'GB': {
      const mobile = chance(r, 0.6);
      if (mobile) {
        const n = `7${int(r, 4, 9)}${digits(r, 8)}`;
        return intl
          ? pick(r, [`+44 ${n.slice(0, 4)} ${n.slice(4)}`, `+44 (0)${n.slice(0, 4)} ${n.slice(4)}`])
          : pick(r, [
              `0${n.slice(0, 4)} ${n.slice(4)}`,
              `0${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`,
            ]);
      }
      const n = `20${int(r, 3, 8)}${digits(r, 7)}`;
      return intl
        ? pick(r, [
            `+44 20 ${n.slice(2, 6)} ${n.slice(6)}`,
            `+44 (0)20 ${n.slice(2, 6)} ${n.slice(6)}`,
          ])
        : pick(r, [`020 ${n.slice(2, 6)} ${n.slice(6)}`, `(020) ${n.slice(2, 6)} ${n.slice(6)}`]);
    }
    case 'US': {
      const area = `${int(r, 2, 9)}${int(r, 0, 8)}${int(r, 0, 9)}`;
      const exchange = `${int(r, 2, 9)}${digits(r, 2)}`;
      const line = digits(r, 4);
      const safeExchange = exchange === '555' ? '556' : exchange;
      return intl
        ? pick(r, [
            `+1 ${area} ${safeExchange} ${line}`,
            `+1-${area}-${safeExchange}-${line}`,
            `+1 (${area}) ${safeExchange}-${line}`,
          ])
        : pick(r, [
            `(${area}) ${safeExchange}-${line}`,
            `${area}-${safeExchange}-${line}`,
            `${area}.${safeExchange}.${line}`,
            `1-${area}-${safeExchange}-${line}`,
          ]);
    }
    case 'DE': {
      const mobile = chance(r, 0.5);
      if (mobile) {
        const prefix = pick(r, ['151', '160', '170', '171', '175', '152', '176']);
        const n = digits(r, prefix === '151' || prefix === '152' ? 8 : prefix === '176' ? 8 : 7);
        return intl ? pick(r, [`+49 ${prefix} ${n}`, `0049 ${prefix} ${n}`]) : `0${prefix} ${n}`;
      }
      const [area, length] = pick(r, [
        ['30', 8],
        ['89', 8],
        ['40', 8],
        ['221', 7],
      ] as const);
      const n = `${int(r, 2, 9)}${digits(r, length - 1)}`;
      return intl
        ? pick(r, [`+49 ${area} ${n}`, `+49 (0)${area} ${n}`])
        : pick(r, [`0${area} ${n}`, `0${area}/${n}`]);
    }
  }
}

// --- network ----------------------------------------------------------------------------------

export function publicIpv4(r: Random): string {
  for (;;) {
    const a = int(r, 1, 223);
    if ([10, 100, 127, 169, 172, 192, 198, 203, 0].includes(a)) continue;
    return `${a}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
  }
}

export function publicIpv6(r: Random): string {
  const hex = () => int(r, 0, 0xffff).toString(16);
  const prefix = pick(r, [
    '2a01:cb08',
    '2a02:8428',
    '2001:861',
    '2a00:23c7',
    '2600:1700',
    '2a01:e0a',
  ]);
  return chance(r, 0.5)
    ? `${prefix}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}`
        .split(':')
        .slice(0, 8)
        .join(':')
    : `${prefix}:${hex()}::${hex()}`;
}

export function mac(r: Random): string {
  const bytes = Array.from({ length: 6 }, (_, i) =>
    i === 0 ? int(r, 0, 255) & 0xfc : int(r, 0, 255),
  );
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0'));
  return chance(r, 0.7) ? hex.join(':') : hex.join('-').toUpperCase();
}

// --- bank, cards, ids -------------------------------------------------------------------------

function mod97(numeric: string): number {
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

function toNumeric(text: string): string {
  return [...text].map((c) => (/[0-9]/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
}

export function ibanFromBban(country: string, bban: string): string {
  const check = 98 - mod97(toNumeric(`${bban}${country}00`));
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

/** French BBAN with a valid RIB key (bank, branch, account, key). */
function frenchBban(r: Random): string {
  const bank = digits(r, 5);
  const branch = digits(r, 5);
  const account = digits(r, 11);
  const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(account)) % 97);
  return `${bank}${branch}${account}${String(key).padStart(2, '0')}`;
}

export function iban(r: Random): string {
  const country = pick(r, ['FR', 'FR', 'FR', 'DE', 'BE', 'ES', 'IT', 'NL', 'GB', 'CH', 'LU']);
  const bban = {
    FR: () => frenchBban(r),
    DE: () => digits(r, 18),
    BE: () => {
      const base = digits(r, 10);
      const check = Number(base) % 97 || 97;
      return `${base}${String(check).padStart(2, '0')}`;
    },
    ES: () => digits(r, 20),
    IT: () => `${String.fromCharCode(65 + int(r, 0, 25))}${digits(r, 10)}${digits(r, 12)}`,
    NL: () => `${pick(r, ['ABNA', 'INGB', 'RABO', 'TRIO'])}${digits(r, 10)}`,
    GB: () => `${pick(r, ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'])}${digits(r, 14)}`,
    CH: () => digits(r, 17),
    LU: () => `${digits(r, 3)}${digits(r, 13)}`,
  }[country]!();
  const compact = ibanFromBban(country, bban);
  return chance(r, 0.6) ? compact.replace(/(.{4})/g, '$1 ').trim() : compact;
}

/** Same shape, wrong check digits: a hard negative. */
export function badIban(r: Random): string {
  const good = iban(r).replace(/ /g, '');
  const check = Number(good.slice(2, 4));
  const wrong = String(((check + int(r, 1, 50)) % 97) + 2).padStart(2, '0');
  return `${good.slice(0, 2)}${wrong}${good.slice(4)}`;
}

export function luhnComplete(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return `${partial}${(10 - (sum % 10)) % 10}`;
}

export function card(r: Random): string {
  const brand = pick(r, ['visa', 'mc', 'mc2', 'amex', 'discover']);
  const prefix = {
    visa: '4',
    mc: `5${int(r, 1, 5)}`,
    mc2: `22${int(r, 21, 99)}`,
    amex: pick(r, ['34', '37']),
    discover: '6011',
  }[brand]!;
  const length = brand === 'amex' ? 15 : 16;
  const number = luhnComplete(prefix + digits(r, length - prefix.length - 1));
  if (chance(r, 0.3)) return number;
  if (brand === 'amex') return `${number.slice(0, 4)} ${number.slice(4, 10)} ${number.slice(10)}`;
  const sep = pick(r, [' ', '-']);
  return number.replace(/(.{4})(?=.)/g, `$1${sep}`);
}

export function nonLuhn16(r: Random): string {
  const good = luhnComplete(`4${digits(r, 14)}`);
  const last = (Number(good[15]) + int(r, 1, 9)) % 10;
  return `${good.slice(0, 15)}${last}`.replace(/(.{4})(?=.)/g, '$1 ');
}

export function nir(r: Random): string {
  const sex = pick(r, ['1', '2']);
  const year = String(int(r, 40, 99)).padStart(2, '0');
  const month = String(int(r, 1, 12)).padStart(2, '0');
  const corsica = chance(r, 0.1);
  const dept = corsica
    ? pick(r, ['2A', '2B'])
    : String(pick(r, [int(r, 1, 19), int(r, 21, 95)])).padStart(2, '0');
  // INSEE never assigns commune or order number 000: a label must be a number that can exist.
  const commune = String(int(r, 1, 990)).padStart(3, '0');
  const order = String(int(r, 1, 999)).padStart(3, '0');
  const body = `${sex}${year}${month}${dept}${commune}${order}`;
  const numeric = Number(body.replace('2A', '19').replace('2B', '18'));
  const key = String(97 - Number(BigInt(numeric) % 97n)).padStart(2, '0');
  return chance(r, 0.5)
    ? `${sex} ${year} ${month} ${dept} ${commune} ${order} ${key}`
    : `${body}${key}`;
}

export function nino(r: Random): string {
  const first = pick(r, [...'ABCEGHJKLMNOPRSTWXYZ']);
  const second = pick(r, [...'ABCEGHJKLMNPRSTWXYZ']);
  const prefix = `${first}${second}`;
  const bad = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'];
  const p = bad.includes(prefix) ? 'AB' : prefix;
  const n = digits(r, 6);
  const suffix = pick(r, ['A', 'B', 'C', 'D']);
  return chance(r, 0.5)
    ? `${p} ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)} ${suffix}`
    : `${p}${n}${suffix}`;
}

export function ssn(r: Random): string {
  const area = String(pick(r, [int(r, 1, 665), int(r, 667, 899)])).padStart(3, '0');
  const group = String(int(r, 1, 99)).padStart(2, '0');
  const serial = String(int(r, 1, 9999)).padStart(4, '0');
  return `${area}-${group}-${serial}`;
}

export function imei(r: Random): string {
  return luhnComplete(`35${digits(r, 12)}`);
}

const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function birthDate(r: Random, lang: Lang): string {
  const y = int(r, 1945, 2005);
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  if (lang === 'fr')
    return pick(r, [
      `${dd}/${mm}/${y}`,
      `${d} ${MONTHS_FR[m - 1]} ${y}`,
      `${dd}.${mm}.${y}`,
      `${y}-${mm}-${dd}`,
    ]);
  return pick(r, [
    `${MONTHS_EN[m - 1]} ${d}, ${y}`,
    `${d} ${MONTHS_EN[m - 1]} ${y}`,
    `${y}-${mm}-${dd}`,
    `${dd}/${mm}/${y}`,
  ]);
}

const STREETS_FR = [
  'des Saules',
  'de la République',
  'Victor Hugo',
  'du Général Leclerc',
  'des Tilleuls',
  'Jean Jaurès',
  'de la Gare',
  'des Lilas',
  'Pasteur',
  'du Moulin',
];
const TOWNS_FR: [string, string][] = [
  ['59160', 'Lille'],
  ['75011', 'Paris'],
  ['69003', 'Lyon'],
  ['13006', 'Marseille'],
  ['31000', 'Toulouse'],
  ['44000', 'Nantes'],
  ['67000', 'Strasbourg'],
  ['33000', 'Bordeaux'],
  ['35000', 'Rennes'],
  ['20000', 'Ajaccio'],
];
const STREETS_EN = [
  'Elm',
  'Oak',
  'Station',
  'Church',
  'Victoria',
  'Mill',
  'Park',
  'Queens',
  'Kingsway',
  'Meadow',
];
const TOWNS_GB: [string, string][] = [
  ['London', 'SW1A 2AA'],
  ['Manchester', 'M1 1AE'],
  ['Leeds', 'LS1 4DY'],
  ['Bristol', 'BS1 5TR'],
  ['Oxford', 'OX1 2JD'],
  ['York', 'YO1 7HH'],
];

export function address(r: Random, lang: Lang): string {
  if (lang === 'fr') {
    const [cp, town] = pick(r, TOWNS_FR);
    const type = pick(r, ['rue', 'avenue', 'boulevard', 'allée', 'impasse', 'place', 'chemin']);
    const bis = chance(r, 0.15) ? ' bis' : '';
    return `${int(r, 1, 180)}${bis} ${type} ${pick(r, STREETS_FR)}, ${cp} ${town}`;
  }
  const [town, postcode] = pick(r, TOWNS_GB);
  return `${int(r, 1, 250)} ${pick(r, STREETS_EN)} ${pick(r, ['Street', 'Road', 'Lane', 'Avenue', 'Close', 'Drive'])}, ${town} ${postcode}`;
}

// --- hard negatives ---------------------------------------------------------------------------

export function negatives(r: Random): string[] {
  const hex = (n: number) => Array.from({ length: n }, () => int(r, 0, 15).toString(16)).join('');
  const uuid = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const ean = luhnLikeEan(`${pick(r, ['978', '979', '300', '376'])}${digits(r, 9)}`);
  const siren = luhnComplete(digits(r, 8));
  return [
    `Chrome/${int(r, 90, 130)}.0.${int(r, 4000, 6999)}.${int(r, 10, 199)}`,
    `version ${int(r, 1, 9)}.${int(r, 0, 20)}.${int(r, 0, 20)}.${int(r, 0, 300)}`,
    `v${int(r, 0, 5)}.${int(r, 0, 30)}.${int(r, 0, 30)}`,
    `1.3.6.1.4.1.${int(r, 1000, 60000)}.${int(r, 1, 9)}`,
    uuid,
    hex(40),
    `sha256:${hex(64)}`,
    `${int(r, 1600000000, 1799999999)}`,
    `${int(r, 1600000000, 1799999999)}${digits(r, 3)}`,
    `2024-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}T${String(int(r, 0, 23)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')}Z`,
    `INV-2024-${digits(r, 6)}`,
    `commande n° ${digits(r, 8)}`,
    `SIREN ${siren}`,
    `SIRET ${siren}${luhnComplete(digits(r, 4))}`,
    `TVA FR${digits(r, 2)}${siren}`,
    `ISBN ${ean}`,
    badIban(r),
    nonLuhn16(r),
    pick(r, [
      '4242 4242 4242 4242',
      '4111 1111 1111 1111',
      '5555 5555 5555 4444',
      '378282246310005',
    ]),
    pick(r, [
      '127.0.0.1',
      '192.0.2.44',
      '198.51.100.7',
      '203.0.113.19',
      '2001:db8::17',
      '::1',
      '0.0.0.0',
      '255.255.255.255',
    ]),
    pick(r, [
      'jane.doe@example.com',
      'test@example.org',
      'admin@company.test',
      'user@site.example',
      'noreply@acme.invalid',
    ]),
    `${digits(r, 3)}.${digits(r, 2)} €`,
    `+${int(r, 1, 9)}.${digits(r, 2)}%`,
    `port ${int(r, 1024, 65535)}`,
  ];
}

function luhnLikeEan(twelve: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
  return `${twelve}${(10 - (sum % 10)) % 10}`;
}
