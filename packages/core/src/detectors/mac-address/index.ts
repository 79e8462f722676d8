import { FoundCandidate } from '../../text/found-candidate.js';
import { isWordChar } from '../../text/chars.js';
import { hexRuns, MIN_HEX_RUN } from '../../text/hex-runs.js';
import { fieldMatches, keywordEvidence, keywordList, nearestKeyword } from '../../text/keywords.js';
import type { Candidate, Detector, Evidence, Segment } from '../../types.js';
import { NO_CANDIDATES } from '../../text/no-candidates.js';

const CONFIDENCE = 0.8;
const CONFIDENCE_KEYWORD = 0.92;
const CONFIDENCE_FIELD = 0.95;
/** Group addresses (multicast bit set) name a set of listeners, not one device. */
const CONFIDENCE_MULTICAST = 0.3;
/** All-digit groups (`12-34-56-78-90-12`) are as likely a reference number without context. */
const CONFIDENCE_DIGITS_ONLY = 0.45;
const CONFIDENCE_NOT_PERSONAL = 0.05;

const KEYWORDS = keywordList([
  'mac',
  'adresse mac',
  'mac address',
  'macaddress',
  'hwaddr',
  'ether',
  'bssid',
  'wifi',
  'wlan',
  'ethernet',
  'hardware',
  'lladdr',
]);

const FIELD_KEYWORDS = keywordList(['mac', 'macaddress', 'hwaddr', 'bssid', 'ether', 'lladdr']);

function isHex(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

interface Match {
  start: number;
  end: number;
  /** The twelve hex digits, lower case. */
  hex: string;
}

/** `aa:bb:cc:dd:ee:ff` or `AA-BB-CC-DD-EE-FF`: six pairs joined by one separator. */
function readPairs(text: string, start: number): Match | undefined {
  const separator = text[start + 2];
  if (separator !== ':' && separator !== '-') return undefined;
  for (let group = 0; group < 6; group++) {
    const at = start + group * 3;
    if (!isHex(text[at]) || !isHex(text[at + 1])) return undefined;
    if (group < 5 && text[at + 2] !== separator) return undefined;
  }
  const end = start + 17;
  // A seventh group or a glued character means a longer identifier (EUI-64, a hash, a UUID).
  if (isWordChar(text[end]) || (text[end] === separator && isHex(text[end + 1]))) return undefined;
  const previousGroup =
    text[start - 1] === separator &&
    isHex(text[start - 2]) &&
    isHex(text[start - 3]) &&
    !isWordChar(text[start - 4]);
  if (previousGroup) return undefined;
  return { start, end, hex: text.slice(start, end).split(separator).join('').toLowerCase() };
}

/** Cisco `aabb.ccdd.eeff`: three quads joined by dots. */
function readQuads(text: string, start: number): Match | undefined {
  for (let group = 0; group < 3; group++) {
    const at = start + group * 5;
    for (let k = 0; k < 4; k++) if (!isHex(text[at + k])) return undefined;
    if (group < 2 && text[at + 4] !== '.') return undefined;
  }
  const end = start + 14;
  if (isWordChar(text[end]) || (text[end] === '.' && isWordChar(text[end + 1]))) return undefined;
  if (text[start - 1] === '.' && isWordChar(text[start - 2])) return undefined;
  const hex = text.slice(start, end).split('.').join('').toLowerCase();
  // Digit-only dotted quads are far more often numbers (`1234.5678.9012`) than addresses.
  if (!/[a-f]/.test(hex)) return undefined;
  return { start, end, hex };
}

function evidenceFor(segment: Segment, match: Match, form: string): Evidence[] {
  const evidence: Evidence[] = [{ kind: 'pattern', detail: form }];
  const field = fieldMatches(segment.location.field, FIELD_KEYWORDS);
  if (field) evidence.push({ kind: 'field', detail: field });
  const hit = nearestKeyword(segment.text, match.start, match.end, KEYWORDS);
  if (hit) evidence.push(keywordEvidence(hit));
  return evidence;
}

function score(hex: string, evidence: Evidence[]): number {
  if (/^0+$/.test(hex) || /^f+$/.test(hex)) {
    evidence.push({ kind: 'context', detail: hex.startsWith('0') ? 'all-zero' : 'broadcast' });
    return CONFIDENCE_NOT_PERSONAL;
  }
  // RFC 7042 sets 00-00-5E-00-53-xx aside for documentation.
  if (hex.startsWith('00005e0053')) {
    evidence.push({ kind: 'test-data', detail: 'documentation-range' });
    return CONFIDENCE_NOT_PERSONAL;
  }
  // The least significant bit of the first octet marks a group (multicast) address.
  if (parseInt(hex.slice(0, 2), 16) & 1) {
    evidence.push({ kind: 'context', detail: 'multicast' });
    return CONFIDENCE_MULTICAST;
  }
  const field = evidence.some((e) => e.kind === 'field');
  const keyword = evidence.some((e) => e.kind === 'keyword');
  if (field) return CONFIDENCE_FIELD;
  if (keyword) return CONFIDENCE_KEYWORD;
  return /[a-f]/.test(hex) ? CONFIDENCE : CONFIDENCE_DIGITS_ONLY;
}

/**
 * Every address lies inside a run of at least 14 hex digits and separators (`hexRuns`, shared
 * with device-id): only inside those runs is each position read.
 */
function detect(segment: Segment): readonly Candidate[] {
  const { text } = segment;
  // Most cells are shorter than any address, and most longer ones hold no run long enough.
  if (text.length < MIN_HEX_RUN) return NO_CANDIDATES;
  const runs = hexRuns(text);
  const from = Math.max(0, segment.reportFrom ?? 0);
  const to = segment.reportTo ?? text.length;
  let candidates: Candidate[] | undefined;
  for (let k = 0; k < runs.length; k += 2) {
    // A run that starts before `from` is read from there, as long as enough of it is left.
    const end = runs[k + 1]!;
    for (let i = Math.max(runs[k]!, from); i + MIN_HEX_RUN <= end;) {
      if (i >= to) return candidates ?? NO_CANDIDATES;
      const candidate = readAt(segment, i);
      if (candidate) (candidates ??= []).push(candidate);
      i = candidate ? candidate.end : i + 1;
    }
  }
  return candidates ?? NO_CANDIDATES;
}

/** The address starting at `i`, if one does. */
function readAt(segment: Segment, i: number): Candidate | undefined {
  const { text } = segment;
  if (isWordChar(text[i - 1])) return undefined;
  const pairs = readPairs(text, i);
  const match = pairs ?? readQuads(text, i);
  if (!match) return undefined;
  const evidence = evidenceFor(segment, match, pairs ? 'mac-address' : 'mac-address-dotted');
  const confidence = score(match.hex, evidence);
  const normalized = match.hex.match(/../g)!.join(':');
  const testData = evidence.some((e) => e.kind === 'test-data');
  return new FoundCandidate(
    match.start,
    match.end,
    normalized,
    confidence,
    evidence,
    testData ? true : undefined,
  );
}

/** Keep the OUI (manufacturer, first three bytes) and mask the rest in the source's format. */
function redact(value: string): string {
  let digits = 0;
  let out = '';
  for (const ch of value) {
    if (isHex(ch)) {
      digits++;
      out += digits <= 6 ? ch : '*';
    } else {
      out += ch;
    }
  }
  return out;
}

export const macAddressDetector: Detector = {
  id: 'mac-address',
  type: 'mac_address',
  category: 'user.device.device_id',
  description: 'MAC addresses (colon, dash and Cisco dotted forms)',
  detect,
  redact,
  // Every form is MIN_HEX_RUN characters long at least and has one of the three separators.
  cellNeeds: { minLength: MIN_HEX_RUN, anyOf: [':', '-', '.'] },
};
