import type { CheckReport } from '../check/index.js';
import type { CategoryStatus } from '../policy/index.js';
import { categoryLabel } from '../taxonomy/index.js';
import { placeCounts, type PlaceCounts } from './places.js';
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
  /**
   * Where each category was found and how many findings there are, when the report's findings
   * stayed out of memory (`checkToStore`); otherwise both are counted from `report.findings`.
   */
  places?: PlaceCounts;
  findingCount?: number;
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
  const places = options.places ?? placeCounts(report.findings);
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
        const where = topPaths(places.get(entry.category));
        if (where) lines.push(style.dim(`      where: ${where}`));
      }
      for (const evidence of (entry.evidence ?? []).slice(0, 2)) {
        lines.push(style.dim(`      policy l.${evidence.line}: “${shorten(evidence.text, 140)}”`));
      }
      if (entry.status === 'undocumented') lines.push(style.dim('      policy: nothing covers it'));
    }
    lines.push('');
  }
  lines.push(summaryLine(report, options.findingCount ?? report.findings.length, style));
  return `${lines.join('\n')}\n`;
}

function heading(section: (typeof SECTIONS)[number], style: Style): string {
  const text = style.bold(section.title);
  if (section.status === 'undocumented' || section.status === 'contradicted')
    return style.red(text);
  if (section.status === 'vague' || section.status === 'generic') return style.yellow(text);
  return section.status === 'documented' ? style.green(text) : text;
}

/** The three places with the most findings of a category, with their counts. */
function topPaths(counts: ReadonlyMap<string, number> | undefined): string {
  const sorted = [...(counts ?? [])].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const shown = sorted.slice(0, 3).map(([path, n]) => `${path} (${n})`);
  if (sorted.length > 3) shown.push(`+${sorted.length - 3} more`);
  return shown.join(', ');
}

function summaryLine(report: CheckReport, findingCount: number, style: Style): string {
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
  return `${parts.join(', ')} · ${findingCount} findings in ${report.stats.files} files, ${report.errors.length} errors`;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
