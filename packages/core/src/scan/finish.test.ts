import { describe, expect, it } from 'vitest';
import { renderFindingsText } from '../report/findings-text.js';
import type { Finding } from '../types.js';
import { renderFindingsBytes, slimBelow, type FilterConfig } from './finish.js';

function invented(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    type: 'email',
    category: 'contact',
    confidence: 0.9,
    redacted: `j***${i}@example.test`,
    fingerprint: `fp${i}`,
    location: { path: 'people.csv', line: i + 2, column: 1, field: 'mail', row: i + 1 },
    // A non-ASCII detail: the bytes are UTF-8, not Latin-1.
    evidence: [{ kind: 'field', detail: 'courriel é' }],
  })) as Finding[];
}

describe('renderFindingsBytes', () => {
  it('gives the UTF-8 bytes of renderFindingsText, across several pieces', () => {
    for (const count of [1, 255, 256, 257, 700]) {
      const findings = invented(count);
      const expected = new TextEncoder().encode(renderFindingsText(findings));
      expect(renderFindingsBytes(findings)).toEqual(expected);
    }
  });

  it('gives a buffer of its own, exactly as long as the text', () => {
    const bytes = renderFindingsBytes(invented(300));
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.length);
  });
});

describe('slimBelow', () => {
  const config = (allowlist: FilterConfig['allowlist']): FilterConfig => ({
    reveal: false,
    minConfidence: 0.4,
    inlineIgnore: true,
    reportUnusedIgnores: false,
    allowlist,
    cwd: '.',
    root: '.',
    render: false,
  });

  it('keeps values below the threshold only for an allowlist that matches values', () => {
    expect(slimBelow(config([]))).toEqual({ confidence: 0.4, value: false });
    expect(slimBelow(config([{ reason: 'docs', paths: ['docs/**'] }])).value).toBe(false);
    expect(slimBelow(config([{ reason: 'demo', values: ['x'] }])).value).toBe(true);
    expect(slimBelow(config([{ reason: 'demo', patterns: ['x+'] }])).value).toBe(true);
  });
});
