/**
 * The ok/ng fixture suite every detector test runs (see testing.ts for the file format): each
 * line of `fixtures/ok.txt` must yield exactly its marked values, each line of
 * `fixtures/ng.txt` nothing, at the reporting threshold. Test-only (not built).
 */
import { describe, expect, it } from 'vitest';
import type { Detector, DetectorOptions, Segment } from '../types.js';
import { DEFAULT_TEST_OPTIONS, fixturePath, loadFixtureCases, reportedValues } from './testing.js';

export function describeFixtures(
  name: string,
  detector: Detector,
  dir: string,
  options: DetectorOptions = DEFAULT_TEST_OPTIONS,
): void {
  describe(`${name} fixtures`, () => {
    for (const c of loadFixtureCases(fixturePath(dir, 'ok.txt'))) {
      it(`ok.txt:${c.line} ${c.source}`, () => {
        expect(reportedValues(detector, c.segment, options)).toEqual(c.expected);
      });
    }
    for (const c of loadFixtureCases(fixturePath(dir, 'ng.txt'))) {
      it(`ng.txt:${c.line} ${c.source}`, () => {
        expect(reportedValues(detector, c.segment, options)).toEqual([]);
      });
    }
  });
}

/** CPU milliseconds spent in `run`: unlike wall time, it does not grow with the machine's load. */
export function cpuMillis(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}

/** A prose segment of `text` at line 1, column 1 of `t.txt`. */
export function segment(text: string, extra: Partial<Segment> = {}): Segment {
  return { text, syntax: 'prose', location: { path: 't.txt', line: 1, column: 1 }, ...extra };
}

/** A fixture-style line (`code: …` for source code) as a segment. */
export function lineSegment(line: string): Segment {
  return line.startsWith('code: ') ? segment(line.slice(6), { syntax: 'code' }) : segment(line);
}
