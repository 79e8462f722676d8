import { describe, expect, it } from 'vitest';
import { DeclarationError, loadDeclaration, mergeDeclarations } from './declaration.js';
import type { PolicyExtraction } from './types.js';

const errorOf = (text: string, path = 'ropa.yml'): DeclarationError => {
  try {
    loadDeclaration(text, path);
  } catch (error) {
    if (error instanceof DeclarationError) return error;
    throw error;
  }
  throw new Error('expected a DeclarationError');
};

describe('declaration files', () => {
  it('reads the YAML form with notes, levels, negations and a generic disclosure', () => {
    const text = [
      'language: fr',
      'declared:',
      '  - user.contact.email',
      '  - category: user.name',
      '    note: "formulaire de contact"',
      '  - category: user.contact',
      '    level: parent',
      'negated: [user.device.ip_address]',
      'generic: true',
    ].join('\n');
    expect(loadDeclaration(text, 'dir/ropa.yml')).toEqual({
      language: 'fr',
      declared: [
        {
          category: 'user.contact.email',
          level: 'specific',
          evidence: [{ text: 'declared in ropa.yml', line: 3 }],
        },
        {
          category: 'user.name',
          level: 'specific',
          evidence: [{ text: 'formulaire de contact', line: 4 }],
        },
        {
          category: 'user.contact',
          level: 'parent',
          evidence: [{ text: 'declared in ropa.yml', line: 6 }],
        },
      ],
      negated: [
        {
          category: 'user.device.ip_address',
          evidence: [{ text: 'declared in ropa.yml', line: 8 }],
        },
      ],
      generic: [{ text: 'declared in ropa.yml', line: 9 }],
    });
  });

  it('reads JSON and resolves deprecated fideslang keys', () => {
    const result = loadDeclaration(
      '{\n  "declared": ["user.health_and_medical", "user.job_title"]\n}',
      'ropa.json',
    );
    expect(result.declared.map((entry) => [entry.category, entry.evidence[0]?.line])).toEqual([
      ['user.health', 2],
      ['user.professional_information.job_title', 2],
    ]);
    expect(result.language).toBe('en');
    expect(result.generic).toEqual([]);
  });

  it('names the nearest valid id for an unknown one, with its line', () => {
    const error = errorOf('declared:\n  - user.contact.email\n  - user.contact.mail\n');
    expect(error.issues).toEqual([
      {
        message: "unknown category 'user.contact.mail' (did you mean 'user.contact.email'?)",
        line: 3,
      },
    ]);
    expect(error.message).toBe(
      "ropa.yml:3: unknown category 'user.contact.mail' (did you mean 'user.contact.email'?)",
    );
    expect(errorOf('negated:\n  - category: user.finanical.iban\n').issues[0]?.message).toBe(
      "unknown category 'user.finanical.iban' (did you mean 'user.financial'?)",
    );
  });

  it('reports schema errors with lines', () => {
    const error = errorOf('declared:\n  - user.name\n  - Email\nlevel: high\ngeneric: 3\n');
    expect(error.issues).toEqual([
      { message: "(root) unknown key 'level'", line: 1 },
      { message: '/declared/1 is not a category id (like user.contact.email)', line: 3 },
      { message: '/generic must be boolean', line: 5 },
      { message: '/generic must be string', line: 5 },
    ]);
  });

  it('reports YAML syntax errors with lines', () => {
    const error = errorOf('declared:\n  - user.name\n   - [oops\n');
    expect(error.issues[0]?.line).toBeGreaterThan(1);
  });
});

describe('mergeDeclarations', () => {
  const extracted: PolicyExtraction = {
    language: 'en',
    declared: [
      {
        category: 'user.name',
        level: 'specific',
        evidence: [{ text: 'We collect your name.', line: 3 }],
      },
      {
        category: 'user.contact.phone_number',
        level: 'specific',
        evidence: [{ text: 'by phone', line: 9 }],
      },
    ],
    negated: [
      { category: 'user.device.ip_address', evidence: [{ text: 'non-personal: IP', line: 12 }] },
    ],
    generic: [],
  };

  it('lets a declaration add, negate and un-negate categories', () => {
    const declaration = loadDeclaration(
      'declared: [user.device.ip_address, user.name]\nnegated: [user.contact.phone_number]\ngeneric: true\n',
      'fix.yml',
    );
    const merged = mergeDeclarations(extracted, declaration);
    expect(merged.declared.map((entry) => [entry.category, entry.evidence.length])).toEqual([
      ['user.device.ip_address', 1],
      ['user.name', 2],
    ]);
    expect(merged.negated.map((entry) => entry.category)).toEqual(['user.contact.phone_number']);
    expect(merged.generic).toHaveLength(1);
    expect(merged.language).toBe('en');
  });
});
