import { describe, expect, it } from 'vitest';
import {
  anyNationalReading,
  countNationalReadings,
  foundReading,
  foundReadings,
} from './pick-region.js';

describe('national readings', () => {
  it('counts every configured region that reads the digits, in configured order', () => {
    // A French freephone number that Swiss and British plans also read.
    const count = countNationalReadings('0800123456', ['FR', 'GB', 'CH']);
    expect(count).toBeGreaterThan(1);
    const regions = foundReadings(count).map((reading) => reading.region);
    expect(regions[0]).toBe('FR');
    expect(foundReading(0).region).toBe('FR');
  });

  it('counts none for digits no region reads, and a new count replaces the last', () => {
    expect(countNationalReadings('0612345678', ['FR'])).toBe(1);
    expect(foundReading(0).e164).toBe('+33612345678');
    expect(countNationalReadings('12345', ['FR', 'GB'])).toBe(0);
  });

  it('answers whether any region reads the digits as the count does', () => {
    expect(anyNationalReading('0612345678', ['GB', 'FR'])).toBe(true);
    expect(anyNationalReading('12345', ['FR', 'GB'])).toBe(false);
  });
});
