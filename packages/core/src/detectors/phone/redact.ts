import { phoneLibrary } from './library.js';

/**
 * Mask a phone number for reports: keep the country code (or trunk prefix) and the first
 * national digit, which tell the country and mobile/fixed kind, and the last two digits,
 * which tell two numbers apart; keep the separators so the shape stays readable:
 * `+33 6 12 34 56 78` → `+33 6 ** ** ** 78`, `06 12 34 56 78` → `06 ** ** ** 78`.
 */
export function redactPhone(value: string): string {
  // `+33 (0)6 …`: the trunk zero is shown as written and is not a digit of the number.
  const trunkAt = value.indexOf('(0)');
  const trunkZero = trunkAt >= 0 ? trunkAt + 1 : -1;
  const positions: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    if (ch >= '0' && ch <= '9' && i !== trunkZero) positions.push(i);
  }
  const digits = positions.map((i) => value[i]).join('');
  const trimmed = value.trimStart().replace(/^\(/, '');
  let keepLeading = 2;
  if (trimmed.startsWith('+') || digits.startsWith('00')) {
    const international = trimmed.startsWith('+') ? digits : digits.slice(2);
    const callingCode = phoneLibrary().parsePhoneNumberFromString(
      `+${international}`,
    )?.countryCallingCode;
    keepLeading = digits.length - international.length + (callingCode?.length ?? 2) + 1;
  }
  // Always mask at least four digits, whatever the number's length.
  keepLeading = Math.min(keepLeading, Math.max(0, digits.length - 6));
  const keepTrailing = digits.length >= 6 ? 2 : 0;
  const out = value.split('');
  positions.forEach((position, rank) => {
    if (rank >= keepLeading && rank < digits.length - keepTrailing) out[position] = '*';
  });
  return out.join('');
}
