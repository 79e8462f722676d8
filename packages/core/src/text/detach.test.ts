import { describe, expect, it } from 'vitest';
import { detach, isDetached } from './detach.js';

describe('detach', () => {
  it('keeps the characters of short, long, accented and astral slices', () => {
    const segment = `${'x'.repeat(5000)}jeanne.martin@exemple.fr Hélène 😀 +33 6 12 34 56 78${'y'.repeat(5000)}`;
    for (const [start, end] of [
      [5000, 5003],
      [5000, 5024],
      [5000, 5053],
      [0, segment.length],
    ] as const) {
      const slice = segment.slice(start, end);
      expect(detach(slice)).toBe(slice);
      expect(detach(slice)).toHaveLength(end - start);
    }
    expect(detach('')).toBe('');
  });

  it('says which texts it returns as they are: those too short to be views of another', () => {
    expect(isDetached('isEmail')).toBe(true);
    expect(isDetached('x'.repeat(12))).toBe(true);
    expect(isDetached('x'.repeat(13))).toBe(false);
  });
});
