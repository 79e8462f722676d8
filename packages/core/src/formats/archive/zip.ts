import { FormatError, type FormatInput, type FormatItem, type FormatModule } from '../types.js';
import { assertDepth, BOMB_MESSAGE, exceedsRatio, SIZE_MESSAGE } from './limits.js';
import { memberDataOffset, readCentralDirectory, type ZipMember } from './zip-directory.js';

/**
 * Zip archives: sizes from the central directory are checked before anything is inflated, then
 * each member is inflated as a stream (fflate) and handed back to the scanner. While inflating,
 * a member may not grow past its declared size, so the checks on declared sizes hold for the
 * real bytes too.
 */

/** Compressed bytes pushed at once: deflate expands at most ~1032×, so one push stays small. */
const PUSH_BYTES = 16 * 1024;

function checkDeclared(members: ZipMember[], archiveSize: number, input: FormatInput): void {
  const { limits } = input;
  let total = 0;
  for (const member of members) {
    if (!member.regularFile) continue;
    total += member.size;
    if (exceedsRatio(member.size, member.compressedSize, limits))
      throw new FormatError(BOMB_MESSAGE);
  }
  if (total > limits.maxUncompressedBytes) throw new FormatError(SIZE_MESSAGE);
  if (exceedsRatio(total, archiveSize, limits)) throw new FormatError(BOMB_MESSAGE);
}

async function* inflateMember(
  bytes: Uint8Array,
  member: ZipMember,
  start: number,
): AsyncGenerator<Uint8Array> {
  const compressed = bytes.subarray(start, start + member.compressedSize);
  if (member.method === 0) {
    if (member.compressedSize !== member.size)
      throw new FormatError('corrupt zip archive (stored size)');
    for (let offset = 0; offset < compressed.length; offset += 64 * 1024) {
      yield compressed.subarray(offset, offset + 64 * 1024);
    }
    return;
  }
  let produced = 0;
  let pending: Uint8Array[] = [];
  // Loaded here: a scan worker that reads no zip does not load fflate at its start.
  const { Inflate } = await import('fflate');
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    // A member that grows past its declared size is lying about it: stop now.
    if (produced > member.size) throw new FormatError(BOMB_MESSAGE);
    pending.push(chunk);
  });
  for (let offset = 0; offset < compressed.length || offset === 0; offset += PUSH_BYTES) {
    const last = offset + PUSH_BYTES >= compressed.length;
    try {
      inflater.push(compressed.subarray(offset, offset + PUSH_BYTES), last);
    } catch (error) {
      if (error instanceof FormatError) throw error;
      throw new FormatError('corrupt zip archive (bad deflate data)');
    }
    const ready = pending;
    pending = [];
    yield* ready;
    if (last) break;
  }
  if (produced !== member.size) throw new FormatError('corrupt zip archive (member size mismatch)');
}

async function* read(input: FormatInput): AsyncIterable<FormatItem> {
  assertDepth(input);
  const nested = input.nested;
  if (!nested) return;
  const bytes = await input.bytes();
  const members = readCentralDirectory(bytes);
  checkDeclared(members, bytes.length, input);
  for (const member of members) {
    // Encrypted members and methods other than stored/deflate cannot be read: skipped.
    if (!member.regularFile || member.encrypted) continue;
    if (member.method !== 0 && member.method !== 8) continue;
    const start = memberDataOffset(bytes, member);
    const content = { size: member.size, stream: () => inflateMember(bytes, member, start) };
    yield* nested(member.name, content, input.depth + 1);
  }
}

export const zipFormat: FormatModule = {
  id: 'zip',
  description: 'zip archives: every member read with the format of its name',
  extensions: ['.zip'],
  sniff: (head) =>
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    (head[2] === 3 || head[2] === 5) &&
    head[3] === head[2] + 1,
  isolated: true,
  read,
};
