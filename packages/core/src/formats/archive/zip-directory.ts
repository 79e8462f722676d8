import { FormatError } from '../types.js';

/**
 * Reading a zip's central directory by hand: it gives every member's declared sizes before a
 * byte is inflated, and the offset of its data, so that members can be inflated one at a time
 * as streams.
 */

export interface ZipMember {
  name: string;
  /** 0 = stored, 8 = deflate; others are not read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  /** Directories, symlinks and devices hold no content to scan. */
  regularFile: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX32 = 0xffffffff;

const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

function corrupt(what: string): FormatError {
  return new FormatError(`corrupt zip archive (${what})`);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfDirectory(bytes: Uint8Array, data: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (data.getUint32(i, true) === EOCD) return i;
  }
  throw new FormatError('not a zip archive (no central directory)');
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt('size out of range');
  return Number(value);
}

export function readCentralDirectory(bytes: Uint8Array): ZipMember[] {
  const data = view(bytes);
  if (bytes.length < 22) throw new FormatError('not a zip archive (too short)');
  const end = findEndOfDirectory(bytes, data);
  let count = data.getUint16(end + 10, true);
  let directorySize = data.getUint32(end + 12, true);
  let directoryOffset = data.getUint32(end + 16, true);
  if (count === 0xffff || directorySize === MAX32 || directoryOffset === MAX32) {
    const locator = end - 20;
    if (locator < 0 || data.getUint32(locator, true) !== ZIP64_LOCATOR)
      throw corrupt('zip64 locator');
    const zip64End = safeNumber(data.getBigUint64(locator + 8, true));
    if (zip64End + 56 > bytes.length || data.getUint32(zip64End, true) !== ZIP64_EOCD) {
      throw corrupt('zip64 end of directory');
    }
    count = safeNumber(data.getBigUint64(zip64End + 32, true));
    directorySize = safeNumber(data.getBigUint64(zip64End + 40, true));
    directoryOffset = safeNumber(data.getBigUint64(zip64End + 48, true));
  }
  if (directoryOffset + directorySize > bytes.length) throw corrupt('directory out of bounds');
  const members: ZipMember[] = [];
  let p = directoryOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || data.getUint32(p, true) !== CENTRAL_ENTRY) {
      throw corrupt('bad directory entry');
    }
    const host = data.getUint16(p + 4, true) >> 8;
    const flags = data.getUint16(p + 8, true);
    const method = data.getUint16(p + 10, true);
    let compressedSize = data.getUint32(p + 20, true);
    let size = data.getUint32(p + 24, true);
    const nameLength = data.getUint16(p + 28, true);
    const extraLength = data.getUint16(p + 30, true);
    const commentLength = data.getUint16(p + 32, true);
    const externalAttributes = data.getUint32(p + 38, true);
    let localHeaderOffset = data.getUint32(p + 42, true);
    const nameEnd = p + 46 + nameLength;
    if (nameEnd + extraLength > bytes.length) throw corrupt('bad directory entry');
    // Bit 11 says UTF-8; older tools wrote CP437, whose ASCII half is the same.
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(
      bytes.subarray(p + 46, nameEnd),
    );
    if (size === MAX32 || compressedSize === MAX32 || localHeaderOffset === MAX32) {
      const wide = readZip64Extra(data, nameEnd, extraLength);
      if (size === MAX32) size = safeNumber(wide.shift() ?? 0n);
      if (compressedSize === MAX32) compressedSize = safeNumber(wide.shift() ?? 0n);
      if (localHeaderOffset === MAX32) localHeaderOffset = safeNumber(wide.shift() ?? 0n);
    }
    const mode = host === UNIX_HOST ? externalAttributes >>> 16 : 0;
    // Some writers leave the file-type bits at zero (mode 0o600 alone): that is a file.
    const fileType = mode & S_IFMT;
    const directory =
      name.endsWith('/') || (externalAttributes & 0x10) !== 0 || fileType === S_IFDIR;
    const special = fileType !== 0 && fileType !== S_IFREG && fileType !== S_IFDIR;
    members.push({
      name,
      method,
      encrypted: (flags & 1) !== 0,
      compressedSize,
      size,
      localHeaderOffset,
      regularFile: !directory && !special,
    });
    p = nameEnd + extraLength + commentLength;
  }
  return members;
}

function readZip64Extra(data: DataView, start: number, length: number): bigint[] {
  let p = start;
  while (p + 4 <= start + length) {
    const id = data.getUint16(p, true);
    const size = data.getUint16(p + 2, true);
    if (id === 0x0001) {
      const values: bigint[] = [];
      for (let q = p + 4; q + 8 <= p + 4 + size; q += 8) values.push(data.getBigUint64(q, true));
      return values;
    }
    p += 4 + size;
  }
  return [];
}

/** Where a member's compressed bytes start, from its local header. */
export function memberDataOffset(bytes: Uint8Array, member: ZipMember): number {
  const data = view(bytes);
  const p = member.localHeaderOffset;
  if (p + 30 > bytes.length || data.getUint32(p, true) !== LOCAL_HEADER) {
    throw corrupt('bad local header');
  }
  const start = p + 30 + data.getUint16(p + 26, true) + data.getUint16(p + 28, true);
  if (start + member.compressedSize > bytes.length) throw corrupt('member data out of bounds');
  return start;
}
