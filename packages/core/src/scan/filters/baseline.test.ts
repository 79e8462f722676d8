import { describe, expect, it } from 'vitest';
import {
  BaselineRecorder,
  hashValue,
  parseBaseline,
  serializeBaseline,
  updateBaseline,
} from '../../baseline/index.js';
import type { RawFinding } from '../../types.js';
import { applyBaseline, indexBaseline } from './baseline.js';

function raw(normalized: string, line: number, path = 'a.txt'): RawFinding {
  return {
    type: 'email',
    category: 'user.contact.email',
    confidence: 0.9,
    value: normalized,
    normalized,
    detectorId: 'email',
    fingerprint: '',
    location: { path, line, column: 1 },
  };
}

function baselineOf(findings: RawFinding[]) {
  const recorder = new BaselineRecorder('00112233445566778899aabbccddeeff');
  for (const f of findings) recorder.add(f.location.path, f.type, f.normalized);
  return updateBaseline(undefined, recorder, () => true).baseline;
}

describe('baseline filter', () => {
  const same = (p: string) => p;

  it('covers as many occurrences as were accepted, per file', () => {
    const index = indexBaseline(baselineOf([raw('a@q.fr', 1), raw('a@q.fr', 2)]));
    const now = [raw('a@q.fr', 5), raw('a@q.fr', 9), raw('a@q.fr', 12), raw('a@q.fr', 1, 'b.txt')];
    const { kept, suppressed } = applyBaseline(now, index, same);
    expect(suppressed).toBe(2);
    expect(kept.map((f) => `${f.location.path}:${f.location.line}`)).toEqual([
      'a.txt:12',
      'b.txt:1',
    ]);
  });

  it('uses up the accepted count on old lines first, so the new occurrence is reported', () => {
    const index = indexBaseline(baselineOf([raw('a@q.fr', 1)]));
    // The new line comes first in the file: still it, not the old one, is reported.
    const { kept } = applyBaseline(
      [raw('a@q.fr', 1), raw('a@q.fr', 2)],
      index,
      same,
      (f) => f.location.line === 1,
    );
    expect(kept.map((f) => f.location.line)).toEqual([1]);
  });
});

describe('baseline file', () => {
  it('is sorted, line-free, value-free and keeps status and reason on update', () => {
    const first = baselineOf([raw('b@q.fr', 3), raw('a@q.fr', 7), raw('a@q.fr', 8)]);
    const text = serializeBaseline(first);
    expect(text).not.toMatch(/@q\.fr|"line"|"time/);
    const parsed = parseBaseline(text, 'b.json');
    const b = parsed.entries.find((e) => e.hash === hashValue(parsed.salt, 'b@q.fr'))!;
    b.status = 'false-positive';
    b.reason = 'invented address in a test';
    const recorder = new BaselineRecorder(parsed.salt);
    recorder.add('a.txt', 'email', 'b@q.fr');
    recorder.add('a.txt', 'email', 'c@q.fr');
    const update = updateBaseline(parsed, recorder, (p) => p === 'a.txt');
    expect([update.added, update.kept, update.pruned]).toEqual([1, 1, 1]);
    expect(update.baseline.entries.find((e) => e.hash === b.hash)).toMatchObject({
      status: 'false-positive',
      reason: 'invented address in a test',
      count: 1,
    });
    expect(
      update.baseline.entries.find((e) => e.hash === hashValue(parsed.salt, 'c@q.fr')),
    ).toMatchObject({ status: 'accepted', count: 1 });
    const again = serializeBaseline(update.baseline);
    expect(serializeBaseline(parseBaseline(again, 'b.json'))).toBe(again);
  });

  it('rejects a file that is not a baseline', () => {
    expect(() => parseBaseline('{"version":1,"salt":"zz","entries":[]}', 'b.json')).toThrow(
      /b\.json: not a piiscout baseline/,
    );
    expect(() => parseBaseline('nope', 'b.json')).toThrow(/not valid JSON/);
  });
});
