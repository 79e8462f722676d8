import { describe, expect, it } from 'vitest';
import { findNinos, NinoFinder } from './nino.js';
import { findNirs, NirFinder } from './nir.js';
import { scanShapes } from './shapes.js';
import { findSsns, SsnFinder } from './ssn.js';

// The finders jump between anchors with regexes; these pin the starts a per-character walk
// would have tried, so the jumps never skip a value. All numbers are invented.
const starts = (found: { start: number }[]) => found.map((match) => match.start);
const all = <T>(find: (text: string, from: number, to: number) => T[], text: string) =>
  find(text, 0, text.length);

describe('findSsns', () => {
  it('reads a bare number right after a spaced group that failed', () => {
    expect(starts(all(findSsns, '123 45 123456789'))).toEqual([7]);
  });
  it('starts only at the first digit of a run', () => {
    expect(all(findSsns, '1536228471')).toEqual([]);
    expect(starts(all(findSsns, 'a 536-22-8471 and 536 22 8471'))).toEqual([2, 18]);
  });
  it('finds dashed values once unformatted ones are not wanted', () => {
    const text = '536228471 x 536-22-8471, 123 45 6789 (536-22-8471)';
    expect(starts(findSsns(text, 0, text.length, () => false))).toEqual([12, 38]);
    expect(starts(findSsns('536-22-8471', 0, 11, () => false))).toEqual([0]);
  });
  it('asks once whether unformatted values are wanted', () => {
    let asked = 0;
    const wanted = () => {
      asked++;
      return true;
    };
    const text = '536228471, 536 22 8471, 536228472';
    expect(starts(findSsns(text, 0, text.length, wanted))).toEqual([0, 11, 24]);
    expect(asked).toBe(1);
  });
  it('does not start inside a run cut by `from`', () => {
    const text = '9536228471 536228471';
    expect(starts(findSsns(text, 1, text.length))).toEqual([11]);
  });
});

describe('findNirs', () => {
  it('reads spaced and Corsican numbers', () => {
    expect(starts(all(findNirs, 'n° 1 85 02 2A 012 345 31.'))).toEqual([3]);
    expect(all(findNirs, 'n° 185022A01234531')[0]?.compact).toBe('185022A01234531');
  });
  it('skips numbers glued to digits before them', () => {
    expect(all(findNirs, '0185022A01234531')).toEqual([]);
  });
  it('reads a number that starts the text or exactly at `from`', () => {
    expect(starts(all(findNirs, '185022A01234531'))).toEqual([0]);
    const text = 'n° 185022A01234531 et 1 85 02 2A 012 345 31';
    expect(starts(findNirs(text, 3, text.length))).toEqual([3, 22]);
    expect(starts(findNirs(text, 4, text.length))).toEqual([22]);
    expect(starts(findNirs(text, 22, text.length))).toEqual([22]);
  });
});

describe('findNinos', () => {
  it('reads spaced and compact numbers', () => {
    expect(starts(all(findNinos, 'NI: QQ 12 34 56 C, AB123456C'))).toEqual([4, 19]);
  });
  it('skips letters glued to capitals before them', () => {
    expect(all(findNinos, 'XAB123456C')).toEqual([]);
  });
  it('reads a number that starts the text or exactly at `from`', () => {
    expect(starts(all(findNinos, 'AB123456C'))).toEqual([0]);
    const text = 'x AB123456C AB 12 34 56 D';
    expect(starts(findNinos(text, 2, text.length))).toEqual([2, 12]);
    expect(starts(findNinos(text, 3, text.length))).toEqual([12]);
  });
  it('reads the next number after a failed or found one', () => {
    // A refused prefix (`GB`), a glued suffix, then two values in a row.
    const text = 'GB123456A AB123456CX AB123456C,JK123456D';
    expect(starts(all(findNinos, text))).toEqual([21, 31]);
  });
});

describe('scanShapes', () => {
  it('finds with one search what each scheme finds alone', () => {
    // Values of the three schemes next to, inside and after one another; all invented.
    const text = [
      'id=536228471 1 85 02 2A 012 345 31 AB123456C 536-22-8471',
      '185022A01234531536228471 QQ 12 34 56 C,536 22 8471;9536-22-8471',
      'x123-45-6789 AB 12 34 56 D 2850578006084 07 185057800608407',
    ].join('\n');
    for (const from of [0, 1, 13, 40]) {
      for (const wanted of [true, false]) {
        const nirs = new NirFinder(from, text.length);
        const ninos = new NinoFinder(from, text.length);
        const ssns = new SsnFinder(from, text.length, () => wanted);
        scanShapes(text, [nirs, ninos, ssns]);
        expect(nirs.matches).toEqual(findNirs(text, from, text.length));
        expect(ninos.matches).toEqual(findNinos(text, from, text.length));
        expect(ssns.matches).toEqual(findSsns(text, from, text.length, () => wanted));
        expect(nirs.matches.length + ninos.matches.length + ssns.matches.length).toBeGreaterThan(0);
      }
    }
  });
});
