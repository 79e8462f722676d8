import type { CheckReport } from '../check/index.js';
import { STATUS_ORDER } from '../policy/compare.js';
import type { CategoryComparison, CategoryStatus } from '../policy/types.js';
import { categoryLabel } from '../taxonomy/index.js';
import { formatBytes } from '../util/format-bytes.js';
import { inCategory, placeOf, tallyPlaces } from './html/aggregate.js';
import { formatCount, plural } from './html/format.js';
import { STATUS_STYLES } from './html/status.js';

const TOP_PLACES = 3;
const MAX_ERRORS = 10;
const MAX_EVIDENCE_CHARS = 240;

/**
 * The check's summary as GitHub-flavoured Markdown, for a pull-request comment or a ticket:
 * the numbers, then each status with its categories, counts, where they were found and the
 * policy's words. No finding values at all, redacted or not: a comment is easily forwarded.
 */
export function renderCheckMarkdown(report: CheckReport): string {
  const language = report.policy.language === 'fr' ? 'fr' : 'en';
  const lines: string[] = [];
  lines.push(`## piiscout check: ${headline(report)}`, '');
  lines.push(overview(report), '');
  lines.push('| Status | Categories | Findings |', '|---|---:|---:|');
  for (const status of STATUS_ORDER) {
    const entries = report.categories.filter((c) => c.status === status);
    const style = STATUS_STYLES[status];
    const findings = entries.reduce((sum, c) => sum + c.findings, 0);
    lines.push(
      `| ${style.icon} ${style.label} | ${formatCount(entries.length)} | ${formatCount(findings)} |`,
    );
  }
  lines.push('');
  for (const status of STATUS_ORDER) {
    const entries = report.categories.filter((c) => c.status === status);
    if (entries.length === 0) continue;
    const section = statusSection(report, status, entries, language);
    if (status === 'documented' || status === 'not_found') {
      const style = STATUS_STYLES[status];
      lines.push(
        `<details><summary>${style.icon} ${style.label} (${entries.length})</summary>`,
        '',
        ...section.slice(2),
        '</details>',
        '',
      );
    } else {
      lines.push(...section);
    }
  }
  if (report.errors.length > 0) {
    lines.push(
      `### Errors (${formatCount(report.errors.length)})`,
      '',
      'These files could not be read and were not scanned:',
      '',
    );
    for (const error of report.errors.slice(0, MAX_ERRORS))
      lines.push(`- ${code(error.path)}: ${escapeMarkdown(error.message)}`);
    if (report.errors.length > MAX_ERRORS)
      lines.push(`- …and ${formatCount(report.errors.length - MAX_ERRORS)} more`);
    lines.push('');
  }
  lines.push(
    `<sub>${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)} · values are not shown; run \`piiscout check --format html\` for the full report.</sub>`,
  );
  return `${lines.join('\n')}\n`;
}

function headline(report: CheckReport): string {
  const count = (status: CategoryStatus) =>
    report.categories.filter((c) => c.status === status && c.findings > 0).length;
  const parts: string[] = [];
  for (const status of ['undocumented', 'contradicted', 'vague', 'generic'] as const) {
    const n = count(status);
    if (n > 0) parts.push(`${STATUS_STYLES[status].icon} ${n} ${status}`);
  }
  if (parts.length > 0) return parts.join(', ');
  if (report.findings.length === 0)
    return `${STATUS_STYLES.documented.icon} no personal data found`;
  return `${STATUS_STYLES.documented.icon} every category found is documented`;
}

function overview(report: CheckReport): string {
  const found = report.categories.filter((c) => c.status !== 'not_found' && c.findings > 0).length;
  const { stats } = report;
  return [
    `**Policy** ${code(report.policy.path)} (${escapeMarkdown(report.policy.language)})`,
    `**${plural(stats.files, 'file')}** scanned (${formatBytes(stats.bytes)}), ${formatCount(stats.skipped)} skipped`,
    `**${plural(report.findings.length, 'finding')}** in **${plural(found, 'category', 'categories')}**`,
    `**${plural(report.errors.length, 'error')}**`,
  ].join(' · ');
}

function statusSection(
  report: CheckReport,
  status: CategoryStatus,
  entries: CategoryComparison[],
  language: 'en' | 'fr',
): string[] {
  const style = STATUS_STYLES[status];
  const meaning = style.meaning.replace(/\.$/, '');
  const lines = [
    `### ${style.icon} ${style.label}: ${meaning.charAt(0).toLowerCase()}${meaning.slice(1)}`,
    '',
  ];
  const found = status !== 'not_found';
  lines.push(
    found ? '| Category | Findings | Where |' : '| Category | Policy line |',
    found ? '|---|---:|---|' : '|---|---:|',
  );
  for (const entry of entries) {
    const name = `${escapeMarkdown(categoryLabel(entry.category, language))} (${code(entry.category, true)})`;
    if (found)
      lines.push(`| ${name} | ${formatCount(entry.findings)} | ${where(report, entry.category)} |`);
    else lines.push(`| ${name} | ${(entry.evidence ?? []).map((e) => e.line).join(', ') || '–'} |`);
  }
  lines.push('');
  if (status === 'undocumented') {
    lines.push('Policy: nothing covers these categories.', '');
  } else if (found) {
    const quotes = entries.flatMap((entry) =>
      (entry.evidence ?? [])
        .slice(0, 1)
        .map(
          (evidence) =>
            `- **${escapeMarkdown(categoryLabel(entry.category, language))}**, policy line ${evidence.line}: “${escapeMarkdown(shorten(evidence.text, MAX_EVIDENCE_CHARS))}”`,
        ),
    );
    if (quotes.length > 0) lines.push('Policy evidence:', '', ...quotes, '');
  }
  if (style.severity === 'problem' || style.severity === 'warning')
    lines.push(`**Action:** ${escapeMarkdown(style.action)}`, '');
  return lines;
}

function where(report: CheckReport, category: string): string {
  const places = tallyPlaces(
    report.findings.filter((f) => inCategory(f.category, category)),
    { key: placeOf, maxExamples: 0 },
  );
  const shown = places
    .slice(0, TOP_PLACES)
    .map((p) => `${code(p.place, true)} (${formatCount(p.findings)})`);
  if (places.length > TOP_PLACES) shown.push(`+${formatCount(places.length - TOP_PLACES)} more`);
  return shown.join(', ') || '–';
}

/** Inline code that survives backticks in the text; in a table cell, pipes are escaped too. */
function code(text: string, inTable = false): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const padded = runs.length > 0 ? ` ${text} ` : text;
  const span = `${fence}${padded}${fence}`;
  return inTable ? span.replace(/\|/g, '\\|') : span;
}

/** Text that renders as itself: no emphasis, links or raw HTML from a path or a policy sentence. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]<>|#~]/g, (ch) => `\\${ch}`);
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
