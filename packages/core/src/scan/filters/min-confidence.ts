import type { RawFinding } from '../../types.js';

/** Drop findings below the threshold (field-name-only findings carry their own confidence). */
export function applyMinConfidence(
  findings: readonly RawFinding[],
  minConfidence: number,
): RawFinding[] {
  return findings.filter((finding) => finding.confidence >= minConfidence);
}
