import { TextDecoder } from 'node:util';

/**
 * Byte → text decoding for text-like formats: UTF-8 (with or without BOM), UTF-16 LE/BE with a
 * BOM, and windows-1252 for bytes that are not valid UTF-8 (the usual legacy encoding of French
 * and English files). Streaming: feed chunks, get text.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Pick the encoding from the first bytes of a file. */
export function sniffEncoding(head: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { encoding: 'utf-8', bomLength: 3 };
  }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: isValidUtf8Prefix(head) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

/** Whether `bytes` is valid UTF-8, allowing a multi-byte sequence cut at the very end. */
export function isValidUtf8Prefix(bytes: Uint8Array): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return false;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return true; // cut by the sample's end
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) return false;
    }
    i += need + 1;
  }
  return true;
}

/** Content looks binary: NUL bytes (outside UTF-16) or many control characters. */
export function looksBinary(head: Uint8Array): boolean {
  const { encoding } = sniffEncoding(head);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  let control = 0;
  const n = Math.min(head.length, 8192);
  for (let i = 0; i < n; i++) {
    const b = head[i] as number;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/**
 * A streaming decoder. UTF-8 that turns out invalid after the sniffed head is decoded with
 * replacement characters rather than switching encodings mid-file (offsets must stay stable).
 */
export class StreamDecoder {
  private readonly decoder: TextDecoder;
  private skip: number;

  constructor(head: Uint8Array) {
    const { encoding, bomLength } = sniffEncoding(head);
    this.encoding = encoding;
    this.decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
    this.skip = bomLength;
  }

  readonly encoding: TextEncoding;

  write(chunk: Uint8Array): string {
    if (this.skip > 0) {
      const cut = Math.min(this.skip, chunk.length);
      chunk = chunk.subarray(cut);
      this.skip -= cut;
    }
    return this.decoder.decode(chunk, { stream: true });
  }

  end(): string {
    return this.decoder.decode();
  }
}

/** Decode a whole buffer with the sniffed encoding. */
export function decodeBytes(bytes: Uint8Array): string {
  const decoder = new StreamDecoder(bytes.subarray(0, 8192));
  return decoder.write(bytes) + decoder.end();
}
