import { describe, expect, it } from 'vitest';
import { fold } from './fold.js';

/** The definition `fold` must keep: NFD, strip combining accents, lower-case. */
function reference(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

describe('fold', () => {
  it('folds case and accents', () => {
    expect(fold('Téléphone')).toBe('telephone');
    expect(fold('ÉCOLE Ŝ')).toBe('ecole s');
    expect(fold('plain ascii')).toBe('plain ascii');
  });

  it('equals the reference for every BMP unit alone and in context', () => {
    const differences: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code);
      // Beside accents (reordering), a capital sigma (contextual lower case) and ASCII.
      for (const text of [
        unit,
        `a${unit}`,
        `${unit}\u0301`,
        `É${unit}ß`,
        `ΑΣ${unit}`,
        `${unit}Σ`,
      ]) {
        if (fold(text) !== reference(text)) differences.push(code.toString(16));
      }
    }
    expect(differences).toEqual([]);
  });
});
