/**
 * Shared fixture runner for detector tests. Each detector keeps two files beside its tests:
 *
 * - `fixtures/ok.txt`: one case per line; the value(s) that must be found are marked
 *   `[[like this]]`. The detector must report exactly the marked spans at or above the
 *   threshold, and nothing else on that line.
 * - `fixtures/ng.txt`: one case per line; nothing may be reported at or above the threshold.
 *
 * Lines starting with `#` are comments; blank lines are skipped. A line may start with
 * `code: ` (read as source code), `field=NAME: ` (a single value of a column named NAME) or
 * `prose: ` (the default).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Detector, DetectorOptions, Segment } from '../types.js';

export const DEFAULT_TEST_OPTIONS: DetectorOptions = { regions: ['FR', 'GB', 'US'] };
export const REPORT_THRESHOLD = 0.5;

export interface FixtureCase {
  line: number;
  source: string;
  segment: Segment;
  expected: string[];
}

export function loadFixtureCases(file: string): FixtureCase[] {
  const cases: FixtureCase[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      if (!raw.trim() || raw.startsWith('#')) return;
      let text = raw;
      let syntax: Segment['syntax'] = 'prose';
      let field: string | undefined;
      const prefix = /^(code|prose|field=([^:]+)): /.exec(text);
      if (prefix) {
        text = text.slice(prefix[0].length);
        if (prefix[1] === 'code') syntax = 'code';
        else if (prefix[2]) {
          syntax = 'value';
          field = prefix[2];
        }
      }
      const expected: string[] = [];
      const plain = text.replace(/\[\[(.+?)\]\]/g, (_m, value: string) => {
        expected.push(value);
        return value;
      });
      cases.push({
        line: index + 1,
        source: raw,
        expected,
        segment: {
          text: plain,
          syntax,
          location: { path: 'fixture.txt', line: 1, column: 1, ...(field ? { field } : {}) },
        },
      });
    });
  return cases;
}

/** Values a detector reports at or above the threshold for one segment. */
export function reportedValues(
  detector: Detector,
  segment: Segment,
  options: DetectorOptions = DEFAULT_TEST_OPTIONS,
  threshold = REPORT_THRESHOLD,
): string[] {
  return detector
    .detect(segment, options)
    .filter((c) => c.confidence >= threshold)
    .map((c) => segment.text.slice(c.start, c.end));
}

export function fixturePath(dir: string, name: 'ok.txt' | 'ng.txt'): string {
  return join(dir, 'fixtures', name);
}
