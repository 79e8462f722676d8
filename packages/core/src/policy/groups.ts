import { matchLexicon } from './lexicon.js';
import { normalizeForMatch } from './normalize.js';

/**
 * A group word ("contact details", « coordonnées », "identity document") is declared as
 * `parent` only when the policy names the group without its members. Named with them — in
 * parentheses, after a colon, after "such as", in the list items it introduces — the members
 * are what is declared, and the group adds nothing.
 */

/** Words that open the members of the data term before them. */
const EXAMPLE_MARKERS =
  /(?<!\p{L})(?:such as|including|includes|e\.g\.?|for example|for instance|namely|that is|that is to say|i\.e\.?|tels? que|telles? que|notamment|par exemple|ex\.|soit|c['’]est-à-dire|c['’]est à dire|à savoir)\s/giu;

/** How far (in words) a group may stand before the members that elaborate it. */
const MAX_GROUP_DISTANCE = 5;
/** Words after a group that start another noun phrase, which the members then belong to. */
const COORDINATORS = new Set(['and', 'or', 'plus', 'et', 'ou', 'ainsi']);

/**
 * Members of a group beyond its narrower categories: an account is opened with a password
 * ("account details (username, password)").
 */
const EXTRA_MEMBERS: Record<string, readonly string[]> = {
  'user.account': ['user.authorization.credentials'],
};

export function isMemberOf(category: string, group: string): boolean {
  return category.startsWith(`${group}.`) || (EXTRA_MEMBERS[group]?.includes(category) ?? false);
}

/** The group `head` ends with, when `members` names one of its members. */
export function groupsElaboratedBy(
  head: string,
  members: string,
  language: 'en' | 'fr' | undefined,
): string[] {
  const named = categoriesNamed(members, language);
  return trailingGroup(head, language).filter((group) =>
    [...named].some((category) => isMemberOf(category, group)),
  );
}

/** Categories a text names (lexicon matches with a category). */
function categoriesNamed(text: string, language: 'en' | 'fr' | undefined): Set<string> {
  const named = new Set<string>();
  for (const { entry } of matchLexicon(normalizeForMatch(text), language))
    for (const category of entry.categories) named.add(category);
  return named;
}

/** "contact and business details": two modifiers sharing a group's noun at the end. */
const SHARED_NOUN = /(?:^| )(\p{L}+) (?:and|or) \p{L}+ (details|information|data)$/u;

/**
 * The group a text ends with: the last data term before an elaboration, if it is a `parent`
 * entry within a few words of the end and no other noun phrase is joined after it ("vos
 * coordonnées", "the identity document you show").
 */
function trailingGroup(text: string, language: 'en' | 'fr' | undefined): string[] {
  const normalized = normalizeForMatch(text);
  // "Contact and business details: your name, …": the first modifier's group ends the text too.
  const shared = SHARED_NOUN.exec(normalized);
  if (shared) {
    const [first] = matchLexicon(`${shared[1] as string} ${shared[2] as string}`, language);
    if (first?.entry.level === 'parent') return [...first.entry.categories];
  }
  const matches = matchLexicon(normalized, language).filter(
    ({ entry }) => entry.categories.length > 0,
  );
  const last = matches[matches.length - 1];
  if (!last || last.entry.level !== 'parent') return [];
  const after = normalized.slice(last.end).trim().split(' ').filter(Boolean);
  // « votre pièce d'identité et les documents à traduire (ex. acte de naissance) »: the
  // examples are of the documents, not of the identity document.
  if (after.length > MAX_GROUP_DISTANCE || after.some((word) => COORDINATORS.has(word))) return [];
  return [...last.entry.categories];
}

/**
 * Groups of a sentence or item that its own words elaborate with their members: « vos
 * coordonnées (courriel, téléphone) », "Account details: your username and password", "contact
 * information such as your e-mail address".
 */
export function groupsWithMembers(text: string, language: 'en' | 'fr' | undefined): Set<string> {
  const grouped = new Set<string>();
  const consider = (head: string, tail: string): void => {
    for (const group of groupsElaboratedBy(head, tail, language)) grouped.add(group);
  };
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    consider(text.slice(0, open), text.slice(open + 1, close < 0 ? undefined : close));
  }
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1))
    consider(text.slice(0, colon), untilClauseEnd(text.slice(colon + 1)));
  // "Identity documents – a copy of your passport": a dash after a label opens it like a colon.
  for (const dash of text.matchAll(/\s[–—-]\s/gu))
    consider(text.slice(0, dash.index), untilClauseEnd(text.slice(dash.index + dash[0].length)));
  // "**Payment details.** … we do not receive your card details": a run-in label heads the
  // item it opens, like one before a colon.
  const label = RUN_IN_LABEL.exec(text);
  if (label) consider(label[1] as string, text.slice(label[0].length));
  for (const marker of text.matchAll(EXAMPLE_MARKERS))
    consider(
      text.slice(0, marker.index),
      untilClauseEnd(text.slice(marker.index + marker[0].length)),
    );
  return grouped;
}

/** A label of at most four words closed by a full stop, then its text. */
const RUN_IN_LABEL = /^\s*((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)\.\s+\S/u;

function untilClauseEnd(text: string): string {
  const end = text.search(/[;)]|\.\s/);
  return end < 0 ? text : text.slice(0, end);
}

/** A label of at most four words closed by a colon, a dash or a full stop, then its values. */
const LABEL_OF_VALUES = /^\s*((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)(?:\s*:|\s+[–—-]|\.)\s+(\S.*)$/su;

/**
 * The group a row or run-in label is, when it is the label's only term and its values name
 * members ("**Contact details**: home address, e-mail…", « Situation professionnelle : nom de
 * l'employeur »). A policy that details a group so names it with its members everywhere: a
 * summary table's « Identité, coordonnées, situation professionnelle » refers to the details.
 */
export function groupLabelled(text: string, language: 'en' | 'fr' | undefined): string[] {
  const label = LABEL_OF_VALUES.exec(text);
  if (!label) return [];
  const head = normalizeForMatch(label[1] as string);
  const terms = matchLexicon(head, language).filter(({ entry }) => entry.categories.length > 0);
  if (terms.length !== 1 || terms[0]?.entry.level !== 'parent') return [];
  return groupsElaboratedBy(head, untilClauseEnd(label[2] as string), language);
}
