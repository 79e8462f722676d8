import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { comparePolicy } from './compare.js';
import { DeclarationError } from './declaration.js';
import { extractPolicyFromFile, policySourceKind } from './file.js';

const directory = mkdtempSync(join(tmpdir(), 'piiscout-policy-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const write = (name: string, content: string | Uint8Array): string => {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
};

describe('extractPolicyFromFile', () => {
  it('chooses the reader from the file name or the first characters', () => {
    expect(policySourceKind('privacy.HTM')).toBe('html');
    expect(policySourceKind('privacy.md')).toBe('markdown');
    expect(policySourceKind('ropa.yaml')).toBe('declaration');
    expect(policySourceKind('ropa.json')).toBe('declaration');
    expect(policySourceKind('privacy.pdf')).toBe('pdf');
    expect(policySourceKind('privacy', '<!DOCTYPE html><html>')).toBe('html');
    expect(policySourceKind('privacy.txt')).toBe('text');
  });

  it('reads text, Markdown and HTML policies', async () => {
    const html = await extractPolicyFromFile(
      write('p.html', '<p>Nous conservons votre courriel.</p>'),
    );
    expect(html.declared.map((entry) => entry.category)).toEqual(['user.contact.email']);
    const markdown = await extractPolicyFromFile(
      write('p.md', '\uFEFF# Data\n\n- We **collect** your IBAN.'),
    );
    expect(markdown.declared.map((entry) => entry.category)).toEqual([
      'user.financial.bank_account',
    ]);
  });

  it('reads a PDF through the injected text extractor', async () => {
    const path = write('p.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    const result = await extractPolicyFromFile(path, {
      pdfText: async (bytes) => (bytes[0] === 0x25 ? 'We collect your date of birth.' : ''),
    });
    expect(result.declared.map((entry) => entry.category)).toEqual([
      'user.demographic.date_of_birth',
    ]);
    await expect(extractPolicyFromFile(path)).rejects.toThrow(/text extractor/);
  });

  it('takes a declaration file as it is, and reports its errors', async () => {
    const result = await extractPolicyFromFile(
      write('ropa.yml', 'declared: [user.contact.email]\n'),
    );
    expect(result.declared.map((entry) => entry.category)).toEqual(['user.contact.email']);
    await expect(
      extractPolicyFromFile(write('bad.yml', 'declared: [user.contact.mail]\n')),
    ).rejects.toBeInstanceOf(DeclarationError);
  });
});

describe('the sample policy of fixtures/share', () => {
  it('shows every status an auditor needs to see', async () => {
    const policy = await extractPolicyFromFile(
      join(
        dirname(fileURLToPath(import.meta.url)),
        '..',
        '..',
        '..',
        '..',
        'fixtures',
        'policies',
        'sample-policy-fr.md',
      ),
    );
    const found = new Map([
      ['user.name', 40],
      ['user.contact.email', 40],
      ['user.contact.phone_number', 38],
      ['user.contact.address', 35],
      ['user.unique_id', 1],
      ['user.professional_information.job_title', 1],
      ['user.demographic.date_of_birth', 12],
      ['user.government_id.national_identification_number', 12],
      ['user.financial.bank_account', 12],
      ['user.device.ip_address', 60],
    ]);
    const statuses = Object.fromEntries(
      comparePolicy(policy, found).map((entry) => [entry.category, entry.status]),
    );
    expect(statuses).toEqual({
      'user.name': 'documented',
      'user.contact.email': 'documented',
      'user.contact': 'documented',
      'user.unique_id': 'documented',
      'user.professional_information.job_title': 'documented',
      'user.contact.phone_number': 'vague',
      'user.contact.address': 'vague',
      'user.device.ip_address': 'contradicted',
      'user.demographic.date_of_birth': 'undocumented',
      'user.government_id.national_identification_number': 'undocumented',
      'user.financial.bank_account': 'undocumented',
    });
  });
});
