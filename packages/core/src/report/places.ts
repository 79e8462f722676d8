import type { Finding } from '../types.js';

/** Findings of one category by place: how many (a column-level finding counts its values). */
export type PlaceCounts = Map<string, Map<string, number>>;

/** One file's findings summed by category and place: `[category, place, weight]`. */
export type PlaceWeight = [category: string, place: string, weight: number];

/**
 * Where a finding was found, as the check table names it: `path › entry › table › field`. The
 * field is named only for tabular sources (CSV, sheets, dumps); a field of free text is no column.
 */
export function placeOf(finding: Finding): string {
  const l = finding.location;
  const tabular =
    l.table !== undefined ||
    l.sheet !== undefined ||
    l.row !== undefined ||
    finding.occurrences !== undefined;
  return [l.path, l.entry, l.table ?? l.sheet, tabular ? l.field : undefined]
    .filter(Boolean)
    .join(' › ');
}

/** One file's findings summed by category and place (workers send this, not the findings). */
export function placeWeights(findings: readonly Finding[]): PlaceWeight[] {
  const sums = new Map<string, PlaceWeight>();
  for (const finding of findings) {
    const place = placeOf(finding);
    const key = `${finding.category}\u0000${place}`;
    const entry = sums.get(key);
    if (entry) entry[2] += finding.occurrences ?? 1;
    else sums.set(key, [finding.category, place, finding.occurrences ?? 1]);
  }
  return [...sums.values()];
}

/** Adds weights to per-category place counts. */
export function addPlaces(counts: PlaceCounts, weights: readonly PlaceWeight[]): void {
  for (const [category, place, weight] of weights) {
    let places = counts.get(category);
    if (!places) counts.set(category, (places = new Map()));
    places.set(place, (places.get(place) ?? 0) + weight);
  }
}

/** Per-category place counts of findings held as objects. */
export function placeCounts(findings: readonly Finding[]): PlaceCounts {
  const counts: PlaceCounts = new Map();
  addPlaces(counts, placeWeights(findings));
  return counts;
}

/** Findings per category (the sum of its places). */
export function categoryCounts(counts: PlaceCounts): Map<string, number> {
  const totals = new Map<string, number>();
  for (const [category, places] of counts) {
    let sum = 0;
    for (const weight of places.values()) sum += weight;
    totals.set(category, sum);
  }
  return totals;
}
