/**
 * Facts about a table cell, read in one pass, so that the pipeline can tell which detectors may
 * find anything in it without calling them: a table holds millions of short cells, and calling
 * each of eleven detectors on each cell costs more than most of them then do.
 *
 * A detector declares what a cell must hold for it to return any candidate (`CellNeeds`, on
 * `Detector.cellNeeds`); the declaration must follow from its code, never be stricter.
 */
import type { CellChar, CellNeeds } from '../types.js';

export type { CellChar, CellNeeds };

/**
 * Cells longer than this are not read for facts: every detector runs on them, as on text. A
 * long cell is rare and its own searches dominate.
 */
export const MAX_FACT_LENGTH = 256;

const BIT: Readonly<Record<CellChar, number>> = {
  digit: 1,
  lower: 2,
  upper: 4,
  'non-ascii': 8,
  '@': 16,
  '.': 32,
  ':': 64,
  '-': 128,
};
const NON_ASCII = BIT['non-ascii'];
/** Facts that meet any needs: for segments that are not read (text, long cells). */
const EVERYTHING = 0xff;
const UNREAD_COUNT = 0xffff;

/** The class bit of each ASCII code unit (0: none of interest). */
const ASCII_BITS = new Uint8Array(128);
for (let code = 48; code <= 57; code++) ASCII_BITS[code] = BIT.digit;
for (let code = 97; code <= 122; code++) ASCII_BITS[code] = BIT.lower;
for (let code = 65; code <= 90; code++) ASCII_BITS[code] = BIT.upper;
for (const sign of ['@', '.', ':', '-'] as const) ASCII_BITS[sign.charCodeAt(0)] = BIT[sign];

/** Needs as masks, compared with a cell's facts without any lookup. */
export interface CompiledNeeds {
  minLength: number;
  minDigits: number;
  allOf: number;
  anyOf: number;
}

function maskOf(chars: readonly CellChar[] | undefined): number {
  let mask = 0;
  for (const char of chars ?? []) mask |= BIT[char];
  return mask;
}

/** A detector's declaration (one set of needs, or alternatives any of which will do). */
export function compileNeeds(needs: CellNeeds | readonly CellNeeds[]): CompiledNeeds[] {
  const alternatives: readonly CellNeeds[] = isList(needs) ? needs : [needs];
  return alternatives.map((one) => ({
    minLength: one.minLength ?? 0,
    minDigits: one.minDigits ?? 0,
    allOf: maskOf(one.allOf),
    anyOf: maskOf(one.anyOf),
  }));
}

function isList(needs: CellNeeds | readonly CellNeeds[]): needs is readonly CellNeeds[] {
  return Array.isArray(needs);
}

/**
 * The facts of many cells, in parallel arrays indexed by cell: no object per cell. Reused from
 * batch to batch (detection is synchronous), grown when a batch is larger.
 */
export class CellFacts {
  lengths = new Uint16Array(0);
  digits = new Uint16Array(0);
  chars = new Uint8Array(0);

  /** Size the arrays for `count` cells. */
  reset(count: number): void {
    if (this.lengths.length >= count) return;
    const size = Math.max(count, this.lengths.length * 2);
    this.lengths = new Uint16Array(size);
    this.digits = new Uint16Array(size);
    this.chars = new Uint8Array(size);
  }

  /** Read cell `index` from `text`, or mark it unread (it then meets any needs). */
  read(index: number, text: string, readable: boolean): void {
    if (!readable || text.length > MAX_FACT_LENGTH) {
      this.lengths[index] = UNREAD_COUNT;
      this.digits[index] = UNREAD_COUNT;
      this.chars[index] = EVERYTHING;
      return;
    }
    let digits = 0;
    let chars = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const bit = code < 128 ? ASCII_BITS[code]! : NON_ASCII;
      chars |= bit;
      digits += bit & 1; // BIT.digit
    }
    this.lengths[index] = text.length;
    this.digits[index] = digits;
    this.chars[index] = chars;
  }

  /** Whether cell `index` meets one of the alternatives. */
  meets(index: number, needs: readonly CompiledNeeds[]): boolean {
    const length = this.lengths[index]!;
    const digits = this.digits[index]!;
    const chars = this.chars[index]!;
    for (let k = 0; k < needs.length; k++) {
      const need = needs[k]!;
      if (
        length >= need.minLength &&
        digits >= need.minDigits &&
        (chars & need.allOf) === need.allOf &&
        (need.anyOf === 0 || (chars & need.anyOf) !== 0)
      )
        return true;
    }
    return false;
  }
}
