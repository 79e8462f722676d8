import { describe, expect, it } from 'vitest';
import * as baseline from '../../baseline/index.js';
import * as config from '../../config/index.js';
import { canonicalName, entryKey, hashValue } from './keys.js';

describe('filter keys', () => {
  it('names canonically as the config does', () => {
    for (const name of ['ip-address', ' IP_ADDRESS ', 'Postal-Address', 'email', ''])
      expect(canonicalName(name)).toBe(config.canonicalName(name));
  });

  it('hashes and keys baseline entries as the baseline does', () => {
    for (const [salt, value] of [
      ['0a1b', 'example@example.test'],
      ['', ''],
      ['salt', 'réservé 06 00 00 00 00'],
    ] as const) {
      expect(hashValue(salt, value)).toBe(baseline.hashValue(salt, value));
      expect(entryKey('a/b.txt', 'email', hashValue(salt, value))).toBe(
        baseline.entryKey('a/b.txt', 'email', baseline.hashValue(salt, value)),
      );
    }
  });
});
