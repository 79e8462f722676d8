import { describe, expect, it } from 'vitest';
import { comparePolicy, DEFAULT_FAIL_ON, failingStatuses } from './compare.js';
import type { PolicyExtraction } from './types.js';

const evidence = (line: number) => [{ text: `sentence ${line}`, line }];

const policy = (parts: Partial<PolicyExtraction>): PolicyExtraction => ({
  language: 'en',
  declared: [],
  negated: [],
  generic: [],
  ...parts,
});

describe('comparePolicy', () => {
  it('documents a category the policy names', () => {
    const result = comparePolicy(
      policy({
        declared: [{ category: 'user.contact.email', level: 'specific', evidence: evidence(4) }],
      }),
      new Map([['user.contact.email', 12]]),
    );
    expect(result).toEqual([
      { category: 'user.contact.email', status: 'documented', findings: 12, evidence: evidence(4) },
    ]);
  });

  it('documents a broad found category with a narrower declaration', () => {
    const result = comparePolicy(
      policy({
        declared: [
          { category: 'user.financial.bank_account', level: 'specific', evidence: evidence(2) },
        ],
      }),
      new Map([['user.financial', 3]]),
    );
    expect(result).toEqual([
      { category: 'user.financial', status: 'documented', findings: 3, evidence: evidence(2) },
      {
        category: 'user.financial.bank_account',
        status: 'not_found',
        findings: 0,
        evidence: evidence(2),
      },
    ]);
  });

  it('calls a category covered only by a broader group vague, and the group documented', () => {
    const result = comparePolicy(
      policy({
        declared: [{ category: 'user.financial', level: 'parent', evidence: evidence(5) }],
      }),
      new Map([['user.financial.bank_account', 2]]),
    );
    expect(result).toEqual([
      {
        category: 'user.financial.bank_account',
        status: 'vague',
        findings: 2,
        evidence: evidence(5),
      },
      { category: 'user.financial', status: 'documented', findings: 2, evidence: evidence(5) },
    ]);
  });

  it('uses second parents: a postal address is vaguely covered by "location"', () => {
    const result = comparePolicy(
      policy({
        declared: [{ category: 'user.location', level: 'specific', evidence: evidence(1) }],
      }),
      new Map([['user.contact.address', 1]]),
    );
    expect(result[0]).toMatchObject({ category: 'user.contact.address', status: 'vague' });
  });

  it('falls back to generic, then undocumented', () => {
    const generic = comparePolicy(
      policy({ generic: evidence(7) }),
      new Map([['user.device.ip_address', 30]]),
    );
    expect(generic).toEqual([
      {
        category: 'user.device.ip_address',
        status: 'generic',
        findings: 30,
        evidence: evidence(7),
      },
    ]);
    const none = comparePolicy(
      policy({}),
      new Map([['user.government_id.national_identification_number', 2]]),
    );
    expect(none).toEqual([
      {
        category: 'user.government_id.national_identification_number',
        status: 'undocumented',
        findings: 2,
      },
    ]);
  });

  it('contradicts a negated category, even with a generic disclosure or a negated group', () => {
    const result = comparePolicy(
      policy({
        negated: [
          { category: 'user.device.ip_address', evidence: evidence(30) },
          { category: 'user.financial', evidence: evidence(31) },
        ],
        generic: evidence(7),
      }),
      new Map([
        ['user.device.ip_address', 4],
        ['user.financial.credit_card', 1],
      ]),
    );
    expect(result).toEqual([
      {
        category: 'user.device.ip_address',
        status: 'contradicted',
        findings: 4,
        evidence: evidence(30),
      },
      {
        category: 'user.financial.credit_card',
        status: 'contradicted',
        findings: 1,
        evidence: evidence(31),
      },
    ]);
  });

  it('gives every found and every declared category one entry, in auditor order', () => {
    const result = comparePolicy(
      policy({
        declared: [
          { category: 'user.contact.email', level: 'specific', evidence: evidence(1) },
          { category: 'user.contact', level: 'parent', evidence: evidence(2) },
          { category: 'user.demographic.date_of_birth', level: 'specific', evidence: evidence(3) },
        ],
        negated: [{ category: 'user.device.ip_address', evidence: evidence(4) }],
        generic: evidence(5),
      }),
      new Map([
        ['user.contact.email', 5],
        ['user.contact.phone_number', 3],
        ['user.device.ip_address', 2],
        ['user.government_id.national_identification_number', 1],
        ['user.name', 0],
      ]),
    );
    expect(result.map((entry) => [entry.category, entry.status, entry.findings])).toEqual([
      ['user.device.ip_address', 'contradicted', 2],
      ['user.contact.phone_number', 'vague', 3],
      ['user.government_id.national_identification_number', 'generic', 1],
      ['user.contact', 'documented', 8],
      ['user.contact.email', 'documented', 5],
      ['user.demographic.date_of_birth', 'not_found', 0],
    ]);
    expect(failingStatuses(result, DEFAULT_FAIL_ON).map((entry) => entry.category)).toEqual([
      'user.device.ip_address',
      'user.contact.phone_number',
      'user.government_id.national_identification_number',
    ]);
    expect(failingStatuses(result, ['undocumented'])).toEqual([]);
  });
});
