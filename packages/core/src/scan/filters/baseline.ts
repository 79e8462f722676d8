import type { BaselineFile } from '../../baseline/index.js';
import { entryKey, hashValue } from '../../baseline/keys.js';
import type { RawFinding } from '../../types.js';

/** A baseline ready to match: accepted counts by (path, type, hash). */
export interface BaselineIndex {
  salt: string;
  counts: ReadonlyMap<string, number>;
}

export function indexBaseline(baseline: BaselineFile): BaselineIndex {
  const counts = new Map<string, number>();
  for (const e of baseline.entries) {
    const key = entryKey(e.path, e.type, e.hash);
    counts.set(key, (counts.get(key) ?? 0) + e.count);
  }
  return { salt: baseline.salt, counts };
}

/**
 * Drop the findings the baseline accepts: for each (path, type, value) up to its count, so a
 * value accepted twice in a file covers two occurrences and a third is reported. Must see all
 * of a file's findings at once. When only some lines are new (git modes), `isNew` tells which:
 * the accepted count is used up by the old lines first, so the new occurrence is the one shown.
 */
export function applyBaseline(
  findings: readonly RawFinding[],
  index: BaselineIndex,
  relativePath: (path: string) => string,
  isNew: (finding: RawFinding) => boolean = () => true,
): { kept: RawFinding[]; suppressed: number } {
  if (index.counts.size === 0) return { kept: [...findings], suppressed: 0 };
  const order = findings.map((finding, i) => ({ finding, i, fresh: isNew(finding) }));
  order.sort((a, b) => Number(a.fresh) - Number(b.fresh) || a.i - b.i);
  const used = new Map<string, number>();
  const dropped = new Set<number>();
  for (const { finding, i } of order) {
    const key = entryKey(
      relativePath(finding.location.path),
      finding.type,
      hashValue(index.salt, finding.normalized),
    );
    const allowed = index.counts.get(key) ?? 0;
    const taken = used.get(key) ?? 0;
    if (taken < allowed) {
      used.set(key, taken + 1);
      dropped.add(i);
    }
  }
  return { kept: findings.filter((_, i) => !dropped.has(i)), suppressed: dropped.size };
}
