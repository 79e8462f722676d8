import { describe, expect, it } from 'vitest';
import type { CellNeeds } from '../types.js';
import { CellPlan, MAX_FACT_LENGTH, meetsNeeds } from './cell-facts.js';

/** Whether `text`, read as a cell, meets `needs`. */
function meets(text: string, needs: CellNeeds | readonly CellNeeds[], readable = true): boolean {
  const plan = new CellPlan([needs]);
  return meetsNeeds(plan.factsOf(text, readable), plan.needs[0]!);
}

describe('CellPlan', () => {
  it('checks length, ASCII digits and character classes', () => {
    const cell = 'ab-12.3@x';
    expect(meets(cell, { minLength: 9, minDigits: 3, allOf: ['@', '.', '-', 'lower'] })).toBe(true);
    expect(meets(cell, { minDigits: 4 })).toBe(false);
    expect(meets(cell, { minLength: 10 })).toBe(false);
    expect(meets(cell, { anyOf: ['upper', ':'] })).toBe(false);
    expect(meets(cell, { anyOf: ['upper', '@'] })).toBe(true);
    // `É` is non-ASCII, not an ASCII capital.
    expect(meets('Été', { allOf: ['lower', 'non-ascii'] })).toBe(true);
    expect(meets('Été', { anyOf: ['upper'] })).toBe(false);
    // Arabic-Indic digits are not ASCII digits.
    expect(meets('٣٤٥', { minDigits: 1 })).toBe(false);
    expect(meets('', {})).toBe(true);
  });

  it('meets needs when any alternative is met', () => {
    const needs = [{ allOf: [':'] }, { minLength: 7, allOf: ['.'] }] as const;
    expect(meets('::1', needs)).toBe(true);
    expect(meets('1.2.3.4', needs)).toBe(true);
    expect(meets('a.b', needs)).toBe(false);
  });

  it('leaves long and unreadable texts unread: they meet any needs', () => {
    const strict = { minLength: 1000, minDigits: 999, allOf: ['@', ':', 'digit'] } as const;
    expect(meets('x'.repeat(MAX_FACT_LENGTH + 1), strict)).toBe(true);
    expect(meets('short', strict, false)).toBe(true);
    expect(meets('x'.repeat(MAX_FACT_LENGTH), strict)).toBe(false);
  });

  it('shares threshold bits between detectors, and drops thresholds past the last bit', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ minLength: i + 1 }));
    const plan = new CellPlan([...many, undefined]);
    expect(plan.needs[40]).toBeUndefined();
    const facts = plan.factsOf('abc', true);
    // Lengths 1–3 are checked; 4–24 too, and fail; past the bits a need is dropped, so it runs.
    expect(many.map((_, i) => meetsNeeds(facts, plan.needs[i]!))).toEqual(
      many.map((_, i) => i < 3 || i >= 24),
    );
  });
});
