import { describe, expect, it } from 'vitest';
import { paymentCardDetector } from '../detectors/payment-card/index.js';
import { nationalIdDetector } from '../detectors/national-id/index.js';
import { ipAddressDetector } from '../detectors/ip-address/index.js';
import { ibanDetector } from '../detectors/iban/index.js';
import { postalAddressDetector } from '../detectors/postal-address/index.js';
import type { Detector, Segment } from '../types.js';
import { DIGIT_REACH, digitWindows, findDigitWindows } from './digit-windows.js';

const prose = (length: number) =>
  'lorem ipsum dolor sit amet '.repeat(length / 27 + 1).slice(0, length);

function segment(text: string): Segment {
  return { text, syntax: 'prose', location: { path: 'notes.md', line: 1, column: 1 } };
}

describe('findDigitWindows', () => {
  it('covers every digit with the reach on each side, merging windows that touch', () => {
    const text = prose(10_000).split('');
    for (const at of [1000, 1100, 5000]) text[at] = '7';
    expect(findDigitWindows(text.join(''), 100)).toEqual([900, 1201, 4900, 5101]);
  });

  it('clips windows at the ends of the text', () => {
    const text = '1' + prose(9_998) + '2';
    expect(findDigitWindows(text, 100)).toEqual([0, 101, 9899, 10_000]);
  });

  it('finds a digit just before the resume point', () => {
    const text = prose(10_000).split('');
    text[1000] = '1';
    text[1099] = '2';
    text[1299] = '3';
    expect(findDigitWindows(text.join(''), 100)).toEqual([900, 1400]);
  });

  it('gives up on short texts and on texts the windows would mostly cover', () => {
    expect(findDigitWindows('1' + prose(100), 100)).toBeUndefined();
    expect(findDigitWindows('a1 '.repeat(4000), 100)).toBeUndefined();
    expect(findDigitWindows(prose(10_000), 100)).toEqual([]);
  });

  it('is kept per segment object', () => {
    const one = segment(prose(5000) + '42' + prose(5000));
    expect(digitWindows(one)).toBe(digitWindows(one));
    expect(digitWindows(segment(prose(5000)))).toEqual([]);
  });
});

describe('detectors over digit windows', () => {
  const found = (detector: Detector, text: string) =>
    detector.detect(segment(text), { regions: ['FR', 'GB', 'US'] }).map((c) => c.normalized);
  const padded = (value: string, before: number) => prose(before) + ' ' + value + ' ' + prose(6000);

  it.each([
    [paymentCardDetector, '4111 1111 1111 1111'],
    [nationalIdDetector, 'NINO AB 12 34 56 C'],
    [ipAddressDetector, 'host 81.2.69.160 and 2a01:cb00:1:2::5'],
    [ibanDetector, 'FR76 3000 6000 0112 3456 7890 189'],
    [postalAddressDetector, '12 rue de la Paix, 75002 Paris'],
    // The blanks run past the window of the house number: its search reads on to the street.
    [postalAddressDetector, 'at 12' + ' '.repeat(DIGIT_REACH + 10) + 'rue de la Paix.'],
  ])('find values at the edges of long prose as in a short text', (detector, value) => {
    const alone = found(detector, value);
    expect(alone.length).toBeGreaterThan(0);
    for (const before of [0, 3, DIGIT_REACH, 5000])
      expect(found(detector, padded(value, before))).toEqual(alone);
    expect(found(detector, prose(6000) + ' ' + value)).toEqual(alone);
  });

  it('reads a keyword just inside the reach of the digits', () => {
    const value = 'card, as said before, is 4111 1111 1111 1111';
    const alone = paymentCardDetector.detect(segment(value), { regions: [] })[0]!;
    const long = paymentCardDetector.detect(segment(padded(value, 4000)), { regions: [] })[0]!;
    expect(long.confidence).toBe(alone.confidence);
    expect(long.evidence).toEqual(alone.evidence);
    expect(long.evidence.some((e) => e.kind === 'keyword')).toBe(true);
  });
});
