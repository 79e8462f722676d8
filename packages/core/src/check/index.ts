import { basename } from 'node:path';
import { pdfFormat } from '../formats/pdf/index.js';
import { DEFAULT_LIMITS, type FormatInput } from '../formats/types.js';
import {
  comparePolicy,
  DEFAULT_FAIL_ON,
  extractPolicyFromFile,
  failingStatuses,
  loadDeclaration,
  mergeDeclarations,
  type CategoryComparison,
  type CategoryStatus,
  type PolicyExtraction,
} from '../policy/index.js';
import { scanToStore, type FindingStore } from '../report/json-stream.js';
import { mergeReports } from '../report/merge.js';
import { categoryCounts, placeCounts, type PlaceCounts } from '../report/places.js';
import { scanToReport, type ScanOptions, type ScanReport } from '../scan/index.js';
import { readFile } from 'node:fs/promises';
import type { Finding, Segment } from '../types.js';

/** The `policy` document of report-contract.md. */
export interface PolicyReport extends PolicyExtraction {
  schemaVersion: 1;
}

/** The `check` document: the scan document plus the policy and per-category statuses. */
export interface CheckReport extends ScanReport {
  policy: { path: string; language: PolicyExtraction['language'] };
  categories: CategoryComparison[];
}

export interface PolicyOptions {
  /** A declaration file (YAML/JSON) that corrects or completes what was extracted. */
  declaration?: string;
}

/**
 * Read what a policy declares: extracted from a privacy policy (text, Markdown, HTML, PDF) or
 * taken as written from a declaration file, optionally corrected by a second declaration file.
 */
export async function readPolicy(path: string, options: PolicyOptions = {}): Promise<PolicyReport> {
  let extraction = await extractPolicyFromFile(path, { pdfText: pdfToText });
  if (options.declaration) {
    const text = await readFile(options.declaration, 'utf8');
    extraction = mergeDeclarations(extraction, loadDeclaration(text, options.declaration));
  }
  return {
    schemaVersion: 1,
    language: extraction.language,
    declared: extraction.declared,
    negated: extraction.negated,
    generic: extraction.generic,
  };
}

export interface CheckOptions extends ScanOptions, PolicyOptions {}

/** Scan `paths`, read the policy, and give every category found or declared its status. */
export async function checkToReport(
  policyPath: string,
  paths: readonly string[],
  options: CheckOptions = {},
): Promise<CheckReport> {
  const [policy, scanned] = await Promise.all([
    readPolicy(policyPath, options),
    scanToReport(paths, options),
  ]);
  return withPolicy(scanned, policyPath, policy, countByCategory(scanned.findings));
}

/** The check document: the scan's, then the policy and each category's status. */
function withPolicy(
  scanned: ScanReport,
  policyPath: string,
  policy: PolicyReport,
  found: ReadonlyMap<string, number>,
): CheckReport {
  return {
    ...scanned,
    policy: { path: policyPath, language: policy.language },
    categories: comparePolicy(policy, found),
  };
}

/** A check whose findings are in a store (`report.findings` stays empty); close the store. */
export interface StoredCheckReport {
  report: CheckReport;
  store: FindingStore;
  /** Where each category was found: what the check table shows. */
  places: PlaceCounts;
}

/**
 * `checkToReport` for a share of any size: the findings stay as report text in a store that
 * spills to disk (`scanToStore`), and only their counts by category and place are kept.
 * `jsonReportPieces(stored)` writes the same document as `renderJson(checkToReport(…))`.
 */
export async function checkToStore(
  policyPath: string,
  paths: readonly string[],
  options: CheckOptions = {},
): Promise<StoredCheckReport> {
  const [policy, stored] = await Promise.all([
    readPolicy(policyPath, options),
    scanToStore(paths, { ...options, collectPlaces: true }),
  ]);
  const places = stored.places ?? new Map();
  return {
    report: withPolicy(stored.report, policyPath, policy, categoryCounts(places)),
    store: stored.store,
    places,
  };
}

/** Findings per category; a column-level finding counts its non-empty values. */
export function countByCategory(findings: readonly Finding[]): Map<string, number> {
  return categoryCounts(placeCounts(findings));
}

/** The categories that make `check` exit 1 (default: found in the data and not documented). */
export function checkFailures(
  report: CheckReport,
  failOn: readonly CategoryStatus[] = DEFAULT_FAIL_ON,
): CategoryComparison[] {
  return failingStatuses(report.categories, failOn);
}

/** PDF policies are read with the pdf format's reader, page texts joined. */
async function pdfToText(bytes: Uint8Array, path: string): Promise<string> {
  const input: FormatInput = {
    path: basename(path),
    size: bytes.length,
    head: bytes.subarray(0, 8192),
    depth: 0,
    limits: DEFAULT_LIMITS,
    stream: async function* () {
      yield bytes;
    },
    bytes: async () => bytes,
  };
  const pages: string[] = [];
  for await (const item of pdfFormat.read(input)) {
    if ('text' in item) pages.push((item as Segment).text);
  }
  return pages.join('\n');
}

/**
 * Merge sharded `check` (or `scan`) reports: the scan parts are combined, and when a policy is
 * given, every category's status is recomputed from the merged findings.
 */
export async function mergeCheckReports(
  reports: readonly ScanReport[],
  policyPath?: string,
  options: PolicyOptions = {},
): Promise<ScanReport | CheckReport> {
  const merged = mergeReports(reports);
  if (!policyPath) return merged;
  const policy = await readPolicy(policyPath, options);
  return {
    ...merged,
    policy: { path: policyPath, language: policy.language },
    categories: comparePolicy(policy, countByCategory(merged.findings)),
  };
}
