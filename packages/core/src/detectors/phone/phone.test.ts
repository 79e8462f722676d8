import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFixtures } from '../fixture-suite.testkit.js';
import type { DetectorOptions, Segment } from '../../types.js';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { phoneDetector } from './index.js';
import { fictionalRange } from './fictional-ranges.js';
import { nanpRangesPattern, nanpRangesStartingWith, type PhoneReading } from './read-number.js';
import { readInternationalInPlan, readNationalInPlan } from './compiled-plan.js';

const here = dirname(fileURLToPath(import.meta.url));
const SIX_REGIONS: DetectorOptions = { regions: ['FR', 'GB', 'US', 'DE', 'CH', 'BE'] };

function prose(text: string, extra: Partial<Segment> = {}): Segment {
  return { text, syntax: 'prose', location: { path: 'test.txt' }, ...extra };
}

function detect(
  text: string,
  options: DetectorOptions = SIX_REGIONS,
  extra: Partial<Segment> = {},
) {
  return phoneDetector.detect(prose(text, extra), options);
}

describeFixtures('phone', phoneDetector, here, SIX_REGIONS);

describe('phone normalization', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['(415) 234-5678', '+14152345678'],
    ['1-800-225-5288', '+18002255288'],
    ['020 3123 4567', '+442031234567'],
    ['030/12345678', '+493012345678'],
    ['044 668 18 00', '+41446681800'],
    ['0470 12 34 56', '+32470123456'],
  ])('%s → %s', (text, e164) => {
    expect(detect(text).map((c) => c.normalized)).toEqual([e164]);
  });
});

describe('phone redaction', () => {
  it.each([
    ['+33 6 12 34 56 78', '+33 6 ** ** ** 78'],
    ['06 12 34 56 78', '06 ** ** ** 78'],
    ['0612345678', '06******78'],
    ['0033 6 12 34 56 78', '0033 6 ** ** ** 78'],
    ['+1 415 234 5678', '+1 4** *** **78'],
    ['+44 20 3123 4567', '+44 2* **** **67'],
  ])('%s → %s', (value, masked) => {
    expect(phoneDetector.redact?.(value)).toBe(masked);
  });

  it('keeps the trunk zero in parentheses as written', () => {
    expect(phoneDetector.redact?.('+33 (0)6 12 34 56 78')).toBe('+33 (0)6 ** ** ** 78');
  });
});

describe('phone regions', () => {
  it('reads national numbers only in the configured regions', () => {
    expect(detect('Mobil 0151 23456789', { regions: ['FR', 'GB', 'US'] })).toEqual([]);
    expect(detect('Mobil 0151 23456789', { regions: ['DE'] })[0]?.normalized).toBe(
      '+4915123456789',
    );
  });

  it('reads +/00 numbers in their own country whatever the regions', () => {
    const [candidate] = detect('Kontakt +49 30 12345678', { regions: ['FR'] });
    expect(candidate?.normalized).toBe('+493012345678');
    expect(candidate?.evidence).toContainEqual({ kind: 'validator', detail: 'libphonenumber:DE' });
    expect(detect('0049 30 12345678', { regions: ['US'] })[0]?.normalized).toBe('+493012345678');
  });

  it('prefers the region whose usual grouping matches the written one', () => {
    const options = { regions: ['FR', 'BE'] };
    expect(detect('0470 12 34 56', options)[0]?.normalized).toBe('+32470123456');
    expect(detect('04 70 12 34 56', options)[0]?.normalized).toBe('+33470123456');
  });

  it('uses the first region when nothing tells them apart', () => {
    expect(detect('0800 123 456', { regions: ['GB', 'FR'] })[0]?.normalized).toBe('+44800123456');
    expect(detect('0800 123 456', { regions: ['FR', 'GB'] })[0]?.normalized).toBe('+33800123456');
  });

  it('uses the language of the keywords to prefer a region', () => {
    const english = detect('Phone 0800 123 456', { regions: ['FR', 'GB'] });
    const french = detect('Appelez le 0800 123 456', { regions: ['GB', 'FR'] });
    expect(english[0]?.evidence[0]?.detail).toBe('libphonenumber:GB');
    expect(french[0]?.evidence[0]?.detail).toBe('libphonenumber:FR');
    // « Tél » folds to "tel", which both languages use: the first region stays.
    const neutral = detect('Tél. 0800 123 456', { regions: ['GB', 'FR'] });
    expect(neutral[0]?.evidence[0]?.detail).toBe('libphonenumber:GB');
  });

  it('uses the segment language when there is no keyword', () => {
    const fr = detect('0800 123 456', { regions: ['GB', 'FR'] }, { language: 'fr' });
    expect(fr[0]?.normalized).toBe('+33800123456');
  });
});

describe('phone scoring', () => {
  it('scores a bare run low alone and high with a keyword or field', () => {
    expect(detect('0612345678')[0]?.confidence).toBeCloseTo(0.6);
    expect(detect('mobile 0612345678')[0]?.confidence).toBeCloseTo(0.9);
    const field = detect('0612345678', SIX_REGIONS, {
      syntax: 'value',
      location: { path: 'a.csv', field: 'Téléphone' },
    });
    expect(field[0]?.confidence).toBeCloseTo(0.9);
    expect(field[0]?.evidence).toContainEqual({ kind: 'field', detail: 'Téléphone' });
  });

  it('scores a well grouped number ~0.85', () => {
    for (const text of ['06 12 34 56 78', '(415) 234-5678', '020 3123 4567', '+49 30 12345678']) {
      expect(detect(text)[0]?.confidence).toBeCloseTo(0.85);
    }
  });

  it('marks fictional ranges as test data below the threshold', () => {
    for (const text of ['(212) 555-0147', '020 7946 0018', '07700 900123', '01 99 00 12 34']) {
      const [candidate] = detect(`phone ${text}`);
      expect(candidate?.testData).toBe(true);
      expect(candidate?.confidence).toBeLessThanOrEqual(0.2);
    }
  });

  it('finds support in an identifier named like a phone field, in any case', () => {
    for (const text of ['user.setMobilePhone("0612345678")', 'TEL_FIXE = 0612345678']) {
      const [candidate] = detect(text);
      expect(candidate?.confidence).toBeCloseTo(0.9);
      expect(candidate?.evidence).toContainEqual(expect.objectContaining({ kind: 'keyword' }));
    }
    expect(detect('const count = 0612345678')[0]?.confidence).toBeCloseTo(0.6);
  });

  it('lowers a bare number that another kind of number names', () => {
    expect(detect('Facture n° 0612345678')[0]?.confidence ?? 0).toBeLessThan(0.5);
  });
});

describe('phone segments', () => {
  it('reports only candidates starting inside [reportFrom, reportTo)', () => {
    const text = '06 12 34 56 78 then 01 42 68 53 00';
    const all = detect(text);
    expect(all).toHaveLength(2);
    const second = detect(text, SIX_REGIONS, { reportFrom: 5 });
    expect(second.map((c) => text.slice(c.start, c.end))).toEqual(['01 42 68 53 00']);
    const first = detect(text, SIX_REGIONS, { reportTo: 5 });
    expect(first.map((c) => text.slice(c.start, c.end))).toEqual(['06 12 34 56 78']);
  });

  // Linear by construction (one pass, at most eight groups tried per start, a parse cache).
  // About 1-3 s each on a quiet machine; the bound only catches a quadratic blow-up, which
  // would take minutes, and leaves room for loaded CI machines.
  it('stays fast on 1 MB of random digits and separators', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = '0123456789 ..--//()+0 ';
    let text = '';
    while (text.length < 1_000_000) text += alphabet[Math.floor(random() * alphabet.length)];
    const started = performance.now();
    detect(text);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('stays fast on 1 MB of one repeated group', () => {
    const started = performance.now();
    detect('06 '.repeat(330_000));
    detect('0'.repeat(1_000_000));
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('phone prefilters', () => {
  function cell(text: string): Segment {
    return { text, syntax: 'value', location: { path: 'test.csv', field: 'tel' } };
  }

  it('leaves a short value with fewer than seven digits at once, and reads one with seven', () => {
    expect(phoneDetector.detect(cell('12-34-56'), SIX_REGIONS)).toEqual([]);
    expect(phoneDetector.detect(cell('06 12 34'), SIX_REGIONS)).toEqual([]);
    const found = phoneDetector.detect(cell('06 12 34 56 78'), SIX_REGIONS);
    expect(found.map((c) => c.normalized)).toEqual(['+33612345678']);
  });

  it('skips runs whose digits outside a date or an IP address are too few', () => {
    expect(detect('2024-03-24 10:50 ok, 15/03/2024 12 and 192.168.1.10 80')).toEqual([]);
  });

  it('finds a phone word before a number stored without its + in any case, ASCII or not', () => {
    const texts = [
      'id=1 PHONE: 33612345678',
      'id=1 Téléphone : 33612345678',
      'Zoé PHONE 33612345678',
    ];
    for (const text of texts) {
      expect(detect(text).map((c) => c.normalized)).toEqual(['+33612345678']);
    }
    expect(detect('id=1 status: 33612345678')).toEqual([]);
  });

  it('still reads a phone written in the same run as a date', () => {
    const text = 'le 15/03/2024 / 06 12 34 56 78';
    expect(detect(text).map((c) => text.slice(c.start, c.end))).toEqual(['06 12 34 56 78']);
  });
});

describe('phone shortcuts agree with the full reading', () => {
  const lengthsOf = (formatted: string) =>
    formatted
      .split(/\D+/)
      .filter(Boolean)
      .map((g) => g.length);

  // A deterministic stream of digits (no Math.random: a failure must be reproducible).
  function* digitStrings(count: number, length: number): Generator<string> {
    let state = 12345;
    for (let n = 0; n < count; n++) {
      let digits = '';
      for (let k = 0; k < length; k++) {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        digits += String(state % 10);
      }
      yield digits;
    }
  }

  it('rejects without a parse only the ten-digit numbers libphonenumber calls invalid', () => {
    expect(nanpRangesPattern().source.length).toBeGreaterThan(1000); // the metadata was read
    let valid = 0;
    for (const digits of digitStrings(4000, 10)) {
      const national = `2${digits.slice(1)}`; // a plausible NANP area code start
      const parsed = parsePhoneNumberFromString(national, 'US');
      const libraryValid = parsed?.isValid() ?? false;
      if (libraryValid) valid++;
      if (!nanpRangesPattern().test(national)) expect(libraryValid).toBe(false);
    }
    expect(valid).toBeGreaterThan(100);
  });

  it('tries a number only against the NANP ranges its first digit may start, same answers', () => {
    let inRanges = 0;
    for (const digits of digitStrings(20000, 10)) {
      const national = `${2 + (Number(digits[0]) % 8)}${digits.slice(1)}`;
      const all = nanpRangesPattern().test(national);
      if (all) inRanges++;
      expect(nanpRangesStartingWith(national[0] as string).test(national)).toBe(all);
    }
    expect(inRanges).toBeGreaterThan(1000);
  });

  /** What libphonenumber reads in `input` (`region`: national), as `read-number.ts` keeps it. */
  function libraryReading(input: string, region?: CountryCode): PhoneReading | undefined {
    const phone = parsePhoneNumberFromString(input, region);
    if (!phone) return undefined;
    const fictional = fictionalRange(phone.number);
    if (!phone.isValid() && !(fictional && phone.isPossible())) return undefined;
    const national = phone.formatNational();
    const nationalDigits = national.replace(/\D/g, '');
    const withNanpPrefix = phone.countryCallingCode === '1' && input === `1${nationalDigits}`;
    if (region && input !== nationalDigits && !withNanpPrefix) return undefined;
    return {
      e164: phone.number,
      region: phone.country ?? region ?? '',
      nationalGroups: lengthsOf(national),
      internationalGroups: lengthsOf(phone.formatInternational()),
      callingCode: phone.countryCallingCode,
      ...(fictional ? { fictional } : {}),
    };
  }

  /** Every field of a reading, getters included. */
  function fieldsOf(reading: PhoneReading | null | undefined) {
    if (!reading) return undefined;
    const { e164, region, nationalGroups, internationalGroups, callingCode, fictional } = reading;
    return { e164, region, nationalGroups, internationalGroups, callingCode, fictional };
  }

  /** National numbers (as dialled) worth trying in each compiled region. */
  function nationalNumbers(region: string): string[] {
    const numbers: string[] = [];
    const islands = ['01481', '01534', '01624', '07781', '07797', '07624', '07839', '07911'];
    let k = 0;
    for (const digits of digitStrings(1500, 12)) {
      k++;
      const lead = String(1 + (digits.charCodeAt(0) % 9));
      if (region === 'FR' || region === 'CH') numbers.push(`0${lead}${digits.slice(1, 9)}`);
      if (region === 'BE') numbers.push(`0${lead}${digits.slice(1, 7 + (k % 2))}`);
      if (region === 'DE') numbers.push(`0${lead}${digits.slice(1, 5 + (k % 8))}`);
      if (region === 'GB') {
        numbers.push(`0${lead}${digits.slice(1, 9 + (k % 2))}`);
        numbers.push(`${islands[k % islands.length]}${digits.slice(1, 7)}`);
      }
      if (region === 'US' || region === 'CA') {
        // Plausible NANP numbers, some in the 555-01xx fiction block, some in island area codes.
        const national = `${2 + (digits.charCodeAt(0) % 8)}${digits.slice(1, 10)}`;
        const island = ['268', '242', '876', '787', '809', '441'][k % 6];
        numbers.push(national, `${national.slice(0, 3)}55501${national.slice(8)}`);
        numbers.push(`${island}${digits.slice(3, 10)}`, `1${national}`);
      }
    }
    return numbers;
  }

  const CALLING_CODES: Record<string, string> = {
    FR: '33',
    GB: '44',
    BE: '32',
    CH: '41',
    DE: '49',
    US: '1',
    CA: '1',
  };

  it('reads numbers of the compiled regions without a parse exactly as libphonenumber does', () => {
    for (const region of ['FR', 'GB', 'BE', 'CH', 'DE', 'US', 'CA'] as const) {
      let answered = 0;
      let valid = 0;
      const numbers = nationalNumbers(region);
      const countries = new Set<string>();
      for (const number of numbers) {
        const planned = readNationalInPlan(number, region);
        if (planned === undefined) continue;
        answered++;
        const expected = libraryReading(number, region);
        expect(fieldsOf(planned), `${region} ${number}`).toEqual(fieldsOf(expected));
        if (planned) {
          valid++;
          countries.add(planned.region);
        }
      }
      // Half the NANP numbers are prefixed (`1…`) or fictional: those are left to the parse.
      const share = CALLING_CODES[region] === '1' ? 0.45 : 0.95;
      expect(answered, region).toBeGreaterThan(numbers.length * share);
      expect(valid, region).toBeGreaterThan(numbers.length / 10);
      if (region === 'GB') expect([...countries].sort()).toEqual(['GB', 'GG', 'IM', 'JE']);
      if (region === 'US') expect(countries.size).toBeGreaterThan(4);
    }
  });

  it('reads international numbers of the compiled calling codes exactly as libphonenumber does', () => {
    for (const region of ['FR', 'GB', 'BE', 'CH', 'DE', 'US'] as const) {
      const code = CALLING_CODES[region] as string;
      let answered = 0;
      let valid = 0;
      const numbers = nationalNumbers(region).map((n) => code + (code === '1' ? n : n.slice(1)));
      for (const digits of numbers) {
        const planned = readInternationalInPlan(digits);
        if (planned === undefined) continue;
        answered++;
        const expected = libraryReading(`+${digits}`);
        expect(fieldsOf(planned), digits).toEqual(fieldsOf(expected));
        if (planned) valid++;
      }
      // Half the NANP numbers are prefixed (`+1 1…`) or fictional: those are left to the parse.
      const share = code === '1' ? 0.45 : 0.95;
      expect(answered, region).toBeGreaterThan(numbers.length * share);
      expect(valid, region).toBeGreaterThan(numbers.length / 10);
    }
    // A trunk zero after the country code is left to the parse.
    expect(readInternationalInPlan('330612345678')).toBeUndefined();
  });

  it('finds the same phones in a log with and without phone words elsewhere', () => {
    const lines = [...digitStrings(300, 9)].map((id, k) => `t=${k} id=${id} status=200`);
    const plain = lines.join('\n');
    const found = detect(plain, { regions: ['FR', 'US'] }).map((c) => [c.start, c.confidence]);
    const withWord = `${plain}\nmsisdn 33612345678`;
    const again = detect(withWord, { regions: ['FR', 'US'] }).map((c) => [c.start, c.confidence]);
    expect(again.slice(0, found.length)).toEqual(found);
    expect(again.length).toBe(found.length + 1); // the msisdn beside its word is read
  });
});
