import type { ScanReport } from '../scan/index.js';
import { sortFindings } from '../scan/filters/sort.js';
import { TOOL_VERSION } from '../scan/index.js';

/**
 * Combine the JSON reports of a sharded scan (`--shard I/N`) into one: findings, errors and
 * columns are concatenated and sorted, stats added up (the duration is the longest shard's).
 * Policy statuses are recomputed by the caller from the merged findings (see `mergeCheckReports`).
 */
export function mergeReports(reports: readonly ScanReport[]): ScanReport {
  const merged: ScanReport = {
    schemaVersion: 1,
    tool: { name: 'piiscout', version: TOOL_VERSION },
    stats: { files: 0, bytes: 0, skipped: 0, durationMs: 0, skippedByReason: {} },
    findings: [],
    errors: [],
  };
  for (const report of reports) {
    if (report.schemaVersion !== 1)
      throw new Error(`cannot merge a report of schemaVersion ${String(report.schemaVersion)}`);
    merged.stats.files += report.stats.files;
    merged.stats.bytes += report.stats.bytes;
    merged.stats.skipped += report.stats.skipped;
    merged.stats.durationMs = Math.max(merged.stats.durationMs, report.stats.durationMs);
    for (const [reason, count] of Object.entries(report.stats.skippedByReason ?? {})) {
      merged.stats.skippedByReason![reason] = (merged.stats.skippedByReason![reason] ?? 0) + count;
    }
    merged.findings.push(...report.findings);
    merged.errors.push(...report.errors);
    if (report.columns) (merged.columns ??= []).push(...report.columns);
  }
  merged.findings = sortFindings(merged.findings);
  merged.errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return merged;
}
