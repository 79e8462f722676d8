import { Buffer } from 'node:buffer';
import { nextRun, type Run } from './runs.js';

/** Hex digits and the separators of MAC addresses (`:`, `-`, `.`), by char code. */
export const HEX_AND_SEPARATORS = new Uint8Array(128);
for (const ch of '0123456789abcdefABCDEF:-.') HEX_AND_SEPARATORS[ch.charCodeAt(0)] = 1;

/** The shortest run kept: the dotted form of a MAC address, three groups of four hex digits. */
export const MIN_HEX_RUN = 14;

/** Whether both bytes of a 16-bit value (two Latin-1 bytes) are in `HEX_AND_SEPARATORS`. */
const BOTH_MEMBERS = new Uint8Array(65536);
for (let value = 0; value < 65536; value++) {
  const low = value & 0xff;
  const high = value >> 8;
  BOTH_MEMBERS[value] =
    low < 128 && high < 128 ? HEX_AND_SEPARATORS[low]! & HEX_AND_SEPARATORS[high]! : 0;
}

/**
 * The text is probed as bytes, this many at a time: each unit written as its low byte (Latin-1),
 * so a member unit (ASCII) is always its own byte, and a byte that is no member is never a
 * member unit. Aligned on four bytes for the 32-bit view.
 */
const CHUNK_BYTES = 1 << 16;
const chunkMemory = new ArrayBuffer(CHUNK_BYTES);
const chunkBytes = Buffer.from(chunkMemory);
const chunkQuads = new Uint32Array(chunkMemory);

const NO_RUNS: readonly number[] = Object.freeze([]);
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

/**
 * A run of 14 members holds at least two whole aligned groups of four units, one of them at an
 * even group index: only those groups are tested, four bytes at once against a table of byte
 * pairs, and one that passes only when a group beside it is whole too. In prose one character in
 * three is a member (a-f are common letters), so probing one character every 14 (`nextRun`)
 * mispredicted a branch about every 40 characters; eight members in a row are rare outside
 * numbers and ids. A group that passes is only a hint: the run around it is read from the text.
 * Where hints are dense (logs: dates, times, ids on every line), `nextRun` is cheaper and reads
 * the rest of the text.
 */
function findHexRuns(text: string): readonly number[] {
  // A short text (a table cell, a line) costs more to copy than to probe in place.
  if (text.length < BYTES_FROM_LENGTH) return runsFrom(text, 0, undefined);
  const runs: number[] = [];
  const length = text.length;
  const groups = length >> 2;
  let chunkStart = 0;
  let chunkEnd = 0;
  let reads = 0;
  // Every run that starts before `from` is in `runs`.
  let from = 0;
  for (let group = 0; group < groups;) {
    if (group >= chunkEnd) {
      chunkStart = group;
      const written = chunkBytes.write(text.slice(group * 4, group * 4 + CHUNK_BYTES), 'latin1');
      chunkEnd = group + (written >> 2);
      reads = 0;
    }
    let k = group - chunkStart;
    const end = chunkEnd - chunkStart;
    while (k < end && !isFullGroup(chunkQuads[k]!)) k += 2;
    if (k >= end) {
      group = chunkStart + k;
      continue;
    }
    const at = (chunkStart + k) * 4;
    if (!hasFullNeighbour(k, end)) {
      from = at + 1;
      group = chunkStart + k + 1;
      continue;
    }
    if (++reads > DENSE_READS) return runsFrom(text, from, runs);
    let start = at;
    while (start > 0 && isMemberAt(text, start - 1)) start--;
    // A run from `start` must reach `last`: no run starts in [start, last] otherwise.
    const last = start + MIN_HEX_RUN - 1;
    if (last >= length) break;
    if (!isMemberAt(text, last)) {
      from = last + 1;
      group = (last + 4) >> 2;
      continue;
    }
    let runEnd = at;
    while (runEnd < length && isMemberAt(text, runEnd)) runEnd++;
    if (runEnd - start >= MIN_HEX_RUN) runs.push(start, runEnd);
    // The next run starts after this one's end (a unit that is no member).
    from = runEnd + 1;
    group = (runEnd + 4) >> 2;
  }
  // Most texts hold none: they keep no array of their own.
  return runs.length === 0 ? NO_RUNS : runs;
}

/** Hints read in one chunk past which the rest of the text is read by `nextRun`. */
const DENSE_READS = 512;
/** Texts shorter than this are probed by `nextRun`. */
const BYTES_FROM_LENGTH = 1024;
const found: Run = { start: 0, end: 0 };

/** The runs from `from` on by `nextRun`, after `runs` (made only when one is found). */
function runsFrom(text: string, from: number, runs: number[] | undefined): readonly number[] {
  for (let at = from; nextRun(text, at, MIN_HEX_RUN, HEX_AND_SEPARATORS, found); at = found.end) {
    (runs ??= []).push(found.start, found.end);
  }
  return runs === undefined || runs.length === 0 ? NO_RUNS : runs;
}

/** Whether the group before or after group `k` of the chunk is full (at its edges: maybe). */
function hasFullNeighbour(k: number, end: number): boolean {
  return (
    k === 0 || k + 1 >= end || isFullGroup(chunkQuads[k - 1]!) || isFullGroup(chunkQuads[k + 1]!)
  );
}

/** Whether the four bytes of `quad` are all members. */
function isFullGroup(quad: number): boolean {
  return (BOTH_MEMBERS[quad & 0xffff]! & BOTH_MEMBERS[quad >>> 16]!) !== 0;
}

function isMemberAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code < 128 && HEX_AND_SEPARATORS[code] !== 0;
}
