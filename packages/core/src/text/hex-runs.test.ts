import { describe, expect, it } from 'vitest';
import { hexRuns } from './hex-runs.js';

describe('hexRuns', () => {
  it('lists each run of 14 or more hex digits and MAC separators as start and end', () => {
    const text = 'mac aa:bb:cc:dd:ee:ff, id 0123456789abcdef-01, short 12:34:56';
    expect(hexRuns(text)).toEqual([4, 21, 26, 45]);
  });

  it('answers each new text anew, not with the runs kept for the last one', () => {
    expect(hexRuns('no run in these words')).toEqual([]);
    expect(hexRuns('x 0123456789abcd')).toEqual([2, 16]);
    expect(hexRuns('0123456789abcd x')).toEqual([0, 14]);
    expect(hexRuns('no run in these words')).toEqual([]);
  });
});
