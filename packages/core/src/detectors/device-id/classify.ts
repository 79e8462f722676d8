import { luhnValid } from '../payment-card/luhn.js';

/** What a token looks like, before any context is checked. */
export type DeviceIdShape =
  | 'imei'
  | 'imei-formatted'
  | 'imeisv'
  | 'imeisv-formatted'
  | 'udid'
  | 'udid-new'
  | 'uuid'
  | 'android-id';

/** Lengths of the shapes below: anything else is skipped before any regex runs. */
export const DEVICE_ID_LENGTHS: ReadonlySet<number> = new Set([15, 16, 18, 19, 25, 36, 40]);

// Each pattern is anchored and runs only on one short token, never on the whole text.
const DIGITS_15 = /^\d{15}$/;
const DIGITS_16 = /^\d{16}$/;
const IMEI_FORMATTED = /^\d{2}-\d{6}-\d{6}-\d$/;
const IMEISV_FORMATTED = /^\d{2}-\d{6}-\d{6}-\d{2}$/;
const HEX_40 = /^[0-9a-f]{40}$/i;
const UDID_NEW = /^[0-9a-f]{8}-[0-9a-f]{16}$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_16 = /^[0-9a-f]{16}$/i;

/** The device-identifier shape of one token, or undefined. IMEIs must pass Luhn. */
export function classifyToken(token: string): DeviceIdShape | undefined {
  if (!DEVICE_ID_LENGTHS.has(token.length)) return undefined;
  if (DIGITS_15.test(token)) return luhnValid(token) ? 'imei' : undefined;
  if (IMEI_FORMATTED.test(token)) {
    return luhnValid(token.replaceAll('-', '')) ? 'imei-formatted' : undefined;
  }
  if (IMEISV_FORMATTED.test(token)) return 'imeisv-formatted';
  if (DIGITS_16.test(token)) return 'imeisv';
  if (HEX_40.test(token)) return 'udid';
  if (UDID_NEW.test(token)) return 'udid-new';
  if (UUID.test(token)) return 'uuid';
  if (HEX_16.test(token)) return 'android-id';
  return undefined;
}
