import { describe, expect, it } from 'vitest';
import { firstDigits } from './first-digits.js';

function digitsOf(pattern: string): string {
  return [...firstDigits(pattern)].sort().join('');
}

describe('firstDigits', () => {
  it('reads a digit, a class or the alternatives of a group', () => {
    expect(digitsOf('268\\d{4}')).toBe('2');
    expect(digitsOf('[0-38]\\d')).toBe('01238');
    expect(digitsOf('(?:2(?:0[1-3]|1[02-9])|8(?:00|33))\\d{4}')).toBe('28');
    expect(digitsOf('(?:(?:246976|900[2-9]\\d\\d)\\d{4})')).toBe('29');
  });

  it('answers every digit where it cannot tell', () => {
    expect(digitsOf('\\d{3}')).toBe('0123456789');
    expect(digitsOf('(?:2|3)?4')).toBe('0123456789');
    expect(digitsOf('[2-9]*1')).toBe('0123456789');
    expect(digitsOf('(?:|5)1')).toBe('0123456789');
    expect(digitsOf('[^0]1')).toBe('0123456789');
  });
});
