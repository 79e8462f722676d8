import type { Candidate, Detector, DetectorOptions, Segment } from '../../types.js';
import { NO_CANDIDATES } from '../../text/no-candidates.js';
import { gluedAfter, gluedBefore, isOtherNumber } from './not-a-phone.js';
import {
  findNumberRuns,
  isSpaceCode,
  type BareRunFilter,
  type DigitGroup,
  type NumberRun,
} from './number-runs.js';
import { bareRunMayBePhone, MAX_DIGITS, MIN_DIGITS, readCandidate } from './read-candidate.js';
import { redactPhone } from './redact.js';

/**
 * Phone numbers: digit runs found by a linear scan, cut at spaces into candidate numbers,
 * read and validated by libphonenumber in the configured regions (or in their own country
 * when written with `+`/`00`), scored by their formatting and the words around them.
 */

/** A phone has at most this many groups (`+33 (0)6 12 34 56 78` has seven). */
const MAX_GROUPS = 8;
export const phoneDetector: Detector = {
  id: 'phone',
  type: 'phone',
  category: 'user.contact.phone_number',
  description:
    'Phone numbers validated by libphonenumber (national numbers in the configured regions, any country with +/00)',
  detect,
  redact: redactPhone,
  // `tooFewDigits`: a phone has at least MIN_DIGITS ASCII digits.
  cellNeeds: { minLength: MIN_DIGITS, minDigits: MIN_DIGITS },
};

function detect(segment: Segment, options: DetectorOptions): readonly Candidate[] {
  const { text } = segment;
  // Most table cells hold fewer digits than any phone: they leave before the scan allocates.
  if (tooFewDigits(text)) return NO_CANDIDATES;
  const from = segment.reportFrom ?? 0;
  const to = segment.reportTo ?? text.length;
  const candidates: Candidate[] = [];
  // Runs too short to hold a phone are skipped by the scan itself.
  // In a long text (a log, code) bare ids are dropped unmade; a cell's few runs are read whole,
  // where judging them twice would cost more than their objects.
  const keepBare = text.length > SHORT_TEXT ? bareRunFilter(segment, options) : undefined;
  for (const run of findNumberRuns(text, MIN_DIGITS, keepBare)) {
    if (run.start >= to) break;
    if (run.end <= from || gluedBefore(text, run) || isOtherNumber(run)) continue;
    splitRun(segment, run, options, from, to, candidates);
  }
  return candidates;
}

/** Made apart from `detect`, so that a cell's call allocates no context for the closure. */
function bareRunFilter(segment: Segment, options: DetectorOptions): BareRunFilter {
  return (start, end) => bareRunMayBePhone(segment, start, end, options);
}

/**
 * At least MIN_DIGITS digits anywhere in a short text (a cell, a value). A regex rather than a
 * loop: cells are slices of a larger text, which the regex engine reads natively. With too few
 * digits it backtracks over the text once per digit, so long texts go straight to the scan.
 */
const ENOUGH_DIGITS = new RegExp(`(?:[0-9][^0-9]*){${MIN_DIGITS}}`);
const SHORT_TEXT = 1024;

function tooFewDigits(text: string): boolean {
  // Most cells (`42`, `true`, `FR`) are shorter than a phone: not even the regex is entered.
  if (text.length < MIN_DIGITS) return true;
  return text.length <= SHORT_TEXT && !ENOUGH_DIGITS.test(text);
}

/**
 * Try the longest phone at each group boundary, left to right: a run may hold several
 * (`0612345678 0758214365`). A number may start inside a run only where the previous number,
 * a date or a ` / ` ends; never in the middle of a long grouped id (`866 177 936 62549`).
 * Those starting in [from, to) are appended to `found` (no array per run: most runs give none).
 */
function splitRun(
  segment: Segment,
  run: NumberRun,
  options: DetectorOptions,
  from: number,
  to: number,
  found: Candidate[],
): void {
  const { groups } = run;
  const last = groups.length - 1 - (gluedAfter(segment.text, run.end, run) ? 1 : 0);
  const { blocked } = run;
  // Most runs hold no date or IP address: their groups are not each looked up.
  const anyBlocked = blocked.size > 0;
  let canStart = true;
  let i = 0;
  while (i <= last) {
    let next = i + 1;
    let nextCanStart = (anyBlocked && blocked.has(i)) || isHardBreak(groups[i + 1]);
    if (
      canStart &&
      !(anyBlocked && blocked.has(i)) &&
      (i === 0 || isBoundary(groups[i] as DigitGroup))
    ) {
      let j = i;
      while (j < last && j - i + 1 < MAX_GROUPS && !(anyBlocked && blocked.has(j + 1))) {
        if (isHardBreak(groups[j + 1])) break;
        j++;
      }
      let digitCount = 0;
      for (let k = i; k <= j; k++) digitCount += (groups[k] as DigitGroup).digits.length;
      for (; j >= i; digitCount -= (groups[j] as DigitGroup).digits.length, j--) {
        if (digitCount > MAX_DIGITS) continue;
        if (digitCount < MIN_DIGITS) break;
        if (j < last && !isBoundary(groups[j + 1] as DigitGroup)) continue;
        const candidate = readCandidate(segment, run, i, j, options);
        if (candidate) {
          if (candidate.start >= from && candidate.start < to) found.push(candidate);
          next = j + 1;
          nextCanStart = true;
          break;
        }
      }
    }
    canStart = nextCanStart;
    i = next;
  }
}

/** Numbers in one run split where people separate two numbers: a space or a slash. */
function isBoundary(group: DigitGroup): boolean {
  const separator = group.separatorBefore;
  return hasSpace(separator) || hasSlash(separator);
}

/** ` / ` or ` - ` between digits separates two numbers; no phone is written across it. */
function isHardBreak(group: DigitGroup | undefined): boolean {
  if (!group) return false;
  const separator = group.separatorBefore;
  return hasSpace(separator) && hasJoiner(separator);
}

/**
 * `/\s/` over a separator, read by char code: a separator holds only the spaces, joiners and
 * parentheses `number-runs.ts` accepts, and its spaces are all white space.
 */
function hasSpace(separator: string): boolean {
  for (let k = 0; k < separator.length; k++) if (isSpaceCode(separator.charCodeAt(k))) return true;
  return false;
}

function hasSlash(separator: string): boolean {
  for (let k = 0; k < separator.length; k++) if (separator.charCodeAt(k) === 47) return true;
  return false;
}

function hasJoiner(separator: string): boolean {
  for (let k = 0; k < separator.length; k++) {
    const code = separator.charCodeAt(k);
    if (code === 46 || code === 45 || code === 47) return true; /* . - / */
  }
  return false;
}
