import type { ScanReport } from '../scan/index.js';
import { typeLabel } from './labels.js';
import { describeLocation } from './location.js';

/** Rows shown before "… and N more": a pull-request comment holds at most 65,536 characters. */
const MAX_ROWS = 200;

/**
 * A pull-request summary: totals per type, the findings with redacted values (even with
 * `--reveal`: a comment is read by everyone with access to the repository), errors.
 */
export function renderMarkdown(report: ScanReport): string {
  const out: string[] = [];
  const count = report.findings.length;
  out.push(
    count === 0
      ? '## piiscout: no personal data found'
      : `## piiscout: ${count} finding${count === 1 ? '' : 's'} of personal data`,
    '',
  );
  const totals = new Map<string, number>();
  for (const finding of report.findings)
    totals.set(finding.type, (totals.get(finding.type) ?? 0) + 1);
  if (totals.size > 0) {
    out.push('| Type | Category | Findings |', '| --- | --- | ---: |');
    const categories = new Map(report.findings.map((f) => [f.type, f.category]));
    for (const [type, n] of [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      out.push(`| ${cell(typeLabel(type))} | \`${cell(categories.get(type) ?? '')}\` | ${n} |`);
    }
    out.push(
      '',
      '| File | Where | Type | Confidence | Value (redacted) |',
      '| --- | --- | --- | ---: | --- |',
    );
    for (const finding of report.findings.slice(0, MAX_ROWS)) {
      const value =
        finding.occurrences !== undefined
          ? `(column, ${finding.occurrences} values)`
          : (finding.redacted ?? '');
      out.push(
        `| ${code(finding.location.path)} | ${cell(describeLocation({ ...finding.location, path: '' }))} | ${finding.type} | ${finding.confidence.toFixed(2)} | ${code(value)} |`,
      );
    }
    if (count > MAX_ROWS) out.push('', `… and ${count - MAX_ROWS} more (see the full report).`);
    out.push('');
  }
  if (report.errors.length > 0) {
    out.push(`### Files not scanned (${report.errors.length})`, '');
    for (const error of report.errors) out.push(`- ${code(error.path)}: ${cell(error.message)}`);
    out.push('');
  }
  if (report.unusedIgnores && report.unusedIgnores.length > 0) {
    out.push(`### Unused ignore directives (${report.unusedIgnores.length})`, '');
    for (const unused of report.unusedIgnores)
      out.push(
        `- ${code(`${unused.path}:${unused.line}`)} ${code(unused.directive)}: ${cell(unused.message)}`,
      );
    out.push('');
  }
  const suppressed = report.stats.suppressed;
  const notes = suppressed
    ? [
        `${suppressed.inline} ignored inline`,
        `${suppressed.allowlist} allowlisted`,
        `${suppressed.baseline} in the baseline`,
      ]
    : [];
  out.push(
    `<sub>${report.stats.files} files scanned, ${report.stats.skipped} skipped${notes.length ? `; ${notes.join(', ')}` : ''}. piiscout ${report.tool.version}</sub>`,
  );
  return `${out.join('\n')}\n`;
}

/** Table cells: no pipe or newline may break the row. */
function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
}

/** Inline code that holds any text: fenced with more backticks than it contains. */
function code(text: string): string {
  const clean = cell(text);
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
