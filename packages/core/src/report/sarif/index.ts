import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { ScanReport } from '../../scan/index.js';
import type { Finding } from '../../types.js';
import { DOCS_URL, typeLabel } from '../labels.js';
import { describeLocation } from '../location.js';

export interface SarifOptions {
  /** Absolute folder relative paths are read from (`%SRCROOT%`); default: process.cwd(). */
  srcRoot?: string;
}

/** The versioned key of line-free fingerprints: bump the version if the recipe changes. */
export const FINGERPRINT_KEY = 'piiscoutFindingHash/v1';
export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/**
 * SARIF 2.1.0 for code scanning: one rule per entity type (`piiscout/email`), relative URIs
 * under `%SRCROOT%`, and never a value, redacted or not, nor a snippet: a SARIF file is uploaded
 * and kept by CI services. Fingerprints carry no line, so moving code keeps an alert's identity.
 */
export function renderSarif(report: ScanReport, options: SarifOptions = {}): string {
  const types = [...new Set(report.findings.map((f) => f.type))].sort();
  const ruleIndex = new Map(types.map((type, i) => [type, i]));
  const categories = new Map(report.findings.map((f) => [f.type, f.category]));
  const occurrences = new Map<string, number>();
  const results = report.findings.map((finding) => {
    const seen = occurrences.get(finding.fingerprint) ?? 0;
    occurrences.set(finding.fingerprint, seen + 1);
    return result(finding, ruleIndex.get(finding.type)!, seen);
  });
  const srcRoot = options.srcRoot ?? process.cwd();
  const notifications = [
    ...report.errors.map((error) => ({
      level: 'warning',
      message: { text: `${error.path}: ${error.message}` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(error.path) } }],
    })),
    ...(report.unusedIgnores ?? []).map((unused) => ({
      level: 'note',
      message: { text: `${unused.directive}: ${unused.message}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(unused.path),
            region: { startLine: unused.line },
          },
        },
      ],
    })),
  ];
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'piiscout',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: DOCS_URL,
            rules: types.map((type) => rule(type, categories.get(type) ?? '')),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(srcRoot) } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        columnKind: 'unicodeCodePoints',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function rule(type: string, category: string) {
  const label = typeLabel(type);
  return {
    id: `piiscout/${type}`,
    name: label
      .replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())
      .replace(/^./, (c) => c.toUpperCase()),
    shortDescription: { text: `Personal data: ${label.toLowerCase()}` },
    fullDescription: {
      text: `A value that reads as ${label.toLowerCase()} (data category ${category}) is stored in the repository.`,
    },
    help: {
      text:
        'Replace it with synthetic data (a reserved domain such as example.com, a documentation IP address, a published example IBAN), ' +
        'or, if it must stay, accept it with a reason: an inline `piiscout-ignore-line` directive, a config allowlist entry, or `piiscout baseline`.',
      markdown:
        'Replace it with synthetic data (a reserved domain such as `example.com`, a documentation IP address, a published example IBAN), ' +
        'or, if it must stay, accept it with a reason: an inline `piiscout-ignore-line` directive, a `.piiscout.yml` allowlist entry, or `piiscout baseline`. ' +
        `See [suppressing findings](${DOCS_URL}#suppressing-findings).`,
    },
    helpUri: `${DOCS_URL}#suppressing-findings`,
    defaultConfiguration: { level: 'error' },
    properties: { category, tags: ['privacy', 'personal-data', category] },
  };
}

function result(finding: Finding, ruleIndex: number, occurrence: number) {
  const region: Record<string, number> = {};
  if (finding.location.line !== undefined) {
    region.startLine = finding.location.line;
    if (finding.location.column !== undefined) {
      region.startColumn = finding.location.column;
      if (finding.value !== undefined)
        region.endColumn = finding.location.column + [...finding.value].length;
    }
  }
  const physicalLocation: Record<string, unknown> = {
    artifactLocation: artifactLocation(finding.location.path),
  };
  if (region.startLine !== undefined) physicalLocation.region = region;
  const where = describeLocation({ ...finding.location, path: '' });
  const properties: Record<string, unknown> = {
    category: finding.category,
    confidence: finding.confidence,
  };
  if (where) properties.location = where;
  if (finding.testData) properties.testData = true;
  return {
    ruleId: `piiscout/${finding.type}`,
    ruleIndex,
    level: finding.confidence >= 0.8 ? 'error' : 'warning',
    message: {
      text: `${typeLabel(finding.type)} (${finding.category}), confidence ${finding.confidence.toFixed(2)}${where ? ` at ${where}` : ''}.`,
    },
    locations: [{ physicalLocation }],
    partialFingerprints: {
      [FINGERPRINT_KEY]: createHash('sha256')
        .update(`${finding.fingerprint}\u0000${occurrence}`)
        .digest('hex'),
    },
    properties,
  };
}

function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path))
    return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function directoryUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}
