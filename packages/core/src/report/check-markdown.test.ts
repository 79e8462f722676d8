import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../check/index.js';
import { renderCheckMarkdown } from './check-markdown.js';
import { SAMPLE_RAW_VALUES, sampleCheckReport } from './html/fixtures/check-report.js';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
/** Refresh with `UPDATE_GOLDEN=1 npx vitest run packages/core/src/report/check-markdown.test.ts`. */
const GOLDEN = join(repositoryRoot, 'test', 'golden', 'check.md');

describe('renderCheckMarkdown', () => {
  it('matches the golden summary of the hand-made check', () => {
    const markdown = renderCheckMarkdown(sampleCheckReport());
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, markdown);
    }
    expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('never shows a value, even from a revealed report', () => {
    const markdown = renderCheckMarkdown(sampleCheckReport({ revealed: true }));
    expect(SAMPLE_RAW_VALUES.filter((value) => markdown.includes(value))).toEqual([]);
    expect(markdown).not.toContain('****');
  });

  it('keeps paths and policy text from turning into markup', () => {
    const report = sampleCheckReport();
    report.errors = [{ path: 'a|b/<img src=x>.pdf', message: 'bad *header* <script>' }];
    report.categories[3]!.evidence = [{ text: 'IP | [link](http://x) <b>bold</b>', line: 2 }];
    const markdown = renderCheckMarkdown(report);
    expect(markdown).toContain('- `a|b/<img src=x>.pdf`: bad \\*header\\* \\<script\\>');
    expect(markdown).toContain('“IP \\| \\[link\\](http://x) \\<b\\>bold\\</b\\>”');
    // Outside a table a pipe in code stays as it is; in a table it is escaped.
    expect(markdown).toContain('**Policy** `policies/politique | confidentialité.md`');
    report.findings[0]!.location.path = 'crm/a|b.csv';
    expect(renderCheckMarkdown(report)).toContain('`crm/a\\|b.csv › email` (1)');
  });

  it('says so when every category found is documented', () => {
    const report: CheckReport = {
      ...sampleCheckReport(),
      categories: [{ category: 'user.contact.email', status: 'documented', findings: 3 }],
      errors: [],
    };
    const markdown = renderCheckMarkdown(report);
    expect(markdown.split('\n')[0]).toBe('## piiscout check: ✓ every category found is documented');
    expect(markdown).not.toContain('### Errors');
  });
});
