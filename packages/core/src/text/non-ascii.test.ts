import { describe, expect, it } from 'vitest';
import { collectNonAscii, nextNonAscii } from './non-ascii.js';

describe('nextNonAscii', () => {
  it('finds each unit beyond ASCII in order, from any position', () => {
    const text = `${'a'.repeat(5000)}é${'b'.repeat(9000)}\u{1F600}z`;
    expect(nextNonAscii(text, 0)).toBe(5000);
    expect(nextNonAscii(text, 5000)).toBe(5000);
    expect(nextNonAscii(text, 5001)).toBe(14001);
    expect(nextNonAscii(text, 14002)).toBe(14002);
    expect(nextNonAscii(text, 14003)).toBe(-1);
  });

  it('answers -1 for plain ASCII, an empty text and a start past the end', () => {
    expect(nextNonAscii('plain ascii text', 0)).toBe(-1);
    expect(nextNonAscii('', 0)).toBe(-1);
    expect(nextNonAscii('é', 3)).toBe(-1);
  });

  it('finds units close together and at chunk edges', () => {
    const text = `é${'a'.repeat(63)}é${'a'.repeat(4095)}éé`;
    expect(nextNonAscii(text, 1)).toBe(64);
    expect(nextNonAscii(text, 65)).toBe(4160);
    expect(nextNonAscii(text, 4161)).toBe(4161);
  });

  it('finds a lone surrogate', () => {
    expect(nextNonAscii('ab\ud800cd', 0)).toBe(2);
  });
});

describe('collectNonAscii', () => {
  it('lists the units nextNonAscii finds one by one, and empties the list first', () => {
    const text = `é${'a'.repeat(63)}é${'a'.repeat(4095)}éé${'b'.repeat(9000)}\u{1F600}z\ud800`;
    const expected: number[] = [];
    for (let at = nextNonAscii(text, 0); at >= 0; at = nextNonAscii(text, at + 1))
      expected.push(at);
    const offsets = [7, 8, 9];
    collectNonAscii(text, offsets);
    expect(offsets).toEqual(expected);
    expect(offsets).toHaveLength(7);
    collectNonAscii('plain ascii', offsets);
    expect(offsets).toEqual([]);
  });
});
