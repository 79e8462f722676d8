import { describe, expect, it } from 'vitest';
import type { Finding, RawFinding } from '../../types.js';
import { dedupeFindings } from './dedupe.js';
import { applyMinConfidence } from './min-confidence.js';
import { resolveOverlaps, type Span } from './overlaps.js';
import { finalizeFinding, maskValue } from './redact.js';
import { sortFindings } from './sort.js';

function raw(extra: Partial<RawFinding>): RawFinding {
  return {
    type: 'email',
    category: 'user.contact.email',
    confidence: 0.9,
    value: 'a@b.fr',
    normalized: 'a@b.fr',
    detectorId: 'email',
    fingerprint: 'f'.repeat(64),
    location: { path: 'x.txt', line: 1, column: 1 },
    ...extra,
  };
}

describe('filters', () => {
  it('keeps the most confident of overlapping spans, then the longer one', () => {
    const kept = resolveOverlaps([
      { start: 0, end: 10, confidence: 0.6, rank: 0 },
      { start: 5, end: 8, confidence: 0.9, rank: 1 },
      { start: 12, end: 20, confidence: 0.7, rank: 2 },
      { start: 12, end: 15, confidence: 0.7, rank: 0 },
    ]);
    expect(kept).toEqual([
      { start: 5, end: 8, confidence: 0.9, rank: 1 },
      { start: 12, end: 20, confidence: 0.7, rank: 2 },
    ]);
  });

  it('settles overlaps run by run exactly as comparing every pair would', () => {
    // The rule itself, on all spans at once: the reference the run-by-run version must match.
    const reference = (spans: Span[]): Span[] => {
      const ordered = [...spans].sort(
        (a, b) =>
          b.confidence - a.confidence ||
          b.end - b.start - (a.end - a.start) ||
          a.rank - b.rank ||
          a.start - b.start,
      );
      const kept: Span[] = [];
      for (const span of ordered)
        if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
      return kept.sort((a, b) => a.start - b.start);
    };
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      const spans: Span[] = Array.from({ length: 1 + next(40) }, () => {
        const start = next(200);
        return { start, end: start + next(25), confidence: next(4) / 4, rank: next(3) };
      });
      expect(resolveOverlaps(spans)).toEqual(reference(spans));
    }
  });

  it('dedupes the same value at the same place only', () => {
    const a = raw({});
    const b = raw({ location: { path: 'x.txt', line: 2, column: 1 } });
    expect(dedupeFindings([a, a, b])).toEqual([a, b]);
  });

  it('dedupes by every locator and the value, whether or not places share a line and column', () => {
    const at = (line: number, column: number, extra: Partial<RawFinding['location']> = {}) =>
      raw({ location: { path: 'x.txt', line, column, ...extra } });
    const first = at(3, 7);
    const otherValue = raw({
      normalized: 'c@d.fr',
      location: { path: 'x.txt', line: 3, column: 7 },
    });
    const otherEntry = at(3, 7, { entry: 'inner.txt' });
    // Line 1, column 1,048,577 and line 2, column 1 meet on one number inside the filter.
    const longLine = at(1, 1_048_577);
    const nextLine = at(2, 1);
    const noLine = raw({ location: { path: 'x.json', pointer: '/a' } });
    const findings = [first, otherValue, first, otherEntry, longLine, nextLine, noLine];
    expect(dedupeFindings([...findings, otherEntry, nextLine, longLine, noLine])).toEqual(
      findings.filter((_, i) => i !== 2),
    );
  });

  it('keeps findings in place order as they are, and dedupes once a place comes again', () => {
    const at = (line: number, column: number) => raw({ location: { path: 'x.txt', line, column } });
    const inOrder = [at(1, 5), at(1, 9), at(2, 1), at(40, 3)];
    const kept = dedupeFindings(inOrder);
    expect(kept).toEqual(inOrder);
    expect(kept).not.toBe(inOrder);
    // A repeat after a later place, and one just after its first occurrence.
    expect(dedupeFindings([...inOrder, at(1, 9)])).toEqual(inOrder);
    expect(dedupeFindings([inOrder[0]!, inOrder[0]!, inOrder[1]!])).toEqual(inOrder.slice(0, 2));
  });

  it('drops findings under the threshold', () => {
    expect(
      applyMinConfidence([raw({ confidence: 0.49 }), raw({ confidence: 0.5 })], 0.5),
    ).toHaveLength(1);
  });

  it('removes the raw value unless revealed and orders keys as the contract does', () => {
    const hidden = finalizeFinding(raw({}), false, (v) => `${v[0]}***`);
    expect(hidden.value).toBeUndefined();
    expect(hidden.redacted).toBe('a***');
    expect(Object.keys(finalizeFinding(raw({}), true, undefined))).toEqual([
      'type',
      'category',
      'confidence',
      'value',
      'redacted',
      'fingerprint',
      'location',
    ]);
  });

  it('reports field-only findings with occurrences and no value', () => {
    const finding = finalizeFinding(raw({ occurrences: 12, value: '' }), true, undefined);
    expect(finding.occurrences).toBe(12);
    expect(finding.value).toBeUndefined();
    expect(finding.redacted).toBeUndefined();
  });

  it('masks generically, keeping shape', () => {
    expect(maskValue('Jean-Pierre')).toBe('J***-****re');
    expect(maskValue('ab')).toBe('a*');
  });

  it('sorts by path, line, column, with spreadsheet cells in natural order', () => {
    const f = (path: string, line: number, column: number, cell?: string): Finding => ({
      type: 't',
      category: 'c',
      confidence: 1,
      fingerprint: '',
      location: { path, line, column, ...(cell ? { cell } : {}) },
    });
    const sorted = sortFindings([
      f('b', 1, 1),
      f('a', 2, 1),
      f('a', 1, 5),
      f('a', 1, 2),
      f('c', 0, 0, 'B10'),
      f('c', 0, 0, 'B2'),
    ]);
    expect(
      sorted.map(
        (x) => `${x.location.path}${x.location.line}${x.location.column}${x.location.cell ?? ''}`,
      ),
    ).toEqual(['a12', 'a15', 'a21', 'b11', 'c00B2', 'c00B10']);
  });
});
