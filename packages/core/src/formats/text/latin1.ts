import { Buffer, isAscii } from 'node:buffer';
import { concatBytes } from '../../util/concat-bytes.js';
import { incompleteUtf8Tail } from './decoding.js';
import { HEADER_ROOM, heapLatin1String } from './heap-string.js';
import { utf8ToLatin1 } from './utf8-latin1.js';

/**
 * The text read so far, held as one string or as bytes, that the text reader cuts into
 * segments. Offsets are in UTF-16 code units, as in the segments' text.
 */
export interface PendingText {
  readonly length: number;
  /** Offset of the last line feed at or before `at`, or -1. */
  lastNewline(at: number): number;
  charCodeAt(at: number): number;
  /** text[0, end) as a flat string of its own. */
  flatText(end: number): string;
  /** Forget text[0, count). */
  drop(count: number): void;
}

/**
 * UTF-8 text whose characters are all in U+0000–U+00FF (ASCII, and the accented letters of
 * French or German text), held as Latin-1 bytes: one byte per character, so byte offsets are
 * text offsets, a line end is found by a native byte search and a segment's text is one copy
 * of its bytes into a flat one-byte string. Decoding to strings first made three copies of
 * every character (pieces, the flattened concatenation, the segment's own copy).
 */
export class Latin1Text implements PendingText {
  length = 0;
  /** The first bytes of the stream have been looked at for a BOM. */
  private started = false;
  /** The start of a character cut at the end of the last chunk (a copy: chunks may be reused). */
  carry: Uint8Array = EMPTY;
  /** The text's buffer: `HEADER_ROOM` bytes for `heapLatin1String`, then `bytes`. */
  private store: Buffer = takeSpare();
  /** The text, from store[HEADER_ROOM] on. */
  private bytes: Buffer = this.store.subarray(HEADER_ROOM);

  /**
   * Take a chunk of UTF-8. Returns the bytes from the first one this text cannot hold (a
   * character above U+00FF, or bytes that are not UTF-8), or undefined when it took them all
   * (but for a cut character, kept in `carry`).
   */
  append(chunk: Uint8Array): Uint8Array | undefined {
    let bytes = this.carry.length > 0 ? concatBytes([this.carry, chunk]) : chunk;
    this.carry = EMPTY;
    if (!this.started) {
      // A BOM is dropped, as TextDecoder does; wait for its three bytes (a chunk may hold one).
      if (bytes[0] === 0xef && (bytes.length === 1 || bytes[1] === 0xbb)) {
        if (bytes.length < 3) {
          this.carry = bytes.slice();
          return undefined;
        }
        if (bytes[2] === 0xbf) bytes = bytes.subarray(3);
      }
      this.started = true;
    }
    this.reserve(bytes.length);
    const taken = this.takeLatin1(bytes);
    if (taken === bytes.length) return undefined;
    if (incompleteAt(bytes, taken)) {
      this.carry = bytes.slice(taken);
      return undefined;
    }
    return bytes.subarray(taken);
  }

  lastNewline(at: number): number {
    if (at < 0 || this.length === 0) return -1;
    // Within the text: the buffer goes on past it.
    return this.bytes.lastIndexOf(0x0a, Math.min(at, this.length - 1));
  }

  charCodeAt(at: number): number {
    return this.bytes[at] as number;
  }

  flatText(end: number): string {
    return heapLatin1String(this.store, end);
  }

  drop(count: number): void {
    this.bytes.copyWithin(0, count, this.length);
    this.length -= count;
  }

  /** The file is read: its buffer may serve the next one. */
  release(): void {
    if (this.bytes.length > 0 && this.store.length <= MAX_SPARE) spare = this.store;
    this.store = Buffer.alloc(0);
    this.bytes = this.store;
    this.length = 0;
  }

  /**
   * Room for `extra` more bytes; bounded by what the reader keeps (a segment and a chunk). A
   * little more than asked, so that the cut-dependent leftover of the next segment fits too.
   */
  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const needed = this.length + extra;
    const grown = Buffer.allocUnsafe(HEADER_ROOM + needed + (needed >> 4));
    grown.set(this.bytes.subarray(0, this.length), HEADER_ROOM);
    this.store = grown;
    this.bytes = grown.subarray(HEADER_ROOM);
  }

  /**
   * Copy the Latin-1 characters that open `bytes` to the end of the text; returns the offset of
   * the first byte not taken. ASCII stretches are copied whole (`isAscii` is native); the
   * stretches between them are converted when every character fits (`utf8ToLatin1`).
   */
  private takeLatin1(chunk: Uint8Array): number {
    // A plain view: `subarray` of a Buffer goes through its species constructor (a FastBuffer
    // per piece showed in profiles).
    const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const last = bytes.length - incompleteUtf8Tail(bytes);
    let at = 0;
    while (at < bytes.length) {
      const end = Math.min(at + SCAN_PIECE, bytes.length);
      // One view a piece, tested and copied.
      const piece = bytes.subarray(at, end);
      if (isAscii(piece)) {
        this.bytes.set(piece, this.length);
        this.length += end - at;
        at = end;
        continue;
      }
      const stop = nonAsciiEnd(bytes, end, last);
      const latin1 = stop > at ? utf8ToLatin1(bytes.subarray(at, stop)) : undefined;
      if (!latin1) return this.takeLatin1Prefix(bytes, at);
      this.bytes.set(latin1, this.length);
      this.length += latin1.length;
      at = stop;
    }
    return at;
  }

  /**
   * The Latin-1 characters from bytes[at] on, one by one, up to the first byte that is not one
   * (the rare case: a wider character, invalid UTF-8, the end of the chunk inside one).
   */
  private takeLatin1Prefix(bytes: Uint8Array, at: number): number {
    const out = this.bytes;
    let length = this.length;
    while (at < bytes.length) {
      const b = bytes[at] as number;
      if (b < 0x80) {
        out[length++] = b;
        at++;
        continue;
      }
      // U+0080–U+00FF is 0xC2 or 0xC3 and one continuation byte.
      const next = at + 1 < bytes.length ? (bytes[at + 1] as number) : 0;
      if ((b !== 0xc2 && b !== 0xc3) || (next & 0xc0) !== 0x80) break;
      out[length++] = ((b & 0x1f) << 6) | (next & 0x3f);
      at += 2;
    }
    this.length = length;
    return at;
  }
}

/**
 * End of the stretch of pieces that are not ASCII from the one ending at `end`: the start of
 * the next ASCII piece (a character boundary), or `last`, the end of the chunk's whole characters.
 */
function nonAsciiEnd(bytes: Uint8Array, end: number, last: number): number {
  while (end < last) {
    const next = Math.min(end + SCAN_PIECE, bytes.length);
    if (isAscii(bytes.subarray(end, next))) return end;
    end = next;
  }
  return last;
}

const EMPTY = new Uint8Array(0);

/**
 * A buffer kept from the last file read in this thread. The next file takes it rather than
 * allocate its own: 2 MiB per file cost page faults, and dead buffers wait for a collection.
 * A file read while another is still being read allocates its own.
 */
let spare: Buffer | undefined;
/** A spare larger than a segment, a chunk and more is not kept. */
const MAX_SPARE = 4 << 20;

function takeSpare(): Buffer {
  const buffer = spare ?? Buffer.alloc(0);
  spare = undefined;
  return buffer;
}

/** Bytes checked with `isAscii` at a time: long enough for a native call, short enough that a lone accent does not send many bytes through the loop. */
const SCAN_PIECE = 4096;

/** bytes[at…] is the start of a character the chunk does not finish. */
function incompleteAt(bytes: Uint8Array, at: number): boolean {
  const lead = bytes[at] as number;
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
  if (bytes.length - at >= needed) return false;
  for (let i = at + 1; i < bytes.length; i++)
    if (((bytes[i] as number) & 0xc0) !== 0x80) return false;
  return true;
}
