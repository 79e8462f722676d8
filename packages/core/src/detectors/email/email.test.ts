import { faker, fakerFR } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import {
  cpuMillis,
  describeFixtures,
  expectQuality,
  segment,
  syntheticQuality,
} from '../fixture-suite.testkit.js';
import type { Segment } from '../../types.js';
import { DEFAULT_TEST_OPTIONS } from '../testing.js';
import { emailDetector } from './index.js';

const dir = import.meta.dirname;

function detect(text: string, extra: Partial<Segment> = {}) {
  return emailDetector.detect(segment(text, extra), DEFAULT_TEST_OPTIONS);
}

describeFixtures('email', emailDetector, dir);

describe('email candidates', () => {
  it('normalizes to lower case and carries pattern and validator evidence', () => {
    const [c] = detect('Mail: Jane.DOE@Acme.FR');
    expect(c?.normalized).toBe('jane.doe@acme.fr');
    expect(c?.evidence).toContainEqual({ kind: 'pattern', detail: 'email' });
    expect(c?.evidence).toContainEqual({ kind: 'validator', detail: 'isEmail' });
    expect(c?.evidence.some((e) => e.kind === 'keyword' && e.detail === 'mail')).toBe(true);
    expect(c?.confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('uses the field name as evidence', () => {
    const [c] = detect('zoe@acme.fr', {
      syntax: 'value',
      location: { path: 'u.csv', field: 'courriel' },
    });
    expect(c?.evidence).toContainEqual({ kind: 'field', detail: 'courriel' });
    expect(c?.confidence).toBeGreaterThan(0.95);
  });

  it('reports reserved domains as low-confidence test data', () => {
    for (const value of ['jane@example.com', 'a@sub.example.org', 'b@x.test', 'c@y.invalid']) {
      const [c] = detect(`to ${value}`);
      expect(c?.testData).toBe(true);
      expect(c?.confidence).toBeLessThanOrEqual(0.2);
      expect(c?.evidence.some((e) => e.kind === 'test-data')).toBe(true);
    }
  });

  it('scores role addresses lower than personal ones', () => {
    const [role] = detect('noreply@acme-corp.fr');
    const [person] = detect('jane@acme-corp.fr');
    expect(role?.confidence).toBeCloseTo(0.6);
    expect(person!.confidence).toBeGreaterThan(role!.confidence);
  });

  it('excludes trailing punctuation and strips mailto:', () => {
    const text = 'Write (mailto:jane@acme.fr), or <bob@acme.fr>. Or eve@acme.fr.';
    expect(detect(text).map((c) => text.slice(c.start, c.end))).toEqual([
      'jane@acme.fr',
      'bob@acme.fr',
      'eve@acme.fr',
    ]);
  });

  it('tells a label colon from an scp-style remote', () => {
    expect(detect('Contact jane@acme.fr:\r\nnext line')).toHaveLength(1);
    expect(detect('Owner: jane@acme.fr: see above')).toHaveLength(1);
    expect(detect('origin jane@acme.fr:team/repo.git')).toEqual([]);
  });

  it('does not find addresses glued to other addresses or underscores', () => {
    expect(detect('a@b@acme.fr')).toEqual([]);
    expect(detect('jane@acme.fr_old')).toEqual([]);
    expect(detect('jane@acme.fr@other')).toEqual([]);
  });

  it('accepts Unicode local parts and IDN domains', () => {
    const text = 'chloé.müller@société.fr';
    expect(detect(text).map((c) => text.slice(c.start, c.end))).toEqual([text]);
  });

  it('respects reportFrom and reportTo', () => {
    const text = 'a.one@acme.fr b.two@acme.fr c.three@acme.fr';
    const found = detect(text, { reportFrom: 5, reportTo: 28 }).map((c) => c.normalized);
    expect(found).toEqual(['b.two@acme.fr']);
  });

  it('redacts to first character, stars and domain', () => {
    expect(emailDetector.redact!('jane.doe@acme.fr')).toBe('j***@acme.fr');
    expect(emailDetector.redact!('élodie@acme.fr')).toBe('é***@acme.fr');
    expect(emailDetector.redact!('not an address')).toBe('***');
  });
});

describe('email adversarial input', () => {
  const cases: Record<string, string> = {
    'only @': '@'.repeat(1_000_000),
    'a@a@a@': 'a@'.repeat(500_000),
    'long local part': `${'a'.repeat(1_000_000)}@acme.fr`,
    'long domain': `a@${'b.'.repeat(500_000)}fr`,
    'dotted runs': 'a.'.repeat(250_000) + '@' + 'b-'.repeat(250_000),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`returns quickly on ${name}`, () => {
      expect(cpuMillis(() => detect(text))).toBeLessThan(1000);
    });
  }
});

describe('email synthetic corpus (EN/FR prose, code, logs, CSV, JSON)', () => {
  faker.seed(20261122);
  const contexts = [
    'Please contact {v} for details.',
    'Send the invoice to {v}.',
    'Reach me at <{v}> anytime',
    "Contactez-moi à l'adresse {v}, merci.",
    'Courriel : {v}',
    'code: const email = "{v}";',
    "code: user.setEmail('{v}')",
    'code: # Author: Jane Roe <{v}>',
    '2024-05-01T12:00:00Z INFO user={v} action=login',
    '17,Martin,{v},2024-01-02',
    '"Dupont";"{v}";"Paris"',
    'code: {"id": 3, "email": "{v}", "active": true}',
  ];
  const slug = () => faker.lorem.slug(2);
  const hardNegatives = [
    () => `code: git clone git@github.com:${slug()}/${slug()}.git`,
    () => `code: npm i ${faker.lorem.word()}@${faker.system.semver()}`,
    () => `code: import x from '@${faker.lorem.word()}/${faker.lorem.word()}';`,
    () => `code: <img src="${faker.lorem.word()}@2x.png">`,
    () => `Contact ${faker.internet.username()}@example.com or ${faker.lorem.word()}@test.test`,
    () => `ssh ${faker.internet.username()}@${faker.lorem.word()} and retry`,
    () =>
      `code: dsn = "https://${faker.string.hexadecimal({ length: 32, prefix: '' })}@o${faker.number.int(99999)}.ingest.sentry.io/${faker.number.int(9999)}"`,
    () => `code: @${faker.lorem.word()}({ name: 'x' })`,
    () => `Message-ID: <${faker.string.alphanumeric(20)}@mail.gmail.com>`,
    () =>
      `code: url: postgres://${faker.internet.username()}:${faker.string.alphanumeric(10)}@db.${faker.lorem.word()}.com:5432/app`,
    () => `code: background-image: url("/img/${faker.lorem.word()}@3x.webp")`,
    () => `code: "${faker.lorem.word()}": "npm:${faker.lorem.word()}@^${faker.system.semver()}"`,
  ];

  it('reaches precision and recall >= 0.98', () => {
    const positive = (i: number) => (i % 2 ? fakerFR : faker).internet.email();
    expectQuality(
      'email',
      syntheticQuality(emailDetector, positive, contexts, hardNegatives),
      0.98,
    );
  });
});

describe('email first test', () => {
  it('reads the shortest address a TLD allows and rejects shorter texts', () => {
    expect(detect('a@b.cd').map((c) => c.normalized)).toEqual(['a@b.cd']);
    expect(detect('a@b.c')).toEqual([]);
    expect(detect('12345')).toEqual([]);
  });
});

describe('email shell logins', () => {
  it('skips the account of a remote shell command, past prompts and sudo, on its own line', () => {
    expect(detect('$ sudo ssh -p 2222 deploy@web1.acme.fr')).toEqual([]);
    expect(detect('notes\n  rsync -a dist/ ops@files.acme.fr:/srv')).toEqual([]);
    expect(detect('sudo\u00a0ssh-copy-id deploy@web1.acme.fr')).toEqual([]);
  });

  it('keeps an address whose line does not start with such a command', () => {
    const found = (text: string) => detect(text).map((c) => c.normalized);
    expect(found('ssh keys\nwrite to deploy@web1.acme.fr')).toEqual(['deploy@web1.acme.fr']);
    expect(found('sshd mails deploy@web1.acme.fr')).toEqual(['deploy@web1.acme.fr']);
    expect(found(`ssh ${'x'.repeat(130)} deploy@web1.acme.fr`)).toEqual(['deploy@web1.acme.fr']);
  });
});
