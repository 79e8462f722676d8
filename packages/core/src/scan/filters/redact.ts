import type { Finding, RawFinding } from '../../types.js';
import { fingerprint } from './fingerprint.js';

/**
 * The last step before a finding leaves the library: the raw value is kept only when the user
 * asked for it (`--reveal`); the internal fields are dropped.
 */
export function finalizeFinding(
  raw: RawFinding,
  reveal: boolean,
  redact: ((value: string) => string) | undefined,
): Finding {
  // Keys in the order of report-contract.md, so the JSON reads the same as the contract.
  const finding = {
    type: raw.type,
    category: raw.category,
    confidence: Math.round(raw.confidence * 100) / 100,
  } as Finding;
  if (raw.occurrences === undefined) {
    if (reveal) finding.value = raw.value;
    finding.redacted = (redact ?? maskValue)(raw.value);
  }
  // Hashed here, for reported findings only: most raw findings are dropped by the filters.
  finding.fingerprint = raw.fingerprint ?? fingerprint(raw.type, raw.normalized, raw.location.path);
  finding.location = raw.location;
  if (raw.occurrences !== undefined) finding.occurrences = raw.occurrences;
  if (raw.evidence && raw.evidence.length > 0) finding.evidence = raw.evidence;
  if (raw.testData) finding.testData = true;
  return finding;
}

/**
 * Generic masking for detectors without their own: keep the first character and the last two
 * letters or digits, mask the other letters and digits, keep separators so the shape stays
 * readable.
 */
export function maskValue(value: string): string {
  const chars = [...value];
  const alnum = chars.map((c) => /[\p{L}\p{N}]/u.test(c));
  const total = alnum.filter(Boolean).length;
  let seen = 0;
  return chars
    .map((c, i) => {
      if (!alnum[i]) return c;
      seen++;
      const keep = seen === 1 || (total > 6 && seen > total - 2);
      return keep ? c : '*';
    })
    .join('');
}
