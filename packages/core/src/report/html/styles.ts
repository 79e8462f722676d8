/**
 * The report's whole stylesheet, inlined in a `<style>` element: no font or file is fetched.
 * Colours keep at least 4.5:1 contrast on white for text; status colours always come with an
 * icon and a word.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #555; --line: #d5d8de; --soft: #f4f6f9; --accent: #234e8c; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 48px; }
header.report-header { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 20px; }
h1 { font-size: 1.7rem; margin: 0 0 4px; line-height: 1.25; }
h2 { font-size: 1.3rem; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.08rem; margin: 24px 0 8px; }
p { margin: 6px 0 10px; }
.meta { color: var(--muted); margin: 0; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
.muted { color: var(--muted); }
.nowrap { white-space: nowrap; }
.verdict { font-size: 1.08rem; padding: 12px 16px; border-radius: 6px; border-left: 6px solid; margin: 12px 0 16px; }
.verdict.problem { background: #fdecec; border-color: #c62828; }
.verdict.warning { background: #fff4e5; border-color: #ef6c00; }
.verdict.ok { background: #ebf5ec; border-color: #2e7d32; }
.verdict.info { background: var(--soft); border-color: var(--accent); }
.banner { background: #fff4e5; border: 2px solid #9a4300; color: #6b2f00; padding: 10px 14px; border-radius: 6px; font-weight: 600; }
.metrics { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; margin: 0; }
.metric { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; background: var(--soft); }
.metric dt { font-size: 0.8rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.03em; }
.metric dd { margin: 2px 0 0; font-size: 1.5rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.metric.problem { background: #fdecec; border-color: #e3a3a3; }
.metric.problem dd, .metric.problem dt { color: #a31515; }
.metric.warning { background: #fff4e5; border-color: #f0c48f; }
.metric.warning dd { color: #9a4300; }
.metric.ok dd { color: #1b5e20; }
.status { display: inline-flex; align-items: center; gap: 4px; font-weight: 600; white-space: nowrap; padding: 0 7px; border-radius: 10px; border: 1px solid currentColor; font-size: 0.85rem; background: #fff; }
.status .icon { font-weight: 700; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 14px; list-style: none; padding: 0; margin: 6px 0 4px; font-size: 0.88rem; }
.legend li { display: inline-flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; }
figure { margin: 8px 0 18px; }
figcaption { color: var(--muted); font-size: 0.88rem; margin-top: 2px; }
.chart { max-width: 100%; height: auto; display: block; }
.chart-label { font-size: 13px; fill: var(--ink); }
.chart-value { font-size: 12.5px; fill: var(--ink); font-weight: 600; }
.chart-note { font-weight: 600; }
.chart-axis { stroke: #888; stroke-width: 1; }
.category { border: 1px solid var(--line); border-left: 6px solid; border-radius: 6px; padding: 4px 16px 10px; margin: 14px 0; break-inside: avoid-page; }
.category h3 { margin-top: 10px; display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.category .cat-id { font-weight: 400; color: var(--muted); font-size: 0.85rem; }
blockquote { margin: 6px 0; padding: 6px 12px; border-left: 3px solid #9aa3b0; background: var(--soft); font-style: italic; }
blockquote .line { font-style: normal; color: var(--muted); font-size: 0.85rem; }
.absent { color: #a31515; font-weight: 600; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 0.9rem; }
caption { text-align: left; color: var(--muted); font-size: 0.85rem; padding: 2px 0 4px; caption-side: top; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
thead th { background: #e9edf3; font-weight: 600; position: sticky; top: 0; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
tbody tr:nth-child(even) { background: #fafbfc; }
button.sort { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; display: inline-flex; gap: 4px; align-items: center; }
button.sort:focus-visible, input.filter:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
th[aria-sort] .sort-icon::after { content: "↕"; color: #777; }
th[aria-sort="ascending"] .sort-icon::after { content: "▲"; color: var(--ink); }
th[aria-sort="descending"] .sort-icon::after { content: "▼"; color: var(--ink); }
.filter-bar { display: flex; align-items: center; gap: 10px; margin: 6px 0; font-size: 0.88rem; }
input.filter { font: inherit; padding: 4px 8px; border: 1px solid #8a93a0; border-radius: 4px; min-width: 240px; }
.col-evidence { min-width: 320px; }
.col-category { min-width: 200px; }
.cat-code { font-size: 0.78rem; word-break: break-all; }
.places { font-size: 0.85rem; }
.values { white-space: nowrap; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85rem; }
details > summary { cursor: pointer; font-weight: 600; margin: 6px 0; }
footer { margin-top: 40px; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--line); padding-top: 10px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print {
  @page { margin: 14mm 12mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .filter-bar, .sort-icon { display: none !important; }
  thead th { position: static; }
  thead { display: table-header-group; }
  tr, .metric, figure, blockquote { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .table-wrap { overflow: visible; }
  tr[hidden] { display: table-row !important; }
  details::details-content { content-visibility: visible; display: contents; }
  details > summary { list-style: none; }
}
`;
