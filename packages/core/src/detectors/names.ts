/**
 * The built-in detectors' names, without loading the detectors: the main thread of a pooled
 * scan checks `--types` and the config against them, and never loads a detector itself (its
 * workers do). A test checks them against BUILTIN_DETECTORS.
 */

/** The built-in detectors' types, in report order. */
export const BUILTIN_DETECTOR_TYPES: readonly string[] = [
  'email',
  'phone',
  'iban',
  'payment_card',
  'national_id',
  'ip_address',
  'mac_address',
  'device_id',
  'postal_address',
  'date_of_birth',
  'person_name',
];

/** A built-in detector's id: its type with hyphens (`ip_address`, `ip-address`). */
export function detectorIdOf(type: string): string {
  return type.replace(/_/g, '-');
}

/** Every name a built-in detector answers to: its id, then its type. */
export const BUILTIN_DETECTOR_NAMES: readonly string[] = BUILTIN_DETECTOR_TYPES.flatMap((type) => [
  detectorIdOf(type),
  type,
]);

/** The error for a name no detector answers to, which lists the types there are. */
export function unknownDetectorError(name: string, knownTypes: readonly string[]): Error {
  return new Error(`unknown detector or type '${name}' (known: ${knownTypes.join(', ')})`);
}

/**
 * Throws as the default registry's `select(types, disabled)` would, on the first name that no
 * built-in detector answers to (by id, by type, or by type written with hyphens).
 */
export function checkBuiltinDetectorNames(
  types: readonly string[] = [],
  disabled: readonly string[] = [],
): void {
  for (const name of [...types, ...disabled]) {
    const id = detectorIdOf(name.trim());
    const known = BUILTIN_DETECTOR_TYPES.some((type) => detectorIdOf(type) === id);
    if (!known) throw unknownDetectorError(name, BUILTIN_DETECTOR_TYPES);
  }
}
