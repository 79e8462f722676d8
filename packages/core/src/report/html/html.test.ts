import { describe, expect, it } from 'vitest';
import type { ScanReport } from '../../scan/index.js';
import { sampleCheckReport, SAMPLE_RAW_VALUES } from './fixtures/check-report.js';
import { placeOf, positionOf, summarizePositions } from './aggregate.js';
import { escapeHtml } from './escape.js';
import { renderHtml, REPORT_CSP } from './index.js';
import { REPORT_SCRIPT } from './script.js';

/** Attribute values of the page, read with a simple scanner (the page's markup is ours). */
function attributeValues(html: string): string[] {
  return [...html.matchAll(/\s[a-z-]+="([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe('renderHtml', () => {
  const html = renderHtml(sampleCheckReport());

  it('is one self-contained page that forbids the network', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">`,
    );
    expect(REPORT_CSP).toContain("default-src 'none'");
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*stylesheet|@import|url\(/i);
    expect(html).toContain('@media print');
  });

  it('embeds a script with no data: the constant, unchanged', () => {
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toEqual([REPORT_SCRIPT]);
  });

  it('has the summary numbers, charts and accessible tables', () => {
    expect(html).toContain('<dd data-metric="files">13</dd>');
    expect(html).toContain('<dd data-metric="findings">14</dd>');
    expect(html).toContain('<dd data-metric="undocumented">3</dd>');
    expect(html).toContain('<dd data-metric="contradicted">1</dd>');
    expect(html).toContain('<dd data-metric="errors">1</dd>');
    expect(html.match(/<svg class="chart" id="chart-categories"/g)).toHaveLength(1);
    expect(html.match(/<rect class="bar"/g)?.length).toBeGreaterThan(8);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toMatch(/<th scope="col" aria-sort="none"/);
    expect(html).toMatch(/<th scope="row">/);
    // Status in words and icon, beside the colour.
    expect(html).toContain('<span class="icon" aria-hidden="true">✗</span>Undocumented</span>');
  });

  it('uses French category labels for a French policy, English otherwise', () => {
    expect(html).toContain('<span lang="fr">Compte bancaire</span>');
    const english = sampleCheckReport();
    english.policy.language = 'en';
    const page = renderHtml(english);
    expect(page).not.toContain('Compte bancaire');
    expect(page).toContain('Bank account');
  });

  it('shows redacted values only, and raw values only in text nodes when revealed', () => {
    expect(SAMPLE_RAW_VALUES.filter((value) => html.includes(escapeHtml(value)))).toEqual([]);
    expect(html).toContain('FR76 **** **** **** **** **** 189');
    const revealed = renderHtml(sampleCheckReport({ revealed: true }));
    expect(revealed).toContain('role="alert"');
    for (const value of SAMPLE_RAW_VALUES) expect(revealed).toContain(escapeHtml(value));
    const attributes = attributeValues(revealed).join('\n');
    expect(SAMPLE_RAW_VALUES.filter((value) => attributes.includes(escapeHtml(value)))).toEqual([]);
  });

  it('escapes every string from the report', () => {
    const report = sampleCheckReport({ revealed: true });
    report.findings[0]!.value = '"><script>alert(1)</script>';
    report.findings[0]!.location.path = 'crm/<img src=x onerror=alert(1)>.csv';
    const page = renderHtml(report, { title: 'Audit <Société>' });
    expect(page).not.toContain('<script>alert(1)');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<h1>Audit &lt;Société&gt;</h1>');
  });

  it('cuts the folder all paths share and names it once', () => {
    const report = sampleCheckReport();
    for (const finding of report.findings) finding.location.path = `share/${finding.location.path}`;
    report.errors = [];
    const page = renderHtml(report);
    expect(page).toContain('Paths are relative to <code>share/</code>');
    expect(page).not.toContain('share/crm/clients.csv');
    expect(page).toContain('crm/clients.csv › email');
  });

  it('renders a scan report without policy sections', () => {
    const { schemaVersion, tool, stats, findings, errors, columns } = sampleCheckReport();
    const page = renderHtml({ schemaVersion, tool, stats, findings, errors, columns });
    expect(page).toContain('<h1>Personal data scan</h1>');
    expect(page).not.toContain('data-metric="undocumented"');
    expect(page).not.toContain('Categories the policy does not properly disclose');
    expect(page).toContain('id="chart-categories"');
  });

  it('says when nothing was found', () => {
    const empty: ScanReport = {
      schemaVersion: 1,
      tool: { name: 'piiscout', version: '0.1.0' },
      stats: { files: 2, bytes: 10, skipped: 0, durationMs: 1 },
      findings: [],
      errors: [],
    };
    const page = renderHtml(empty);
    expect(page).toContain('No personal data was found in the 2 files scanned.');
    expect(page).not.toContain('<svg');
  });
});

describe('locations', () => {
  it('names the place a value sits in', () => {
    expect(placeOf({ path: 'crm/clients.csv', line: 2, field: 'email', row: 1 })).toBe(
      'crm/clients.csv › email',
    );
    expect(placeOf({ path: 'd.sql', line: 4, table: 'users', field: 'iban', row: 3 })).toBe(
      'd.sql › users.iban',
    );
    expect(placeOf({ path: 'rh.xlsx', sheet: 'Employés', cell: 'G2', field: 'nir', row: 1 })).toBe(
      'rh.xlsx › Employés › nir',
    );
    expect(placeOf({ path: 'a.zip', entry: 'x/notes.txt', line: 5 })).toBe('a.zip › x/notes.txt');
    expect(placeOf({ path: 'notes.txt', line: 5 })).toBe('notes.txt');
    expect(placeOf({ path: 'c.csv', line: 1, field: 'fonction' })).toBe('c.csv › fonction');
    expect(placeOf({ path: 'u.json', line: 3, field: 'email', pointer: '/0/email' })).toBe(
      'u.json',
    );
  });

  it('gives positions and collapses runs', () => {
    expect(positionOf({ path: 'd.sql', line: 41, table: 'users', field: 'ip', row: 3 })).toBe(
      'row 3',
    );
    expect(positionOf({ path: 'r.xlsx', sheet: 'S', cell: 'B7', row: 6 })).toBe('B7');
    expect(positionOf({ path: 'c.pdf', page: 2, line: 5 })).toBe('p. 2 l. 5');
    expect(positionOf({ path: 'u.json', pointer: '/users/0/email' })).toBe('/users/0/email');
    expect(summarizePositions(['row 1', 'row 2', 'row 3', 'row 7', 'l. 4', 'B7'], true)).toBe(
      'rows 1–3, 7, l. 4, B7, …',
    );
    expect(summarizePositions(['row 2', 'row 5', 'row 6'], false)).toBe('row 2, 5–6');
    expect(summarizePositions(['l. 39', 'l. 40'], false)).toBe('l. 39–40');
    expect(summarizePositions(['F2', 'F3', 'F4', 'G2'], false)).toBe('F2–F4, G2');
  });
});
