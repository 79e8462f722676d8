import { describe, expect, it } from 'vitest';
import { codePointsIn, hasLowSurrogate, NextIndex, NextMatch } from './next-index.js';

describe('NextIndex', () => {
  it('finds each occurrence once and answers text.length after the last', () => {
    const next = new NextIndex(',');
    next.reset('a,b,,c');
    expect(next.from(0)).toBe(1);
    expect(next.from(1)).toBe(1);
    expect(next.from(2)).toBe(3);
    expect(next.from(4)).toBe(4);
    expect(next.from(5)).toBe(6);
    expect(next.from(6)).toBe(6);
  });

  it('starts over on a new text', () => {
    const next = new NextIndex('\n');
    next.reset('ab\n');
    expect(next.from(0)).toBe(2);
    next.reset('\nxyz');
    expect(next.from(0)).toBe(0);
    expect(next.from(1)).toBe(4);
  });
});

describe('NextMatch', () => {
  it('finds the next character of a set', () => {
    const next = new NextMatch(/[\x00-\x1f]/g);
    next.reset('ab\tc\nd');
    expect(next.from(0)).toBe(2);
    expect(next.from(3)).toBe(4);
    expect(next.from(5)).toBe(6);
  });
});

describe('codePointsIn', () => {
  it('counts a surrogate pair as one column', () => {
    const text = 'a😀b';
    expect(hasLowSurrogate(text)).toBe(true);
    expect(hasLowSurrogate('abé')).toBe(false);
    expect(codePointsIn(text, 0, text.length, true)).toBe(3);
    expect(codePointsIn(text, 0, 2, true)).toBe(2);
    expect(codePointsIn('abc', 0, 3, false)).toBe(3);
  });
});
