import { describe, expect, it } from 'vitest';
import type { Segment } from '../../types.js';
import { phoneContext, supportPossible } from './context.js';

function segment(text: string): Segment {
  return { text, syntax: 'code', location: { path: 'test.ts' } };
}

/** The context of the first occurrence of `value` in `text`. */
function contextOf(text: string, value: string) {
  const start = text.indexOf(value);
  return phoneContext(segment(text), start, start + value.length);
}

describe('phoneContext', () => {
  it('reads a word right before the value as the nearest (the narrow windows)', () => {
    const found = contextOf(
      "  const id = '727365-2435';\n  return validate(input);",
      '727365-2435',
    );
    expect(found.contradicted).toBe(true);
    expect(found.support).toEqual([]);
  });

  it('prefers a phone word nearer than the other word, on either side', () => {
    const after = contextOf('order 2125550147 phone', '2125550147');
    expect(after.support.map((e) => e.detail)).toEqual(['phone']);
    expect(after.contradicted).toBe(false);
    const before = contextOf('mobile: 0612345678, order', '0612345678');
    expect(before.support.map((e) => e.detail)).toEqual(['mobile']);
  });

  it('finds a phone word past the narrow windows', () => {
    const found = contextOf('telephone (main office, ground floor): 0612345678', '0612345678');
    expect(found.support.map((e) => e.detail)).toEqual(['telephone']);
  });
});

describe('supportPossible', () => {
  it('sees words beyond ASCII, in any chunk of a long text', () => {
    const filler = 'status=200 path=/api/v1/items '.repeat(400);
    const text = `${filler}numéro 33612345678 ${filler}`;
    const start = text.indexOf('33612345678');
    expect(supportPossible(segment(text), start, start + 11)).toBe(true);
    const far = text.lastIndexOf('items');
    expect(supportPossible(segment(text), far, far + 5)).toBe(false);
  });
});
