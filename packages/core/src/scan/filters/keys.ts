import { createHash } from 'node:crypto';

/*
 * Copies of three one-line functions of config/index.ts and baseline/index.ts. Those modules
 * load a JSON-schema validator and a YAML parser (about 80 ms of CPU at each scan worker's
 * start) that the filters never use. keys.test.ts checks that the copies agree.
 */

/** `ip-address`, `ip_address` and `IP_ADDRESS` name the same thing (config's canonicalName). */
export function canonicalName(name: string): string {
  return name.trim().toLowerCase().replace(/-/g, '_');
}

/** A baseline's hash of a normalized value (baseline's hashValue). */
export function hashValue(salt: string, normalized: string): string {
  return createHash('sha256').update(`${salt}\u0000${normalized}`).digest('hex');
}

/** A baseline entry's key (baseline's entryKey). */
export function entryKey(path: string, type: string, hash: string): string {
  return `${path}\u0000${type}\u0000${hash}`;
}
