import type { CheckReport } from '../check/index.js';
import type { CategoryStatus } from '../policy/index.js';
import { categoryLabel } from '../taxonomy/index.js';
import { renderTable, type TableOptions } from './table.js';
import { createStyle, type Style } from './style.js';

const SECTIONS: { status: CategoryStatus; title: string; mark: string }[] = [
  {
    status: 'undocumented',
    title: 'UNDOCUMENTED: found in the data, not disclosed by the policy',
    mark: '✗',
  },
  {
    status: 'contradicted',
    title: 'CONTRADICTED: the policy says it is not collected (or not personal)',
    mark: '✗',
  },
  { status: 'vague', title: 'VAGUE: the policy names only a broader group', mark: '~' },
  {
    status: 'generic',
    title: 'GENERIC: the policy mentions personal data only in general',
    mark: '~',
  },
  { status: 'documented', title: 'DOCUMENTED', mark: '✓' },
  {
    status: 'not_found',
    title: 'NOT FOUND: declared by the policy, absent from the scanned data',
    mark: '·',
  },
];

export interface CheckTableOptions extends TableOptions {
  /** Also list every finding (as `scan` does) before the policy comparison. */
  findings?: boolean;
}

/**
 * The auditor's view of a check: what is collected without being disclosed comes first, with
 * counts and where it was found; then what is disclosed only vaguely; then what is documented,
 * with the policy's own words.
 */
export function renderCheckTable(report: CheckReport, options: CheckTableOptions = {}): string {
  const style = createStyle(options.color ?? false);
  const language = report.policy.language === 'fr' ? 'fr' : 'en';
  const lines: string[] = [];
  if (options.findings) lines.push(renderTable(report, options).trimEnd(), '');
  lines.push(style.bold(`Policy ${report.policy.path} (${report.policy.language})`), '');
  for (const section of SECTIONS) {
    const entries = report.categories.filter((c) => c.status === section.status);
    if (entries.length === 0) continue;
    lines.push(heading(section, style));
    for (const entry of entries) {
      const count =
        entry.status === 'not_found'
          ? ''
          : `  ${entry.findings} finding${entry.findings === 1 ? '' : 's'}`;
      lines.push(
        `  ${section.mark} ${entry.category}  ${style.dim(categoryLabel(entry.category, language))}${count}`,
      );
      if (entry.status !== 'not_found' && entry.findings > 0) {
        const where = topPaths(report, entry.category);
        if (where) lines.push(style.dim(`      where: ${where}`));
      }
      for (const evidence of (entry.evidence ?? []).slice(0, 2)) {
        lines.push(style.dim(`      policy l.${evidence.line}: “${shorten(evidence.text, 140)}”`));
      }
      if (entry.status === 'undocumented') lines.push(style.dim('      policy: nothing covers it'));
    }
    lines.push('');
  }
  lines.push(summaryLine(report, style));
  return `${lines.join('\n')}\n`;
}

function heading(section: (typeof SECTIONS)[number], style: Style): string {
  const text = style.bold(section.title);
  if (section.status === 'undocumented' || section.status === 'contradicted')
    return style.red(text);
  if (section.status === 'vague' || section.status === 'generic') return style.yellow(text);
  return section.status === 'documented' ? style.green(text) : text;
}

/** The three paths with the most findings of a category, with their counts. */
function topPaths(report: CheckReport, category: string): string {
  const counts = new Map<string, number>();
  for (const finding of report.findings) {
    if (finding.category !== category) continue;
    const l = finding.location;
    // Columns of tables (CSV, sheets, dumps) are named; a field of free text is not a column.
    const tabular =
      l.table !== undefined ||
      l.sheet !== undefined ||
      l.row !== undefined ||
      finding.occurrences !== undefined;
    const where = [l.path, l.entry, l.table ?? l.sheet, tabular ? l.field : undefined]
      .filter(Boolean)
      .join(' › ');
    counts.set(where, (counts.get(where) ?? 0) + (finding.occurrences ?? 1));
  }
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const shown = sorted.slice(0, 3).map(([path, n]) => `${path} (${n})`);
  if (sorted.length > 3) shown.push(`+${sorted.length - 3} more`);
  return shown.join(', ');
}

function summaryLine(report: CheckReport, style: Style): string {
  const count = (status: CategoryStatus) =>
    report.categories.filter((c) => c.status === status).length;
  const parts = [
    style.red(`${count('undocumented')} undocumented`),
    style.red(`${count('contradicted')} contradicted`),
    style.yellow(`${count('vague')} vague`),
    style.yellow(`${count('generic')} generic`),
    style.green(`${count('documented')} documented`),
    `${count('not_found')} not found`,
  ];
  return `${parts.join(', ')} · ${report.findings.length} findings in ${report.stats.files} files, ${report.errors.length} errors`;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
