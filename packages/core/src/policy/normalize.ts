import { fold } from '../text/fold.js';

/**
 * The form policy text and lexicon terms are compared in: folded (lower case, no accents),
 * every run of non-alphanumeric characters a single space. "E-mail", « e‑mail » and "email "
 * become `e mail` / `email`; « l’adresse » becomes `l adresse`.
 */
export function normalizeForMatch(text: string): string {
  return asVous(
    fold(text.replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE'))
      .replace(/[^a-z0-9]+/g, ' ')
      .trim(),
  );
}

/**
 * A French notice that says « tu » (« tes données », « on te demande », « tu nous donnes ») is
 * read like one that says « vous »: every cue and term is written with « vous / vos / votre ».
 */
const TU_WORDS: Readonly<Record<string, string>> = {
  tu: 'vous',
  te: 'vous',
  toi: 'vous',
  tes: 'vos',
  ton: 'votre',
  ta: 'votre',
};
/** Verbs after « tu » whose « vous » form is not the regular -es → -ez. */
const TU_VERBS: Readonly<Record<string, string>> = {
  as: 'avez',
  es: 'etes',
  peux: 'pouvez',
  veux: 'voulez',
  dois: 'devez',
  fais: 'faites',
  vas: 'allez',
  envoies: 'envoyez',
  choisis: 'choisissez',
  fournis: 'fournissez',
  saisis: 'saisissez',
  remplis: 'remplissez',
  inscris: 'inscrivez',
  ecris: 'ecrivez',
  mets: 'mettez',
  transmets: 'transmettez',
  remets: 'remettez',
};
/** Pronouns between « tu » and its verb (« tu nous le donnes », « tu ne nous envoies »). */
const TU_CLITICS = new Set([
  'ne',
  'n',
  'nous',
  'te',
  't',
  'le',
  'la',
  'les',
  'l',
  'y',
  'en',
  'lui',
  'leur',
]);
/** English contractions ("don't" → `don t`): their `t` is no « t' ». */
const ENGLISH_NT =
  /^(?:don|can|won|isn|aren|doesn|didn|wasn|weren|hasn|haven|hadn|shouldn|wouldn|couldn|mustn|needn|ain|shan)$/;

function asVous(normalized: string): string {
  if (!/\b(?:tu|te|toi|tes|ton|ta|t)\b/.test(normalized)) return normalized;
  const words = normalized.split(' ');
  let subject = false;
  return words
    .map((word, index) => {
      const previous = words[index - 1] ?? '';
      if (word === 't') {
        // « collecte-t-il » keeps its euphonic t, a "t-shirt" its letter; « on t'envoie »
        // (elided before a vowel) addresses the reader.
        const next = words[index + 1] ?? '';
        if (
          ENGLISH_NT.test(previous) ||
          ['il', 'elle', 'on'].includes(next) ||
          !/^[aeiouyh]/.test(next)
        )
          return word;
        return 'vous';
      }
      if (word === 'tu') {
        subject = true;
        return 'vous';
      }
      const mapped = TU_WORDS[word];
      if (subject && !TU_CLITICS.has(word)) {
        subject = false;
        if (mapped) return mapped;
        return vousForm(word);
      }
      return mapped ?? (words[index + 1] === 'tu' ? vousForm(word) : word);
    })
    .join(' ');
}

/** A verb of « tu » (« donnes », « pourras », also inverted: « peux-tu ») in its « vous » form. */
function vousForm(verb: string): string {
  const irregular = TU_VERBS[verb];
  if (irregular) return irregular;
  if (/^\w{2,}ras$/.test(verb)) return `${verb.slice(0, -2)}ez`;
  return /^\w{3,}es$/.test(verb) ? `${verb.slice(0, -1)}z` : verb;
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

const EMAIL_INTRO = /\b(?:e-?mail|courriel)(?: us)?(?: (?:at|to|on|à|a))?\s*:?\s*$/i;
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
    // "email hello@shop.example or ring…", « courriel : contact@… »: the word that introduces the
    // organisation's address is part of its contact point, not an e-mail address it collects.
    const before = EMAIL_INTRO.exec(chars.slice(Math.max(0, start - 24), start).join(''));
    if (before) start -= before[0].length;
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
