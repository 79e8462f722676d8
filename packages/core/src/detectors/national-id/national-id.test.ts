import { describe, expect, it } from 'vitest';
import { describeFixtures } from '../fixture-suite.testkit.js';
import type { Segment } from '../../types.js';
import { DEFAULT_TEST_OPTIONS } from '../testing.js';
import { nationalIdDetector, redactNationalId } from './index.js';
import { ninoPrefixValid } from './nino.js';
import { nirKey, nirValid } from './nir.js';
import { findSsns, ssnValid } from './ssn.js';

const dir = import.meta.dirname;
const prose = (text: string, extra: Partial<Segment> = {}): Segment => ({
  text,
  syntax: 'prose',
  location: { path: 'test.txt' },
  ...extra,
});
const detect = (text: string, extra: Partial<Segment> = {}) =>
  nationalIdDetector.detect(prose(text, extra), DEFAULT_TEST_OPTIONS);

describeFixtures('national-id', nationalIdDetector, dir);

describe('NIR key', () => {
  it('is 97 minus the number mod 97', () => {
    expect(nirKey('1840759123456')).toBe(4);
    expect(nirKey('2930275056123')).toBe(83);
  });
  it('counts Corsica 2A as 19 and 2B as 18', () => {
    expect(nirKey('185022A012345')).toBe(97 - (1850219012345 % 97));
    expect(nirKey('279112B045067')).toBe(97 - (2791118045067 % 97));
    expect(nirValid('185022A01234531')).toBe(true);
    expect(nirValid('279112B04506725')).toBe(true);
    expect(nirValid('185022A01234532')).toBe(false);
  });
  it('checks sex, month, department, commune and order', () => {
    const withKey = (first13: string) => `${first13}${String(nirKey(first13)).padStart(2, '0')}`;
    expect(nirValid('184075912345604')).toBe(true);
    expect(nirValid('584075912345604')).toBe(false);
    // Months 20–42 and 50–99 exist for people whose birth month is unknown; 43–49 do not.
    expect(nirValid(withKey('1843059123456'))).toBe(true);
    expect(nirValid(withKey('1846559123456'))).toBe(true);
    expect(nirValid(withKey('1844559123456'))).toBe(false);
    expect(nirValid(withKey('1841359123456'))).toBe(false);
    expect(nirValid(withKey('1840700123456'))).toBe(false);
    expect(nirValid(withKey('1840759000456'))).toBe(false);
    expect(nirValid(withKey('1840759123000'))).toBe(false);
  });
});

describe('NINO prefixes', () => {
  it.each(['AB', 'JT', 'PW', 'CE', 'HS', 'ZY'])('%s is valid', (prefix) => {
    expect(ninoPrefixValid(prefix)).toBe(true);
  });
  it.each([
    'DA',
    'FA',
    'IA',
    'QA',
    'UA',
    'VA',
    'AD',
    'AO',
    'AQ',
    'BG',
    'GB',
    'NK',
    'KN',
    'TN',
    'NT',
    'ZZ',
    'QQ',
  ])('%s is not allocated', (prefix) => {
    expect(ninoPrefixValid(prefix)).toBe(false);
  });
  it('reports the QQ example as test data', () => {
    const [candidate] = detect('NINO QQ123456C');
    expect(candidate?.testData).toBe(true);
    expect(candidate?.confidence).toBeLessThanOrEqual(0.2);
  });
});

describe('SSN ranges', () => {
  it('rejects never-issued areas, groups and serials', () => {
    expect(ssnValid('536228471')).toBe(true);
    expect(ssnValid('000228471')).toBe(false);
    expect(ssnValid('666228471')).toBe(false);
    expect(ssnValid('900228471')).toBe(false);
    expect(ssnValid('999228471')).toBe(false);
    expect(ssnValid('536008471')).toBe(false);
    expect(ssnValid('536220000')).toBe(false);
  });
  it('reports the published examples as test data', () => {
    for (const text of ['SSN 078-05-1120', 'SSN 219-09-9999']) {
      const [candidate] = detect(text);
      expect(candidate?.testData).toBe(true);
      expect(candidate?.confidence).toBeLessThanOrEqual(0.2);
    }
  });
  it('scores a formatted SSN 0.75 alone and 0.95 with a keyword', () => {
    expect(detect('ref: 536-22-8471 x')[0]?.confidence).toBeLessThan(0.5);
    expect(detect('applicant 536-22-8471')[0]?.confidence).toBe(0.75);
    expect(detect('SSN 536-22-8471')[0]?.confidence).toBe(0.95);
  });
});

describe('national-id candidates', () => {
  it('normalizes to upper case without spaces and carries evidence', () => {
    const [nir] = detect('NIR 1 85 02 2a 012 345 31, 1 85 02 2A 012 345 31');
    expect(nir?.normalized).toBe('185022A01234531');
    expect(nir?.confidence).toBe(0.99);
    expect(nir?.evidence).toEqual(
      expect.arrayContaining([
        { kind: 'checksum', detail: 'nir-key' },
        { kind: 'pattern', detail: 'fr-nir' },
      ]),
    );
    expect(detect('NINO ab 12 34 56 c')).toEqual([]);
    expect(detect('SSN 536-22-8471')[0]?.normalized).toBe('536228471');
  });
  it('reports only candidates starting inside reportFrom/reportTo', () => {
    const text = 'NIR 293027505612383 puis 184075912345604';
    const second = text.indexOf('184075');
    expect(detect(text)).toHaveLength(2);
    expect(detect(text, { reportFrom: second }).map((c) => c.start)).toEqual([second]);
    expect(detect(text, { reportTo: second }).map((c) => c.start)).toEqual([4]);
  });
});

describe('redactNationalId', () => {
  it('keeps the sex digit and the key digit of a NIR', () => {
    expect(redactNationalId('1 84 07 59 123 456 78')).toBe('1 ** ** ** *** *** *8');
    expect(redactNationalId('185022A01234531')).toBe('1*************1');
  });
  it('keeps the last four digits of an SSN', () => {
    expect(redactNationalId('123-45-6789')).toBe('***-**-6789');
    expect(redactNationalId('123456789')).toBe('*****6789');
  });
  it('keeps the prefix and suffix letters of a NINO', () => {
    expect(redactNationalId('QQ 12 34 56 C')).toBe('QQ ** ** ** C');
  });
});

describe('national-id adversarial input', () => {
  it.each([
    ['digits', '1'.repeat(1 << 20)],
    ['spaced digits', '1 84 07 '.repeat(1 << 17)],
    ['dashed digits', '123-45-'.repeat(150_000)],
    ['capitals', 'AB12 '.repeat(1 << 18)],
    ['hex', 'a3f9'.repeat(1 << 18)],
  ])('scans 1 MB of %s quickly', (_name, text) => {
    const started = performance.now();
    nationalIdDetector.detect(prose(text), DEFAULT_TEST_OPTIONS);
    // Linear in the input (~0.5 s alone); the bound is loose because test files run in parallel.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('national-id chunk borders', () => {
  it('drops a NIR that starts before reportFrom instead of reading its tail', () => {
    const text = 'NIR 1 84 07 59 123 456 04 ok';
    const from = text.indexOf('59');
    expect(detect(text, { reportFrom: from })).toEqual([]);
  });
});

describe('unformatted SSN context', () => {
  // Invented numbers; the keyword may be spelled in any case, with accents, far from ASCII.
  const accents = 'é'.repeat(300);
  it.each([
    ['an ASCII keyword in capitals', 'TAXPAYER 536228471'],
    ['a keyword with an accented letter', 'Sociál Security 536228471'],
    ['an accented keyword after many accents', `${accents} sociál security 536 22 8471`],
    ['a keyword at the start of a long accented text', `Sócial security 536228471 ${accents}`],
    ['a keyword in mixed case', 'sSn: 536228471'],
    ['a keyword with a space in mixed case', 'ss NO 536228471'],
    ['a short keyword in capitals', 'SOC SEC 536228471'],
    ['a keyword after a long plain log', `${'id=4242 ok\n'.repeat(900)}Taxpayer 536228471`],
    [
      'a keyword after a plain log and an accent',
      `${'ok '.repeat(3000)}é socIal security 536228471`,
    ],
  ])('keeps a bare number next to %s', (_name, text) => {
    expect(detect(text).map((found) => found.normalized)).toContain('536228471');
  });
  it('leaves bare numbers without any keyword, keeps dashed ones', () => {
    const log = 'id=536228471 ok\n'.repeat(50) + 'ref 536-22-8471 ' + accents;
    expect(detect(log).map((found) => found.normalized)).toEqual(['536228471']);
    expect(detect(log)[0]?.start).toBe(log.indexOf('536-22-8471'));
  });
});

describe('unformatted SSN context among many ids', () => {
  // A log of invented nine-digit ids that names an SSN once: only the ids beside the keyword.
  const ids = (from: number, count: number) =>
    Array.from({ length: count }, (_, n) => `id=${from + n} ok\n`).join('');
  it.each([
    ['an ASCII keyword', 'user SSN 536228471'],
    ['a keyword whose letter beyond ASCII folds to s', 'user \u1e61sn 536228471'],
    ['a keyword in capitals after the id', '536228471 TAXPAYER'],
  ])('keeps only the id next to %s', (_name, line) => {
    const log = `${ids(401097800, 100)}${line}\n${ids(501097800, 100)}`;
    const found = detect(log).map((one) => one.normalized);
    // The value and the ids within the keyword's window (48 characters), no other.
    expect(found).toContain('536228471');
    expect(found.length).toBeLessThan(10);
    expect(found).not.toContain('401097800');
    expect(found).not.toContain('501097899');
  });
  it('keeps every id with an SSN field', () => {
    const log = ids(401097800, 100);
    expect(detect(log, { location: { path: 'x.csv', field: 'ssn' } })).toHaveLength(100);
  });
});

describe('findSsns without unformatted values', () => {
  it('finds the same dashed values', () => {
    const text = '123 45 6789 536-22-8471 536228471 219-09-9999';
    const dashed = (matches: { formatted: boolean; start: number }[]) =>
      matches.filter((match) => match.formatted).map((match) => match.start);
    expect(dashed(findSsns(text, 0, text.length, () => false))).toEqual(
      dashed(findSsns(text, 0, text.length)),
    );
    expect(findSsns(text, 0, text.length, () => false).every((match) => match.formatted)).toBe(
      true,
    );
  });
});

describe('short cells', () => {
  it('leaves a cell with fewer than six digits, reads one with a value', () => {
    expect(detect('SKU-28962', { syntax: 'value' })).toEqual([]);
    expect(detect('QQ 12 34 56 C', { syntax: 'value' })[0]?.normalized).toBe('QQ123456C');
  });
});
