import { describe, expect, it } from 'vitest';
import { concatBytes } from './concat-bytes.js';

describe('concatBytes', () => {
  it('joins the parts in order into a buffer of exactly their length', () => {
    const joined = concatBytes([Uint8Array.of(1, 2), new Uint8Array(0), Uint8Array.of(3)]);
    expect([...joined]).toEqual([1, 2, 3]);
    expect(joined.buffer.byteLength).toBe(3);
  });

  it('copies even a single part, so the result can be transferred without taking the part', () => {
    const part = new Uint8Array(new ArrayBuffer(8), 2, 3).fill(7);
    const joined = concatBytes([part]);
    expect(joined.buffer).not.toBe(part.buffer);
    expect(joined.buffer.byteLength).toBe(3);
    expect([...joined]).toEqual([7, 7, 7]);
  });
});
