import { fold } from '../text/fold.js';

/**
 * The form policy text and lexicon terms are compared in: folded (lower case, no accents),
 * every run of non-alphanumeric characters a single space. "E-mail", « e‑mail » and "email "
 * become `e mail` / `email`; « l’adresse » becomes `l adresse`.
 */
export function normalizeForMatch(text: string): string {
  return fold(text.replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A postcode with letters before the town ("1015 CV Amsterdam"): its letters are no word
 * ("CV" is no résumé).
 */
const LETTER_POSTCODE = /\b\d{4} [A-Z]{2}(?= [A-Z][a-z])/g;

/**
 * E-mail addresses, URLs and lettered postcodes in a policy are its own contact points, never
 * declarations.
 */
export function removeAddressesAndUrls(text: string): string {
  const withoutUrls = text
    .replace(/\b(?:https?:\/\/|www\.)[^\s<>"')]+/gi, ' ')
    .replace(LETTER_POSTCODE, (postcode) => ' '.repeat(postcode.length));
  return blankEmailAddresses(withoutUrls);
}

const LOCAL_PART = /[A-Za-z0-9._%+-]/;
const DOMAIN_PART = /[A-Za-z0-9.-]/;

/** Blank out `local@domain.tld` spans, found from each `@` outwards (no backtracking regex). */
function blankEmailAddresses(text: string): string {
  if (!text.includes('@')) return text;
  const chars = [...text];
  for (let at = chars.indexOf('@'); at >= 0; at = chars.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_PART.test(chars[start - 1] as string)) start--;
    let end = at + 1;
    while (end < chars.length && DOMAIN_PART.test(chars[end] as string)) end++;
    while (end > at + 1 && chars[end - 1] === '.') end--;
    const domain = chars.slice(at + 1, end).join('');
    if (start === at || !domain.includes('.')) continue;
    for (let k = start; k < end; k++) chars[k] = ' ';
  }
  return chars.join('');
}

/** Whole-word occurrences of `term` in `text` (both normalized: words separated by one space). */
export function findWholeWords(text: string, term: string): number[] {
  const hits: number[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(term, from);
    if (at < 0) return hits;
    const before = at === 0 || text[at - 1] === ' ';
    const after = at + term.length === text.length || text[at + term.length] === ' ';
    if (before && after) hits.push(at);
    from = at + 1;
  }
}
