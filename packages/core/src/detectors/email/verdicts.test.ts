import { describe, expect, it } from 'vitest';
import { VerdictCache } from './verdicts.js';

describe('VerdictCache', () => {
  it('checks each value once and gives its answer back', () => {
    const checked: string[] = [];
    const cache = new VerdictCache(8, (value) => {
      checked.push(value);
      return value.endsWith('.fr');
    });
    expect(cache.verdict('jane@acme.fr')).toBe(true);
    expect(cache.verdict('jane@acme.invalid-tld')).toBe(false);
    expect(cache.verdict('jane@acme.fr')).toBe(true);
    expect(cache.verdict('jane@acme.invalid-tld')).toBe(false);
    expect(checked).toEqual(['jane@acme.fr', 'jane@acme.invalid-tld']);
  });

  it('never holds more than its limit, and still answers right past it', () => {
    const cache = new VerdictCache(4, (value) => value.length % 2 === 0);
    for (let i = 0; i < 50; i++) {
      const value = `user${i}@example.org`;
      expect(cache.verdict(value)).toBe(value.length % 2 === 0);
      expect(cache.size).toBeLessThanOrEqual(4);
    }
  });
});
