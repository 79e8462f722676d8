/**
 * Two detectors may claim overlapping text (a phone-shaped run inside an IBAN, a name inside an
 * e-mail address). Keep, among overlapping spans, the most confident; on a tie, the longer one,
 * then the detector listed first.
 */
export interface Span {
  start: number;
  end: number;
  confidence: number;
  /** Position of the detector in the registry: lower wins ties. */
  rank: number;
}

export function resolveOverlaps<T extends Span>(spans: readonly T[]): T[] {
  if (spans.length < 2) return [...spans];
  const ordered = [...spans].sort(
    (a, b) =>
      b.confidence - a.confidence ||
      b.end - b.start - (a.end - a.start) ||
      a.rank - b.rank ||
      a.start - b.start,
  );
  const kept: T[] = [];
  for (const span of ordered) {
    if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
