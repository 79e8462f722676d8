import type { TermMatch } from './lexicon.js';

/**
 * "a photo of your child", « le prénom de l'enfant », "your child's first name": the person
 * who owns a piece of data is not data named. And "the name of your health insurer", « la
 * photo de votre ordonnance »: the name or photo of another data item is that item, not a
 * person's name or picture. Both are read from lexicon matches in one normalized item.
 */

/** Categories that name people (who may own data) rather than data about them. */
const PERSON_CATEGORIES = new Set(['user.children']);

/** Terms that name a label or an image of something: "name of X", « photo de X ». */
const LABEL_TERMS = new Set([
  'name',
  'names',
  'nom',
  'noms',
  'photo',
  'photos',
  'photograph',
  'photographs',
  'picture',
  'pictures',
  'photographie',
  'photographies',
  'image',
  'images',
]);

/** Words that open a noun's complement ("the name of", « le nom de »). */
export const OF: ReadonlySet<string> = new Set(['of', 'de', 'du', 'des', 'd']);
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'your',
  'their',
  'his',
  'her',
  'its',
  'my',
  'our',
  'each',
  'any',
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'votre',
  'vos',
  'leur',
  'leurs',
  'son',
  'sa',
  'ses',
  'mon',
  'ma',
  'mes',
  'notre',
  'nos',
]);

/** Whether the words between two matches are only "of" and determiners ("of your", « de l »). */
function isOfLink(between: readonly string[]): boolean {
  return (
    between.length >= 1 &&
    OF.has(between[0] as string) &&
    between.slice(1).every((word) => DETERMINERS.has(word))
  );
}

const isPerson = (match: TermMatch): boolean =>
  match.entry.categories.some((category) => PERSON_CATEGORIES.has(category));
const isData = (match: TermMatch): boolean => match.entry.categories.length > 0 && !isPerson(match);

const isLocation = (match: TermMatch): boolean =>
  match.entry.categories.some((category) => category.startsWith('user.location'));
const isPicture = (match: TermMatch): boolean =>
  match.entry.categories.includes('user.content.self_image');

export function withoutPossessors(normalized: string, matches: readonly TermMatch[]): TermMatch[] {
  const dropped = droppedMatches(normalized, matches);
  return matches.filter((match) => !dropped.has(match));
}

/**
 * The people who own the data named ("the age of the children"): collecting their data is
 * processing data about them, though "we never ask for a photo of your child" negates only
 * the photo.
 */
export function owners(normalized: string, matches: readonly TermMatch[]): TermMatch[] {
  return [...droppedMatches(normalized, matches)].filter(isPerson);
}

/** « ni celui de l'enfant », "nor that of your child": a pronoun standing for the data named. */
const DATA_PRONOUN_OF =
  /\b(?:celui|celle|ceux|celles|that|those) (?:of|de|du|des|d)(?: (?:the|your|their|le|la|les|l|votre|vos|leur|leurs))? $/;

/**
 * "employers may not ask for them", « les employeurs peuvent consulter… »: a term followed by a
 * modal and an active verb names who acts, not data ("your name may be shared" is data).
 */
const MODALS = new Set([
  'may',
  'might',
  'can',
  'cannot',
  'could',
  'must',
  'should',
  'will',
  'would',
  'peut',
  'peuvent',
  'pourra',
  'pourront',
  'doit',
  'doivent',
]);
const PASSIVE_STARTS = new Set(['be', 'been', 'have', 'etre', 'avoir']);
// Negations, adverbs and object pronouns between the modal and its verb.
const NOT_WORDS = new Set([
  'not',
  'never',
  'also',
  'only',
  'then',
  'pas',
  'jamais',
  'ne',
  'n',
  'egalement',
  'aussi',
  'vous',
  'nous',
  'lui',
  'leur',
  'se',
  's',
]);

function isAgent(normalized: string, match: TermMatch): boolean {
  const after = normalized.slice(match.end).trim().split(' ');
  if (!MODALS.has(after[0] as string)) return false;
  const verb = after.slice(1).find((word) => !NOT_WORDS.has(word));
  return verb !== undefined && !PASSIVE_STARTS.has(verb);
}

function droppedMatches(normalized: string, matches: readonly TermMatch[]): Set<TermMatch> {
  const dropped = new Set<TermMatch>();
  for (const match of matches) if (isAgent(normalized, match)) dropped.add(match);
  for (const match of matches)
    if (isPerson(match) && DATA_PRONOUN_OF.test(normalized.slice(0, match.start)))
      dropped.add(match);
  // "photos of the flue and the fireplace", « photos du compteur »: pictures of a thing a
  // tradesman works on are no image of a person.
  for (const match of matches)
    if (isPicture(match) && picturesAThing(normalized.slice(match.end).trim().split(' ')))
      dropped.add(match);
  const wordsBetween = (from: number, to: number): string[] =>
    normalized.slice(from, to).trim().split(' ').filter(Boolean);
  for (let i = 0; i + 1 < matches.length; i++) {
    const left = matches[i] as TermMatch;
    const right = matches[i + 1] as TermMatch;
    const between = wordsBetween(left.end, right.start);
    if (isData(left) && isPerson(right) && isOfLink(between)) dropped.add(right);
    // "your child's photo": the possessive "s" links owner and data.
    if (isPerson(left) && isData(right) && between.length === 1 && between[0] === 's')
      dropped.add(left);
    if (LABEL_TERMS.has(left.term) && isData(right) && isOfLink(between)) dropped.add(left);
    // "the location of your photos", « la localisation de vos clichés »: where a picture was
    // taken is a location; the picture only owns it.
    if (isLocation(left) && isPicture(right) && isOfLink(between)) dropped.add(right);
  }
  return dropped;
}

/** Things a tradesman or an inspector photographs: a picture of them shows no one. */
const PHOTOGRAPHED_THINGS = new Set([
  'flue',
  'flues',
  'fireplace',
  'chimney',
  'boiler',
  'meter',
  'meters',
  'property',
  'logement',
  'roof',
  'damage',
  'work',
  'works',
  'installation',
  'conduit',
  'cheminee',
  'chaudiere',
  'compteur',
  'toiture',
  'degats',
  'travaux',
  'chantier',
  // "photos of your invoices", « photos de vos factures »: a picture of a document.
  'invoice',
  'invoices',
  'receipt',
  'receipts',
  'facture',
  'factures',
  // "photos of the garments when we collect them", « photos des vêtements confiés »: the
  // articles a shop or a repairer takes in.
  'clothes',
  'clothing',
  'garments',
  'items',
  'vetements',
  'articles',
  'objets',
]);

// "Photographs are taken of the boiler", « des photos sont prises du conduit »: the thing comes
// after the passive.
const TAKEN = new Set(['is', 'are', 'were', 'be', 'may', 'will', 'taken', 'est', 'sont', 'prises']);

function picturesAThing(after: readonly string[]): boolean {
  let at = 0;
  if (TAKEN.has(after[0] as string)) {
    while (at < 3 && TAKEN.has(after[at] as string)) at++;
    if (after[at - 1] !== 'taken' && after[at - 1] !== 'prises') return false;
  }
  if (!OF.has(after[at] as string)) return false;
  at++;
  while (DETERMINERS.has(after[at] as string)) at++;
  return PHOTOGRAPHED_THINGS.has(after[at] as string);
}
