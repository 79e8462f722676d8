import type { Detector } from '../types.js';
import { dateOfBirthDetector } from './date-of-birth/index.js';
import { deviceIdDetector } from './device-id/index.js';
import { emailDetector } from './email/index.js';
import { ibanDetector } from './iban/index.js';
import { ipAddressDetector } from './ip-address/index.js';
import { macAddressDetector } from './mac-address/index.js';
import { nationalIdDetector } from './national-id/index.js';
import { paymentCardDetector } from './payment-card/index.js';
import { personNameDetector } from './person-name/index.js';
import { phoneDetector } from './phone/index.js';
import { postalAddressDetector } from './postal-address/index.js';
import { detectorIdOf, unknownDetectorError } from './names.js';

/**
 * The detector registry: every built-in detector, and any a library user adds. Detectors are
 * looked up by id (`ip-address`, used in configs and inline directives) or by entity type
 * (`ip_address`, used in reports and `--types`).
 */
export class DetectorRegistry {
  private readonly detectors = new Map<string, Detector>();

  constructor(detectors: Iterable<Detector> = []) {
    for (const detector of detectors) this.add(detector);
  }

  add(detector: Detector): this {
    if (this.detectors.has(detector.id)) {
      throw new Error(`a detector with id '${detector.id}' is already registered`);
    }
    this.detectors.set(detector.id, detector);
    return this;
  }

  list(): Detector[] {
    return [...this.detectors.values()];
  }

  get(idOrType: string): Detector | undefined {
    const key = idOrType.trim();
    return (
      this.detectors.get(key) ??
      this.list().find((d) => d.type === key || d.id === detectorIdOf(key))
    );
  }

  /**
   * The detectors to run: only `types` when given (ids or types), minus `disabled`. Unknown names
   * are an error that lists the valid ones.
   */
  select(types?: readonly string[], disabled: readonly string[] = []): Detector[] {
    const resolve = (name: string) => {
      const found = this.get(name);
      if (!found)
        throw unknownDetectorError(
          name,
          this.list().map((d) => d.type),
        );
      return found;
    };
    const chosen = types && types.length > 0 ? types.map(resolve) : this.list();
    const off = new Set(disabled.map((name) => resolve(name).id));
    return [...new Set(chosen)].filter((d) => !off.has(d.id));
  }
}

/** The built-in detectors, in report order. */
export const BUILTIN_DETECTORS: readonly Detector[] = [
  emailDetector,
  phoneDetector,
  ibanDetector,
  paymentCardDetector,
  nationalIdDetector,
  ipAddressDetector,
  macAddressDetector,
  deviceIdDetector,
  postalAddressDetector,
  dateOfBirthDetector,
  personNameDetector,
];

export function createDefaultRegistry(): DetectorRegistry {
  return new DetectorRegistry(BUILTIN_DETECTORS);
}
