import { describe, expect, it } from 'vitest';
import { findNumberRuns } from './number-runs.js';

/** Each run as written, from its start to its last digit. */
function runsIn(text: string, minDigits: number): string[] {
  return findNumberRuns(text, minDigits).map((run) => text.slice(run.start, run.end));
}

describe('findNumberRuns', () => {
  it('finds a run after a long stretch without digits, with its + or (', () => {
    expect(runsIn(`${'word '.repeat(100)}+33 6 12 34 56 78.`, 7)).toEqual(['+33 6 12 34 56 78']);
    expect(runsIn(`${'x'.repeat(500)} (212) 555-0147`, 7)).toEqual(['(212) 555-0147']);
  });

  it('finds every run where digits are far apart, near together, or both in turn', () => {
    const prose = 'word '.repeat(80);
    const text = `${prose}7 ${prose}0612345678 ${prose}v1 x2 9 ${prose}(212) 555-0147 x 06 12 34 56 78`;
    expect(runsIn(text, 7)).toEqual(['0612345678', '(212) 555-0147', '06 12 34 56 78']);
    expect(runsIn(`${prose}12 ${prose}12`, 2)).toEqual(['12', '12']);
  });

  it('finds a run after many short numbers and spaces', () => {
    const log = 'at 10:24:58 status=200 v1.2.3 '.repeat(20);
    expect(runsIn(`${log}         0612345678 and ${log}`, 7)).toEqual(['0612345678']);
  });

  it('skips runs with too few digits, even when their characters are many', () => {
    expect(runsIn('a 1 - 2 - 3 - 4 - 5 - 6 b', 7)).toEqual([]);
    expect(runsIn('a 1 - 2 - 3 - 4 - 5 - 6 - 7 b', 7)).toEqual(['1 - 2 - 3 - 4 - 5 - 6 - 7']);
    expect(runsIn('12 34 5', 5)).toEqual(['12 34 5']);
    expect(runsIn('12 34 5', 7)).toEqual([]);
  });

  it('skips a log line timestamp, but not a date that is no valid date', () => {
    expect(runsIn('2024-03-24T10:50:53Z id=0612345678', 7)).toEqual(['0612345678']);
    expect(runsIn('x2024/03/24 1999.12.31', 7)).toEqual([]);
    expect(runsIn('2024-13-24 and 2024-03-32', 7)).toEqual(['2024-13-24', '2024-03-32']);
    expect(runsIn('2024-03-24', 0)).toEqual(['2024-03-24']);
  });

  it('skips the rest of a token glued to a word, and finds the next run', () => {
    expect(runsIn('ABC0612345678 0758214365', 7)).toEqual(['0758214365']);
  });

  it('finds every run, however short, without a minimum', () => {
    expect(runsIn('a 1 b 22 (3)', 0)).toEqual(['1', '22 (3']);
  });
});
