import { isIPv4, isIPv6 } from 'node:net';

/**
 * Parsing, canonical form and range classification of IP addresses. Validation is delegated to
 * `node:net` (strict: no leading-zero octets); parsing here only runs on validated text.
 */

/** The 32-bit value of a valid dotted quad, read digit by digit (no array per address). */
export function ipv4ToNumber(address: string): number {
  let value = 0;
  let octet = 0;
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code === 46) {
      value = value * 256 + octet;
      octet = 0;
    } else {
      octet = octet * 10 + code - 48;
    }
  }
  return value * 256 + octet;
}

/** The eight 16-bit groups of a valid IPv6 address (without zone id). */
export function ipv6Groups(address: string): number[] | undefined {
  if (!isIPv6(address)) return undefined;
  let text = address;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.', lastColon)) {
    const v4 = ipv4ToNumber(text.slice(lastColon + 1));
    const hex = `${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
    text = `${text.slice(0, lastColon + 1)}${hex}`;
  }
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const gap = text.indexOf('::');
  if (gap < 0) return checked(parse(text));
  const head = parse(text.slice(0, gap));
  const rest = parse(text.slice(gap + 2));
  const zeros = 8 - head.length - rest.length;
  return checked([...head, ...new Array<number>(Math.max(0, zeros)).fill(0), ...rest]);
}

function checked(groups: number[]): number[] | undefined {
  return groups.length === 8 ? groups : undefined;
}

function isMappedIPv4(groups: readonly number[]): boolean {
  return groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
}

function embeddedIPv4(groups: readonly number[]): string {
  const hi = groups[6] ?? 0;
  const lo = groups[7] ?? 0;
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** RFC 5952 text: lower case, no leading zeros, the longest run of zero groups compressed. */
export function canonicalIPv6(groups: readonly number[]): string {
  if (isMappedIPv4(groups)) return `::ffff:${embeddedIPv4(groups)}`;
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  const head = hex.slice(0, bestStart).join(':');
  const rest = hex.slice(bestStart + bestLength).join(':');
  return `${head}::${rest}`;
}

/**
 * How personal an address can be. `public`: routable, may identify a subscriber. `private`:
 * inside an organisation's network (RFC 1918, CGNAT, ULA, IPv6 link-local). `reserved`: never
 * a person's (loopback, unspecified, multicast, broadcast, IPv4 link-local, unallocated).
 * `documentation`: the ranges RFC 5737 / RFC 3849 / RFC 9637 set aside for examples.
 */
export type AddressClass = 'public' | 'private' | 'reserved' | 'documentation';

export interface Classification {
  kind: AddressClass;
  detail: string;
}

interface V4Range {
  base: string;
  bits: number;
  kind: AddressClass;
  detail: string;
}

const IPV4_RANGES: readonly V4Range[] = [
  { base: '0.0.0.0', bits: 8, kind: 'reserved', detail: 'unspecified' },
  { base: '10.0.0.0', bits: 8, kind: 'private', detail: 'private-range' },
  { base: '100.64.0.0', bits: 10, kind: 'private', detail: 'private-range' },
  { base: '127.0.0.0', bits: 8, kind: 'reserved', detail: 'loopback' },
  { base: '169.254.0.0', bits: 16, kind: 'reserved', detail: 'link-local' },
  { base: '172.16.0.0', bits: 12, kind: 'private', detail: 'private-range' },
  { base: '192.0.0.0', bits: 24, kind: 'reserved', detail: 'protocol-assignment' },
  { base: '192.0.2.0', bits: 24, kind: 'documentation', detail: 'documentation-range' },
  { base: '192.168.0.0', bits: 16, kind: 'private', detail: 'private-range' },
  { base: '198.18.0.0', bits: 15, kind: 'reserved', detail: 'benchmarking' },
  { base: '198.51.100.0', bits: 24, kind: 'documentation', detail: 'documentation-range' },
  { base: '203.0.113.0', bits: 24, kind: 'documentation', detail: 'documentation-range' },
  { base: '224.0.0.0', bits: 4, kind: 'reserved', detail: 'multicast' },
  { base: '240.0.0.0', bits: 4, kind: 'reserved', detail: 'reserved-range' },
];

/** The ranges as [first, last] numbers, computed once. */
const IPV4_BOUNDS = IPV4_RANGES.map((range) => {
  const first = ipv4ToNumber(range.base);
  return { first, last: first + 2 ** (32 - range.bits) - 1, range };
});

export function classifyIPv4(address: string): Classification {
  const value = ipv4ToNumber(address);
  if (value === 0xffffffff) return { kind: 'reserved', detail: 'broadcast' };
  const hit = IPV4_BOUNDS.find((b) => value >= b.first && value <= b.last);
  return hit
    ? { kind: hit.range.kind, detail: hit.range.detail }
    : { kind: 'public', detail: 'public' };
}

export function classifyIPv6(groups: readonly number[]): Classification {
  const [g0 = 0, g1 = 0] = groups;
  if (isMappedIPv4(groups)) return classifyIPv4(embeddedIPv4(groups));
  // NAT64 (64:ff9b::/96) carries an IPv4 address in its last 32 bits.
  if (g0 === 0x64 && g1 === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) {
    return classifyIPv4(embeddedIPv4(groups));
  }
  if (groups.every((g) => g === 0)) return { kind: 'reserved', detail: 'unspecified' };
  if (groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1) {
    return { kind: 'reserved', detail: 'loopback' };
  }
  if (g0 === 0x2001 && g1 === 0x0db8)
    return { kind: 'documentation', detail: 'documentation-range' };
  if (g0 === 0x3fff && g1 < 0x1000) return { kind: 'documentation', detail: 'documentation-range' };
  if ((g0 & 0xfe00) === 0xfc00) return { kind: 'private', detail: 'private-range' };
  if ((g0 & 0xffc0) === 0xfe80) return { kind: 'private', detail: 'private-range' };
  if ((g0 & 0xff00) === 0xff00) return { kind: 'reserved', detail: 'multicast' };
  // Only 2000::/3 is allocated for global unicast; the rest is reserved by the IETF, which also
  // rules out code such as `a[1::2]` or `Abc::Def` that happens to parse.
  if ((g0 & 0xe000) !== 0x2000) return { kind: 'reserved', detail: 'reserved-range' };
  return { kind: 'public', detail: 'public' };
}

export { isIPv4, isIPv6 };
