import { describe, expect, it } from 'vitest';
import { compiledOnOrdinaryText } from './ordinary-compile.js';

describe('compiledOnOrdinaryText', () => {
  it('returns the same regex, with lastIndex back at 0', () => {
    const pattern = /\bwritten\b/g;
    expect(compiledOnOrdinaryText(pattern)).toBe(pattern);
    expect(pattern.lastIndex).toBe(0);
  });

  it('leaves what the regex finds unchanged', () => {
    const pattern = compiledOnOrdinaryText(/(?:19|20)\d\d/g);
    expect('in 1984 and 2001, not 1850'.match(pattern)).toEqual(['1984', '2001']);
  });
});
