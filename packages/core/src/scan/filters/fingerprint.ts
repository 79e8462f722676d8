import { hash } from 'node:crypto';

/** A finding's stable identity: its type, normalized value and file, hashed. */
export function fingerprint(type: string, normalized: string, path: string): string {
  // One-shot `hash`: the same digest as `createHash().update().digest()` without a Hash
  // object per finding (a code file has thousands of findings).
  return hash('sha256', `${type}\u0000${normalized}\u0000${path}`, 'hex');
}
