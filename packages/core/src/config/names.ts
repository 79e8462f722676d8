/*
 * Apart from index.ts, which loads a JSON-schema validator and a YAML parser: the scan filters
 * need only this, and a scan worker should not pay for loading those at its start.
 */

/** `ip-address`, `ip_address` and `IP_ADDRESS` name the same thing. */
export function canonicalName(name: string): string {
  return name.trim().toLowerCase().replace(/-/g, '_');
}
