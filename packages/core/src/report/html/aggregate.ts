import type { CheckReport } from '../../check/index.js';
import type { CategoryStatus } from '../../policy/types.js';
import type { ScanReport } from '../../scan/index.js';
import type { Finding, Location } from '../../types.js';

/**
 * Report-wide tallies shared by the HTML and Markdown renderers. A finding that stands for a
 * whole column (`occurrences`) weighs its number of values, as `check` counts it.
 */

export function isCheckReport(report: ScanReport | CheckReport): report is CheckReport {
  return (
    Array.isArray((report as CheckReport).categories) &&
    (report as CheckReport).policy !== undefined
  );
}

export function weight(finding: Finding): number {
  return finding.occurrences ?? 1;
}

/**
 * The container a value sits in, as an auditor names it: the file, then the archive member,
 * the sheet or table, and for tabular sources the column (`crm/clients.csv › email`,
 * `dumps/app.sql › users.email`, `rh/salaries.xlsx › Employés › iban`).
 */
export function placeOf(location: Location): string {
  const parts = [location.path];
  if (location.entry) parts.push(location.entry);
  if (location.table !== undefined)
    parts.push(location.field ? `${location.table}.${location.field}` : location.table);
  else {
    if (location.sheet !== undefined) parts.push(location.sheet);
    // A JSON key is located by its pointer; any other field is a column or a header.
    if (location.field && location.pointer === undefined) parts.push(location.field);
  }
  return parts.join(' › ');
}

/** The folder of a finding's file (`./` at the top), for "where does the data live". */
export function folderOf(location: Location): string {
  const slash = location.path.lastIndexOf('/');
  return slash <= 0 ? './' : `${location.path.slice(0, slash)}/`;
}

/**
 * Where inside its place a value is: `B7`, `row 3`, `l. 12`, `p. 2 l. 5`, `/users/0/email`.
 * In a table the row says more than the dump's line (one INSERT may hold many rows).
 */
export function positionOf(location: Location): string {
  const parts: string[] = [];
  const tabular =
    location.table !== undefined || location.sheet !== undefined || location.field !== undefined;
  if (location.page !== undefined) parts.push(`p. ${location.page}`);
  if (location.cell !== undefined) parts.push(location.cell);
  else if (location.row !== undefined && tabular) parts.push(`row ${location.row}`);
  else if (location.line !== undefined) parts.push(`l. ${location.line}`);
  else if (location.row !== undefined) parts.push(`row ${location.row}`);
  if (location.pointer !== undefined && location.line === undefined)
    parts.push(location.pointer || '/');
  return parts.join(' ');
}

/**
 * Positions as a reader scans them: consecutive lines or rows become ranges
 * (`rows 1–8, 12`, `l. 39–46`), and `…` says there are more than listed.
 */
export function summarizePositions(positions: readonly string[], more: boolean): string {
  const out: string[] = [];
  let run: { prefix: string; first: number; last: number } | undefined;
  let previousPrefix = '';
  const flush = () => {
    if (!run) return;
    const cell = run.prefix !== 'l. ' && run.prefix !== 'row ';
    // `rows 1–6, 8–13`: a line or row label is said once for the groups that follow it.
    const label = cell
      ? run.prefix
      : run.prefix === previousPrefix
        ? ''
        : run.prefix === 'row ' && (run.last > run.first || out.length === 0)
          ? run.last > run.first
            ? 'rows '
            : 'row '
          : run.prefix;
    const end = cell ? `${run.prefix}${run.last}` : `${run.last}`;
    out.push(run.last > run.first ? `${label}${run.first}–${end}` : `${label}${run.first}`);
    previousPrefix = cell ? '' : run.prefix;
    run = undefined;
  };
  for (const position of positions) {
    // `l. 12`, `row 3`, or a cell `F7` (a run of cells stays in one column).
    const match = /^(l\. |row |[A-Z]{1,3})(\d+)$/.exec(position);
    if (!match) {
      flush();
      out.push(position);
      previousPrefix = '';
      continue;
    }
    const prefix = match[1] as string;
    const number = Number(match[2]);
    if (run && run.prefix === prefix && number === run.last + 1) run.last = number;
    else {
      flush();
      run = { prefix, first: number, last: number };
    }
  }
  flush();
  return out.join(', ') + (more && out.length > 0 ? ', …' : '');
}

export interface PlaceCount {
  place: string;
  findings: number;
  /** Files this place spans (1 but for folders). */
  files: number;
  /** Findings by policy status of their category (check reports only). */
  byStatus: Partial<Record<CategoryStatus, number>>;
  /** The first few positions inside the place, in report order. */
  positions: string[];
  /** A few shown values (redacted unless revealed), for triage. */
  examples: string[];
  /** Entity types seen here. */
  types: string[];
}

export interface TallyOptions {
  key: (location: Location) => string;
  status?: (category: string) => CategoryStatus | undefined;
  maxPositions?: number;
  maxExamples?: number;
}

/** Findings grouped by a location key, most findings first (ties by name). */
export function tallyPlaces(findings: readonly Finding[], options: TallyOptions): PlaceCount[] {
  const maxPositions = options.maxPositions ?? 12;
  const maxExamples = options.maxExamples ?? 3;
  const places = new Map<string, PlaceCount & { paths: Set<string> }>();
  for (const finding of findings) {
    const key = options.key(finding.location);
    let entry = places.get(key);
    if (!entry) {
      entry = {
        place: key,
        findings: 0,
        files: 0,
        byStatus: {},
        positions: [],
        examples: [],
        types: [],
        paths: new Set(),
      };
      places.set(key, entry);
    }
    entry.findings += weight(finding);
    entry.paths.add(finding.location.path);
    const status = options.status?.(finding.category);
    if (status) entry.byStatus[status] = (entry.byStatus[status] ?? 0) + weight(finding);
    // A whole-column finding sits at the header: no position worth listing.
    const position = finding.occurrences === undefined ? positionOf(finding.location) : '';
    if (position && entry.positions.length < maxPositions && !entry.positions.includes(position)) {
      entry.positions.push(position);
    }
    const shown = shownValue(finding);
    if (shown && entry.examples.length < maxExamples && !entry.examples.includes(shown))
      entry.examples.push(shown);
    if (!entry.types.includes(finding.type)) entry.types.push(finding.type);
  }
  return [...places.values()]
    .map(({ paths, ...place }) => ({ ...place, files: paths.size }))
    .sort(
      (a, b) => b.findings - a.findings || (a.place < b.place ? -1 : a.place > b.place ? 1 : 0),
    );
}

/** The value a report may show: the raw one only when the user asked (`--reveal`). */
export function shownValue(finding: Finding): string | undefined {
  if (finding.occurrences !== undefined) return undefined;
  return finding.value ?? finding.redacted;
}

/** Findings per category, for scan reports (check reports carry `categories`). */
export function countCategories(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings)
    counts.set(finding.category, (counts.get(finding.category) ?? 0) + weight(finding));
  return counts;
}

export function totalWeight(findings: readonly Finding[]): number {
  return findings.reduce((sum, finding) => sum + weight(finding), 0);
}

/** Distinct files with at least one finding of a category. */
export function filesWith(findings: readonly Finding[], category: string): number {
  return new Set(
    findings.filter((f) => inCategory(f.category, category)).map((f) => f.location.path),
  ).size;
}

/**
 * Whether a finding's category counts under a category of the comparison: itself or a narrower
 * one (a policy's « coordonnées », `user.contact`, covers the e-mail addresses found).
 */
export function inCategory(findingCategory: string, category: string): boolean {
  return findingCategory === category || findingCategory.startsWith(`${category}.`);
}
