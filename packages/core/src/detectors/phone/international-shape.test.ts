import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';
import { mayBeInternational } from './international-shape.js';
import { readInternational } from './read-number.js';

const require = createRequire(import.meta.url);
/** One mobile number of every country, as libphonenumber's own examples write it (national). */
const examples = require('libphonenumber-js/examples.mobile.json') as Record<string, string>;

function mayBe(digits: string): boolean {
  return mayBeInternational(`id=${digits} ok`, 3, digits.length);
}

/** Digit strings from a fixed linear congruential sequence, so every run tests the same ones. */
function* digitStrings(count: number, length: number): Generator<string> {
  let state = 4242;
  for (let n = 0; n < count; n++) {
    let digits = '';
    for (let k = 0; k < length; k++) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      digits += String((state >> 8) % 10);
    }
    yield digits;
  }
}

describe('mayBeInternational', () => {
  it('rules out digits whose calling code needs another length', () => {
    expect(mayBe('798736956')).toBe(false); // +7 needs ten national digits
    expect(mayBe('336123456')).toBe(false); // +33 nine
    expect(mayBe('33612345678')).toBe(true);
    expect(mayBe('447911123456')).toBe(true);
  });

  it('reads a shorter national part only after a digit a national prefix may be', () => {
    // +33 needs nine national digits: ten fit only as a trunk `0` and nine.
    expect(mayBe('331234567890')).toBe(false);
    expect(mayBe('330612345678')).toBe(true);
  });

  it('lets every example number of every country through, with or without a trunk prefix', () => {
    let read = 0;
    for (const [country, national] of Object.entries(examples)) {
      const callingCode = getCountryCallingCode(country as CountryCode);
      for (const digits of [`${callingCode}${national}`, `${callingCode}0${national}`]) {
        if (digits.length < 8 || digits.length > 15 || !readInternational(digits)) continue;
        read++;
        expect(mayBe(digits), digits).toBe(true);
      }
    }
    expect(read).toBeGreaterThan(200);
  });

  it('never rules out digits that libphonenumber reads, over random ids of 8 to 12 digits', () => {
    let read = 0;
    for (let length = 8; length <= 12; length++) {
      for (const digits of digitStrings(2500, length)) {
        if (digits[0] === '0' || !readInternational(digits)) continue;
        read++;
        expect(mayBe(digits), digits).toBe(true);
      }
    }
    expect(read).toBeGreaterThan(100);
  });
});
