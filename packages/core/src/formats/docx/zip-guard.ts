/**
 * Zip-bomb guard for zip-based documents (DOCX, XLSX, ODS): read the central directory and
 * refuse a member whose declared uncompressed size or compression ratio exceeds the limits,
 * before any parser inflates it. Declared sizes can lie; the isolated worker's memory limit
 * is the backstop for that.
 */
import { FormatError, type FormatLimits } from '../types.js';

export interface ZipMember {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
/** A ratio is only meaningful on members large enough to matter; small XML compresses well. */
const RATIO_FLOOR_BYTES = 64 * 1024;

export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** The central directory of a zip, or a FormatError when there is none. */
export function listZipMembers(bytes: Uint8Array): ZipMember[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw new FormatError('corrupt zip: no central directory');
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const members: ZipMember[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) {
      throw new FormatError('corrupt zip: bad central directory');
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    members.push({
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return members;
}

/** Throw a FormatError when a member (or the whole archive) would expand beyond the limits. */
export function checkZipLimits(
  members: readonly ZipMember[],
  limits: Pick<FormatLimits, 'maxUncompressedBytes' | 'maxCompressionRatio'>,
): void {
  let total = 0;
  for (const member of members) {
    // 0xFFFFFFFF means the real size is in a ZIP64 record: far beyond any document we read.
    const size = member.uncompressedSize === 0xffffffff ? Infinity : member.uncompressedSize;
    total += size;
    if (size > limits.maxUncompressedBytes || total > limits.maxUncompressedBytes) {
      throw new FormatError(
        `zip member too large: ${safeName(member.name)} expands beyond ${limits.maxUncompressedBytes} bytes`,
      );
    }
    const ratio = size / Math.max(1, member.compressedSize);
    if (size > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) {
      throw new FormatError(
        `zip bomb suspected: ${safeName(member.name)} compresses ${Math.round(ratio)}:1 (limit ${limits.maxCompressionRatio}:1)`,
      );
    }
  }
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const stop = Math.max(0, last - 0xffff);
  for (let offset = last; offset >= stop; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return -1;
}

/** Member names of office documents are fixed paths; anything else is shortened. */
function safeName(name: string): string {
  return name.length > 80 ? `${name.slice(0, 77)}...` : name;
}
