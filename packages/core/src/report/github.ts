import type { ScanReport } from '../scan/index.js';
import type { Finding } from '../types.js';
import { typeLabel } from './labels.js';

/**
 * GitHub Actions workflow commands: one annotation per finding on its file and line, with no
 * value (annotations are public in the pull request and kept in the run log).
 */
export function renderGithub(report: ScanReport): string {
  const lines: string[] = [];
  for (const finding of report.findings) {
    const properties: [string, string | number][] = [['file', finding.location.path]];
    if (finding.location.line !== undefined) properties.push(['line', finding.location.line]);
    if (finding.location.column !== undefined) properties.push(['col', finding.location.column]);
    properties.push(['title', `piiscout: ${typeLabel(finding.type)}`]);
    lines.push(
      command(finding.confidence >= 0.8 ? 'error' : 'warning', properties, message(finding)),
    );
  }
  for (const error of report.errors)
    lines.push(
      command(
        'warning',
        [
          ['file', error.path],
          ['title', 'piiscout: file not scanned'],
        ],
        error.message,
      ),
    );
  for (const unused of report.unusedIgnores ?? []) {
    lines.push(
      command(
        'notice',
        [
          ['file', unused.path],
          ['line', unused.line],
          ['title', 'piiscout: unused ignore'],
        ],
        `${unused.directive}: ${unused.message}`,
      ),
    );
  }
  const count = report.findings.length;
  lines.push(
    count === 0
      ? 'piiscout: no personal data found'
      : `piiscout: ${count} finding${count === 1 ? '' : 's'} of personal data`,
  );
  return `${lines.join('\n')}\n`;
}

function message(finding: Finding): string {
  return `${typeLabel(finding.type)} (${finding.category}), confidence ${finding.confidence.toFixed(2)}. Replace it with synthetic data, or accept it with a reason (inline ignore, allowlist or baseline).`;
}

function command(
  name: string,
  properties: readonly [string, string | number][],
  text: string,
): string {
  const props = properties
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name} ${props}::${escapeData(text)}`;
}

/** Escaping of the workflow-command message (`%`, CR, LF). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value: also `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
