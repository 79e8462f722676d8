import { describe, expect, it } from 'vitest';
import { nearestKeywordAscii } from './ascii-keywords.js';
import { keywordList, nearestKeyword } from './keywords.js';

const LIST = keywordList(['tél', 'tél.', 'phone', 'tel', 'id', 'order', 'cell', 'cellphone']);

describe('nearestKeywordAscii', () => {
  it('finds whole tokens in any case, nearest first', () => {
    const text = 'Order 12, call PHONE: 0612345678 (id)';
    const hit = nearestKeywordAscii(text, 22, 32, LIST, 40);
    expect(hit).toEqual({ keyword: 'phone', distance: 2, position: 'before' });
  });

  it('reads a dotted keyword only before its dot, and no keyword inside a word', () => {
    const text = 'hotel tel. 0612345678';
    expect(nearestKeywordAscii(text, 11, 21, LIST, 40)).toEqual({
      keyword: 'tel.',
      distance: 1,
      position: 'before',
    });
    expect(nearestKeywordAscii('hotels 0612345678', 7, 17, LIST, 40)).toBeUndefined();
  });

  it('leaves windows beyond ASCII to nearestKeyword', () => {
    const text = 'Tél. : 06 12 34 56 78';
    expect(nearestKeywordAscii(text, 7, 21, LIST, 40)).toEqual(
      nearestKeyword(text, 7, 21, LIST, 40),
    );
  });

  it('answers as nearestKeyword on generated windows', () => {
    const pieces = ['id', 'ID', 'tel', 'tel.', 'phone', 'Cell', 'cellphone', 'order', 'hotel'];
    const glue = [' ', '_', '.', '=', "'", ': ', '\n', 'x', '7', 'é', 'ß', '\u00a0', ''];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 20000; round++) {
      let text = '';
      while (text.length < 90) {
        text += (pieces[next(pieces.length)] as string) + (glue[next(glue.length)] as string);
      }
      const start = next(text.length);
      const end = Math.min(text.length, start + next(12));
      const window = [10, 20, 24, 40, 48][next(5)] as number;
      expect(nearestKeywordAscii(text, start, end, LIST, window)).toEqual(
        nearestKeyword(text, start, end, LIST, window),
      );
    }
  });
});
