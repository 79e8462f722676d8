import type { RawFinding } from '../../types.js';

/**
 * One finding per occurrence: the same value at the same place reported twice (e.g. by two
 * overlapping reads) is kept once. The same value at two places stays two findings.
 */
export function dedupeFindings(findings: readonly RawFinding[]): RawFinding[] {
  const seen = new Set<string>();
  const out: RawFinding[] = [];
  for (const finding of findings) {
    const l = finding.location;
    const key = [
      finding.type,
      finding.normalized,
      l.path,
      l.entry ?? '',
      l.line ?? '',
      l.column ?? '',
      l.pointer ?? '',
      l.sheet ?? '',
      l.cell ?? '',
      l.table ?? '',
      l.field ?? '',
      l.row ?? '',
      l.page ?? '',
    ].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding);
  }
  return out;
}
