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

export interface SyntheticQuality {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
}

/**
 * Precision and recall of a detector on a synthetic corpus: `count` positives placed in
 * `contexts` (`{v}` stands for the value), then `count` hard-negative lines.
 */
export function syntheticQuality(
  detector: Detector,
  positive: (i: number) => string,
  contexts: readonly string[],
  hardNegatives: readonly (() => string)[],
  count = 600,
): SyntheticQuality {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (let i = 0; i < count; i++) {
    const value = positive(i);
    const line = contexts[i % contexts.length]!.replace('{v}', value);
    const found = reportedValues(detector, lineSegment(line));
    if (found.includes(value)) truePositives++;
    else falseNegatives++;
    falsePositives += found.filter((f) => f !== value).length;
  }
  for (let i = 0; i < count; i++) {
    falsePositives += reportedValues(
      detector,
      lineSegment(hardNegatives[i % hardNegatives.length]!()),
    ).length;
  }
  return {
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
    truePositives,
    falsePositives,
  };
}

/** Assert both figures reach `floor`; print them with PIISCOUT_PRINT_QUALITY=1. */
export function expectQuality(name: string, quality: SyntheticQuality, floor: number): void {
  const figures = JSON.stringify(quality);
  if (process.env.PIISCOUT_PRINT_QUALITY) console.log(`${name} ${figures}`);
  expect(quality.precision, figures).toBeGreaterThanOrEqual(floor);
  expect(quality.recall, figures).toBeGreaterThanOrEqual(floor);
}
