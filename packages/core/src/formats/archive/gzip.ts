import { FormatError, type FormatInput, type FormatItem, type FormatModule } from '../types.js';
import { assertDepth, ExpansionBudget, gunzipLimited } from './limits.js';

/**
 * A lone `.gz` file is its content under another name: `users.csv.gz` is read as `users.csv`,
 * decompressed as a stream and handed back to the scanner as one archive member.
 */

function memberName(input: FormatInput): string {
  const full = input.entry ?? input.path;
  const base = full.slice(full.lastIndexOf('/') + 1);
  return base.toLowerCase().endsWith('.gz') ? base.slice(0, -3) : `${base}.out`;
}

/**
 * The gzip trailer's ISIZE (uncompressed size mod 2^32), found by streaming the compressed
 * bytes once. Only a hint for the member's size: the real count is kept while inflating.
 */
async function sizeHint(input: FormatInput): Promise<number> {
  let tail = new Uint8Array(0);
  for await (const chunk of input.stream()) {
    if (chunk.length >= 4) tail = chunk.slice(chunk.length - 4);
    else {
      const joined = new Uint8Array(tail.length + chunk.length);
      joined.set(tail);
      joined.set(chunk, tail.length);
      tail = joined.slice(Math.max(0, joined.length - 4));
    }
  }
  if (tail.length < 4) throw new FormatError('truncated or corrupt gzip data');
  return new DataView(tail.buffer, tail.byteOffset, 4).getUint32(0, true);
}

async function* read(input: FormatInput): AsyncIterable<FormatItem> {
  assertDepth(input);
  const nested = input.nested;
  if (!nested) return;
  if (input.size < 18 || input.head[0] !== 0x1f || input.head[1] !== 0x8b) {
    throw new FormatError('not a gzip file (bad header)');
  }
  // The trailer of a truncated file is garbage: the hint is capped, the real count decides.
  const size = Math.min(await sizeHint(input), input.limits.maxUncompressedBytes);
  const content = {
    size,
    stream: () => gunzipLimited(input.stream(), new ExpansionBudget(input.limits)),
  };
  yield* nested(memberName(input), content, input.depth + 1);
}

export const gzipFormat: FormatModule = {
  id: 'gzip',
  description: 'gzip-compressed files (.gz): the content is read with the format of its name',
  extensions: ['.gz'],
  sniff: (head) => head[0] === 0x1f && head[1] === 0x8b && head[2] === 8,
  isolated: false,
  read,
};
