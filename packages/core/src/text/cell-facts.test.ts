import { describe, expect, it } from 'vitest';
import { CellFacts, compileNeeds, MAX_FACT_LENGTH } from './cell-facts.js';

function factsOf(...texts: string[]): CellFacts {
  const facts = new CellFacts();
  facts.reset(texts.length);
  texts.forEach((text, index) => facts.read(index, text, true));
  return facts;
}

describe('CellFacts', () => {
  it('counts length and ASCII digits, and notes character classes', () => {
    const facts = factsOf('ab-12.3@x', 'Été', '٣٤٥');
    expect(facts.lengths[0]).toBe(9);
    expect(facts.digits[0]).toBe(3);
    expect(
      facts.meets(0, compileNeeds({ minLength: 9, minDigits: 3, allOf: ['@', '.', '-'] })),
    ).toBe(true);
    expect(facts.meets(0, compileNeeds({ minDigits: 4 }))).toBe(false);
    expect(facts.meets(0, compileNeeds({ minLength: 10 }))).toBe(false);
    expect(facts.meets(0, compileNeeds({ anyOf: ['upper', ':'] }))).toBe(false);
    // `É` is non-ASCII, not an ASCII capital.
    expect(facts.meets(1, compileNeeds({ allOf: ['lower', 'non-ascii'] }))).toBe(true);
    expect(facts.meets(1, compileNeeds({ anyOf: ['upper'] }))).toBe(false);
    // Arabic-Indic digits are not ASCII digits.
    expect(facts.digits[2]).toBe(0);
    expect(facts.meets(2, compileNeeds({ anyOf: ['digit'] }))).toBe(false);
  });

  it('meets needs when any alternative is met', () => {
    const facts = factsOf('::1', 'a.b');
    const needs = compileNeeds([{ allOf: [':'] }, { minLength: 7, allOf: ['.'] }]);
    expect(facts.meets(0, needs)).toBe(true);
    expect(facts.meets(1, needs)).toBe(false);
  });

  it('leaves long and unreadable segments unread: they meet any needs', () => {
    const facts = new CellFacts();
    facts.reset(2);
    facts.read(0, 'x'.repeat(MAX_FACT_LENGTH + 1), true);
    facts.read(1, 'short', false);
    const strict = compileNeeds({ minLength: 1000, minDigits: 999, allOf: ['@', ':', 'digit'] });
    expect(facts.meets(0, strict)).toBe(true);
    expect(facts.meets(1, strict)).toBe(true);
  });

  it('grows for a larger batch and keeps its arrays for a smaller one', () => {
    const facts = new CellFacts();
    facts.reset(10);
    const arrays = facts.lengths;
    facts.reset(5);
    expect(facts.lengths).toBe(arrays);
    facts.reset(100);
    expect(facts.lengths.length).toBeGreaterThanOrEqual(100);
    facts.read(99, '12345', true);
    expect(facts.digits[99]).toBe(5);
  });
});
