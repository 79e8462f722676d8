import { createHash } from 'node:crypto';

/*
 * Apart from index.ts, which loads a JSON-schema validator: the scan filters need only these,
 * and a scan worker should not pay for loading it at its start.
 */

/** A baseline's hash of a normalized value, salted per baseline. */
export function hashValue(salt: string, normalized: string): string {
  return createHash('sha256').update(`${salt}\u0000${normalized}`).digest('hex');
}

/** A baseline entry's key. */
export function entryKey(path: string, type: string, hash: string): string {
  return `${path}\u0000${type}\u0000${hash}`;
}
