import { nextRun, type Run } from './runs.js';

/** Hex digits and the separators of MAC addresses (`:`, `-`, `.`), by char code. */
export const HEX_AND_SEPARATORS = new Uint8Array(128);
for (const ch of '0123456789abcdefABCDEF:-.') HEX_AND_SEPARATORS[ch.charCodeAt(0)] = 1;

/** The shortest run kept: the dotted form of a MAC address, three groups of four hex digits. */
export const MIN_HEX_RUN = 14;

const NO_RUNS: readonly number[] = Object.freeze([]);
const found: Run = { start: 0, end: 0 };
let lastText: string | undefined;
let lastRuns: readonly number[] = NO_RUNS;

/**
 * The maximal runs of at least `MIN_HEX_RUN` characters of `HEX_AND_SEPARATORS` in `text`, as
 * start and end offsets in turn. mac-address and device-id run one after the other on each text,
 * and every run device-id wants (15 hex digits and dashes) lies in one of these: the answer for
 * the last text is kept, so the text is probed once for both.
 */
export function hexRuns(text: string): readonly number[] {
  if (text !== lastText) {
    lastRuns = findHexRuns(text);
    lastText = text;
  }
  return lastRuns;
}

function findHexRuns(text: string): readonly number[] {
  // Most texts hold none: they get no array of their own.
  if (!nextRun(text, 0, MIN_HEX_RUN, HEX_AND_SEPARATORS, found)) return NO_RUNS;
  const runs: number[] = [];
  do runs.push(found.start, found.end);
  while (nextRun(text, found.end, MIN_HEX_RUN, HEX_AND_SEPARATORS, found));
  return runs;
}
