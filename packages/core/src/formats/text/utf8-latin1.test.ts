import { Buffer, isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { utf8ToLatin1 } from './utf8-latin1.js';

/** The rule, by other means: well-formed UTF-8 whose decoded characters are all below U+0100. */
function reference(utf8: Uint8Array): Uint8Array | undefined {
  if (!isUtf8(utf8)) return undefined;
  const text = Buffer.from(utf8).toString('utf8');
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return undefined;
  return Buffer.from(text, 'latin1');
}

function expectSame(utf8: Uint8Array): void {
  const expected = reference(utf8);
  const actual = utf8ToLatin1(utf8);
  expect(actual && Buffer.from(actual).toString('hex')).toEqual(
    expected && Buffer.from(expected).toString('hex'),
  );
}

/** A small deterministic generator, so that failures reproduce. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

describe('utf8ToLatin1', () => {
  it('converts every character from U+0000 to U+00FF', () => {
    let text = '';
    for (let code = 0; code <= 0xff; code++) text += String.fromCharCode(code);
    const latin1 = utf8ToLatin1(Buffer.from(text, 'utf8'));
    expect(latin1 && Buffer.from(latin1).toString('latin1')).toBe(text);
    expectSame(Buffer.from(text, 'utf8'));
  });

  it('rejects wider characters, invalid sequences and cut ends', () => {
    const cases = [
      [0x41, 0xc3],
      [0xc3, 0x41],
      [0xc3],
      [0xc4, 0x80],
      [0xe2, 0x82, 0xac],
      [0xf0, 0x9f, 0x98, 0x80],
      [0x80],
      [0xbf, 0x41],
      [0xc0, 0x80],
      [0xc1, 0xbf],
      [0xff],
      [0xfe, 0x41],
      [0xc3, 0xa9, 0xc3],
      [0x3f, 0xc3, 0xa9, 0x3f],
      [],
    ];
    // Characters ICU's transcode dropped silently: a BOM, a zero-width space, a bidi mark.
    for (const text of ['a\uFEFFb', 'é\u200Bé', '\u200Ea']) {
      expect(utf8ToLatin1(Buffer.from(text, 'utf8'))).toBeUndefined();
      cases.push([...Buffer.from(text, 'utf8')]);
    }
    for (const bytes of cases) expectSame(Uint8Array.from(bytes));
  });

  it('agrees with the rule on generated text, valid or not', () => {
    const next = random(7);
    const pieces = [
      'a',
      'Z',
      ' ',
      '\n',
      '?',
      'é',
      'ç',
      'ÿ',
      '\u0080',
      'À',
      '€',
      'ł',
      '😀',
      '\u200B',
    ];
    for (let round = 0; round < 400; round++) {
      let text = '';
      const length = Math.floor(next() * 300);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      const bytes = Buffer.from(text, 'utf8');
      expectSame(bytes);
      // A cut end, and a byte changed at random.
      expectSame(bytes.subarray(0, Math.floor(next() * bytes.length)));
      if (bytes.length > 0) {
        const changed = Uint8Array.from(bytes);
        changed[Math.floor(next() * changed.length)] = Math.floor(next() * 256);
        expectSame(changed);
      }
    }
  });

  it('converts inputs longer than its memory so far', () => {
    const text = 'éa'.repeat(200_000);
    const latin1 = utf8ToLatin1(Buffer.from(text, 'utf8'));
    expect(latin1 && Buffer.from(latin1).toString('latin1')).toBe(text);
  });
});
