import { FoundCandidate } from '../../text/found-candidate.js';
import type { Candidate, Detector, Evidence, Segment } from '../../types.js';
import { isAlnum } from '../../text/chars.js';
import { hexRuns } from '../../text/hex-runs.js';
import {
  fieldMatches,
  keywordEvidence,
  keywordList,
  nearestKeyword,
  type KeywordList,
} from '../../text/keywords.js';
import { DEVICE_ID_LENGTHS, classifyToken, type DeviceIdShape } from './classify.js';
import { NO_CANDIDATES } from '../../text/no-candidates.js';

const IMEI_KEYWORDS = keywordList(['imei', 'imeisv', 'imei sv', 'numero imei']);
/**
 * Words naming the device but not the number: weaker, since « téléphone » also stands next to
 * phone numbers, which in international form without `+` can be 15 digits too.
 */
const DEVICE_WORDS = keywordList([
  'device',
  'appareil',
  'téléphone',
  'handset',
  'smartphone',
  'terminal',
  'portable',
]);
const IMEI_FIELDS = keywordList(['imei', 'imeisv', 'device', 'appareil', 'terminal', 'handset']);
const IMEISV_KEYWORDS = keywordList(['imei', 'imeisv', 'imei sv', 'software version']);

const UDID_KEYWORDS = keywordList([
  'udid',
  'device id',
  'device_id',
  'deviceid',
  'device identifier',
  "identifiant de l'appareil",
  'identifiant appareil',
  'device_token',
  'device token',
  'devicetoken',
]);
const UDID_FIELDS = keywordList(['udid', 'device id', 'device token', 'identifiant appareil']);

const ADVERTISING_KEYWORDS = keywordList([
  'idfa',
  'idfv',
  'gaid',
  'aaid',
  'adid',
  'ad_id',
  'ad id',
  'advertising id',
  'advertising identifier',
  'advertisingid',
  'advertising_id',
  'identifiant publicitaire',
  'identifierforvendor',
  'device id',
  'device_id',
  'deviceid',
]);
const ADVERTISING_FIELDS = keywordList([
  'idfa',
  'idfv',
  'gaid',
  'aaid',
  'adid',
  'ad id',
  'advertising id',
  'identifiant publicitaire',
  'device id',
]);

const ANDROID_KEYWORDS = keywordList(['android_id', 'android id', 'androidid', 'ssaid']);
const ANDROID_FIELDS = keywordList(['android id', 'androidid', 'ssaid']);

interface ShapeRule {
  keywords: KeywordList;
  fields: KeywordList;
  /** Weaker context words, worth `withWeakContext`. */
  weakKeywords?: KeywordList;
  withWeakContext?: number;
  /** Confidence without context; 0 means never reported without it. */
  bare: number;
  withContext: number;
}

const RULES: Record<DeviceIdShape, ShapeRule> = {
  imei: {
    keywords: IMEI_KEYWORDS,
    fields: IMEI_FIELDS,
    weakKeywords: DEVICE_WORDS,
    withWeakContext: 0.6,
    bare: 0,
    withContext: 0.85,
  },
  'imei-formatted': {
    keywords: IMEI_KEYWORDS,
    fields: IMEI_FIELDS,
    weakKeywords: DEVICE_WORDS,
    withWeakContext: 0.85,
    bare: 0.75,
    withContext: 0.9,
  },
  imeisv: { keywords: IMEISV_KEYWORDS, fields: IMEI_FIELDS, bare: 0, withContext: 0.8 },
  'imeisv-formatted': {
    keywords: IMEI_KEYWORDS,
    fields: IMEI_FIELDS,
    weakKeywords: DEVICE_WORDS,
    withWeakContext: 0.8,
    bare: 0.6,
    withContext: 0.85,
  },
  udid: { keywords: UDID_KEYWORDS, fields: UDID_FIELDS, bare: 0, withContext: 0.85 },
  'udid-new': { keywords: UDID_KEYWORDS, fields: UDID_FIELDS, bare: 0, withContext: 0.85 },
  uuid: {
    keywords: ADVERTISING_KEYWORDS,
    fields: ADVERTISING_FIELDS,
    bare: 0,
    withContext: 0.8,
  },
  'android-id': { keywords: ANDROID_KEYWORDS, fields: ANDROID_FIELDS, bare: 0, withContext: 0.8 },
};

/** Context must sit close: `udid: …`, `"idfa": "…"`, `IMEI du téléphone : …`. */
const CONTEXT_WINDOW = 40;

/** The advertising ID a device reports when the user limited ad tracking: nobody's. */
const ZERO_ADVERTISING_ID = '00000000-0000-0000-0000-000000000000';

const TOKEN_JOINERS = new Set(['.', '/', '\\', '@']);
/**
 * A whole token (see `isTokenChar`) at least as long as the shortest shape and made only of hex
 * digits and dashes, as every shape is: other tokens, most of any text, are skipped by the regex
 * engine. Linear: a match starts only at a token's first character.
 */
const LONG_TOKEN = /(?<![A-Za-z0-9_-])[0-9A-Fa-f-]{15,}(?![A-Za-z0-9_-])/g;
/** `LONG_TOKEN` at one position only, once `findLongToken` has found where a run starts. */
const LONG_TOKEN_AT = new RegExp(LONG_TOKEN.source, 'y');
/** The rest of a token (possibly empty), from `lastIndex`. */
const TOKEN_REST = /[A-Za-z0-9_-]*/y;
/** The characters of `LONG_TOKEN`'s body, by char code: `HEX_AND_SEPARATORS` but `:` and `.`. */
const HEX_OR_DASH = new Uint8Array(128);
for (const ch of '0123456789abcdefABCDEF-') HEX_OR_DASH[ch.charCodeAt(0)] = 1;
/** `LONG_TOKEN` needs this many body characters in a row. */
const MIN_RUN = 15;
/** The first of `hexRuns` that `findLongToken` has yet to finish: detection is synchronous. */
let runIndex = 0;

export const deviceIdDetector: Detector = {
  id: 'device-id',
  type: 'device_id',
  category: 'user.device.device_id',
  description:
    'Device identifiers: IMEI/IMEISV, Apple UDID, advertising IDs (IDFA/GAID), Android ID — hex and UUID forms only with context.',
  detect(segment) {
    const text = segment.text;
    // Most cells are shorter than any device identifier, and most longer texts (labels, prose)
    // hold no run of hex digits as long as one: both are rejected before any work.
    if (text.length < MIN_RUN) return NO_CANDIDATES;
    const runs = hexRuns(text);
    if (runs.length === 0) return NO_CANDIDATES;
    const from = Math.max(0, segment.reportFrom ?? 0);
    const to = Math.min(text.length, segment.reportTo ?? text.length);
    let candidates: Candidate[] | undefined;
    let i = from;
    runIndex = 0;
    // A token cut by reportFrom belongs to the previous chunk: skip its tail.
    if (isTokenChar(text[i - 1])) {
      TOKEN_REST.lastIndex = i;
      TOKEN_REST.test(text);
      i = Math.min(to, TOKEN_REST.lastIndex);
    }
    for (
      let start = findLongToken(text, runs, i);
      start >= 0;
      start = findLongToken(text, runs, i)
    ) {
      if (start >= to) break;
      i = LONG_TOKEN_AT.lastIndex;
      if (!DEVICE_ID_LENGTHS.has(i - start) || isJoined(text, start, i)) continue;
      const shape = classifyToken(text.slice(start, i));
      if (!shape) continue;
      const candidate = scoreToken(segment, start, i, shape);
      if (candidate) (candidates ??= []).push(candidate);
    }
    return candidates ?? NO_CANDIDATES;
  },
  redact: redactDeviceId,
  // A run of MIN_RUN hex digits and dashes.
  cellNeeds: { minLength: MIN_RUN },
};

/**
 * Where `LONG_TOKEN` would next match from `from` (its end left in `LONG_TOKEN_AT.lastIndex`),
 * or -1. Its body lies in one of `runs` (`hexRuns`, whose class adds `:` and `.`): only those
 * are read, cut at their colons and dots, where the regex engine would try every position of
 * the text (prose is mostly letters past `f`).
 */
function findLongToken(text: string, runs: readonly number[], from: number): number {
  for (let k = runIndex; k < runs.length; k += 2) {
    const end = runs[k + 1]!;
    if (end - from < MIN_RUN) continue;
    for (let start = Math.max(runs[k]!, from); end - start >= MIN_RUN;) {
      let stop = start;
      while (stop < end && HEX_OR_DASH[text.charCodeAt(stop)] === 1) stop++;
      if (stop - start >= MIN_RUN) {
        LONG_TOKEN_AT.lastIndex = start;
        if (LONG_TOKEN_AT.test(text)) {
          runIndex = k;
          return start;
        }
        // Inside the stretch, the lookbehind sees a body character: no match starts there.
      }
      start = stop + 1;
    }
  }
  return -1;
}

function scoreToken(
  segment: Segment,
  start: number,
  end: number,
  shape: DeviceIdShape,
): Candidate | undefined {
  const rule = RULES[shape];
  const evidence: Evidence[] = [{ kind: 'pattern', detail: shape }];
  if (shape.startsWith('imei') && !shape.startsWith('imeisv')) {
    evidence.push({ kind: 'checksum', detail: 'luhn' });
  }
  const keyword = nearestKeyword(segment.text, start, end, rule.keywords, CONTEXT_WINDOW);
  if (keyword) evidence.push(keywordEvidence(keyword));
  const field = fieldMatches(segment.location.field, rule.fields);
  if (field) evidence.push({ kind: 'field', detail: field });
  const weak =
    keyword || field || !rule.weakKeywords
      ? undefined
      : nearestKeyword(segment.text, start, end, rule.weakKeywords, CONTEXT_WINDOW);
  if (weak) evidence.push(keywordEvidence(weak));
  const confidence =
    keyword || field ? rule.withContext : weak ? (rule.withWeakContext ?? 0) : rule.bare;
  if (confidence === 0) return undefined;
  const value = segment.text.slice(start, end).toLowerCase();
  const candidate: Candidate = new FoundCandidate(
    start,
    end,
    shape.startsWith('imei') ? value.replaceAll('-', '') : value,
    field && keyword ? Math.min(0.95, confidence + 0.05) : confidence,
    evidence,
  );
  if (value === ZERO_ADVERTISING_ID) {
    candidate.testData = true;
    candidate.confidence = 0.1;
    evidence.push({ kind: 'test-data', detail: 'zeroed advertising id (tracking limited)' });
  }
  return candidate;
}

/** Letters, digits, and the dash and underscore that hold identifiers together. */
function isTokenChar(ch: string | undefined): boolean {
  return ch === '-' || ch === '_' || isAlnum(ch);
}

/** A token continued by `.` or `/` is part of a version, host name, path or decimal. */
function isJoined(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return (
    (before !== undefined && TOKEN_JOINERS.has(before) && isAlnum(text[start - 2])) ||
    (after !== undefined && TOKEN_JOINERS.has(after) && isAlnum(text[end + 1]))
  );
}

/** Keep the first 4 and last 2 characters; mask the rest, keeping dashes. */
export function redactDeviceId(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    out += i < 4 || i >= value.length - 2 || !isAlnum(ch) ? ch : '*';
  }
  return out;
}
