import { describe, expect, it } from 'vitest';
import type { DetectorOptions, Segment } from '../../types.js';
import { phoneDetector } from './index.js';
import { bareRunMayBePhone } from './read-candidate.js';

const OPTIONS: DetectorOptions = { regions: ['FR', 'US'] };

function segment(text: string): Segment {
  return { text, syntax: 'prose', location: { path: 'test.log' } };
}

/** The answer for the first bare run of digits in `text`. */
function mayBePhone(text: string): boolean {
  const start = text.search(/[0-9]/);
  let end = start;
  while (end < text.length && /[0-9]/.test(text[end] as string)) end++;
  return bareRunMayBePhone(segment(text), start, end, OPTIONS);
}

describe('bareRunMayBePhone', () => {
  it('drops an id that no region reads and no phone word stands near', () => {
    expect(mayBePhone('INFO request id=401097827 status=200')).toBe(false);
    expect(phoneDetector.detect(segment('request id=401097827 status=200'), OPTIONS)).toEqual([]);
  });

  it('keeps a national number, E.164 without + beside a phone word, and a 00 prefix', () => {
    expect(mayBePhone('appel 0612345678 ok')).toBe(true);
    expect(mayBePhone('msisdn=33612345678')).toBe(true);
    expect(mayBePhone('ref 0033612345678')).toBe(true);
    const found = phoneDetector.detect(segment('msisdn=33612345678'), OPTIONS);
    expect(found.map((c) => c.normalized)).toEqual(['+33612345678']);
  });

  it('leaves runs too short or too long for a bare national number to the full reading', () => {
    expect(mayBePhone('n=123456')).toBe(true);
    expect(mayBePhone('n=1234567890123')).toBe(true);
  });
});
