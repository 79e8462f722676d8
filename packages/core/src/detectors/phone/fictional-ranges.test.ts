import { describe, expect, it } from 'vitest';
import {
  FICTIONAL_PHONE_RANGES,
  fictionalRange,
  isNanpFictionalLocal,
} from './fictional-ranges.js';

describe('isNanpFictionalLocal', () => {
  it('answers as fictionalRange of the number with +1', () => {
    for (const local of ['2125550147', '2125550199', '2125550200', '2125551234', '5550100123']) {
      expect(isNanpFictionalLocal(local)).toBe(fictionalRange(`+1${local}`) !== undefined);
    }
  });

  it('relies on no other reserved range starting with 1', () => {
    expect(FICTIONAL_PHONE_RANGES.filter((range) => range.prefix.startsWith('1'))).toEqual([]);
  });
});
