import { Buffer } from 'node:buffer';
import { deserialize, serialize } from 'node:v8';

/**
 * Bytes a buffer keeps free before its text, where `heapLatin1String` writes its header: the
 * serializer's version (two bytes today), the string's tag and its length (at most five).
 */
export const HEADER_ROOM = 12;

/** Texts this long or longer are made by `heapLatin1String`; shorter ones by `toString`. */
export const HEAP_STRING_FROM = 1 << 19;

/** What V8's serializer writes before a string of one-byte characters: its version, its tag. */
const EMPTY_STRING = serialize('');
const ONE_BYTE_STRING_TAG = 0x22;
/**
 * The version header; undefined if the format ever writes a string otherwise, or if the header
 * would not fit in `HEADER_ROOM` with a tag and a five-byte length.
 */
const VERSION =
  EMPTY_STRING.length >= 4 &&
  EMPTY_STRING.length - 2 + 1 + 5 <= HEADER_ROOM &&
  EMPTY_STRING[EMPTY_STRING.length - 2] === ONE_BYTE_STRING_TAG &&
  EMPTY_STRING[EMPTY_STRING.length - 1] === 0
    ? Uint8Array.from(EMPTY_STRING.subarray(0, EMPTY_STRING.length - 2))
    : undefined;

/**
 * `buffer.toString('latin1', HEADER_ROOM, HEADER_ROOM + length)`, as a string in V8's heap.
 * Node copies a Latin-1 text of about 1 MB or more into an external string (its characters
 * outside the heap), and every detector reads such a string a little slower than one held in
 * the heap (all eleven about 2.5 % on 1 MiB segments). V8's deserializer reads a one-byte
 * string from the serializer's format with one copy into the heap: the header is written in
 * the room the buffer keeps before the text, so the text itself is copied once, as `toString`
 * copies it. The header overwrites buffer[0, HEADER_ROOM).
 */
export function heapLatin1String(buffer: Buffer, length: number): string {
  if (length < HEAP_STRING_FROM || VERSION === undefined)
    return buffer.toString('latin1', HEADER_ROOM, HEADER_ROOM + length);
  const size = varintSize(length);
  let at = HEADER_ROOM - size - 1 - VERSION.length;
  const start = at;
  buffer.set(VERSION, at);
  at += VERSION.length;
  buffer[at++] = ONE_BYTE_STRING_TAG;
  let rest = length;
  for (; rest >= 0x80; rest >>>= 7) buffer[at++] = (rest & 0x7f) | 0x80;
  buffer[at] = rest;
  return deserialize(buffer.subarray(start, HEADER_ROOM + length)) as string;
}

function varintSize(value: number): number {
  let size = 1;
  for (let rest = value; rest >= 0x80; rest >>>= 7) size++;
  return size;
}
