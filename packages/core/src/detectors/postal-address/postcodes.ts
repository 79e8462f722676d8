/** Postcode checks; every pattern is anchored and runs on one short token. */

/** French code postal: 5 digits, departments 01–95 and overseas 97/98 (Corsica is 20xxx). */
export function frPostcodeValid(token: string): boolean {
  if (!/^\d{5}$/.test(token)) return false;
  const value = Number(token);
  return value >= 1000 && value <= 98999 && !token.startsWith('96');
}

const UK_POSTCODE =
  /^(?:[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRVWXY])) ?\d[ABD-HJLNP-UW-Z]{2}$/;

/** UK postcode (`SW1A 2AA`, `M1 1AE`, `EC1A1BB`), upper case, one optional space. */
export function ukPostcodeValid(value: string): boolean {
  return value.length <= 8 && UK_POSTCODE.test(value);
}

/** UK outward code alone (`SW1A`), the first half of a spaced postcode. */
export function ukOutwardCodeShape(token: string): boolean {
  return (
    /^[A-PR-UWYZ][A-HK-Y0-9][A-HJKPSTUW0-9]?[ABEHMNPRVWXY0-9]?$/.test(token) && /\d/.test(token)
  );
}

/** US ZIP or ZIP+4 (`20500`, `20500-0003`); 00000 is never assigned. */
export function usZipValid(token: string): boolean {
  return /^\d{5}(?:-\d{4})?$/.test(token) && !token.startsWith('00000');
}
