/**
 * Card brands by issuer prefix (IIN ranges) and allowed lengths. Carte Bancaire co-brands Visa
 * and Mastercard ranges, so it needs no row of its own. Checked in order: Maestro's narrow
 * prefixes come before the wider Mastercard/Discover rows they overlap.
 */
interface BrandRule {
  brand: string;
  /** Inclusive prefix ranges, compared on as many leading digits as the bounds have. */
  ranges: ReadonlyArray<readonly [string, string]>;
  lengths: readonly number[];
}

const LENGTHS_16_19 = [16, 17, 18, 19];

const BRAND_RULES: readonly BrandRule[] = [
  {
    brand: 'maestro',
    ranges: ['5018', '5020', '5038', '5893', '6304', '6759', '6761', '6762', '6763'].map(
      (p) => [p, p] as const,
    ),
    lengths: [13, 14, 15, 16, 17, 18, 19],
  },
  { brand: 'visa', ranges: [['4', '4']], lengths: [13, 16, 19] },
  {
    brand: 'mastercard',
    ranges: [
      ['51', '55'],
      ['2221', '2720'],
    ],
    lengths: [16],
  },
  { brand: 'mir', ranges: [['2200', '2204']], lengths: [16] },
  {
    brand: 'amex',
    ranges: [
      ['34', '34'],
      ['37', '37'],
    ],
    lengths: [15],
  },
  {
    brand: 'discover',
    ranges: [
      ['6011', '6011'],
      ['644', '649'],
      ['65', '65'],
    ],
    lengths: LENGTHS_16_19,
  },
  { brand: 'diners', ranges: [['36', '36']], lengths: [14, 15, 16, 17, 18, 19] },
  {
    brand: 'diners',
    ranges: [
      ['300', '305'],
      ['38', '38'],
    ],
    lengths: [14],
  },
  { brand: 'jcb', ranges: [['3528', '3589']], lengths: LENGTHS_16_19 },
  { brand: 'unionpay', ranges: [['62', '62']], lengths: LENGTHS_16_19 },
];

/** The brand whose prefix and length match `digits`, or undefined. */
export function cardBrand(digits: string): string | undefined {
  for (const rule of BRAND_RULES) {
    if (!rule.lengths.includes(digits.length)) continue;
    for (const [low, high] of rule.ranges) {
      const prefix = digits.slice(0, low.length);
      if (prefix >= low && prefix <= high) return rule.brand;
    }
  }
  return undefined;
}

/**
 * Numbers published in payment providers' documentation (Stripe, Adyen, PayPal, Braintree…)
 * for testing integrations. They pass every check, appear in code and docs everywhere, and are
 * nobody's card: reported as test data with a low confidence instead of as a real finding.
 */
export const PUBLISHED_TEST_CARD_NUMBERS: ReadonlySet<string> = new Set([
  '4242424242424242',
  '4000056655665556',
  '4111111111111111',
  '4012888888881881',
  '4222222222222',
  '4000000000000002',
  '4000000000000077',
  '4000000000009995',
  '4000000000003220',
  '4000002500003155',
  '4000000000000101',
  '4917610000000000',
  '4917610000000000003',
  '4988438843884305',
  '4444333322221111',
  '4035501000000008',
  '4400000000000008',
  '4462030000000000',
  '5555555555554444',
  '5200828282828210',
  '5105105105105100',
  '5454545454545454',
  '5100000000000008',
  '5101180000000007',
  '2223003122003222',
  '2223000048400011',
  '2222400070000005',
  '378282246310005',
  '371449635398431',
  '378734493671000',
  '370000000000002',
  '340000000000009',
  '6011111111111117',
  '6011000990139424',
  '6011000000000004',
  '6011981111111113',
  '6011601160116611',
  '3056930009020004',
  '36227206271667',
  '30569309025904',
  '38520000023237',
  '36006666333344',
  '3566002020360505',
  '3530111333300000',
  '3566111111111113',
  '6200000000000005',
  '6250941006528599',
  '6759649826438453',
  '6799990100000000019',
]);
