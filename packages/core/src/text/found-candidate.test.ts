import { describe, expect, it } from 'vitest';
import { FoundCandidate } from './found-candidate.js';

describe('FoundCandidate', () => {
  it('has the keys of the literal it replaces, in order', () => {
    const evidence = [{ kind: 'pattern' as const, detail: 'digit run' }];
    const candidate = new FoundCandidate(3, 13, '+33612345678', 0.7, evidence);
    expect(Object.keys(candidate)).toEqual([
      'start',
      'end',
      'normalized',
      'confidence',
      'evidence',
    ]);
    expect({ ...candidate }).toEqual({
      start: 3,
      end: 13,
      normalized: '+33612345678',
      confidence: 0.7,
      evidence,
    });
  });

  it('owns `testData` only when it is given', () => {
    const candidate = new FoundCandidate(0, 4, 'abcd', 0.2, [], true);
    expect(Object.keys(candidate)).toEqual([
      'start',
      'end',
      'normalized',
      'confidence',
      'evidence',
      'testData',
    ]);
    expect(candidate.testData).toBe(true);
  });
});
