import { detectEncoding } from './decoding.js';

/** Content looks binary: NUL bytes (outside UTF-16) or many control characters. */
export function looksBinary(head: Uint8Array): boolean {
  const encoding = detectEncoding(head);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  let control = 0;
  const n = Math.min(head.length, 8192);
  for (let i = 0; i < n; i++) {
    const b = head[i] as number;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}
