import { describe, expect, it } from 'vitest';
import { BUILTIN_DETECTORS, createDefaultRegistry } from './index.js';
import {
  BUILTIN_DETECTOR_NAMES,
  BUILTIN_DETECTOR_TYPES,
  checkBuiltinDetectorNames,
} from './names.js';

describe('built-in detector names', () => {
  it('are the built-in detectors’ ids and types, in report order', () => {
    expect(BUILTIN_DETECTOR_TYPES).toEqual(BUILTIN_DETECTORS.map((d) => d.type));
    expect(BUILTIN_DETECTOR_NAMES).toEqual(BUILTIN_DETECTORS.flatMap((d) => [d.id, d.type]));
  });

  it('accept what the registry accepts, and fail as it fails', () => {
    const registry = createDefaultRegistry();
    for (const names of [['ip-address', ' ip_address ', 'person_name'], ['email'], []]) {
      expect(() => registry.select(names, ['mac-address'])).not.toThrow();
      expect(() => checkBuiltinDetectorNames(names, ['mac-address'])).not.toThrow();
    }
    for (const [types, disabled] of [
      [['email', 'telepathy'], []],
      [['email'], ['ip address']],
      [[], ['ip_address', 'iban-code']],
    ] as const) {
      const expected = (() => {
        try {
          registry.select(types, disabled);
        } catch (error) {
          return (error as Error).message;
        }
        return 'no error';
      })();
      expect(expected).toMatch(/^unknown detector or type '.+' \(known: email, phone, /);
      expect(() => checkBuiltinDetectorNames(types, disabled)).toThrow(expected);
    }
  });
});
