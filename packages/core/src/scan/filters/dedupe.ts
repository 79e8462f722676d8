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
    // One template rather than an array of thirteen parts joined: the same key, built once
    // per finding without the array.
    const key = `${finding.type}\u0000${finding.normalized}\u0000${l.path}\u0000${l.entry ?? ''}\u0000${l.line ?? ''}\u0000${l.column ?? ''}\u0000${l.pointer ?? ''}\u0000${l.sheet ?? ''}\u0000${l.cell ?? ''}\u0000${l.table ?? ''}\u0000${l.field ?? ''}\u0000${l.row ?? ''}\u0000${l.page ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding);
  }
  return out;
}
