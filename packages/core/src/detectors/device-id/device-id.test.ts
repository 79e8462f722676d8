import { describe, expect, it } from 'vitest';
import { describeFixtures } from '../fixture-suite.testkit.js';
import type { Segment } from '../../types.js';
import { DEFAULT_TEST_OPTIONS } from '../testing.js';
import { classifyToken } from './classify.js';
import { deviceIdDetector, redactDeviceId } from './index.js';

const dir = import.meta.dirname;
const prose = (text: string, extra: Partial<Segment> = {}): Segment => ({
  text,
  syntax: 'prose',
  location: { path: 'test.txt' },
  ...extra,
});
const detect = (text: string, extra: Partial<Segment> = {}) =>
  deviceIdDetector.detect(prose(text, extra), DEFAULT_TEST_OPTIONS);

describeFixtures('device-id', deviceIdDetector, dir);

describe('classifyToken', () => {
  it.each([
    ['356938035643809', 'imei'],
    ['35-209900-176148-1', 'imei-formatted'],
    ['35-209900-176148-23', 'imeisv-formatted'],
    ['3539180512345601', 'imeisv'],
    ['2b6f0cc904d137be2e1730235f5664094b831186', 'udid'],
    ['00008030-001A35E01E2B802E', 'udid-new'],
    ['6D92078A-8246-4BA4-AE5B-76104861E7DC', 'uuid'],
    ['9774d56d682e549c', 'android-id'],
  ])('%s is %s', (token, shape) => {
    expect(classifyToken(token)).toBe(shape);
  });
  it('rejects IMEIs failing Luhn and other shapes', () => {
    expect(classifyToken('356938035643808')).toBeUndefined();
    expect(classifyToken('35-209900-176148-2')).toBeUndefined();
    expect(classifyToken('zzzzzzzzzzzzzzzz')).toBeUndefined();
    expect(classifyToken('6D92078A82464BA4AE5B76104861E7DC')).toBeUndefined();
  });
});

describe('device-id candidates', () => {
  it('normalizes to lower case (IMEI digits only) with pattern and context evidence', () => {
    const [imei] = detect('IMEI 35-209900-176148-1');
    expect(imei?.normalized).toBe('352099001761481');
    expect(imei?.evidence).toEqual(
      expect.arrayContaining([
        { kind: 'pattern', detail: 'imei-formatted' },
        { kind: 'checksum', detail: 'luhn' },
      ]),
    );
    const [idfa] = detect('IDFA 6D92078A-8246-4BA4-AE5B-76104861E7DC');
    expect(idfa?.normalized).toBe('6d92078a-8246-4ba4-ae5b-76104861e7dc');
    expect(idfa?.evidence[1]).toMatchObject({ kind: 'keyword', detail: 'idfa' });
  });
  it('returns nothing for hex and UUIDs without context', () => {
    expect(detect('6D92078A-8246-4BA4-AE5B-76104861E7DC')).toEqual([]);
    expect(detect('2b6f0cc904d137be2e1730235f5664094b831186')).toEqual([]);
    expect(detect('356938035643809')).toEqual([]);
  });
  it('marks the zeroed advertising id as test data', () => {
    const [zero] = detect('idfa 00000000-0000-0000-0000-000000000000');
    expect(zero?.testData).toBe(true);
  });
  it('reports only candidates starting inside reportFrom/reportTo', () => {
    const text = 'IMEI 356938035643809 / IMEI 490154203237518';
    const second = text.lastIndexOf('4901');
    expect(detect(text)).toHaveLength(2);
    expect(detect(text, { reportFrom: second }).map((c) => c.start)).toEqual([second]);
    expect(detect(text, { reportTo: second }).map((c) => c.start)).toEqual([5]);
    // A token cut by reportFrom is the previous chunk's business.
    expect(detect(text, { reportFrom: second + 3 })).toEqual([]);
  });
});

describe('redactDeviceId', () => {
  it('keeps the first 4 and last 2 characters and the dashes', () => {
    expect(redactDeviceId('356938035643809')).toBe('3569*********09');
    expect(redactDeviceId('6d92078a-8246-4ba4-ae5b-76104861e7dc')).toBe(
      '6d92****-****-****-****-**********dc',
    );
  });
});

describe('device-id adversarial input', () => {
  it.each([
    ['digits', '3'.repeat(1 << 20)],
    ['hex', 'a3f9'.repeat(1 << 18)],
    ['hex words with context', 'udid 9774d56d682e549c '.repeat(50_000)],
    ['dashes', '-'.repeat(1 << 20)],
  ])('scans 1 MB of %s quickly', (_name, text) => {
    const started = performance.now();
    deviceIdDetector.detect(prose(text), DEFAULT_TEST_OPTIONS);
    // Linear in the input (~0.5 s alone); the bound is loose because test files run in parallel.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
