import { faker } from '@faker-js/faker';
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
import { canonicalIPv6, ipv4ToNumber, ipv6Groups } from './address.js';
import { ipAddressDetector } from './index.js';

const dir = import.meta.dirname;

function detect(text: string, extra: Partial<Segment> = {}) {
  return ipAddressDetector.detect(segment(text, extra), DEFAULT_TEST_OPTIONS);
}

describeFixtures('ip-address', ipAddressDetector, dir);

describe('ip-address canonical form', () => {
  const cases: [string, string][] = [
    ['2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['::', '::'],
    ['::1', '::1'],
    ['fe80::', 'fe80::'],
    ['::FFFF:81.2.69.160', '::ffff:81.2.69.160'],
    ['1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:102:304'],
    ['2a01:cb00:0:0:0:0:0:0', '2a01:cb00::'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => {
      expect(canonicalIPv6(ipv6Groups(input)!)).toBe(expected);
    });
  }

  it('normalizes candidates', () => {
    expect(detect('from 2A01:CB00:0:0::0042').map((c) => c.normalized)).toEqual(['2a01:cb00::42']);
    expect(detect('from 81.2.69.160').map((c) => c.normalized)).toEqual(['81.2.69.160']);
  });
});

describe('ip-address scoring', () => {
  it('reports private ranges at 0.35 with private-range evidence', () => {
    for (const ip of [
      '10.1.2.3',
      '172.31.0.1',
      '192.168.1.1',
      '100.64.3.4',
      'fd00::1',
      'fe80::1',
    ]) {
      const [c] = detect(`client ip ${ip}`);
      expect(c?.confidence).toBe(0.35);
      expect(c?.evidence).toContainEqual({ kind: 'context', detail: 'private-range' });
    }
  });

  it('reports documentation ranges as test data below 0.2', () => {
    for (const ip of ['192.0.2.1', '198.51.100.2', '203.0.113.3', '2001:db8::5']) {
      const [c] = detect(ip);
      expect(c?.testData).toBe(true);
      expect(c?.confidence).toBeLessThanOrEqual(0.2);
    }
  });

  it('keeps not-personal addresses below 0.2 with a reason', () => {
    const expected: Record<string, string> = {
      '127.0.0.1': 'loopback',
      '::1': 'loopback',
      '0.0.0.0': 'unspecified',
      '255.255.255.255': 'broadcast',
      '224.0.0.1': 'multicast',
      'ff02::1': 'multicast',
      '169.254.1.1': 'link-local',
    };
    for (const [ip, detail] of Object.entries(expected)) {
      const [c] = detect(`at ${ip} now`);
      expect(c?.confidence).toBeLessThanOrEqual(0.2);
      expect(c?.evidence).toContainEqual({ kind: 'context', detail });
    }
  });

  it('raises public addresses with keywords and field names', () => {
    const [plain] = detect('81.2.69.160');
    const [keyword] = detect('remote_addr=81.2.69.160');
    const [field] = detect('81.2.69.160', { location: { path: 'a.csv', field: 'ip_address' } });
    expect(plain?.confidence).toBeCloseTo(0.9);
    expect(keyword!.confidence).toBeGreaterThan(plain!.confidence);
    expect(keyword?.evidence).toContainEqual(
      expect.objectContaining({ kind: 'keyword', detail: 'remote_addr' }),
    );
    expect(field?.evidence).toContainEqual({ kind: 'field', detail: 'ip' });
    expect(field!.confidence).toBeGreaterThan(plain!.confidence);
  });

  it('lowers network prefixes below the threshold', () => {
    const [c] = detect('route 81.2.69.0/24');
    expect(c?.confidence).toBeLessThan(0.5);
    expect(detect('host 81.2.69.160/32')[0]?.confidence).toBeGreaterThan(0.5);
  });

  it('includes the zone id in the span and excludes brackets', () => {
    const text = 'ping fe80::1ff:fe23:4567:890a%eth0 and [2a01:cb00::1]:443';
    expect(detect(text).map((c) => text.slice(c.start, c.end))).toEqual([
      'fe80::1ff:fe23:4567:890a%eth0',
      '2a01:cb00::1',
    ]);
  });

  it('respects reportFrom and reportTo', () => {
    const text = '81.2.69.1 81.2.69.2 81.2.69.3';
    expect(detect(text, { reportFrom: 1, reportTo: 11 }).map((c) => c.normalized)).toEqual([
      '81.2.69.2',
    ]);
  });
});

describe('ip-address redaction', () => {
  it('keeps the first two octets or groups', () => {
    expect(ipAddressDetector.redact!('81.2.69.160')).toBe('81.2.*.*');
    expect(ipAddressDetector.redact!('2a01:cb00:1234:5678::42')).toBe('2a01:cb00::****');
    expect(ipAddressDetector.redact!('fe80::1%eth0')).toBe('fe80:0::****');
    expect(ipAddressDetector.redact!('::ffff:81.2.69.160')).toBe('::ffff:81.2.*.*');
  });
});

describe('ip-address adversarial input', () => {
  it('scans a dense log of 10,000 addresses quickly', () => {
    const text = Array.from(
      { length: 10_000 },
      (_, i) => `GET / from 81.2.${i % 250}.${i % 199}`,
    ).join('\n');
    let found = 0;
    expect(cpuMillis(() => (found = detect(text).length))).toBeLessThan(1000);
    expect(found).toBe(10_000);
  });

  const cases: Record<string, string> = {
    'dotted digits': '1.'.repeat(500_000),
    colons: ':'.repeat(1_000_000),
    'hex and colons': 'a:'.repeat(500_000),
    'double colons': '1::'.repeat(300_000),
    'percent signs': '%'.repeat(1_000_000),
    'brackets and colons': '[::]:'.repeat(200_000),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`returns quickly on ${name}`, () => {
      expect(cpuMillis(() => detect(text))).toBeLessThan(1000);
    });
  }
});

describe('ip-address synthetic corpus (EN/FR prose, code, logs, CSV, JSON)', () => {
  faker.seed(20261122);
  const octet = () => faker.number.int({ min: 1, max: 254 });
  /** Public IPv4 only: the ranges the brief calls not personal or private are avoided here. */
  const publicIPv4 = (): string => {
    for (;;) {
      const [a, b, c] = [octet(), octet(), octet()];
      const special =
        [0, 10, 127].includes(a) ||
        a >= 224 ||
        (a === 100 && b >= 64 && b < 128) ||
        (a === 169 && b === 254) ||
        (a === 172 && b >= 16 && b < 32) ||
        (a === 192 && (b === 168 || (b === 0 && (c === 0 || c === 2)))) ||
        (a === 198 && (b === 18 || b === 19 || (b === 51 && c === 100))) ||
        (a === 203 && b === 0 && c === 113);
      if (!special) return `${a}.${b}.${c}.${octet()}`;
    }
  };
  const group = () => faker.number.int({ min: 0, max: 0xffff }).toString(16);
  const publicIPv6 = (): string => {
    const first = faker.helpers.arrayElement([
      '2a01',
      '2001',
      '2600',
      '2a02',
      '2c0f',
      '2400',
      '2804',
    ]);
    const second =
      first === '2001' ? faker.helpers.arrayElement(['41d0', '67c', '470', 'bc8']) : group();
    const groups = [first, second, group(), group(), group(), group(), group(), group()];
    return faker.datatype.boolean()
      ? groups.join(':')
      : `${groups.slice(0, 4).join(':')}::${groups[7]}`;
  };
  const contexts = [
    'Connection from {v} refused',
    'The request came from {v} at noon.',
    'Connexion depuis {v} détectée.',
    "L'adresse IP du client est {v}",
    '{v} - - [01/Mar/2024:10:22:01 +0000] "GET /index.html HTTP/1.1" 200 512',
    'Mar  1 10:22:01 gw sshd[42]: Failed password for root from {v} port 52814 ssh2',
    'code: REMOTE_ADDR={v}',
    'code: {"ip": "{v}", "status": 200}',
    'code: allow_from = ["{v}"]',
    '2024-03-01,jdupont,{v},login',
    'code: X-Forwarded-For: {v}',
    'Host {v} answered',
  ];
  const hardNegatives = [
    () => `version ${faker.system.semver()}.${octet()}`,
    () =>
      `code: "version": "${faker.number.int(9)}.${faker.number.int(9)}.${faker.number.int(99)}.${faker.number.int(99)}"`,
    () =>
      `code: User-Agent: Mozilla/5.0 Chrome/${faker.number.int({ min: 90, max: 130 })}.0.${faker.number.int({ min: 1000, max: 6999 })}.${octet()}`,
    () => `OID 1.3.6.1.4.1.${faker.number.int(99999)}.${faker.number.int(9)}`,
    () =>
      `Private ${faker.internet.ipv4({ network: 'private-a' })} and 192.168.${octet()}.${octet()}`,
    () => `Docs 192.0.2.${octet()} and 2001:db8::${group()}`,
    () => `At ${faker.number.int(23)}:${faker.number.int(59)}:${faker.number.int(59)} sharp`,
    () => `code: std::vector<int> v; ${faker.lorem.word()}::${faker.lorem.word()}();`,
    () => `MAC ${faker.internet.mac()} seen`,
    () => `code: sha = "${faker.git.commitSha()}"`,
    () => `code: xs[${faker.number.int(20)}::${faker.number.int({ min: 1, max: 5 })}]`,
    () => `Numbers ${octet()}.${octet()}.${octet()}.${octet()}.${octet()}`,
    () => `code: pkg v${octet()}.${octet()}.${octet()}.${octet()}`,
    () =>
      `Section ${faker.number.int(9)}.${faker.number.int(9)}.${faker.number.int(9)}.${faker.number.int(9)} of the contract`,
    () => `Loopback 127.0.0.${octet()} and ::1`,
  ];

  it('reaches precision and recall >= 0.98', () => {
    const positive = (i: number) => (i % 3 === 2 ? publicIPv6() : publicIPv4());
    expectQuality(
      'ip-address',
      syntheticQuality(ipAddressDetector, positive, contexts, hardNegatives),
      0.98,
    );
  });
});

describe('ip-address dotted runs', () => {
  it('reads a dotted quad among sentence dots, decimals and short versions', () => {
    const found = detect('Release 1.5.5. Price 3.50. Seen from 81.2.69.160. Done.');
    expect(found.map((c) => c.normalized)).toEqual(['81.2.69.160']);
  });

  it('trims dots that open or close the run', () => {
    expect(detect('..81.2.69.160..').map((c) => c.normalized)).toEqual(['81.2.69.160']);
  });

  it('rejects cells without a colon, or without a dot and seven characters', () => {
    expect(detect('1234567')).toEqual([]);
    expect(detect('1.2.3')).toEqual([]);
  });
});

describe('ipv4ToNumber', () => {
  it('reads each octet of a dotted quad', () => {
    expect(ipv4ToNumber('0.0.0.0')).toBe(0);
    expect(ipv4ToNumber('81.2.69.160')).toBe(((81 * 256 + 2) * 256 + 69) * 256 + 160);
    expect(ipv4ToNumber('255.255.255.255')).toBe(0xffffffff);
  });
});

describe('ip-address colons outside addresses', () => {
  it('finds an IPv6 address among lone colons of code and labels', () => {
    const text = 'type Row = { a: string } ; peer : 2a01:cb00::5 ; ) : [2a01:cb00::6]:443';
    expect(detect(text).map((c) => c.normalized)).toEqual(['2a01:cb00::5', '2a01:cb00::6']);
  });
});
