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

  /** The runs a plain regex finds: what the probing must answer, whatever it skips. */
  function regexRuns(text: string): number[] {
    return [...text.matchAll(/[0-9a-fA-F:.-]{14,}/g)].flatMap((m) => [
      m.index,
      m.index + m[0].length,
    ]);
  }

  it('does not take a unit beyond Latin-1 for the member its low byte spells', () => {
    // U+0130 and U+0161 are written as the bytes of '0' and 'a' when the text is probed.
    // Long enough to be probed as bytes (short texts are read in place).
    const text = `${'the cafe faced a decade of fees; '.repeat(40)}ab 0123456\u01307890abcdef x 012345\u0161\u0130\u01306789 01234567890123 ${'\u0130'.repeat(20)}`;
    expect(hexRuns(text)).toEqual(regexRuns(text));
  });

  it('finds runs at every alignment, across chunks, and in texts dense with short ones', () => {
    const filler = 'the cafe faced a decade of fees; ';
    for (let shift = 0; shift < 8; shift++) {
      const text = `${'x'.repeat(shift)}${filler.repeat(2100)}aa:bb:cc:dd:ee:ff${filler.repeat(20)}1234.5678.9abc`;
      expect(hexRuns(text)).toEqual(regexRuns(text));
    }
    // Dates, times and ids on every line: more hints than the probing is worth.
    const log = '2024-03-02T10:24:58Z id=194567663 at 0a:1b:2c:3d:4e:5f\n'.repeat(5000);
    expect(hexRuns(log)).toEqual(regexRuns(log));
  });
});
