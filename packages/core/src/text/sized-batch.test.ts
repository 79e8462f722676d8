import { describe, expect, it } from 'vitest';
import { SizedBatch } from './sized-batch.js';

describe('SizedBatch', () => {
  it('hands over the items added since the last take, in order, without holes', () => {
    const batch = new SizedBatch<string>(4);
    for (const word of ['alpha', 'beta', 'gamma']) batch.add(word);
    expect(batch.length).toBe(3);
    const first = batch.take();
    expect(first).toEqual(['alpha', 'beta', 'gamma']);
    expect(Object.keys(first)).toEqual(['0', '1', '2']);
    expect(batch.length).toBe(0);
    expect(batch.take()).toEqual([]);
  });

  it('grows past its capacity and keeps batches apart', () => {
    const batch = new SizedBatch<number>(2);
    for (let i = 0; i < 10; i++) batch.add(i);
    const first = batch.take();
    batch.add(42);
    const second = batch.take();
    expect(first).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(first).toHaveLength(10);
    expect(second).toEqual([42]);
  });
});
