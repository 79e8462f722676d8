/** Luhn (mod 10) check over a string of ASCII digits; false for anything else or empty input. */
export function luhnValid(digits: string): boolean {
  if (digits.length === 0) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    const code = digits.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return false;
    let value = code;
    if (double) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Luhn over the digits of `text[start, end)`, skipping separators, without copying them. */
export function luhnValidIn(text: string, start: number, end: number): boolean {
  let sum = 0;
  let double = false;
  let digits = 0;
  for (let i = end - 1; i >= start; i--) {
    const value = text.charCodeAt(i) - 48;
    if (value < 0 || value > 9) continue;
    digits++;
    sum += double ? (value > 4 ? value * 2 - 9 : value * 2) : value;
    double = !double;
  }
  return digits > 0 && sum % 10 === 0;
}
