import { describe, expect, it } from 'vitest';
import type { Finding } from '../types.js';
import { parseFindingsText, renderFindingsText, renderFindingsUtf8 } from './findings-text.js';

/** Each finding as the report's `JSON.stringify(report, null, 2)` writes it, four spaces in. */
function renderedOneByOne(findings: readonly Finding[]): string {
  return findings
    .map((finding) => `    ${JSON.stringify(finding, null, 2).replace(/\n/g, '\n    ')}`)
    .join(',\n');
}

const findings: Finding[] = [
  {
    type: 'email',
    category: 'user.contact.email',
    confidence: 0.97,
    redacted: 'j***@example.org',
    fingerprint: 'f1',
    location: { path: 'notes/a "quoted"\nname.txt', line: 3, column: 14 },
    evidence: [
      { kind: 'pattern', detail: 'address' },
      { kind: 'keyword', detail: 'courriel', distance: 2, position: 'before' },
    ],
  },
  {
    type: 'job_title',
    category: 'user.job_title',
    confidence: 0.8,
    fingerprint: 'f2',
    location: { path: 'staff.csv', field: 'fonction' },
    occurrences: 12,
    evidence: [],
    testData: true,
  },
];

describe('renderFindingsText', () => {
  it('writes the bytes of each finding rendered alone, joined by ",\\n"', () => {
    expect(renderFindingsText(findings)).toBe(renderedOneByOne(findings));
    expect(renderFindingsText(findings.slice(0, 1))).toBe(renderedOneByOne(findings.slice(0, 1)));
  });

  it('writes nothing for no findings, and reads back what it wrote', () => {
    expect(renderFindingsText([])).toBe('');
    expect(parseFindingsText(renderFindingsText(findings))).toEqual(findings);
  });
});

describe('renderFindingsUtf8', () => {
  it('gives the UTF-8 bytes of renderFindingsText, accents included', () => {
    const accented: Finding[] = [
      { ...findings[0]!, location: { path: 'dossiers/élève ü.txt', line: 1, column: 2 } },
      findings[1]!,
    ];
    for (const list of [findings, accented, findings.slice(0, 1)]) {
      const bytes = renderFindingsUtf8(list);
      expect(Buffer.from(bytes).toString('utf8')).toBe(renderFindingsText(list));
    }
    expect(renderFindingsUtf8([])).toHaveLength(0);
  });
});
