import type { CheckReport } from '../../check/index.js';
import { STATUS_ORDER } from '../../policy/compare.js';
import type { CategoryComparison, CategoryStatus } from '../../policy/types.js';
import type { ColumnReport, ScanReport } from '../../scan/index.js';
import { categoryLabel } from '../../taxonomy/index.js';
import type { Finding } from '../../types.js';
import { formatBytes } from '../../util/format-bytes.js';
import {
  countCategories,
  filesWith,
  folderOf,
  inCategory,
  isCheckReport,
  placeOf,
  positionOf,
  shownValue,
  summarizePositions,
  tallyPlaces,
  type PlaceCount,
} from './aggregate.js';
import { barChart, type Bar } from './chart.js';
import { escapeHtml } from './escape.js';
import { formatCount, percent, plural } from './format.js';
import { REPORT_SCRIPT } from './script.js';
import { ACTION_STATUSES, NEUTRAL_FILL, STATUS_STYLES } from './status.js';
import { REPORT_CSS } from './styles.js';

export interface HtmlReportOptions {
  /** The page's title and `<h1>` (default: "Personal data check" or "Personal data scan"). */
  title?: string;
}

/** The network is off for the page: nothing it shows can be sent anywhere, nothing is fetched. */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/** Rows of the full findings list; beyond this the JSON output is the place to look. */
const MAX_FINDING_ROWS = 1000;
const MAX_PLACES_PER_CATEGORY = 15;
const CHART_ROWS = 12;

type Language = 'en' | 'fr';

interface Context {
  report: ScanReport | CheckReport;
  check: CheckReport | undefined;
  language: Language;
  statusOf: (category: string) => CategoryStatus | undefined;
}

/**
 * The auditor's report as one self-contained HTML page: summary, charts of what was found and
 * where, each category the policy does not properly disclose with its locations and the policy's
 * words, per-column summaries, errors. Every report string is escaped and only ever placed in
 * text nodes; values are those of the report (redacted unless the scan was run with `--reveal`).
 */
export function renderHtml(
  original: ScanReport | CheckReport,
  options: HtmlReportOptions = {},
): string {
  const root = commonFolder(original);
  const report = relativeTo(original, root);
  const check = isCheckReport(report) ? report : undefined;
  const statuses = new Map((check?.categories ?? []).map((c) => [c.category, c.status]));
  const context: Context = {
    report,
    check,
    language: check?.policy.language === 'fr' ? 'fr' : 'en',
    statusOf: (category) => statuses.get(category),
  };
  const title = options.title ?? (check ? 'Personal data check' : 'Personal data scan');
  const body = [
    header(context, title, root),
    revealBanner(report),
    summary(context),
    categoriesChart(context),
    check ? actionSection(context, check) : '',
    whereSection(context),
    categoriesTable(context),
    columnsSection(context),
    findingsSection(context),
    problemsSection(report),
    footer(report),
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}${statusCss()}</style>
</head>
<body>
<main>
${body}
</main>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

function statusCss(): string {
  return Object.entries(STATUS_STYLES)
    .map(
      ([status, style]) =>
        `.status-${status} { color: ${style.ink}; } .category.status-${status} { border-left-color: ${style.fill}; }`,
    )
    .join('\n');
}

/**
 * The folder every path shares (`fixtures/share/`), shown once in the header and cut from
 * every path below, so that charts and tables show what differs.
 */
function commonFolder(report: ScanReport): string {
  const paths = [
    ...report.findings.map((f) => f.location.path),
    ...report.errors.map((e) => e.path),
  ];
  if (paths.length === 0) return '';
  let prefix = paths[0]!.slice(0, paths[0]!.lastIndexOf('/') + 1);
  for (const path of paths) {
    while (prefix && !path.startsWith(prefix))
      prefix = prefix.slice(0, prefix.lastIndexOf('/', prefix.length - 2) + 1);
  }
  return prefix;
}

function relativeTo<T extends ScanReport>(report: T, root: string): T {
  if (!root) return report;
  const cut = (path: string) => (path.startsWith(root) ? path.slice(root.length) : path);
  return {
    ...report,
    findings: report.findings.map((f) => ({
      ...f,
      location: { ...f.location, path: cut(f.location.path) },
    })),
    errors: report.errors.map((e) => ({ ...e, path: cut(e.path) })),
    columns: report.columns?.map((c) => ({
      ...c,
      location: { ...c.location, path: cut(c.location.path) },
    })),
  };
}

function header(context: Context, title: string, root: string): string {
  const { report, check } = context;
  const scanned = root
    ? `<p class="meta">Paths are relative to <code>${escapeHtml(root)}</code></p>`
    : '';
  const policy = check
    ? `<p class="meta">Policy: <code>${escapeHtml(check.policy.path)}</code> (language: ${escapeHtml(check.policy.language)})</p>`
    : '';
  return `<header class="report-header">
<h1>${escapeHtml(title)}</h1>
${policy}
${scanned}
<p class="meta">${escapeHtml(`${report.tool.name} ${report.tool.version}`)} · ${plural(report.stats.files, 'file')} scanned (${escapeHtml(formatBytes(report.stats.bytes))}) in ${escapeHtml(formatCount(report.stats.durationMs))} ms</p>
</header>`;
}

function revealBanner(report: ScanReport): string {
  if (!report.findings.some((f) => f.value !== undefined)) return '';
  return `<p class="banner" role="alert">This report shows raw personal values (it was made with --reveal). Handle and store it as personal data.</p>`;
}

// ——— summary ———

function summary(context: Context): string {
  const { report, check } = context;
  const found = foundCategories(context);
  const metrics: { id: string; label: string; value: string; tone?: string }[] = [
    { id: 'files', label: 'Files scanned', value: formatCount(report.stats.files) },
    { id: 'findings', label: 'Findings', value: formatCount(report.findings.length) },
    { id: 'categories', label: 'Categories found', value: formatCount(found.length) },
  ];
  if (check) {
    for (const status of STATUS_ORDER) {
      const count = check.categories.filter((c) => c.status === status).length;
      const style = STATUS_STYLES[status];
      const tone = count === 0 ? undefined : style.severity;
      metrics.push({
        id: status.replace('_', '-'),
        label: `${style.icon} ${style.label}`,
        value: formatCount(count),
        tone,
      });
    }
  }
  metrics.push(
    {
      id: 'errors',
      label: 'Errors',
      value: formatCount(report.errors.length),
      tone: report.errors.length > 0 ? 'warning' : undefined,
    },
    { id: 'skipped', label: 'Files skipped', value: formatCount(report.stats.skipped) },
  );
  const cards = metrics
    .map(
      (m) =>
        `<div class="metric${m.tone ? ` ${m.tone}` : ''}"><dt>${escapeHtml(m.label)}</dt><dd data-metric="${m.id}">${escapeHtml(m.value)}</dd></div>`,
    )
    .join('\n');
  return `<section aria-labelledby="summary-heading">
<h2 id="summary-heading">Summary</h2>
${verdict(context, found)}
<dl class="metrics">
${cards}
</dl>
</section>`;
}

interface FoundCategory {
  category: string;
  findings: number;
  status?: CategoryStatus;
  comparison?: CategoryComparison;
}

/** Categories present in the data, worst status first, then by count. */
function foundCategories(context: Context): FoundCategory[] {
  if (context.check) {
    return context.check.categories
      .filter((c) => c.status !== 'not_found' && c.findings > 0)
      .map((c) => ({ category: c.category, findings: c.findings, status: c.status, comparison: c }))
      .sort(
        (a, b) =>
          rank(a.status) - rank(b.status) ||
          b.findings - a.findings ||
          compare(a.category, b.category),
      );
  }
  return [...countCategories(context.report.findings).entries()]
    .map(([category, findings]) => ({ category, findings }))
    .sort((a, b) => b.findings - a.findings || compare(a.category, b.category));
}

function verdict(context: Context, found: FoundCategory[]): string {
  const { report, check } = context;
  if (report.findings.length === 0) {
    return `<p class="verdict ok">No personal data was found in the ${plural(report.stats.files, 'file')} scanned.</p>`;
  }
  if (!check) {
    return `<p class="verdict info">${plural(report.findings.length, 'finding')} of ${plural(found.length, 'category', 'categories')} of personal data in ${plural(filesWithFindings(report), 'file')}.</p>`;
  }
  const named = (status: CategoryStatus) => found.filter((c) => c.status === status);
  const list = (entries: FoundCategory[]) =>
    entries.map((c) => `<strong>${label(context, c.category)}</strong>`).join(', ');
  const sentences: string[] = [];
  const undocumented = named('undocumented');
  const contradicted = named('contradicted');
  const loose = [...named('vague'), ...named('generic')];
  if (undocumented.length > 0) {
    sentences.push(
      `${STATUS_STYLES.undocumented.icon} ${plural(undocumented.length, 'category', 'categories')} of personal data found in the files ${undocumented.length === 1 ? 'is' : 'are'} not disclosed by the policy: ${list(undocumented)}.`,
    );
  }
  if (contradicted.length > 0) {
    sentences.push(
      `${STATUS_STYLES.contradicted.icon} The policy says ${plural(contradicted.length, 'category', 'categories')} ${contradicted.length === 1 ? 'is' : 'are'} not collected or not personal, yet ${contradicted.length === 1 ? 'it is' : 'they are'} in the data: ${list(contradicted)}.`,
    );
  }
  if (loose.length > 0) {
    sentences.push(
      `${STATUS_STYLES.vague.icon} ${plural(loose.length, 'category', 'categories')} ${loose.length === 1 ? 'is' : 'are'} disclosed only vaguely or in general terms: ${list(loose)}.`,
    );
  }
  const tone =
    undocumented.length + contradicted.length > 0 ? 'problem' : loose.length > 0 ? 'warning' : 'ok';
  if (sentences.length === 0)
    sentences.push(
      `${STATUS_STYLES.documented.icon} Every category of personal data found in the files is documented by the policy.`,
    );
  return `<div class="verdict ${tone}">${sentences.map((s) => `<p>${s}</p>`).join('')}</div>`;
}

// ——— charts ———

function categoriesChart(context: Context): string {
  const found = foundCategories(context);
  if (found.length === 0) return '';
  const bars: Bar[] = found.map((c) => {
    const style = c.status ? STATUS_STYLES[c.status] : undefined;
    return {
      label: categoryLabel(c.category, context.language),
      value: c.findings,
      segments: [
        {
          value: c.findings,
          fill: style?.fill ?? NEUTRAL_FILL,
          name: style ? style.label.toLowerCase() : 'findings',
        },
      ],
      note: style ? `${style.icon} ${style.label}` : undefined,
      noteInk: style?.ink,
    };
  });
  return `<section aria-labelledby="chart-categories-heading">
<h2 id="chart-categories-heading">Personal data found, by category</h2>
${context.check ? legend() : ''}
<figure>
${barChart({
  id: 'chart-categories',
  title: 'Findings per data category',
  description: context.check
    ? 'Horizontal bars: the number of findings of each category, coloured by what the privacy policy says about it; the status is written after each count.'
    : 'Horizontal bars: the number of findings of each category.',
  bars,
})}
<figcaption>A column that only its name reveals (e.g. a job title column) counts its non-empty values.</figcaption>
</figure>
</section>`;
}

function legend(options: { meanings?: boolean } = {}): string {
  const meanings = options.meanings ?? true;
  const items = STATUS_ORDER.filter((s) => s !== 'not_found').map((status) => {
    const style = STATUS_STYLES[status];
    const meaning = meanings ? ` <span class="muted">${escapeHtml(style.meaning)}</span>` : '';
    return `<li><span class="swatch" style="background:${style.fill}" aria-hidden="true"></span><span class="status status-${status}"><span class="icon" aria-hidden="true">${style.icon}</span>${escapeHtml(style.label)}</span>${meaning}</li>`;
  });
  return `<ul class="legend" aria-label="Status legend">${items.join('')}</ul>`;
}

function whereSection(context: Context): string {
  const { findings } = context.report;
  if (findings.length === 0) return '';
  const statusOf = context.check ? context.statusOf : undefined;
  const folders = tallyPlaces(findings, { key: folderOf, status: statusOf });
  const places = tallyPlaces(findings, { key: placeOf, status: statusOf });
  const toBars = (tally: PlaceCount[]): Bar[] =>
    tally.slice(0, CHART_ROWS).map((entry) => {
      const segments = statusOf
        ? STATUS_ORDER.filter((s) => (entry.byStatus[s] ?? 0) > 0).map((s) => ({
            value: entry.byStatus[s] ?? 0,
            fill: STATUS_STYLES[s].fill,
            name: STATUS_STYLES[s].label.toLowerCase(),
          }))
        : [{ value: entry.findings, fill: NEUTRAL_FILL, name: 'findings' }];
      const problems = undisclosed(entry);
      return {
        label: entry.place,
        value: entry.findings,
        segments,
        note:
          statusOf && problems > 0
            ? `${STATUS_STYLES.undocumented.icon} ${formatCount(problems)} not disclosed`
            : undefined,
        noteInk: STATUS_STYLES.undocumented.ink,
      };
    });
  const more = (tally: PlaceCount[], what: string) =>
    tally.length > CHART_ROWS
      ? `<figcaption>Top ${CHART_ROWS} of ${formatCount(tally.length)} ${what}.</figcaption>`
      : '';
  const description = statusOf
    ? 'Bars split by the policy status of the categories found there; the count of findings the policy does not disclose (undocumented or contradicted) is written after the total.'
    : 'Bars: the number of findings in each place.';
  return `<section aria-labelledby="where-heading">
<h2 id="where-heading">Where the data lives</h2>
${statusOf ? legend({ meanings: false }) : ''}
<h3>By folder</h3>
<figure>
${barChart({ id: 'chart-folders', title: 'Findings per folder', description, bars: toBars(folders) })}
${more(folders, 'folders')}
</figure>
<h3>By file, sheet, table and column</h3>
<figure>
${barChart({ id: 'chart-places', title: 'Findings per file, sheet, table or column', description, bars: toBars(places) })}
${more(places, 'places')}
</figure>
${placesTable(context, places)}
</section>`;
}

function undisclosed(entry: PlaceCount): number {
  return (entry.byStatus.undocumented ?? 0) + (entry.byStatus.contradicted ?? 0);
}

function placesTable(context: Context, places: PlaceCount[]): string {
  const columns: Column[] = [
    { header: 'Place' },
    { header: 'Findings', numeric: true },
    ...(context.check ? [{ header: 'Not disclosed', numeric: true }] : []),
    { header: 'Types' },
  ];
  const rows = places.map((entry) => [
    cell(`<span class="mono">${escapeHtml(entry.place)}</span>`),
    cell(escapeHtml(formatCount(entry.findings)), { numeric: true }),
    ...(context.check
      ? [cell(escapeHtml(formatCount(undisclosed(entry))), { numeric: true })]
      : []),
    cell(escapeHtml(entry.types.join(', '))),
  ]);
  return `<details>
<summary>Every place with findings (${formatCount(places.length)})</summary>
${sortableTable({ id: 'places-table', caption: 'Every place with findings (click a column header to sort).', columns, rows, filterLabel: 'Filter places' })}
</details>`;
}

// ——— categories that need action ———

function actionSection(context: Context, check: CheckReport): string {
  const entries = check.categories
    .filter((c) => ACTION_STATUSES.includes(c.status) && c.findings > 0)
    .sort(
      (a, b) =>
        rank(a.status) - rank(b.status) ||
        b.findings - a.findings ||
        compare(a.category, b.category),
    );
  const intro =
    entries.length === 0
      ? `<p>${STATUS_STYLES.documented.icon} Nothing to act on: every category found is named by the policy.</p>`
      : `<p>Each category below is in the data but is not properly disclosed by the policy: undocumented and contradicted ones first. For each, where it was found and what the policy says.</p>`;
  return `<section aria-labelledby="action-heading">
<h2 id="action-heading">Categories the policy does not properly disclose</h2>
${intro}
${entries.map((entry, index) => categoryDetail(context, entry, index)).join('\n')}
</section>`;
}

function categoryDetail(context: Context, entry: CategoryComparison, index: number): string {
  const style = STATUS_STYLES[entry.status];
  const findings = context.report.findings.filter((f) => inCategory(f.category, entry.category));
  const places = tallyPlaces(findings, { key: placeOf });
  const types = [...new Set(findings.map((f) => f.type))].join(', ');
  const evidence =
    (entry.evidence ?? []).length > 0
      ? (entry.evidence ?? [])
          .slice(0, 3)
          .map(
            (e) =>
              `<blockquote><span class="line">Policy, line ${escapeHtml(e.line)}:</span> ${escapeHtml(e.text)}</blockquote>`,
          )
          .join('\n')
      : `<p class="absent">${style.icon} Nothing in the policy covers this category.</p>`;
  const policyIntro = {
    undocumented: 'What the policy says:',
    contradicted: 'What the policy says (and the data contradicts):',
    vague: 'The policy only names a broader group:',
    generic: 'The policy only mentions personal data in general:',
    documented: 'What the policy says:',
    not_found: 'What the policy says:',
  }[entry.status];
  const columns: Column[] = [
    { header: 'Place' },
    { header: 'Findings', numeric: true },
    { header: 'Where' },
    { header: 'Examples' },
  ];
  const rows = places
    .slice(0, MAX_PLACES_PER_CATEGORY)
    .map((place) => [
      cell(`<span class="mono">${escapeHtml(place.place)}</span>`),
      cell(escapeHtml(formatCount(place.findings)), { numeric: true }),
      cell(
        place.positions.length > 0
          ? escapeHtml(summarizePositions(place.positions, place.findings > place.positions.length))
          : '<span class="muted">—</span>',
      ),
      cell(
        place.examples.map((v) => `<span class="values">${escapeHtml(v)}</span>`).join('<br>') ||
          `<span class="muted">whole column: ${escapeHtml(plural(place.findings, 'value'))}</span>`,
      ),
    ]);
  const more =
    places.length > MAX_PLACES_PER_CATEGORY
      ? `<p class="muted">…and ${plural(places.length - MAX_PLACES_PER_CATEGORY, 'more place')}; see the full list of findings below.</p>`
      : '';
  return `<section class="category status-${entry.status}" aria-labelledby="category-${index}">
<h3 id="category-${index}">${statusBadge(entry.status)} ${label(context, entry.category)} <span class="cat-id"><code>${escapeHtml(entry.category)}</code></span></h3>
<p>${escapeHtml(style.meaning)} <strong>${plural(entry.findings, 'finding')}</strong> in ${plural(new Set(findings.map((f) => f.location.path)).size, 'file')}${types ? ` (${escapeHtml(types)})` : ''}.</p>
<p><strong>${escapeHtml(policyIntro)}</strong></p>
${evidence}
<p><strong>Action:</strong> ${escapeHtml(style.action)}</p>
<div class="table-wrap">${plainTable(`Where ${categoryLabel(entry.category, 'en')} was found`, columns, rows)}</div>
${more}
</section>`;
}

// ——— tables ———

function categoriesTable(context: Context): string {
  const { check, report } = context;
  if (!check && report.findings.length === 0) return '';
  const columns: Column[] = [
    ...(check ? [{ header: 'Status', ranked: true }] : []),
    { header: 'Category', className: 'col-category' },
    { header: 'Findings', numeric: true },
    { header: 'Files', numeric: true },
    { header: 'Where (top 3)' },
    ...(check ? [{ header: 'Policy evidence', className: 'col-evidence' }] : []),
  ];
  const entries: FoundCategory[] = check
    ? [...check.categories]
        .sort(
          (a, b) =>
            rank(a.status) - rank(b.status) ||
            b.findings - a.findings ||
            compare(a.category, b.category),
        )
        .map((c) => ({
          category: c.category,
          findings: c.findings,
          status: c.status,
          comparison: c,
        }))
    : foundCategories(context);
  const rows = entries.map((entry) => {
    const findings = report.findings.filter((f) => inCategory(f.category, entry.category));
    const top = tallyPlaces(findings, { key: placeOf })
      .slice(0, 3)
      .map((p) => `${p.place} (${formatCount(p.findings)})`);
    const evidence = entry.comparison?.evidence?.[0];
    return [
      ...(entry.status ? [cell(statusBadge(entry.status), { sortValue: rank(entry.status) })] : []),
      cell(
        `${label(context, entry.category)}<br><code class="muted cat-code">${escapeHtml(entry.category)}</code>`,
      ),
      cell(escapeHtml(formatCount(entry.findings)), { numeric: true }),
      cell(escapeHtml(formatCount(filesWith(report.findings, entry.category))), { numeric: true }),
      cell(
        top.length > 0
          ? `<span class="places">${top.map(escapeHtml).join('<br>')}</span>`
          : '<span class="muted">—</span>',
      ),
      ...(check
        ? [
            cell(
              evidence
                ? `<span class="muted">l. ${escapeHtml(evidence.line)}:</span> ${escapeHtml(shorten(evidence.text, 160))}`
                : entry.status === 'undocumented'
                  ? `<span class="absent">Nothing covers it</span>`
                  : `<span class="muted">—</span>`,
            ),
          ]
        : []),
    ];
  });
  return `<section aria-labelledby="categories-heading">
<h2 id="categories-heading">All categories</h2>
${check ? '<p>Every category found in the data or declared by the policy, with its status.</p>' : ''}
${sortableTable({ id: 'categories-table', caption: 'Categories (click a column header to sort).', columns, rows, filterLabel: 'Filter categories' })}
</section>`;
}

function columnsSection(context: Context): string {
  const columnsReport = context.report.columns ?? [];
  if (columnsReport.length === 0) return '';
  const withFindings = columnsReport.filter((c) => Object.keys(c.findings).length > 0);
  if (withFindings.length === 0) return '';
  const columns: Column[] = [
    { header: 'Table column' },
    { header: 'Rows', numeric: true },
    { header: 'Non-empty', numeric: true },
    { header: 'Findings by type' },
    { header: 'Share of values', numeric: true },
  ];
  const rows = withFindings.map((column) => {
    const most = Math.max(...Object.values(column.findings));
    return [
      cell(`<span class="mono">${escapeHtml(columnPlace(column))}</span>`),
      cell(escapeHtml(formatCount(column.rows)), { numeric: true }),
      cell(escapeHtml(formatCount(column.nonEmpty)), { numeric: true }),
      cell(
        escapeHtml(
          Object.entries(column.findings)
            .map(([type, n]) => `${type} ${formatCount(n)}`)
            .join(', '),
        ),
      ),
      cell(escapeHtml(percent(most, column.nonEmpty)), {
        numeric: true,
        sortValue: column.nonEmpty > 0 ? most / column.nonEmpty : 0,
      }),
    ];
  });
  const quiet = columnsReport.length - withFindings.length;
  return `<section aria-labelledby="columns-heading">
<h2 id="columns-heading">Tables and columns</h2>
<p>Columns of spreadsheets, CSV files and database tables that hold personal data: how many of their values matched.${quiet > 0 ? ` ${plural(quiet, 'other column')} held none.` : ''}</p>
${sortableTable({ id: 'columns-table', caption: 'Columns with findings (click a column header to sort).', columns, rows, filterLabel: 'Filter columns' })}
</section>`;
}

function columnPlace(column: ColumnReport): string {
  return placeOf(column.location);
}

function findingsSection(context: Context): string {
  const { findings } = context.report;
  if (findings.length === 0) return '';
  const shown = findings.slice(0, MAX_FINDING_ROWS);
  const columns: Column[] = [
    { header: 'Place' },
    { header: 'Where' },
    { header: 'Type' },
    ...(context.check ? [{ header: 'Status' }] : []),
    { header: 'Confidence', numeric: true },
    { header: 'Value' },
  ];
  const rows = shown.map((finding) => {
    const status = context.statusOf(finding.category);
    return [
      cell(`<span class="mono">${escapeHtml(placeOf(finding.location))}</span>`),
      cell(escapeHtml(positionOf(finding.location))),
      cell(escapeHtml(finding.type)),
      ...(context.check ? [cell(status ? statusBadge(status) : '')] : []),
      cell(escapeHtml(finding.confidence.toFixed(2)), { numeric: true }),
      cell(valueCell(finding)),
    ];
  });
  const cut =
    findings.length > shown.length
      ? `<p class="muted">The first ${formatCount(shown.length)} of ${formatCount(findings.length)} findings; run with <code>--format json</code> for all of them.</p>`
      : '';
  return `<section aria-labelledby="findings-heading">
<h2 id="findings-heading">All findings</h2>
<details>
<summary>Show the ${plural(findings.length, 'finding')}${findings.some((f) => f.value !== undefined) ? '' : ' (values redacted)'}</summary>
${cut}
${sortableTable({ id: 'findings-table', caption: 'Findings (click a column header to sort).', columns, rows, filterLabel: 'Filter findings' })}
</details>
</section>`;
}

function valueCell(finding: Finding): string {
  if (finding.occurrences !== undefined)
    return `<span class="muted">whole column: ${escapeHtml(plural(finding.occurrences, 'value'))}</span>`;
  const shown = shownValue(finding);
  return shown ? `<span class="values">${escapeHtml(shown)}</span>` : '';
}

function problemsSection(report: ScanReport): string {
  const skipped = Object.entries(report.stats.skippedByReason ?? {})
    .sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
    .map(([reason, count]) => `${escapeHtml(reason)}: ${escapeHtml(formatCount(count))}`)
    .join(', ');
  const skippedText =
    report.stats.skipped > 0
      ? `<p>${plural(report.stats.skipped, 'file')} skipped${skipped ? ` (${skipped})` : ''}.</p>`
      : '<p>No file was skipped.</p>';
  const errors =
    report.errors.length === 0
      ? '<p>No file failed to read.</p>'
      : sortableTable({
          id: 'errors-table',
          caption: 'Files that could not be read: they were not scanned.',
          columns: [{ header: 'File' }, { header: 'Problem' }],
          rows: report.errors.map((e) => [
            cell(`<span class="mono">${escapeHtml(e.path)}</span>`),
            cell(escapeHtml(e.message)),
          ]),
          filterLabel: 'Filter errors',
        });
  return `<section aria-labelledby="problems-heading">
<h2 id="problems-heading">Errors and skipped files</h2>
${errors}
${skippedText}
</section>`;
}

function footer(report: ScanReport): string {
  const revealed = report.findings.some((f) => f.value !== undefined);
  return `<footer>
<p>Made by ${escapeHtml(`${report.tool.name} ${report.tool.version}`)}. ${revealed ? 'Values are shown as found (--reveal).' : 'Values are redacted.'} This page is self-contained: it loads nothing and sends nothing.</p>
</footer>`;
}

// ——— helpers ———

interface Column {
  header: string;
  /** Right-aligned and sorted as a number. */
  numeric?: boolean;
  /** Sorted by the cells' `sortValue` (a rank), but aligned as text. */
  ranked?: boolean;
  className?: string;
}

interface Cell {
  html: string;
  numeric?: boolean;
  /** A number to sort by when the text is not one (status rank, ratio). Never a value. */
  sortValue?: number;
}

function cell(html: string, options: Omit<Cell, 'html'> = {}): Cell {
  return { html, ...options };
}

function renderRows(rows: Cell[][]): string {
  return rows
    .map((row) => {
      const cells = row.map((c, index) => {
        const tag = index === 0 ? 'th' : 'td';
        const attributes = [
          index === 0 ? ' scope="row"' : '',
          c.numeric ? ' class="num"' : '',
          c.sortValue !== undefined ? ` data-value="${escapeHtml(String(c.sortValue))}"` : '',
        ].join('');
        return `<${tag}${attributes}>${c.html}</${tag}>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
}

function plainTable(caption: string, columns: Column[], rows: Cell[][]): string {
  const head = columns
    .map((c) => `<th scope="col"${headerAttributes(c)}>${escapeHtml(c.header)}</th>`)
    .join('');
  return `<table>
<caption class="sr-only">${escapeHtml(caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${renderRows(rows)}
</tbody>
</table>`;
}

interface SortableTable {
  id: string;
  caption: string;
  columns: Column[];
  rows: Cell[][];
  filterLabel: string;
}

function sortableTable(table: SortableTable): string {
  const head = table.columns
    .map(
      (c) =>
        `<th scope="col" aria-sort="none"${headerAttributes(c)}${c.numeric || c.ranked ? ' data-sort-type="number"' : ''}><button type="button" class="sort">${escapeHtml(c.header)}<span class="sort-icon" aria-hidden="true"></span></button></th>`,
    )
    .join('');
  return `<div class="filter-bar">
<label for="${table.id}-filter">${escapeHtml(table.filterLabel)}</label>
<input type="search" class="filter" id="${table.id}-filter" aria-controls="${table.id}" placeholder="type to filter rows">
<span id="${table.id}-shown" class="muted" aria-live="polite"></span>
</div>
<div class="table-wrap">
<table class="sortable" id="${table.id}">
<caption>${escapeHtml(table.caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${renderRows(table.rows)}
</tbody>
</table>
</div>`;
}

function headerAttributes(column: Column): string {
  const classes = [column.numeric ? 'num' : '', column.className ?? ''].filter(Boolean);
  return classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
}

function statusBadge(status: CategoryStatus): string {
  const style = STATUS_STYLES[status];
  return `<span class="status status-${status}"><span class="icon" aria-hidden="true">${style.icon}</span>${escapeHtml(style.label)}</span>`;
}

/** The category's label, in French when the policy is French (marked so screen readers switch). */
function label(context: Context, category: string): string {
  const text = escapeHtml(categoryLabel(category, context.language));
  return context.language === 'fr' ? `<span lang="fr">${text}</span>` : text;
}

function filesWithFindings(report: ScanReport): number {
  return new Set(report.findings.map((f) => f.location.path)).size;
}

function rank(status: CategoryStatus | undefined): number {
  return status ? STATUS_ORDER.indexOf(status) : STATUS_ORDER.length;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
