import { describe, expect, it } from 'vitest';
import type { Segment } from '../../types.js';
import { byFirstLetter, innermostWords, phoneContext, supportPossible } from './context.js';
import { nationalLengthFits } from './read-number.js';

function segment(text: string): Segment {
  return { text, syntax: 'code', location: { path: 'test.ts' } };
}

/** The context of the first occurrence of `value` in `text`. */
function contextOf(text: string, value: string) {
  const start = text.indexOf(value);
  return phoneContext(segment(text), start, start + value.length);
}

describe('phoneContext', () => {
  it('reads a word right before the value as the nearest (the narrow windows)', () => {
    const found = contextOf(
      "  const id = '727365-2435';\n  return validate(input);",
      '727365-2435',
    );
    expect(found.contradicted).toBe(true);
    expect(found.support).toEqual([]);
  });

  it('prefers a phone word nearer than the other word, on either side', () => {
    const after = contextOf('order 2125550147 phone', '2125550147');
    expect(after.support.map((e) => e.detail)).toEqual(['phone']);
    expect(after.contradicted).toBe(false);
    const before = contextOf('mobile: 0612345678, order', '0612345678');
    expect(before.support.map((e) => e.detail)).toEqual(['mobile']);
  });

  it('finds a phone word past the narrow windows', () => {
    const found = contextOf('telephone (main office, ground floor): 0612345678', '0612345678');
    expect(found.support.map((e) => e.detail)).toEqual(['telephone']);
  });
});

describe('supportPossible', () => {
  it('sees words beyond ASCII, in any chunk of a long text', () => {
    const filler = 'status=200 path=/api/v1/items '.repeat(400);
    const text = `${filler}numéro 33612345678 ${filler}`;
    const start = text.indexOf('33612345678');
    expect(supportPossible(segment(text), start, start + 11)).toBe(true);
    const far = text.lastIndexOf('items');
    expect(supportPossible(segment(text), far, far + 5)).toBe(false);
  });
});

describe('supportPossible over dense ids', () => {
  it('answers alike window by window and, once windows have read half the text, by its spans', () => {
    const filler = ' path=/api/v1/items status=200'.repeat(4);
    const lines: string[] = [];
    for (let k = 0; k < 400; k++)
      lines.push(`${k % 37 === 5 ? 'tel' : 'ref'} 612345678${filler}\n`);
    const text = lines.join('');
    const piece = segment(text);
    const starts: number[] = [];
    let offset = 0;
    for (const line of lines) {
      starts.push(offset + 4);
      offset += line.length;
    }
    const expected = lines.map((line) => line.startsWith('tel'));
    // One segment asked about every id in order: its windows read over half the text.
    expect(starts.map((start) => supportPossible(piece, start, start + 9))).toEqual(expected);
    // Asked again out of order, before where the segment's search started.
    expect(supportPossible(piece, starts[5]!, starts[5]! + 9)).toBe(true);
    expect(supportPossible(piece, starts[6]!, starts[6]! + 9)).toBe(false);
    // Each id asked of a segment asked nothing before: searched in its window alone.
    expect(starts.map((start) => supportPossible(segment(text), start, start + 9))).toEqual(
      expected,
    );
    expect(expected.filter(Boolean)).toHaveLength(11);
  });
});

describe('support word search', () => {
  it('keeps only the words that hold no other word', () => {
    expect(
      innermostWords(['telephone', 'tel', 'tel.', 'cellphone', 'phone', 'cell', 'fax']),
    ).toEqual(['tel', 'phone', 'cell', 'fax']);
  });

  it('groups the words by first letter into one pattern', () => {
    const pattern = new RegExp(byFirstLetter(['tel', 'cell', 'call', 'fax']), 'gi');
    expect(pattern.source).toBe('tel|c(?:ell|all)|fax');
    expect('Call me, TEL, Fax'.match(pattern)).toEqual(['Call', 'TEL', 'Fax']);
  });

  it('finds a longer word through the shorter one it holds, in any case', () => {
    const text = 'status=ok TELEPHONE id=401097827 path=/api';
    const start = text.indexOf('401097827');
    expect(supportPossible(segment(text), start, start + 9)).toBe(true);
    const far = `${'x'.repeat(60)} telephone ${'y'.repeat(60)} id=401097827 path=/api`;
    const farStart = far.indexOf('401097827');
    expect(supportPossible(segment(far), farStart, farStart + 9)).toBe(false);
  });
});

describe('nationalLengthFits', () => {
  it('answers by the regions asked about, whichever were asked before', () => {
    expect(nationalLengthFits(9, ['FR', 'GB', 'US'])).toBe(false);
    expect(nationalLengthFits(10, ['FR', 'GB', 'US'])).toBe(true);
    expect(nationalLengthFits(9, ['BE'])).toBe(true);
    expect(nationalLengthFits(14, ['DE'])).toBe(false);
    expect(nationalLengthFits(8, ['NL'])).toBe(true);
    expect(nationalLengthFits(16, ['NL'])).toBe(false);
  });
});

describe('support words of segments with equal texts', () => {
  // Strings are compared by content: had the words been kept by text rather than by segment,
  // each number of an equal segment would compare 1 MiB (four such segments: about 20 s).
  it(
    'are found once per segment, so a file of one repeated line reads in linear time',
    { timeout: 10_000 },
    () => {
      const line = 'ref 612345678 ok\n';
      const text = line.repeat(Math.floor((1 << 20) / line.length));
      let possible = 0;
      for (let copy = 0; copy < 4; copy++) {
        // A distinct string of the same characters, as the reader makes for each segment.
        const own = Buffer.from(text, 'latin1').toString('latin1');
        const piece = segment(own);
        for (let at = 4; at < own.length; at += line.length)
          if (supportPossible(piece, at, at + 9)) possible++;
      }
      expect(possible).toBe(0);
    },
  );
});
