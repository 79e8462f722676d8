import { describe, expect, it } from 'vitest';
import type { ScanReport } from '../scan/index.js';
import { escapeData, escapeProperty, renderGithub } from './github.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';

const report: ScanReport = {
  schemaVersion: 1,
  tool: { name: 'piiscout', version: '0.1.0' },
  stats: {
    files: 1,
    bytes: 10,
    skipped: 0,
    durationMs: 1,
    suppressed: { inline: 1, allowlist: 0, baseline: 2 },
  },
  findings: [
    {
      type: 'email',
      category: 'user.contact.email',
      confidence: 0.97,
      value: 'camille@quillbrook-mail.fr',
      redacted: 'c***@quillbrook-mail.fr',
      fingerprint: 'a'.repeat(64),
      location: { path: 'a,b:c|d.txt', line: 3, column: 5 },
    },
  ],
  errors: [{ path: 'broken.pdf', message: 'not a PDF\n(bad header)' }],
  unusedIgnores: [
    {
      path: 'src/a.ts',
      line: 4,
      directive: 'piiscout-ignore-line email',
      message: 'suppressed nothing',
    },
  ],
};

describe('github annotations', () => {
  it('escapes properties and data as the workflow-command spec says, and prints no value', () => {
    expect(escapeProperty('a,b:c%\r\n')).toBe('a%2Cb%3Ac%25%0D%0A');
    expect(escapeData('50%: a,b\n')).toBe('50%25: a,b%0A');
    const out = renderGithub(report);
    expect(out.split('\n')[0]).toBe(
      '::error file=a%2Cb%3Ac|d.txt,line=3,col=5,title=piiscout%3A E-mail address::E-mail address (user.contact.email), confidence 0.97. Replace it with synthetic data, or accept it with a reason (inline ignore, allowlist or baseline).',
    );
    expect(out).toContain(
      '::warning file=broken.pdf,title=piiscout%3A file not scanned::not a PDF%0A(bad header)',
    );
    expect(out).toContain('::notice file=src/a.ts,line=4,title=piiscout%3A unused ignore::');
    expect(out).not.toMatch(/camille|c\*\*\*/);
  });
});

describe('markdown summary', () => {
  it('totals per type, a table with redacted values even when revealed, errors and unused ignores', () => {
    const out = renderMarkdown(report);
    expect(out).toContain('## piiscout: 1 finding of personal data');
    expect(out).toContain('| E-mail address | `user.contact.email` | 1 |');
    expect(out).toContain('| `a,b:c\\|d.txt` | 3:5 | email | 0.97 | `c***@quillbrook-mail.fr` |');
    expect(out).not.toContain('camille');
    expect(out).toContain('- `broken.pdf`: not a PDF (bad header)');
    expect(out).toContain('### Unused ignore directives (1)');
    expect(out).toContain('1 ignored inline, 0 allowlisted, 2 in the baseline');
  });

  it('says so when nothing is found', () => {
    expect(renderMarkdown({ ...report, findings: [], errors: [], unusedIgnores: [] })).toMatch(
      /^## piiscout: no personal data found/,
    );
  });
});

describe('table', () => {
  it('lists unused ignores and what the filters hid', () => {
    const out = renderTable(report);
    expect(out).toContain(
      'Unused ignore directives (1)\n  src/a.ts:4  piiscout-ignore-line email: suppressed nothing',
    );
    expect(out).toContain('(not shown: 1 ignored inline, 2 in the baseline)');
  });
});
