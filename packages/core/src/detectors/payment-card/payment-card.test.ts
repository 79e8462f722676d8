import { describe, expect, it } from 'vitest';
import { describeFixtures } from '../fixture-suite.testkit.js';
import type { Segment } from '../../types.js';
import { DEFAULT_TEST_OPTIONS } from '../testing.js';
import { cardBrand } from './brands.js';
import { paymentCardDetector, redactCardNumber } from './index.js';
import { luhnValid, luhnValidIn } from './luhn.js';

const dir = import.meta.dirname;
const prose = (text: string, extra: Partial<Segment> = {}): Segment => ({
  text,
  syntax: 'prose',
  location: { path: 'test.txt' },
  ...extra,
});

describeFixtures('payment-card', paymentCardDetector, dir);

describe('luhn', () => {
  it('accepts valid and rejects altered numbers', () => {
    expect(luhnValid('4970600206662665')).toBe(true);
    expect(luhnValid('4970600206662664')).toBe(false);
    expect(luhnValid('378282246310005')).toBe(true);
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('12a4')).toBe(false);
  });
});

describe('brands', () => {
  it.each([
    ['4970600206662665', 'visa'],
    ['5412426808404246', 'mastercard'],
    ['2223842024288047', 'mastercard'],
    ['371488888628821', 'amex'],
    ['30562004202001', 'diners'],
    ['6011022268264262', 'discover'],
    ['3530086884021645', 'jcb'],
    ['6212606226648226466', 'unionpay'],
    ['5018024648686409', 'maestro'],
  ])('%s is %s', (number, brand) => {
    expect(cardBrand(number)).toBe(brand);
  });
  it('rejects wrong lengths and unknown prefixes', () => {
    expect(cardBrand('541242680840424')).toBeUndefined();
    expect(cardBrand('37148888862882')).toBeUndefined();
    expect(cardBrand('9970600206662664')).toBeUndefined();
    expect(cardBrand('1700000000004')).toBeUndefined();
  });
});

describe('payment-card candidates', () => {
  it('normalizes to digits and carries luhn, brand and pattern evidence', () => {
    const [candidate] = paymentCardDetector.detect(
      prose('card 4970 6002 0666 2665 exp 04/27'),
      DEFAULT_TEST_OPTIONS,
    );
    expect(candidate?.normalized).toBe('4970600206662665');
    expect(candidate?.evidence).toEqual(
      expect.arrayContaining([
        { kind: 'checksum', detail: 'luhn' },
        { kind: 'validator', detail: 'brand:visa' },
        { kind: 'pattern', detail: 'card-number-grouped' },
        { kind: 'context', detail: 'expiry-date' },
      ]),
    );
    expect(candidate?.confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('reads keywords around each card in a long accented text, near or far from others', () => {
    const filler = 'Le café — « ouvert » le matin. '.repeat(2000);
    const text = `${filler}carte 4970 6002 0666 2665. ${filler}commande 4970 6002 0666 2665 ${filler}`;
    const [paid, ordered] = paymentCardDetector.detect(prose(text), DEFAULT_TEST_OPTIONS);
    expect(paid?.evidence).toContainEqual(
      expect.objectContaining({ kind: 'keyword', detail: 'carte' }),
    );
    expect(ordered?.evidence).toContainEqual({ kind: 'negative', detail: 'commande' });
    expect(ordered!.confidence).toBeLessThan(paid!.confidence);
  });

  it('flags published test numbers as test data with a low confidence', () => {
    const candidates = paymentCardDetector.detect(
      prose('Visa 4242424242424242 and 4111 1111 1111 1111'),
      DEFAULT_TEST_OPTIONS,
    );
    expect(candidates).toHaveLength(2);
    for (const candidate of candidates) {
      expect(candidate.testData).toBe(true);
      expect(candidate.confidence).toBeLessThanOrEqual(0.2);
    }
  });

  it('reports only candidates starting inside reportFrom/reportTo', () => {
    const text = 'card 4970600206662665 and card 4539084006024083';
    const second = text.indexOf('4539');
    const all = paymentCardDetector.detect(prose(text), DEFAULT_TEST_OPTIONS);
    const tail = paymentCardDetector.detect(
      prose(text, { reportFrom: second }),
      DEFAULT_TEST_OPTIONS,
    );
    const head = paymentCardDetector.detect(
      prose(text, { reportTo: second }),
      DEFAULT_TEST_OPTIONS,
    );
    expect(all).toHaveLength(2);
    expect(tail.map((c) => c.start)).toEqual([second]);
    expect(head.map((c) => c.start)).toEqual([5]);
  });

  it('never reports a bare 13-digit run starting with 1 (millisecond epochs)', () => {
    expect(paymentCardDetector.detect(prose('card 1700000000004'), DEFAULT_TEST_OPTIONS)).toEqual(
      [],
    );
  });
});

describe('redactCardNumber', () => {
  it('keeps the first 6 and last 4 digits and the separators', () => {
    expect(redactCardNumber('4970 1012 3456 1234')).toBe('4970 10** **** 1234');
    expect(redactCardNumber('4970101234561234')).toBe('497010******1234');
    expect(redactCardNumber('3714-888886-28821')).toBe('3714-88****-*8821');
  });
});

describe('payment-card adversarial input', () => {
  it.each([
    ['digits', '7'.repeat(1 << 20)],
    ['grouped digits', '4970 '.repeat(1 << 18)],
    ['single digits', '4 '.repeat(1 << 19)],
    ['hex', 'a3f9'.repeat(1 << 18)],
  ])('scans 1 MB of %s quickly', (_name, text) => {
    const started = performance.now();
    paymentCardDetector.detect(prose(text), DEFAULT_TEST_OPTIONS);
    // Linear in the input (~0.5 s alone); the bound is loose because test files run in parallel.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('luhnValidIn', () => {
  it('agrees with luhnValid over grouped text', () => {
    const text = 'x 4970 6002-0666 2665 y';
    expect(luhnValidIn(text, 2, 21)).toBe(true);
    expect(luhnValidIn(text, 2, 20)).toBe(luhnValid('497060020666266'));
    expect(luhnValidIn('abc', 0, 3)).toBe(false);
  });
});

describe('payment-card chunk borders', () => {
  it('does not read the tail of a card cut by reportFrom as a card', () => {
    const text = 'card 4970 6002 0666 2665 1234 5678 9012 3';
    const from = text.indexOf('0666');
    const found = paymentCardDetector.detect(
      prose(text, { reportFrom: from }),
      DEFAULT_TEST_OPTIONS,
    );
    expect(found.every((c) => c.start >= from)).toBe(true);
    expect(found.map((c) => c.start)).not.toContain(from);
  });
});

describe('payment-card digit runs', () => {
  const starts = (text: string, extra: Partial<Segment> = {}) =>
    paymentCardDetector.detect(prose(text, extra), DEFAULT_TEST_OPTIONS).map((c) => c.start);

  it('finds a card that follows shorter groups of the same run', () => {
    const text = 'ref 12 34 4111 1111 1111 1111 end';
    expect(starts(text)).toEqual([text.indexOf('4111')]);
  });

  it('finds a card grouped with no-break spaces after a stretch of separators', () => {
    const text = 'x - - - - - - - - 4111\u00a01111\u00a01111\u00a01111';
    expect(starts(text)).toEqual([text.indexOf('4111')]);
  });

  it('finds nothing in digits and separators too few to hold a card', () => {
    expect(starts('2024-01-15 12:34:56 12 34 56 78 90')).toEqual([]);
  });
});
