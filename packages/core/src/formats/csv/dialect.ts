/**
 * Guess a delimited file's dialect from its first lines: the delimiter, and whether the first
 * record is a header.
 */

export const DELIMITERS = [',', ';', '\t', '|'] as const;
const SNIFF_RECORDS = 20;
const MAX_LABEL_LENGTH = 64;

export interface DelimiterGuess {
  delimiter: string;
  /** Delimiters per record in most records. */
  fieldsPerRecord: number;
  /** Share of the sampled records with exactly that many delimiters (0..1). */
  consistency: number;
  records: number;
}

/**
 * The delimiter that splits the sampled records most consistently. `complete` says whether
 * `sample` ends at the end of the file (otherwise its last line is ignored as partial).
 */
export function guessDelimiter(sample: string, complete: boolean): DelimiterGuess | undefined {
  const counts = countDelimitersPerRecord(sample, complete);
  let best: DelimiterGuess | undefined;
  for (const delimiter of DELIMITERS) {
    const perRecord = counts.map((c) => c[delimiter] ?? 0);
    if (perRecord.length === 0) continue;
    const mode = mostFrequent(perRecord);
    if (mode === 0) continue;
    const consistency = perRecord.filter((c) => c === mode).length / perRecord.length;
    const guess = { delimiter, fieldsPerRecord: mode, consistency, records: perRecord.length };
    if (
      !best ||
      consistency > best.consistency ||
      (consistency === best.consistency && mode > best.fieldsPerRecord)
    ) {
      best = guess;
    }
  }
  return best;
}

/** Counts outside quotes, record by record (a quoted line break does not end a record). */
function countDelimitersPerRecord(sample: string, complete: boolean): Record<string, number>[] {
  const records: Record<string, number>[] = [];
  let current: Record<string, number> = {};
  let inQuotes = false;
  let atFieldStart = true;
  let lineHasText = false;
  for (let i = 0; i < sample.length && records.length < SNIFF_RECORDS; i++) {
    const ch = sample[i] as string;
    if (ch === '"') {
      if (inQuotes) inQuotes = false;
      else if (atFieldStart) inQuotes = true;
      atFieldStart = false;
      lineHasText = true;
      continue;
    }
    if (inQuotes) continue;
    if (ch === '\n' || ch === '\r') {
      if (lineHasText) records.push(current);
      current = {};
      lineHasText = false;
      atFieldStart = true;
      continue;
    }
    lineHasText = true;
    if ((DELIMITERS as readonly string[]).includes(ch)) {
      current[ch] = (current[ch] ?? 0) + 1;
      atFieldStart = true;
    } else if (ch !== ' ') {
      atFieldStart = false;
    }
  }
  if (complete && lineHasText && !inQuotes && records.length < SNIFF_RECORDS) {
    records.push(current);
  }
  return records;
}

function mostFrequent(values: number[]): number {
  const tally = new Map<number, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [value, count] of tally) {
    if (count > bestCount || (count === bestCount && value > best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A header is a first record of distinct, non-empty labels, none of which reads as data:
 * no number, no date, no e-mail, nothing long.
 */
export function looksLikeHeader(values: readonly string[]): boolean {
  if (values.length === 0) return false;
  const seen = new Set<string>();
  for (const raw of values) {
    const label = raw.trim();
    if (!label || label.length > MAX_LABEL_LENGTH || seen.has(label)) return false;
    if (!/\p{L}/u.test(label) || label.includes('@')) return false;
    if (/^[\d\s.,:/+()-]+$/.test(label) || countDigits(label) > 4) return false;
    seen.add(label);
  }
  return true;
}

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
