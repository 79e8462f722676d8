import type { ScanReport } from '../scan/index.js';
import { renderGithub } from './github.js';
import { renderHtml } from './html/index.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif, type SarifOptions } from './sarif/index.js';
import { renderTable, type TableOptions } from './table.js';

export {
  renderGithub,
  renderJson,
  renderMarkdown,
  renderSarif,
  renderTable,
  type SarifOptions,
  type TableOptions,
};
export { describeLocation } from './location.js';
export { FINGERPRINT_KEY, SARIF_SCHEMA_URI } from './sarif/index.js';

export interface RenderOptions extends TableOptions, SarifOptions {}

/** Output formats by name: one module each (vitest's reporters map, in spirit). */
export const SCAN_RENDERERS = {
  html: (report: ScanReport) => renderHtml(report),
  json: (report: ScanReport) => renderJson(report),
  table: (report: ScanReport, options: RenderOptions = {}) => renderTable(report, options),
  sarif: (report: ScanReport, options: RenderOptions = {}) => renderSarif(report, options),
  github: (report: ScanReport) => renderGithub(report),
  markdown: (report: ScanReport) => renderMarkdown(report),
} as const;

export type ScanFormat = keyof typeof SCAN_RENDERERS;

export const SCAN_FORMATS = Object.keys(SCAN_RENDERERS) as ScanFormat[];

export function renderScanReport(
  report: ScanReport,
  format: ScanFormat,
  options: RenderOptions = {},
): string {
  const renderer = SCAN_RENDERERS[format];
  return renderer(report, options);
}
