import { concatBytes } from '../../util/concat-bytes.js';
import { FormatError } from '../types.js';

/**
 * Splitting a byte stream into lines (kept as bytes, for the MIME parser) and an mbox into
 * messages. A `From ` line opens a message only at the start of the file or after a blank
 * line, so a body line that happens to start with "From " does not split a message.
 */

export interface RawMessage {
  /** 1-based line in the file of the message's first header line. */
  firstLine: number;
  lines: Uint8Array[];
  bytes: number;
}

const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20];

export function startsWithFrom(line: Uint8Array, offset = 0): boolean {
  if (line.length < offset + FROM_.length) return false;
  for (let i = 0; i < FROM_.length; i++) if (line[offset + i] !== FROM_[i]) return false;
  return true;
}

export function isBlankLine(line: Uint8Array): boolean {
  return (
    line.length === 0 ||
    (line.length === 1 && (line[0] === 10 || line[0] === 13)) ||
    (line.length === 2 && line[0] === 13 && line[1] === 10)
  );
}

/** Lines of a byte stream, each with its `\n`; the last one may lack it. */
export async function* splitLines(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let carry: Uint8Array[] = [];
  for await (const chunk of source) {
    let start = 0;
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, i + 1);
      if (carry.length > 0) {
        carry.push(piece);
        yield concat(carry);
        carry = [];
      } else {
        yield piece;
      }
      start = i + 1;
    }
    if (start < chunk.length) carry.push(chunk.slice(start));
  }
  if (carry.length > 0) yield concat(carry);
}

/** The parts as one buffer (a single part as it is). */
export function concat(parts: Uint8Array[]): Uint8Array {
  return parts.length === 1 ? (parts[0] as Uint8Array) : concatBytes(parts);
}

/**
 * Messages of an mbox (or the single message of an .eml), with `>From ` escapes undone
 * (mboxrd: one `>` less).
 */
export async function* splitMessages(
  lines: AsyncIterable<Uint8Array>,
  mbox: boolean,
  maxMessageBytes: number,
): AsyncGenerator<RawMessage> {
  let current: RawMessage | undefined = mbox ? undefined : { firstLine: 1, lines: [], bytes: 0 };
  let lineNumber = 0;
  let previousBlank = true;
  for await (const raw of lines) {
    lineNumber++;
    let line = raw;
    if (mbox && previousBlank && startsWithFrom(line)) {
      if (current) yield current;
      current = { firstLine: lineNumber + 1, lines: [], bytes: 0 };
      previousBlank = false;
      continue;
    }
    previousBlank = isBlankLine(line);
    if (!current) continue;
    if (mbox && line[0] === 0x3e) {
      let depth = 0;
      while (line[depth] === 0x3e) depth++;
      if (startsWithFrom(line, depth)) line = line.subarray(1);
    }
    current.lines.push(line);
    current.bytes += line.length;
    if (current.bytes > maxMessageBytes) {
      throw new FormatError(`e-mail message starting at line ${current.firstLine} is too large`);
    }
  }
  if (current) yield current;
}
