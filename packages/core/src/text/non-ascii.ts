import { Buffer } from 'node:buffer';

/**
 * Chunks of text checked at once for units beyond ASCII: a chunk of plain ASCII has as many
 * UTF-8 bytes as units, which the runtime counts natively several times faster than a regex
 * finds that it holds none (most of a log or of code); only other chunks are searched.
 */
const ASCII_CHUNK = 4096;
/** The first chunk checked is this short: in accented text the next such unit is near. */
const FIRST_CHUNK = 64;
const NOT_ASCII = /[^\u0000-\u007f]/g;

/** The index of the first unit beyond ASCII at or after `from`, or -1. */
export function nextNonAscii(text: string, from: number): number {
  let at = Math.max(0, from);
  for (let size = FIRST_CHUNK; at < text.length; at += size, size = ASCII_CHUNK) {
    const chunk = text.slice(at, at + size);
    if (Buffer.byteLength(chunk, 'utf8') === chunk.length) continue;
    // The chunk holds one: the search stops inside it.
    NOT_ASCII.lastIndex = at;
    return NOT_ASCII.test(text) ? NOT_ASCII.lastIndex - 1 : -1;
  }
  return -1;
}

/**
 * Every unit beyond ASCII in `text`, in order, into `offsets` (emptied first; a caller reuses
 * one array from segment to segment). Where most of them are wanted (a whole segment), one
 * regex run per chunk that holds some beats a `nextNonAscii` call per unit. With `max`, it stops
 * as soon as there are more than that (accented prose, another script) and returns false.
 */
export function collectNonAscii(text: string, offsets: number[], max = Infinity): boolean {
  offsets.length = 0;
  for (let chunkStart = 0; chunkStart < text.length; chunkStart += ASCII_CHUNK) {
    const chunk = text.slice(chunkStart, chunkStart + ASCII_CHUNK);
    if (Buffer.byteLength(chunk, 'utf8') === chunk.length) continue;
    NOT_ASCII.lastIndex = 0;
    while (NOT_ASCII.test(chunk)) {
      if (offsets.push(chunkStart + NOT_ASCII.lastIndex - 1) > max) return false;
    }
  }
  return true;
}
