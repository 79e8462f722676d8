import type { RawFinding } from '../../types.js';

/**
 * One finding per occurrence: the same value at the same place reported twice (e.g. by two
 * overlapping reads) is kept once. The same value at two places stays two findings.
 *
 * Findings of text and code carry a line and a column, and almost never share them: those are
 * told apart by their place, a number, and only findings at a place already seen get the full
 * key (a string of every locator, 600 bytes per finding of garbage when built for each one).
 */
export function dedupeFindings(findings: readonly RawFinding[]): RawFinding[] {
  if (inPlaceOrder(findings)) return [...findings];
  /** Full keys seen: of findings without a line and column, and of those sharing a place. */
  const seen = new Set<string>();
  /** The first finding at each place (line and column). */
  const firstAt = new Map<number, RawFinding>();
  const out: RawFinding[] = [];
  for (const finding of findings) {
    const { line, column } = finding.location;
    if (line !== undefined && column !== undefined) {
      // Places that differ may share this number (a line past a million): they are then told
      // apart by their full keys, like any two findings at one place.
      const place = line * 1_048_576 + column;
      const first = firstAt.get(place);
      if (first === undefined) {
        firstAt.set(place, finding);
        out.push(finding);
        continue;
      }
      seen.add(occurrenceKey(first));
    }
    const key = occurrenceKey(finding);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding);
  }
  return out;
}

/** What makes two findings the same occurrence: type, value and every locator. */
function occurrenceKey(finding: RawFinding): string {
  const l = finding.location;
  // One template rather than an array of thirteen parts joined: the same key, built once per
  // finding without the array.
  return `${finding.type}\u0000${finding.normalized}\u0000${l.path}\u0000${l.entry ?? ''}\u0000${l.line ?? ''}\u0000${l.column ?? ''}\u0000${l.pointer ?? ''}\u0000${l.sheet ?? ''}\u0000${l.cell ?? ''}\u0000${l.table ?? ''}\u0000${l.field ?? ''}\u0000${l.row ?? ''}\u0000${l.page ?? ''}`;
}

/**
 * Whether every finding has a line and a column and comes strictly after the one before: no
 * two then share a place, and none is a repeat. A text or code file's findings come so
 * (segments in order, each one's findings in text order, overlaps reported once), and then no
 * map of places is built (on code, mostly findings below the threshold).
 */
function inPlaceOrder(findings: readonly RawFinding[]): boolean {
  let line = 0;
  let column = 0;
  for (let i = 0; i < findings.length; i++) {
    const location = findings[i]!.location;
    const l = location.line;
    const c = location.column;
    if (l === undefined || c === undefined) return false;
    if (l < line || (l === line && c <= column)) return false;
    line = l;
    column = c;
  }
  return true;
}
