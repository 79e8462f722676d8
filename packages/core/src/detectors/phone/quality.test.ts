/**
 * Precision and recall on generated data: invented numbers valid in FR, BE, CH, GB, US and DE,
 * written in several formats (national, international, E.164, `00`, bare), placed in EN/FR
 * prose, CSV values, JSON, logs and code; and hard negatives (dates, epochs, cards, IBANs,
 * SIRET, IPs, ISBNs, amounts…) in the same places.
 */
import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import type { DetectorOptions, Segment } from '../../types.js';
import { fictionalRange } from './fictional-ranges.js';
import { phoneDetector } from './index.js';
import { luhnValid } from './not-a-phone.js';

const OPTIONS: DetectorOptions = { regions: ['FR', 'GB', 'US', 'DE', 'CH', 'BE'] };
const THRESHOLD = 0.5;

let seed = 20241115;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
function digits(count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += Math.floor(random() * 10);
  return out;
}
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}
function pickDigit(digitsToPickFrom: string): string {
  return pick([...digitsToPickFrom]);
}

/** National number shapes per region; random digits are kept only if libphonenumber agrees. */
const SHAPES: Record<string, (() => string)[]> = {
  FR: [
    () => `06${digits(8)}`,
    () => `07${pickDigit('3456789')}${digits(7)}`,
    () => `0${pickDigit('12345')}${digits(8)}`,
  ],
  GB: [
    () => `07${pickDigit('1234579')}${digits(8)}`,
    () => `020${pickDigit('378')}${digits(7)}`,
    () => `01${pickDigit('1346')}1${digits(7)}`,
  ],
  US: [
    () =>
      `${pickDigit('2345689')}${pickDigit('01')}${pickDigit('2456789')}${pickDigit('2345679')}${digits(6)}`,
  ],
  DE: [
    () => `015${pickDigit('12')}${digits(8)}`,
    () => `030${digits(8)}`,
    () => `089${digits(7)}`,
    () => `017${pickDigit('0123456')}${digits(7)}`,
  ],
  CH: [
    () => `07${pickDigit('6789')}${digits(7)}`,
    () => `0${pickDigit('2346')}${pickDigit('1234')}${digits(7)}`,
  ],
  BE: [() => `04${pickDigit('6789')}${digits(7)}`, () => `02${digits(7)}`, () => `09${digits(7)}`],
};

/** Separators people use in place of spaces, per country (`030/12345678`, `415.234.5678`). */
const SEPARATORS: Record<string, string[]> = {
  FR: ['.', '-'],
  GB: ['-'],
  US: ['.', '-'],
  DE: ['/', '-'],
  CH: ['.', '-'],
  BE: ['.', '/'],
};

interface Written {
  text: string;
  e164: string;
  style: string;
}

function numbers(region: string, count: number): Written[] {
  const out: Written[] = [];
  while (out.length < count) {
    const national = pick(SHAPES[region] ?? [])();
    const phone = parsePhoneNumberFromString(national, region as CountryCode);
    if (!phone?.isValid() || phone.country !== region || fictionalRange(phone.number)) continue;
    const style = pick([
      'national',
      'national',
      'international',
      'e164',
      '00',
      'bare',
      'separators',
    ]);
    const text =
      style === 'national'
        ? phone.formatNational()
        : style === 'international'
          ? phone.formatInternational()
          : style === 'e164'
            ? phone.number
            : style === '00'
              ? phone.formatInternational().replace('+', '00')
              : style === 'bare'
                ? national
                : phone.formatNational().replace(/ /g, pick(SEPARATORS[region] ?? ['-']));
    out.push({ text, e164: phone.number, style });
  }
  return out;
}

type Template = { syntax: Segment['syntax']; field?: string; text: (n: string) => string };
const TEMPLATES: Template[] = [
  { syntax: 'prose', text: (n) => `Call me on ${n} tomorrow morning.` },
  { syntax: 'prose', text: (n) => `The front desk is reachable at ${n} until six.` },
  { syntax: 'prose', text: (n) => `Vous pouvez me joindre au ${n} après 18h.` },
  { syntax: 'prose', text: (n) => `Le secrétariat (${n}) est ouvert le lundi.` },
  { syntax: 'value', field: 'telephone', text: (n) => n },
  { syntax: 'value', field: 'Mobile', text: (n) => n },
  { syntax: 'code', text: (n) => `{"id": 42, "name": "Jane Roe", "phone": "${n}"}` },
  { syntax: 'code', text: (n) => `2024-03-15T10:22:01Z INFO sms queued to=${n} attempt=1` },
  { syntax: 'code', text: (n) => `const SUPPORT = '${n}';` },
];

function segment(template: Template, value: string): Segment {
  const location = { path: 'gen.txt', ...(template.field ? { field: template.field } : {}) };
  return { text: template.text(value), syntax: template.syntax, location };
}

function reported(seg: Segment) {
  return phoneDetector.detect(seg, OPTIONS).filter((c) => c.confidence >= THRESHOLD);
}

const NEGATIVES: (() => string)[] = [
  () =>
    `20${digits(1)}${pickDigit('0123')}-${pick(['01', '05', '11'])}-${pick(['03', '15', '28'])}`,
  () => `${pick(['03', '15', '28'])}/${pick(['01', '05', '11'])}/20${digits(2)}`,
  () => `${pick(['03', '15', '28'])}.${pick(['01', '05', '11'])}.19${digits(2)}`,
  () => `17${digits(8)}`,
  () => `17${digits(11)}`,
  () => `${digits(1)}.${digits(2)}.${digits(4)}`,
  () => `FR76 ${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(3)}`,
  () => luhnNumber(pick(['4', '51', '37']), 16),
  () =>
    `${Math.floor(random() * 223) + 1}.${Math.floor(random() * 255)}.${Math.floor(random() * 255)}.${Math.floor(random() * 255)}`,
  () => `${pickDigit('3456789')}${digits(2)} ${digits(3)} ${digits(3)} ${digits(5)}`,
  () => `INV-20${digits(2)}-${digits(6)}`,
  () => `#${digits(8)}`,
  () => `${digits(3)} ${digits(3)},${digits(2)} €`,
  () => `978-2-${digits(2)}-${digits(6)}-${digits(1)}`,
  () => `${digits(2)}.${digits(6)}, ${digits(1)}.${digits(6)}`,
  () => `localhost:${digits(4)}`,
  () => `${digits(8)}-${digits(4)}-4${digits(3)}-a${digits(3)}-${digits(12)}`,
  () => `v${digits(1)}.${digits(2)}.${digits(5)}`,
  () => `06${digits(12)}`,
];

function luhnNumber(prefix: string, length: number): string {
  for (;;) {
    const candidate = prefix + digits(length - prefix.length);
    if (luhnValid(candidate)) return candidate;
  }
}

describe('phone quality on generated data', () => {
  it('reaches precision and recall >= 0.95', () => {
    let truePositives = 0;
    let falseNegatives = 0;
    let falsePositives = 0;
    let wrongRegion = 0;
    const missesByStyle: Record<string, number> = {};
    for (const region of Object.keys(SHAPES)) {
      for (const written of numbers(region, 150)) {
        const template = pick(TEMPLATES);
        const seg = segment(template, written.text);
        const found = reported(seg);
        const hit = found.find((c) => seg.text.slice(c.start, c.end) === written.text);
        if (hit) {
          truePositives++;
          if (hit.normalized !== written.e164) wrongRegion++;
        } else {
          falseNegatives++;
          const key = `${region}/${written.style}`;
          missesByStyle[key] = (missesByStyle[key] ?? 0) + 1;
        }
        falsePositives += found.filter((c) => c !== hit).length;
      }
    }
    let negatives = 0;
    for (let i = 0; i < 1500; i++) {
      const seg = segment(pick(TEMPLATES), pick(NEGATIVES)());
      negatives++;
      falsePositives += reported(seg).length;
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(
      `phone quality: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, ` +
        `${truePositives} found, ${falseNegatives} missed ${JSON.stringify(missesByStyle)}, ` +
        `${falsePositives} false positives over ${negatives} negatives, ` +
        `${wrongRegion} national numbers read in another configured region`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
