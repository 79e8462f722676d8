import type { ScanReport } from '../scan/index.js';
import { renderJson } from './json.js';
import { renderTable, type TableOptions } from './table.js';

export { renderJson, renderTable, type TableOptions };
export { describeLocation } from './location.js';

export interface RenderOptions extends TableOptions {}

/** Output formats by name: one module each (vitest's reporters map, in spirit). */
export const SCAN_RENDERERS = {
  json: (report: ScanReport) => renderJson(report),
  table: (report: ScanReport, options: RenderOptions = {}) => renderTable(report, options),
} as const;

export type ScanFormat = keyof typeof SCAN_RENDERERS;

export function renderScanReport(report: ScanReport, format: ScanFormat, options: RenderOptions = {}): string {
  const renderer = SCAN_RENDERERS[format];
  return renderer(report, options);
}
