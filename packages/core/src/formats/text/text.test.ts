import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type FormatInput } from '../types.js';
import type { Segment } from '../../types.js';
import { looksBinary } from './decode.js';
import { decodeText, detectEncoding, Utf8StreamDecoder } from './decoding.js';

async function decodeBytes(bytes: Uint8Array): Promise<string> {
  let text = '';
  for await (const part of decodeText(
    (async function* () {
      yield bytes;
    })(),
    bytes.subarray(0, 8192),
  ))
    text += part;
  return text;
}
import { textFormat, syntaxFor } from './index.js';
import { advance, LineMap, lineMapOf } from './position.js';

function input(bytes: Uint8Array, chunk = 65536, path = 'file.txt', reused = false): FormatInput {
  const refilled: FormatInput = {
    path,
    size: bytes.length,
    head: bytes.subarray(0, 8192),
    depth: 0,
    limits: DEFAULT_LIMITS,
    stream: async function* () {
      for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
    },
    bytes: async () => bytes,
  };
  if (reused) refilled.chunks = () => refilledChunks(bytes, chunk);
  return refilled;
}

/** `bytes` in views of one buffer, refilled for each chunk and scribbled over at the end. */
async function* refilledChunks(bytes: Uint8Array, chunk: number): AsyncGenerator<Uint8Array> {
  const buffer = new Uint8Array(chunk);
  try {
    for (let i = 0; i < bytes.length; i += chunk) {
      const piece = bytes.subarray(i, i + chunk);
      buffer.fill(0x7e).set(piece);
      yield buffer.subarray(0, piece.length);
    }
  } finally {
    buffer.fill(0x7e);
  }
}

async function segments(bytes: Uint8Array, chunk?: number, reused = false): Promise<Segment[]> {
  const out: Segment[] = [];
  for await (const item of textFormat.read(input(bytes, chunk, 'file.txt', reused)))
    out.push(item as Segment);
  return out;
}

/** Every occurrence of `needle` reported by the segments, with its file position. */
function locate(all: Segment[], needle: string) {
  const hits: { line: number; column: number }[] = [];
  for (const segment of all) {
    const map = new LineMap(segment.text, {
      line: segment.location.line!,
      column: segment.location.column!,
    });
    for (let i = segment.text.indexOf(needle); i >= 0; i = segment.text.indexOf(needle, i + 1)) {
      if (i >= (segment.reportFrom ?? 0) && i < (segment.reportTo ?? segment.text.length))
        hits.push(map.positionAt(i));
    }
  }
  return hits;
}

describe('decoding', () => {
  it('reads UTF-8 with and without BOM', async () => {
    expect(await decodeBytes(new TextEncoder().encode('\uFEFFcafé'))).toBe('café');
    expect(await decodeBytes(new TextEncoder().encode('café'))).toBe('café');
  });

  it('reads UTF-16 LE and BE with a BOM', async () => {
    const le = Buffer.from('\uFEFFtéléphone', 'utf16le');
    expect(detectEncoding(le)).toBe('utf-16le');
    expect(await decodeBytes(le)).toBe('téléphone');
    const be = Buffer.from(le).swap16();
    expect(detectEncoding(be)).toBe('utf-16be');
    expect(await decodeBytes(be)).toBe('téléphone');
  });

  it('falls back to windows-1252 for bytes that are not UTF-8', async () => {
    const latin = Buffer.from([0x74, 0xe9, 0x6c, 0xe9, 0x70, 0x68, 0x6f, 0x6e, 0x65, 0x20, 0x80]);
    expect(detectEncoding(latin)).toBe('windows-1252');
    expect(await decodeBytes(latin)).toBe('téléphone €');
  });

  it('decodes a large chunk in pieces without cutting a character', async () => {
    // Every offset near the 16 KiB piece borders falls inside some 2-, 3- or 4-byte character.
    const text = 'é€😀x'.repeat(20_000);
    const parts: string[] = [];
    const bytes = new TextEncoder().encode(text);
    for await (const part of decodeText(
      (async function* () {
        yield bytes;
      })(),
      bytes.subarray(0, 8192),
    ))
      parts.push(part);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(text);
    expect(parts.join('')).not.toContain('\uFFFD');
  });

  it('switches between ASCII pieces and multi-byte ones at any piece border', async () => {
    // 16 KiB of ASCII then characters of 2, 3 and 4 bytes: pieces alternate between the copy of
    // ASCII bytes and the decoder, and the one-byte string of an ASCII piece must not differ.
    const text = `${'a'.repeat(16 * 1024 - 1)}é${'b'.repeat(16 * 1024)}€😀${'c'.repeat(40_000)}`;
    const bytes = new TextEncoder().encode(text);
    expect(await decodeBytes(bytes)).toBe(text);
  });

  it('streams UTF-8 like TextDecoder, ASCII pieces included, whatever the cuts', () => {
    const samples = [
      '\uFEFFplain ascii then café and 😀, then ascii again',
      'ascii first, then a late \uFEFF that is kept',
      'déjà ascii',
    ];
    const invalid = Uint8Array.from([0x61, 0xc3, 0x62, 0xe2, 0x82, 0x63, 0xff, 0x64, 0xf0, 0x9f]);
    const inputs = [...samples.map((s) => new TextEncoder().encode(s)), invalid];
    for (const bytes of inputs) {
      const expected = new TextDecoder('utf-8').decode(bytes);
      for (const size of [1, 2, 3, 5, 8]) {
        const decoder = new Utf8StreamDecoder();
        let out = '';
        for (let at = 0; at < bytes.length; at += size) {
          out += decoder.decode(bytes.subarray(at, at + size));
        }
        out += decoder.end();
        expect(out, `${size}-byte pieces`).toBe(expected);
      }
    }
  });

  it('tells binary from text', () => {
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).toBe(true);
    expect(looksBinary(Buffer.from('plain text\nwith lines\n'))).toBe(false);
    expect(looksBinary(Buffer.from('\uFEFFabc', 'utf16le'))).toBe(false);
  });
});

describe('positions', () => {
  it('counts columns in code points', () => {
    const map = new LineMap('a😀b\nxé😀z', { line: 3, column: 5 });
    expect(map.positionAt(3)).toEqual({ line: 3, column: 7 });
    expect(map.positionAt(9)).toEqual({ line: 4, column: 4 });
    const place = { path: 'notes.txt', line: 1, column: 1 };
    map.placeAt(3, place);
    expect(place).toEqual({ path: 'notes.txt', line: 3, column: 7 });
    expect(advance({ line: 1, column: 1 }, 'ab\ncd')).toEqual({ line: 2, column: 3 });
  });

  it('gives the same positions whatever order the offsets are asked in', () => {
    const text = 'ab\n\ncdé😀\nx\n'.repeat(40) + 'tail';
    const origin = { line: 7, column: 3 };
    const expected = (offset: number) => advance(origin, text.slice(0, offset));
    const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
    const shuffled = offsets.map((o) => (o * 37) % offsets.length);
    for (const order of [offsets, [...offsets].reverse(), shuffled]) {
      const map = new LineMap(text, origin);
      for (const offset of order) expect(map.positionAt(offset)).toEqual(expected(offset));
    }
  });
});

describe('text format', () => {
  it('marks source code by extension', () => {
    expect(syntaxFor('src/app.ts')).toBe('code');
    expect(syntaxFor('notes/readme.md')).toBe('prose');
    expect(syntaxFor('Makefile')).toBe('prose');
  });

  it('reports every occurrence exactly once across segment cuts, with exact positions', async () => {
    // 3 MiB of short lines with a token every 997 lines, read in odd-sized chunks.
    const lines: string[] = [];
    const expected: { line: number; column: number }[] = [];
    let length = 0;
    for (let n = 1; length < 3 * 1024 * 1024; n++) {
      const line =
        n % 997 === 0 ? `line ${n} has TOKEN-${n} here` : `filler line number ${n} with some words`;
      if (n % 997 === 0) expected.push({ line: n, column: `line ${n} has `.length + 1 });
      lines.push(line);
      length += line.length + 1;
    }
    const all = await segments(Buffer.from(lines.join('\n')), 70001);
    expect(all.length).toBeGreaterThan(2);
    expect(locate(all, 'TOKEN-')).toEqual(expected);
    // The reader's own maps, shared with the scanner while each segment is taken as it comes,
    // give the same positions; afterwards a segment gets a map of its own.
    const shared: { line: number; column: number }[] = [];
    const bytes = Buffer.from(lines.join('\n'));
    for await (const item of textFormat.read(input(bytes, 70001))) {
      const segment = item as Segment;
      const map = lineMapOf(segment)!;
      const text = segment.text;
      for (let i = text.indexOf('TOKEN-'); i >= 0; i = text.indexOf('TOKEN-', i + 1))
        if (i >= segment.reportFrom! && i < segment.reportTo!) shared.push(map.positionAt(i));
    }
    expect(shared).toEqual(expected);
    expect(lineMapOf(all[0]!)!.positionAt(0)).toEqual({ line: 1, column: 1 });
  });

  it('cuts a single huge line and still finds a value placed on the cut', async () => {
    const size = 1 << 20; // the segment size: a value straddles the first cut
    const head = 'x'.repeat(size - 4);
    const text = `${head} TOKEN-42 ${'y'.repeat(1 << 20)} TOKEN-43`;
    const all = await segments(Buffer.from(text), 100003);
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(locate(all, 'TOKEN-')).toEqual([
      { line: 1, column: size - 2 },
      { line: 1, column: text.indexOf('TOKEN-43') + 1 },
    ]);
  });

  it('keeps positions right after multi-byte characters split across chunks', async () => {
    const text = 'é'.repeat(5000) + '\nrésumé TOKEN-7';
    const all = await segments(Buffer.from(text), 3);
    expect(locate(all, 'TOKEN-')).toEqual([{ line: 2, column: 8 }]);
  });

  it('cuts UTF-8 into the same segments as the decoded text, whatever its characters', async () => {
    // Lines of ASCII and Latin-1 accents, then from a point on a wider character or a byte
    // that is not UTF-8: the reader holds bytes until then and strings after.
    const line = (n: number) =>
      n % 7 === 0 ? `ligne ${n} déjà vue à l'été\n` : `line ${n} of plain words\n`;
    const lines: string[] = [];
    for (let n = 0, length = 0; length < 2.5 * 1024 * 1024; n++) {
      lines.push(line(n));
      length += lines[n]!.length;
    }
    const body = lines.join('');
    const at = Math.floor(body.length * 0.7);
    const wide = body.slice(0, at) + '€ “x” 😀' + body.slice(at);
    const oneLine = body.replace(/\n/g, ' ');
    const cases: { bytes: Uint8Array; text: string }[] = [
      { bytes: Buffer.from(body), text: body },
      { bytes: Buffer.from('\uFEFF' + body), text: body },
      { bytes: Buffer.from(wide), text: wide },
      { bytes: Buffer.from(oneLine), text: oneLine },
    ];
    // A byte that is not UTF-8 late in the file: windows-1252 from there on, as decodeText reads it
    // (the accents after it are read as two characters each).
    const invalid = Buffer.concat([
      Buffer.from(body.slice(0, at)),
      Buffer.from([0x80, 0xe9]),
      Buffer.from(body.slice(at)),
    ]);
    cases.push({ bytes: invalid, text: await decodeBytes(invalid) });
    for (const { bytes, text } of cases) {
      const expected = referenceSegments(text);
      expect(expected.length).toBeGreaterThan(1);
      for (const chunk of [1 << 20, 65537, 4095]) {
        expect(simple(await segments(bytes, chunk))).toEqual(expected);
        expect(simple(await segments(bytes, chunk, true))).toEqual(expected);
      }
    }
  });

  it('carries a cut character, a cut BOM and a trailing broken character across chunks', async () => {
    const cases: [Uint8Array, string][] = [
      [Buffer.from('\uFEFFcafé déjà'), 'café déjà'],
      [Buffer.from('a€b'), 'a€b'],
      [Buffer.from([0x61, 0xc3]), 'aÃ'],
      [Buffer.from([0xef, 0xbb]), 'ï»'],
      [Buffer.from([0x61, 0xc3, 0x28, 0xe9]), 'aÃ(é'],
      // Default-ignorable characters are kept, not dropped (a zero-width space, a later U+FEFF).
      [Buffer.from('café\u200Bdéjà \uFEFFvu'), 'café\u200Bdéjà \uFEFFvu'],
    ];
    for (const [bytes, text] of cases)
      for (const chunk of [1, 2, 3, 100])
        for (const reused of [false, true])
          expect(simple(await segments(bytes, chunk, reused))).toEqual(referenceSegments(text));
  });
});

/** The fields of segments that the detectors and positions depend on. */
function simple(all: Segment[]) {
  return all.map((segment) => ({
    text: segment.text,
    reportFrom: segment.reportFrom,
    reportTo: segment.reportTo,
    line: segment.location.line,
    column: segment.location.column,
  }));
}

/** Segments cut from the whole decoded text by the rules of readText (1 Mi cores, 1 Ki overlaps). */
function referenceSegments(text: string) {
  const size = 1 << 20;
  const overlap = 1024;
  const out: ReturnType<typeof simple> = [];
  let contextStart = 0;
  let coreStart = 0;
  while (text.length - coreStart > 0) {
    const final = text.length - coreStart < size + overlap;
    let coreEnd = text.length;
    if (!final) {
      const newline = text.lastIndexOf('\n', coreStart + size) - coreStart;
      const code = text.charCodeAt(coreStart + size - 1);
      const length =
        newline > size / 2 ? newline + 1 : code >= 0xd800 && code <= 0xdbff ? size - 1 : size;
      coreEnd = coreStart + length;
    }
    const end = final ? coreEnd : Math.min(text.length, coreEnd + overlap);
    const position = advance({ line: 1, column: 1 }, text.slice(0, contextStart));
    out.push({
      text: text.slice(contextStart, end),
      reportFrom: coreStart - contextStart,
      reportTo: coreEnd - contextStart,
      ...position,
    });
    contextStart = Math.max(coreStart, coreEnd - overlap);
    coreStart = coreEnd;
  }
  return out;
}
