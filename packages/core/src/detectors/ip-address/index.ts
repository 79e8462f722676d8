import { FoundCandidate } from '../../text/found-candidate.js';
import { isDigit, isLetter, isWordChar } from '../../text/chars.js';
import { fold } from '../../text/fold.js';
import {
  fieldMatches,
  fieldTokens,
  keywordEvidence,
  keywordList,
  nearestKeyword,
} from '../../text/keywords.js';
import type { Candidate, Detector, Evidence, Segment } from '../../types.js';
import {
  canonicalIPv6,
  classifyIPv4,
  classifyIPv6,
  ipv6Groups,
  isIPv4,
  type Classification,
} from './address.js';
import { digitWindows } from '../../text/digit-windows.js';
import { NO_CANDIDATES } from '../../text/no-candidates.js';

const CONFIDENCE_PUBLIC = 0.9;
const CONFIDENCE_KEYWORD = 0.95;
const CONFIDENCE_FIELD = 0.97;
/** Below the default threshold: an internal address rarely identifies a person on its own. */
const CONFIDENCE_PRIVATE = 0.35;
const CONFIDENCE_NOT_PERSONAL = 0.1;
/** A network prefix (`81.2.69.0/24`) names a range of hosts, not one subscriber. */
const CONFIDENCE_NETWORK = 0.3;

const KEYWORDS = keywordList([
  'ip',
  'ips',
  'ipv4',
  'ipv6',
  'client',
  'remote_addr',
  'remote',
  'x-forwarded-for',
  'x-real-ip',
  'from',
  'src',
  'source',
  'addr',
  'depuis',
  'connexion',
]);

const FIELD_KEYWORDS = keywordList([
  'ip',
  'ipv4',
  'ipv6',
  'ipaddress',
  'ipaddr',
  'ip address',
  'adresse ip',
  'addr',
  'remote addr',
  'x forwarded for',
]);

/**
 * Words that, right before a dotted quad, make it a version, an OID or a section number
 * (`version 1.2.3.4`, `"version": "1.2.3.4"`, `Python 3.11.4.1`, `§ 1.2.3.4`).
 */
const NOT_AN_ADDRESS_BEFORE = new Set(
  (
    'v ver version build release rev revision firmware fw sdk oid section chapter chapitre ' +
    'article step etape figure fig table tableau paragraph paragraphe item rule regle tel ' +
    'telephone phone fax mobile portable § driver update patch hotfix python node nodejs java ' +
    'jdk jre php ruby perl golang rust chrome chromium firefox safari edge opera windows android ' +
    'ios macos ubuntu debian kernel linux openssl nginx apache tomcat mysql postgresql redis ' +
    'docker gradle maven npm yarn pnpm dotnet'
  ).split(' '),
);

/**
 * Public DNS resolvers that configurations and docs name everywhere: infrastructure, not a
 * subscriber. Stored normalized.
 */
const PUBLIC_SERVICE_ADDRESSES = new Set([
  '8.8.8.8',
  '8.8.4.4',
  '1.1.1.1',
  '1.0.0.1',
  '9.9.9.9',
  '149.112.112.112',
  '208.67.222.222',
  '208.67.220.220',
  '2001:4860:4860::8888',
  '2001:4860:4860::8844',
  '2606:4700:4700::1111',
  '2606:4700:4700::1001',
  '2620:fe::fe',
  '2620:fe::9',
]);

/** Longest texts of each family (`255.255.255.255`, `ffff:…:255.255.255.255`). */
const MAX_IPV4_LENGTH = 15;
const MAX_IPV6_LENGTH = 45;
/** Shortest dotted quad: four single digits and three dots. */
const MIN_IPV4_LENGTH = 7;

interface Span {
  start: number;
  end: number;
  /** The address without zone id or brackets. */
  address: string;
  family: 4 | 6;
}

/** A hex digit, colon or dot, by char code (NaN past the text's ends is none). */
function isIPv6RunChar(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70) || c === 58 || c === 46;
}

/** The word just before `start`, skipping quotes, `:`, `=`, `(` and spaces. */
function wordBefore(text: string, start: number): string {
  let i = start;
  while (i > 0 && start - i < 8 && ' \t"\':=(,['.includes(text[i - 1] as string)) i--;
  if (text[i - 1] === '§') return '§';
  let j = i;
  while (j > 0 && i - j < 40 && isWordChar(text[j - 1])) j--;
  const word = text.slice(j, i);
  return /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : fold(word);
}

function looksLikeVersion(text: string, start: number, end: number): boolean {
  const word = wordBefore(text, start);
  if (NOT_AN_ADDRESS_BEFORE.has(word) || word.includes('version')) return true;
  const before = text[start - 1];
  const beforeThat = text[start - 2];
  // `Chrome/120.0.1.2`, `pkg@1.2.3.4`, `foo-1.2.3.4`: a product's version.
  if (
    (before === '/' || before === '-') &&
    isWordChar(beforeThat) &&
    !isDigit(beforeThat!.charCodeAt(0))
  ) {
    return true;
  }
  if (before === '@' && isWordChar(beforeThat)) return true;
  // `1.2.3.4-beta`, `1.2.3.4+build`: semantic-version suffixes.
  const after = text[end];
  const next = text[end + 1];
  return (after === '-' || after === '+') && next !== undefined && /[A-Za-z]/.test(next);
}

function isDigitOrDot(code: number): boolean {
  return isDigit(code) || code === 46;
}

/** The end of the run of digits and dots that goes on at `from`. */
function digitsAndDotsEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isDigitOrDot(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Dotted quads: maximal runs of digits and dots, so `1.2.3.4.5` is never cut down. A run is
 * found from its first dot with a native search (a regex starting on `[0-9]*` was tried at
 * every position of the text), and read only when at least five characters follow that dot:
 * any run holding `a.b.c.d` has them (`b.c.d`), while sentence ends and decimals do not.
 */
function findIPv4(text: string, spans: Span[], from: number, to: number): number {
  let dot = text.indexOf('.', from);
  while (dot >= 0 && dot < to) {
    const firstDot = dot;
    const end = digitsAndDotsEnd(text, firstDot + 1);
    dot = text.indexOf('.', end);
    if (end - firstDot - 1 < 5) continue;
    // Only digits stand between the previous run's end and this run's first dot.
    let start = firstDot;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    // Glued to a word (`v1.2.3.4`, `abc.1.2.3.4`, `1.2.3.4abc`, `1.2.3.4.in-addr.arpa`).
    if (isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
    while (start < end && text[start] === '.') start++;
    let coreEnd = end;
    while (coreEnd > start && text[coreEnd - 1] === '.') coreEnd--;
    if (coreEnd - start > MAX_IPV4_LENGTH) continue;
    const address = text.slice(start, coreEnd);
    if (!isIPv4(address)) continue;
    if (looksLikeVersion(text, start, coreEnd)) continue;
    spans.push({ start, end: coreEnd, address, family: 4 });
  }
  return dot;
}

/**
 * `findIPv4` over the digit windows only: a dotted quad holds digits and is at most
 * MAX_IPV4_LENGTH characters, read with a character on each side, so none lies outside them.
 */
function findIPv4InWindows(text: string, spans: Span[], windows: readonly number[]): void {
  let dot = 0;
  for (let w = 0; w < windows.length && dot >= 0; w += 2) {
    dot = findIPv4(text, spans, Math.max(dot, windows[w]!), windows[w + 1]!);
  }
}

/** IPv6: maximal runs of hex digits, colons and dots that contain at least two colons. */
function findIPv6(text: string, spans: Span[], from: number, to: number): number {
  let i = text.indexOf(':', from);
  for (; i >= 0 && i < to; i = text.indexOf(':', i)) {
    // A colon between two characters outside any run (`a: b`, `) :`) is a run of one colon.
    if (!isIPv6RunChar(text.charCodeAt(i - 1)) && !isIPv6RunChar(text.charCodeAt(i + 1))) {
      i += 2;
      continue;
    }
    let start = i;
    while (start > 0 && isIPv6RunChar(text.charCodeAt(start - 1))) start--;
    let end = i;
    while (end < text.length && isIPv6RunChar(text.charCodeAt(end))) end++;
    i = end + 1;
    if (isWordChar(text[start - 1])) continue;
    // Trim what belongs to the sentence: a label colon before, a colon or dot after.
    if (text[start] === ':' && text[start + 1] !== ':') start++;
    let coreEnd = end;
    while (coreEnd > start && text[coreEnd - 1] === '.') coreEnd--;
    if (text[coreEnd - 1] === ':' && text[coreEnd - 2] !== ':') coreEnd--;
    if (coreEnd - start > MAX_IPV6_LENGTH) continue;
    if (!hasDigitAndTwoColons(text, start, coreEnd)) continue;
    const address = text.slice(start, coreEnd);
    let spanEnd = coreEnd;
    if (text[coreEnd] === '%' && coreEnd === end) {
      // A zone id (`fe80::1%eth0`, `%25eth0` inside URLs) belongs to the address.
      let zoneEnd = coreEnd + 1;
      while (zoneEnd < text.length && zoneEnd - coreEnd <= 32 && /[\w.-]/.test(text[zoneEnd]!)) {
        zoneEnd++;
      }
      if (zoneEnd > coreEnd + 1) spanEnd = zoneEnd;
    }
    if (spanEnd === end && isWordChar(text[end])) continue;
    if (spanEnd > end && isWordChar(text[spanEnd])) continue;
    if (!ipv6Groups(address)) continue;
    spans.push({ start, end: spanEnd, address, family: 6 });
  }
  return i;
}

/**
 * `findIPv6` over the digit windows only: an address holds a digit and spans at most
 * MAX_IPV6_LENGTH characters and a zone id, so every colon of its run lies in a window.
 */
function findIPv6InWindows(text: string, spans: Span[], windows: readonly number[]): void {
  let colon = 0;
  for (let w = 0; w < windows.length && colon >= 0; w += 2) {
    colon = findIPv6(text, spans, Math.max(colon, windows[w]!), windows[w + 1]!);
  }
}

/**
 * Whether `text[start, end)` has an ASCII digit and two colons, read in place: most colon runs
 * of code and logs (`a: b`, `::`, times) have not, and were sliced and matched for nothing.
 */
function hasDigitAndTwoColons(text: string, start: number, end: number): boolean {
  let digit = false;
  let colons = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 58) colons++;
    else if (code >= 48 && code <= 57) digit = true;
  }
  return digit && colons >= 2;
}

const KEYWORD_WINDOW = 48;

/** Whether any letter stands near the value: lists of bare addresses skip the keyword search. */
function hasLetterNear(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - KEYWORD_WINDOW);
  const to = Math.min(text.length, end + KEYWORD_WINDOW);
  for (let i = from; i < to; i++) if (isLetter(text[i])) return true;
  return false;
}

function contextEvidence(segment: Segment, start: number, end: number): Evidence[] {
  const evidence: Evidence[] = [];
  const field = fieldMatches(segment.location.field, FIELD_KEYWORDS);
  if (field) evidence.push({ kind: 'field', detail: field });
  if (!hasLetterNear(segment.text, start, end)) return evidence;
  const hit = nearestKeyword(segment.text, start, end, KEYWORDS, KEYWORD_WINDOW);
  if (hit) evidence.push(keywordEvidence(hit));
  return evidence;
}

/** A CIDR suffix shorter than a host prefix (`/24`, `/64`). */
function networkPrefix(text: string, end: number, family: 4 | 6): boolean {
  if (text[end] !== '/') return false;
  let i = end + 1;
  while (i < text.length && i - end <= 3 && isDigit(text.charCodeAt(i))) i++;
  if (i === end + 1 || isWordChar(text[i])) return false;
  const bits = Number(text.slice(end + 1, i));
  return bits < (family === 4 ? 32 : 128);
}

function score(
  classification: Classification,
  evidence: Evidence[],
  network: boolean,
): Pick<Candidate, 'confidence' | 'testData'> {
  switch (classification.kind) {
    case 'documentation':
      return { confidence: CONFIDENCE_NOT_PERSONAL, testData: true };
    case 'reserved':
      return { confidence: CONFIDENCE_NOT_PERSONAL };
    case 'private':
      return { confidence: CONFIDENCE_PRIVATE };
    case 'public':
      if (network) return { confidence: CONFIDENCE_NETWORK };
      if (evidence.some((e) => e.kind === 'field')) return { confidence: CONFIDENCE_FIELD };
      if (evidence.some((e) => e.kind === 'keyword')) return { confidence: CONFIDENCE_KEYWORD };
      return { confidence: CONFIDENCE_PUBLIC };
  }
}

function toCandidate(segment: Segment, span: Span): Candidate {
  const { text } = segment;
  let normalized: string;
  let classification: Classification;
  if (span.family === 4) {
    normalized = span.address;
    classification = classifyIPv4(span.address);
  } else {
    const groups = ipv6Groups(span.address) as number[];
    normalized = canonicalIPv6(groups);
    classification = classifyIPv6(groups);
  }
  if (classification.kind === 'public' && PUBLIC_SERVICE_ADDRESSES.has(normalized)) {
    classification = { kind: 'reserved', detail: 'public-resolver' };
  }
  const network = networkPrefix(text, span.end, span.family);
  const evidence: Evidence[] = [
    { kind: 'pattern', detail: span.family === 4 ? 'ipv4' : 'ipv6' },
    { kind: 'validator', detail: 'node:net' },
  ];
  // Context only changes the score of public addresses; skipping it elsewhere keeps dense
  // logs of internal addresses fast.
  if (classification.kind === 'public') {
    evidence.push(...contextEvidence(segment, span.start, span.end));
  }
  if (classification.kind === 'documentation') {
    evidence.push({ kind: 'test-data', detail: classification.detail });
  } else if (classification.kind !== 'public') {
    evidence.push({ kind: 'context', detail: classification.detail });
  }
  if (network && classification.kind === 'public') {
    evidence.push({ kind: 'negative', detail: 'network-prefix' });
  }
  const { confidence, testData } = score(classification, evidence, network);
  return new FoundCandidate(
    span.start,
    span.end,
    normalized,
    confidence,
    evidence,
    testData ? true : undefined,
  );
}

/**
 * A field that names a version or build (`appVersion`, `firmware`, `build_number`): its dotted
 * quads are versions, as they are after the same words in running text.
 */
function versionField(field: string | undefined): boolean {
  if (!field) return false;
  return fieldTokens(field).some(
    (token) => NOT_AN_ADDRESS_BEFORE.has(token) || token.includes('version'),
  );
}

/**
 * The first test every text meets: an IPv6 address has a colon, a dotted quad a dot and seven
 * characters. Native searches reject nearly all cells before any list or field-name work.
 */
function mayHoldAddress(text: string): boolean {
  // The dot first: prose has one within a sentence, and often no colon in the whole text.
  return (text.length >= MIN_IPV4_LENGTH && text.includes('.')) || text.includes(':');
}

/**
 * The detector's entry: the first test only. The search lives in its own function because its
 * closure makes each call allocate a context on entry, a cost nearly every cell would pay.
 */
function detect(segment: Segment): readonly Candidate[] {
  return mayHoldAddress(segment.text) ? addressesIn(segment) : NO_CANDIDATES;
}

function addressesIn(segment: Segment): readonly Candidate[] {
  const { text } = segment;
  const from = segment.reportFrom ?? 0;
  const to = segment.reportTo ?? text.length;
  // Every address holds a digit and reads a few characters around it: the digit windows only.
  const windows = digitWindows(segment);
  const v6: Span[] = [];
  if (windows === undefined) findIPv6(text, v6, 0, text.length);
  else findIPv6InWindows(text, v6, windows);
  const v4: Span[] = [];
  // Most cells (ids, prices, names) are too short or dotless for a dotted quad: skip the search.
  if (
    text.length >= MIN_IPV4_LENGTH &&
    text.includes('.') &&
    !versionField(segment.location.field)
  ) {
    if (windows === undefined) findIPv4(text, v4, 0, text.length);
    else findIPv4InWindows(text, v4, windows);
  }
  // Most segments hold no address: skip the list building below.
  if (v6.length === 0 && v4.length === 0) return NO_CANDIDATES;
  // Without IPv6 spans the dotted quads are already in text order, none inside another span.
  if (v6.length === 0) return reported(v4, from, to).map((s) => toCandidate(segment, s));
  // An IPv4 tail of an IPv6 address (`::ffff:81.2.69.160`) is part of that address. Both
  // lists are in text order, so one pass over them is enough.
  let next = 0;
  const inside = (s: Span) => {
    while (next < v6.length && v6[next]!.end < s.end) next++;
    const around = v6[next];
    return around !== undefined && around.start <= s.start && s.end <= around.end;
  };
  return reported([...v6, ...v4.filter((s) => !inside(s))], from, to)
    .sort((a, b) => a.start - b.start)
    .map((s) => toCandidate(segment, s));
}

/** The spans that start in the reported part [from, to) of the segment. */
function reported(spans: Span[], from: number, to: number): Span[] {
  return spans.filter((s) => s.start >= from && s.start < to);
}

/** `81.2.69.160` → `81.2.*.*`; `2a01:cb00:1:2::5` → `2a01:cb00::****`. */
function redact(value: string): string {
  const address = value.replace(/^\[|\]$/g, '').split('%')[0] ?? '';
  if (isIPv4(address)) {
    const [a, b] = address.split('.');
    return `${a}.${b}.*.*`;
  }
  const groups = ipv6Groups(address);
  if (!groups) return '****';
  const lastColon = address.lastIndexOf(':');
  if (address.includes('.', lastColon)) {
    return `${address.slice(0, lastColon + 1)}${redact(address.slice(lastColon + 1))}`;
  }
  return `${groups[0]!.toString(16)}:${groups[1]!.toString(16)}::****`;
}

export const ipAddressDetector: Detector = {
  id: 'ip-address',
  type: 'ip_address',
  category: 'user.device.ip_address',
  description: 'IPv4 and IPv6 addresses, parsed strictly and classified by range',
  detect,
  redact,
  // `mayHoldAddress`: IPv6 has a colon; a dotted quad a dot, seven characters, four digits.
  cellNeeds: [{ allOf: [':'] }, { minLength: MIN_IPV4_LENGTH, minDigits: 4, allOf: ['.'] }],
};
