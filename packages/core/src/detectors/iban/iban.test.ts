import { faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import {
  cpuMillis,
  describeFixtures,
  expectQuality,
  segment,
  syntheticQuality,
} from '../fixture-suite.testkit.js';
import type { Segment } from '../../types.js';
import { DEFAULT_TEST_OPTIONS } from '../testing.js';
import { bbanClasses, IBAN_COUNTRIES, matchesStructure, mod97 } from './countries.js';
import { PUBLISHED_EXAMPLE_IBANS } from './examples.js';
import { ibanDetector } from './index.js';

const dir = import.meta.dirname;

function detect(text: string, extra: Partial<Segment> = {}) {
  return ibanDetector.detect(segment(text, extra), DEFAULT_TEST_OPTIONS);
}

describeFixtures('iban', ibanDetector, dir);

describe('iban registry table', () => {
  it('has a structure that adds up to the length of every country', () => {
    expect(IBAN_COUNTRIES.size).toBeGreaterThanOrEqual(80);
    for (const [country, spec] of IBAN_COUNTRIES) {
      expect(bbanClasses(spec.bban).length, country).toBe(spec.length - 4);
    }
  });

  it('lists only published examples that are themselves valid IBANs', () => {
    for (const iban of PUBLISHED_EXAMPLE_IBANS) {
      const spec = IBAN_COUNTRIES.get(iban.slice(0, 2));
      expect(spec?.length, iban).toBe(iban.length);
      expect(matchesStructure(iban.slice(0, 2), iban.slice(4)), iban).toBe(true);
      expect(mod97(iban), iban).toBe(1);
    }
  });
});

describe('iban candidates', () => {
  it('carries the mod-97 checksum evidence and normalizes', () => {
    const [c] = detect('IBAN fr70 5259 6589 0921 9030 0698 706');
    expect(c?.normalized).toBe('FR7052596589092190300698706');
    expect(c?.evidence).toContainEqual({ kind: 'checksum', detail: 'mod-97' });
    expect(c?.evidence).toContainEqual({ kind: 'pattern', detail: 'iban' });
    expect(c?.evidence).toContainEqual(
      expect.objectContaining({ kind: 'keyword', detail: 'iban', position: 'before' }),
    );
    expect(c?.confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('uses field names', () => {
    const [c] = detect('DE82866924366216027743', {
      syntax: 'value',
      location: { path: 'a.csv', field: 'rib_client' },
    });
    expect(c?.evidence).toContainEqual({ kind: 'field', detail: 'rib' });
    expect(c?.confidence).toBeGreaterThan(0.95);
  });

  it('marks published examples as low-confidence test data', () => {
    for (const iban of ['GB82WEST12345698765432', 'FR76 3000 6000 0112 3456 7890 189']) {
      const [c] = detect(iban);
      expect(c?.testData).toBe(true);
      expect(c?.confidence).toBeLessThanOrEqual(0.2);
      expect(c?.evidence).toContainEqual({ kind: 'test-data', detail: 'published-example' });
    }
  });

  it('does not report a bad checksum, a bad structure or check digits out of range', () => {
    expect(detect('FR7052596589092190300698707')).toEqual([]);
    expect(detect('GB12 3456 7890 1234 5678 90')).toEqual([]);
    expect(detect('FR0052596589092190300698706')).toEqual([]);
  });

  it('stops at the country length and rejects a glued continuation', () => {
    const text = 'FR70 5259 6589 0921 9030 0698 706 1234';
    expect(detect(text).map((c) => text.slice(c.start, c.end))).toEqual([
      'FR70 5259 6589 0921 9030 0698 706',
    ]);
    expect(detect('FR70525965890921903006987061')).toEqual([]);
  });

  it('respects reportFrom and reportTo', () => {
    const text = 'BE27419255879224 NL57XICF0775048412 AT607402664622089033';
    expect(detect(text, { reportFrom: 1, reportTo: 20 }).map((c) => c.normalized)).toEqual([
      'NL57XICF0775048412',
    ]);
  });
});

describe('iban redaction', () => {
  it('keeps country, check digits and the tail, masking the rest and keeping spaces', () => {
    expect(ibanDetector.redact!('FR76 3000 6000 0112 3456 7890 189')).toBe(
      'FR76 **** **** **** **** ***0 189',
    );
    expect(ibanDetector.redact!('DE82866924366216027743')).toBe('DE82**************7743');
  });

  it('keeps lower-case letters and narrow no-break spaces as written', () => {
    const spaced = ['fr76', '3000', '6000', '0112', '3456', '7890', '189'].join('\u202f');
    expect(ibanDetector.redact!(spaced)).toBe(
      ['fr76', '****', '****', '****', '****', '***0', '189'].join('\u202f'),
    );
  });
});

describe('iban adversarial input', () => {
  const cases: Record<string, string> = {
    'country codes and digits': 'FR76'.repeat(250_000),
    'spaced groups': 'FR76 1234 '.repeat(100_000),
    'digits only': '1'.repeat(1_000_000),
    'letter-digit pairs': 'AB12 '.repeat(200_000),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`returns quickly on ${name}`, () => {
      expect(cpuMillis(() => detect(text))).toBeLessThan(1000);
    });
  }
});

describe('iban synthetic corpus (EN/FR prose, code, logs, CSV, JSON)', () => {
  faker.seed(20261122);
  const positive = (i: number): string => {
    const countryCode = i % 3 === 0 ? 'FR' : undefined;
    const iban = faker.finance.iban({
      formatted: i % 2 === 0,
      ...(countryCode ? { countryCode } : {}),
    });
    return i % 7 === 0 ? iban.toLowerCase() : iban;
  };
  const contexts = [
    'IBAN : {v}',
    'Merci de verser le montant sur le compte {v}.',
    'Please wire the funds to {v} by Friday.',
    'Coordonnées bancaires : {v} (BIC AGRIFRPP)',
    'code: "iban": "{v}",',
    "code: INSERT INTO payouts (user_id, iban) VALUES (17, '{v}');",
    '2024-03-01 10:22:01 INFO payout iban={v} amount=42.00',
    '3;Durand;{v};actif',
    'Account {v}',
    '{v}',
  ];
  const badChecksum = () => {
    const iban = faker.finance.iban();
    const last = iban.at(-1)!;
    return `Virement vers ${iban.slice(0, -1)}${last === '9' ? '0' : String(Number(last) + 1)}`;
  };
  const examples = [...PUBLISHED_EXAMPLE_IBANS];
  const hardNegatives = [
    badChecksum,
    () => `Exemple : ${faker.helpers.arrayElement(examples)}`,
    () => `code: const token = "${faker.string.alphanumeric({ length: 24, casing: 'upper' })}";`,
    () =>
      `Order ${faker.location.countryCode()}${faker.number.int({ min: 10, max: 99 })}-${faker.string.numeric(8)} shipped`,
    () => `code: sha = "${faker.git.commitSha().toUpperCase()}"`,
    () => `Ref ${faker.location.countryCode()}${faker.string.numeric(20)}`,
    () => `code: uuid = "${faker.string.uuid()}"`,
    () => `Tél. +33 ${faker.string.numeric(9)} ; SIRET ${faker.string.numeric(14)}`,
  ];

  it('reaches precision and recall >= 0.98', () => {
    expectQuality('iban', syntheticQuality(ibanDetector, positive, contexts, hardNegatives), 0.98);
  });
});

describe('iban anchor', () => {
  it('reads an IBAN after other numbers and letter-digit look-alikes', () => {
    const text = 'x 12 aB12 ab1 FR76 3000 6000 0112 3456 7890 189';
    expect(detect(text).map((c) => c.start)).toEqual([text.indexOf('FR76')]);
  });

  it('reads lower-case country codes and rejects one glued to a word', () => {
    expect(detect('fr7630006000011234567890189').map((c) => c.normalized)).toEqual([
      'FR7630006000011234567890189',
    ]);
    expect(detect('xFR7630006000011234567890189')).toEqual([]);
  });
});
