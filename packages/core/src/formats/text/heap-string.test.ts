import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { HEADER_ROOM, HEAP_STRING_FROM, heapLatin1String } from './heap-string.js';

/** A buffer with room for the header, then `length` bytes of every value 0-255 in turn. */
function textBuffer(length: number): Buffer {
  const buffer = Buffer.alloc(HEADER_ROOM + length + 16, 0x41);
  for (let i = 0; i < length; i++) buffer[HEADER_ROOM + i] = (i * 31 + 7) & 0xff;
  return buffer;
}

describe('heapLatin1String', () => {
  it('reads the same text as toString, below and above the size it starts at', () => {
    for (const length of [
      0,
      1,
      127,
      128,
      HEAP_STRING_FROM - 1,
      HEAP_STRING_FROM,
      (1 << 20) + 2048,
      (1 << 21) + 3,
    ]) {
      const buffer = textBuffer(length);
      const expected = buffer.toString('latin1', HEADER_ROOM, HEADER_ROOM + length);
      expect(heapLatin1String(buffer, length)).toBe(expected);
    }
  });

  it('leaves the text and what follows it unchanged', () => {
    const length = HEAP_STRING_FROM + 5;
    const buffer = textBuffer(length);
    const before = Buffer.from(buffer.subarray(HEADER_ROOM));
    heapLatin1String(buffer, length);
    expect(buffer.subarray(HEADER_ROOM).equals(before)).toBe(true);
  });
});
