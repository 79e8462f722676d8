/** Human names of entity types, for rule titles and summaries; unknown types read as words. */
const LABELS: Record<string, string> = {
  email: 'E-mail address',
  phone: 'Phone number',
  ip_address: 'IP address',
  iban: 'IBAN (bank account)',
  person_name: 'Person name',
  payment_card: 'Payment card number',
  national_id: 'National identification number',
  postal_address: 'Postal address',
  date_of_birth: 'Date of birth',
  mac_address: 'MAC address',
  device_id: 'Device identifier',
};

export function typeLabel(type: string): string {
  const known = LABELS[type];
  if (known) return known;
  const words = type.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Where the CI documentation lives (rule help links). */
export const DOCS_URL = 'https://github.com/piiscout/piiscout/blob/main/docs/ci.md';
