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
/** Bits above the character classes stand for `minLength`/`minDigits` thresholds. */
const FIRST_THRESHOLD_BIT = 8;
const THRESHOLD_BITS = 32 - FIRST_THRESHOLD_BIT;
/** The facts of a segment that is not read (text, long cells): they meet any needs. */
const UNREAD = -1;

/**
 * The class bit of each UTF-16 code unit: one load per unit, no branch on ASCII (0: none of
 * interest; every non-ASCII unit is `non-ascii`).
 */
const CHAR_BITS = new Uint8Array(0x10000).fill(BIT['non-ascii']);
for (let code = 0; code < 128; code++) CHAR_BITS[code] = 0;
for (let code = 48; code <= 57; code++) CHAR_BITS[code] = BIT.digit;
for (let code = 97; code <= 122; code++) CHAR_BITS[code] = BIT.lower;
for (let code = 65; code <= 90; code++) CHAR_BITS[code] = BIT.upper;
for (const sign of ['@', '.', ':', '-'] as const) CHAR_BITS[sign.charCodeAt(0)] = BIT[sign];

/** One alternative of a detector's needs, as masks over a cell's facts word. */
interface CompiledNeed {
  /** Bits that must all be set: classes of `allOf`, and the bits of both thresholds. */
  all: number;
  /** Bits of which one must be set (0: no such need). */
  any: number;
}

function isList(needs: CellNeeds | readonly CellNeeds[]): needs is readonly CellNeeds[] {
  return Array.isArray(needs);
}

function maskOf(chars: readonly CellChar[] | undefined): number {
  let mask = 0;
  for (const char of chars ?? []) mask |= BIT[char];
  return mask;
}

/**
 * The needs of a list of detectors, compiled together. A cell's facts are one 32-bit word: its
 * character classes, and one bit per length or digit threshold some detector declares, set when
 * the cell reaches it. Checking a detector's needs is then one or two masks per cell.
 */
export class CellPlan {
  /** Per detector (by index): its alternatives, or undefined when it runs on every cell. */
  readonly needs: readonly (readonly CompiledNeed[] | undefined)[];
  /** Threshold bits reached by a length (index: the length, up to MAX_FACT_LENGTH). */
  private readonly lengthBits = new Int32Array(MAX_FACT_LENGTH + 1);
  /** Threshold bits reached by a count of ASCII digits. */
  private readonly digitBits = new Int32Array(MAX_FACT_LENGTH + 1);
  private nextBit = FIRST_THRESHOLD_BIT;
  private readonly lengthBit = new Map<number, number>();
  private readonly digitBit = new Map<number, number>();

  constructor(declared: readonly (CellNeeds | readonly CellNeeds[] | undefined)[]) {
    this.needs = declared.map((one) =>
      one === undefined ? undefined : (isList(one) ? one : [one]).map((need) => this.compile(need)),
    );
  }

  private compile(need: CellNeeds): CompiledNeed {
    const all =
      maskOf(need.allOf) |
      this.thresholdBit(need.minLength ?? 0, this.lengthBit, this.lengthBits) |
      this.thresholdBit(need.minDigits ?? 0, this.digitBit, this.digitBits);
    return { all, any: maskOf(need.anyOf) };
  }

  /**
   * The bit of a threshold, set in `table` for every count that reaches it. 0 (no need) when
   * the threshold is 0, or when bits run out: a dropped need only makes a detector run more.
   */
  private thresholdBit(threshold: number, bits: Map<number, number>, table: Int32Array): number {
    if (threshold <= 0) return 0;
    const known = bits.get(threshold);
    if (known !== undefined) return known;
    if (this.nextBit >= FIRST_THRESHOLD_BIT + THRESHOLD_BITS) return 0;
    const bit = 1 << this.nextBit++;
    bits.set(threshold, bit);
    for (let count = threshold; count < table.length; count++) table[count]! |= bit;
    return bit;
  }

  /** The facts word of a text; `readable` false (or a long text): one that meets any needs. */
  factsOf(text: string, readable: boolean): number {
    if (!readable || text.length > MAX_FACT_LENGTH) return UNREAD;
    let digits = 0;
    let chars = 0;
    for (let i = 0; i < text.length; i++) {
      const bit = CHAR_BITS[text.charCodeAt(i)]!;
      chars |= bit;
      digits += bit & 1; // BIT.digit
    }
    return chars | this.lengthBits[text.length]! | this.digitBits[digits]!;
  }
}

/** Whether a cell's facts meet one of a detector's alternatives. */
export function meetsNeeds(facts: number, needs: readonly CompiledNeed[]): boolean {
  for (let k = 0; k < needs.length; k++) {
    const need = needs[k]!;
    if ((facts & need.all) === need.all && (need.any === 0 || (facts & need.any) !== 0))
      return true;
  }
  return false;
}
