import type { ScanReport } from '../scan/index.js';
import type { Finding } from '../types.js';
import { formatBytes } from '../util/format-bytes.js';
import { describeLocation } from './location.js';
import { createStyle, padEnd, type Style } from './style.js';

export interface TableOptions {
  color?: boolean;
  /** Print each finding's evidence under it (`--explain`). */
  explain?: boolean;
}

/**
 * The human report: findings grouped by file (values redacted unless revealed), per-column
 * summaries of tables, errors, then totals per type.
 */
export function renderTable(report: ScanReport, options: TableOptions = {}): string {
  const style = createStyle(options.color ?? false);
  const lines: string[] = [];
  const byFile = groupBy(report.findings, (f) => f.location.path);
  for (const [path, findings] of byFile) {
    lines.push(style.bold(path));
    const whereWidth = Math.min(
      28,
      Math.max(...findings.map((f) => describeLocation(inFile(f)).length)),
    );
    const typeWidth = Math.max(...findings.map((f) => f.type.length));
    for (const finding of findings) {
      const where = padEnd(describeLocation(inFile(finding)), whereWidth);
      const shown =
        finding.occurrences !== undefined
          ? style.dim(`(column: ${finding.occurrences} values)`)
          : (finding.value ?? finding.redacted ?? '');
      const confidence = confidenceText(finding.confidence, style);
      const test = finding.testData ? style.dim(' test-data') : '';
      lines.push(
        `  ${style.dim(where)}  ${padEnd(finding.type, typeWidth)}  ${confidence}  ${shown}${test}`,
      );
      if (options.explain && finding.evidence) {
        for (const evidence of finding.evidence) {
          const extra = [
            evidence.distance !== undefined
              ? `distance ${evidence.distance}${evidence.position ? ` ${evidence.position}` : ''}`
              : '',
            evidence.frequency !== undefined ? `frequency ${evidence.frequency}` : '',
          ].filter(Boolean);
          lines.push(
            style.dim(
              `      ${evidence.kind}: ${evidence.detail}${extra.length ? ` (${extra.join(', ')})` : ''}`,
            ),
          );
        }
      }
    }
    lines.push('');
  }
  if (report.columns && report.columns.length > 0) {
    const withFindings = report.columns.filter((c) => Object.keys(c.findings).length > 0);
    if (withFindings.length > 0) {
      lines.push(style.bold('Columns'));
      for (const column of withFindings) {
        const l = column.location;
        const name = [l.path, l.entry, l.sheet ?? l.table, l.field].filter(Boolean).join(' › ');
        const counts = Object.entries(column.findings)
          .map(([type, count]) => `${type} ${count.toLocaleString('en-US')}`)
          .join(', ');
        lines.push(`  ${name}: ${counts} of ${column.rows.toLocaleString('en-US')} rows`);
      }
      lines.push('');
    }
  }
  if (report.errors.length > 0) {
    lines.push(style.bold(style.yellow(`Errors (${report.errors.length})`)));
    for (const error of report.errors) lines.push(`  ${error.path}: ${error.message}`);
    lines.push('');
  }
  if (report.unusedIgnores && report.unusedIgnores.length > 0) {
    lines.push(
      style.bold(style.yellow(`Unused ignore directives (${report.unusedIgnores.length})`)),
    );
    for (const unused of report.unusedIgnores) {
      const where = unused.entry ? `${unused.path} [${unused.entry}]` : unused.path;
      lines.push(`  ${where}:${unused.line}  ${unused.directive}: ${unused.message}`);
    }
    lines.push('');
  }
  lines.push(summaryLine(report, style));
  return `${lines.join('\n')}\n`;
}

function summaryLine(report: ScanReport, style: Style): string {
  const totals = new Map<string, number>();
  for (const finding of report.findings)
    totals.set(finding.type, (totals.get(finding.type) ?? 0) + 1);
  const perType = [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([type, count]) => `${type} ${count}`)
    .join(', ');
  const { stats } = report;
  const head =
    report.findings.length === 0
      ? style.green('No personal data found')
      : style.red(`${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`) +
        (perType ? ` (${perType})` : '');
  const suppressed = stats.suppressed;
  const hidden = suppressed
    ? [
        [suppressed.inline, 'ignored inline'],
        [suppressed.allowlist, 'allowlisted'],
        [suppressed.baseline, 'in the baseline'],
      ]
        .filter(([n]) => Number(n) > 0)
        .map(([n, what]) => `${n} ${what}`)
    : [];
  const tail = hidden.length > 0 ? style.dim(` (not shown: ${hidden.join(', ')})`) : '';
  return `${head} in ${stats.files} file${stats.files === 1 ? '' : 's'} (${formatBytes(stats.bytes)}), ${stats.skipped} skipped, ${report.errors.length} error${report.errors.length === 1 ? '' : 's'}, ${stats.durationMs} ms${tail}`;
}

function confidenceText(confidence: number, style: Style): string {
  const text = confidence.toFixed(2);
  return confidence >= 0.9
    ? style.red(text)
    : confidence >= 0.7
      ? style.yellow(text)
      : style.dim(text);
}

/** The location without the path, which the group heading already shows. */
function inFile(finding: Finding): Finding['location'] {
  return { ...finding.location, path: '' };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
