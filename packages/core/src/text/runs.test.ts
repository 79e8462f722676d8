import { describe, expect, it } from 'vitest';
import { nextRun, type Run } from './runs.js';

const DIGITS = new Uint8Array(58);
for (const ch of '0123456789') DIGITS[ch.charCodeAt(0)] = 1;

function runsIn(text: string, minLength: number): string[] {
  const run: Run = { start: 0, end: 0 };
  const found: string[] = [];
  for (let p = 0; nextRun(text, p, minLength, DIGITS, run); p = run.end) {
    found.push(text.slice(run.start, run.end));
  }
  return found;
}

describe('nextRun', () => {
  it('with `before`, finds the runs holding a character before it, not one far past it', () => {
    const run: Run = { start: 0, end: 0 };
    const text = 'ab 12345' + ' '.repeat(20) + '98765';
    expect(nextRun(text, 0, 4, DIGITS, run, 4)).toBe(true);
    expect(run).toEqual({ start: 3, end: 8 });
    expect(nextRun(text, 8, 4, DIGITS, run, 12)).toBe(false);
    expect(nextRun(text, 8, 4, DIGITS, run, 29)).toBe(true);
    expect(run).toEqual({ start: 28, end: 33 });
  });

  it('finds every maximal run at least minLength long, and no shorter one', () => {
    expect(runsIn('ab 12345 x 12 y 987654321', 4)).toEqual(['12345', '987654321']);
    expect(runsIn('1234', 4)).toEqual(['1234']);
    expect(runsIn('123', 4)).toEqual([]);
  });

  it('treats char codes past the end of the table as non-members', () => {
    expect(runsIn('12\u00e934\u4e0056789', 4)).toEqual(['56789']);
  });

  it('starts no run before from', () => {
    const run: Run = { start: 0, end: 0 };
    expect(nextRun('123456 abc', 2, 3, DIGITS, run)).toBe(true);
    expect(run).toEqual({ start: 2, end: 6 });
    expect(nextRun('123456 abc', 4, 3, DIGITS, run)).toBe(false);
  });

  it('finds the runs a regex of the same class finds', () => {
    const texts = ['', '1', 'a1b22c333d4444e55555', '0123456789'.repeat(3), 'x9 99 999 9999'];
    for (const text of texts) {
      for (const minLength of [1, 2, 3, 5]) {
        const expected = text.match(new RegExp(`[0-9]{${minLength},}`, 'g')) ?? [];
        expect(runsIn(text, minLength)).toEqual(expected);
      }
    }
  });

  it('skips short runs just before a long one, and one that ends the text too short', () => {
    // A probe lands in `12` or `345`; the run from there ends before minLength is reached.
    expect(runsIn('ab12 345 67890123 x', 5)).toEqual(['67890123']);
    expect(runsIn('x 12 3456', 5)).toEqual([]);
    expect(runsIn('x 12 34567', 5)).toEqual(['34567']);
  });

  it('agrees with a regex on every text of short digit and letter runs', () => {
    // All texts of 10 characters from {1, x}: every arrangement of runs and gaps.
    for (let bits = 0; bits < 1 << 10; bits++) {
      let text = '';
      for (let i = 0; i < 10; i++) text += bits & (1 << i) ? '1' : 'x';
      for (const minLength of [2, 3, 4, 7]) {
        const expected = text.match(new RegExp(`[0-9]{${minLength},}`, 'g')) ?? [];
        expect(runsIn(text, minLength)).toEqual(expected);
      }
    }
  });
});
