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
import { macAddressDetector } from './index.js';

const dir = import.meta.dirname;

function detect(text: string, extra: Partial<Segment> = {}) {
  return macAddressDetector.detect(segment(text, extra), DEFAULT_TEST_OPTIONS);
}

describeFixtures('mac-address', macAddressDetector, dir);

describe('mac-address candidates', () => {
  it('normalizes every form to lower-case colon pairs', () => {
    const text = '3C-22-FB-1A-9E-07 3c22.fb1a.9e07 3c:22:fb:1a:9e:07';
    expect(detect(text).map((c) => c.normalized)).toEqual([
      '3c:22:fb:1a:9e:07',
      '3c:22:fb:1a:9e:07',
      '3c:22:fb:1a:9e:07',
    ]);
  });

  it('scores 0.8 bare, higher with a keyword or a field name', () => {
    const [bare] = detect('seen 3c:22:fb:1a:9e:07');
    const [keyword] = detect('HWaddr 3c:22:fb:1a:9e:07');
    const [field] = detect('3c:22:fb:1a:9e:07', { location: { path: 'a.csv', field: 'bssid' } });
    expect(bare?.confidence).toBe(0.8);
    expect(keyword?.evidence).toContainEqual(
      expect.objectContaining({ kind: 'keyword', detail: 'hwaddr' }),
    );
    expect(keyword!.confidence).toBeGreaterThan(0.8);
    expect(field?.evidence).toContainEqual({ kind: 'field', detail: 'bssid' });
    expect(field!.confidence).toBeGreaterThan(keyword!.confidence);
  });

  it('lowers multicast and keeps all-zero and broadcast below 0.2', () => {
    const [multicast] = detect('mac 01:00:5e:7f:00:01');
    expect(multicast?.confidence).toBeLessThan(0.5);
    expect(multicast?.evidence).toContainEqual({ kind: 'context', detail: 'multicast' });
    expect(detect('mac ff:ff:ff:ff:ff:ff')[0]?.confidence).toBeLessThanOrEqual(0.2);
    expect(detect('mac 00-00-00-00-00-00')[0]?.confidence).toBeLessThanOrEqual(0.2);
  });

  it('does not claim IPv6 addresses or longer colon runs', () => {
    expect(detect('fe80::aa:bb:cc:dd:ee')).toEqual([]);
    expect(detect('aa:bb:cc:dd:ee:ff:00:11')).toEqual([]);
    expect(detect('aa:bb:cc:dd:ee:ff:00')).toEqual([]);
  });

  it('respects reportFrom and reportTo', () => {
    const text = '3c:22:fb:1a:9e:01 3c:22:fb:1a:9e:02 3c:22:fb:1a:9e:03';
    expect(detect(text, { reportFrom: 1, reportTo: 19 }).map((c) => c.normalized)).toEqual([
      '3c:22:fb:1a:9e:02',
    ]);
  });

  it('redacts everything after the OUI, keeping the format', () => {
    expect(macAddressDetector.redact!('3c:22:fb:1a:9e:07')).toBe('3c:22:fb:**:**:**');
    expect(macAddressDetector.redact!('3C-22-FB-1A-9E-07')).toBe('3C-22-FB-**-**-**');
    expect(macAddressDetector.redact!('3c22.fb1a.9e07')).toBe('3c22.fb**.****');
  });
});

describe('mac-address adversarial input', () => {
  const cases: Record<string, string> = {
    colons: ':'.repeat(1_000_000),
    'hex pairs': 'aa:'.repeat(340_000),
    'hex quads': 'aabb.'.repeat(200_000),
    'dense valid': '3c:22:fb:1a:9e:07 '.repeat(10_000),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`returns quickly on ${name}`, () => {
      expect(cpuMillis(() => detect(text))).toBeLessThan(1000);
    });
  }
});

describe('mac-address synthetic corpus (EN/FR prose, code, logs, CSV, JSON)', () => {
  faker.seed(20261122);
  const positive = (i: number): string => {
    const bytes = Array.from({ length: 6 }, () => faker.number.int(255));
    // Devices have unicast addresses with at least one hex letter in practice.
    bytes[0] = bytes[0]! & 0xfe;
    bytes[5] = 0xa0 | (bytes[5]! & 0x0f);
    const hex = bytes.map((b) => b.toString(16).padStart(2, '0'));
    if (i % 5 === 4) return `${hex[0]}${hex[1]}.${hex[2]}${hex[3]}.${hex[4]}${hex[5]}`;
    const text = hex.join(i % 3 === 1 ? '-' : ':');
    return i % 2 ? text.toUpperCase() : text;
  };
  const contexts = [
    'MAC address: {v}',
    "Adresse MAC de l'appareil : {v}.",
    'code:     link/ether {v} brd ff:ff:ff:ff:ff:ff',
    'code: {"mac": "{v}", "rssi": -61}',
    '2024-03-01T10:22:01Z dhcpd: DHCPACK on 10.0.0.23 to {v} via eth1',
    'Client {v} associated',
    '12;salle-3;{v};ok',
    'code: DEVICE_MAC={v}',
    'The device {v} joined the network.',
  ];
  const time = () => `${faker.number.int(23)}:${faker.number.int(59)}:${faker.number.int(59)}`;
  const hardNegatives = [
    () =>
      `IPv6 fe80::${faker.string.hexadecimal({ length: 4, prefix: '' })}:${faker.string.hexadecimal({ length: 4, prefix: '' })}`,
    () => `At ${time()} and ${time()}`,
    () => `code: id = "${faker.string.uuid()}"`,
    () => `Broadcast ff:ff:ff:ff:ff:ff`,
    () => `code: sha = "${faker.git.commitSha()}"`,
    () =>
      `Fingerprint MD5:${Array.from({ length: 16 }, () => faker.string.hexadecimal({ length: 2, prefix: '', casing: 'lower' })).join(':')}`,
    () => `Date ${faker.date.past().toISOString()}`,
    () => `IPv6 ${faker.internet.ipv6()}`,
    () => `code: color: #${faker.string.hexadecimal({ length: 6, prefix: '' })};`,
  ];

  it('reaches precision and recall >= 0.98', () => {
    expectQuality(
      'mac-address',
      syntheticQuality(macAddressDetector, positive, contexts, hardNegatives),
      0.98,
    );
  });
});
