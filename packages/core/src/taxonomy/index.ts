import { CATEGORIES, DEPRECATED_IDS } from './categories.js';
import type { DataCategory } from './types.js';

export type { DataCategory, FieldCategoryMatch } from './types.js';
export { categoryForField, FIELD_RULES } from './field-rules.js';
export type { FieldRule } from './field-rules.js';

const BY_ID = new Map(CATEGORIES.map((category) => [category.id, category]));

/** The category with this id (a deprecated fideslang key resolves to its replacement). */
export function getCategory(id: string): DataCategory | undefined {
  return BY_ID.get(id) ?? BY_ID.get(DEPRECATED_IDS[id] ?? '');
}

/** The current key for `id`: itself, its replacement if fideslang deprecated it, or undefined. */
export function resolveCategoryId(id: string): string | undefined {
  if (BY_ID.has(id)) return id;
  const replacement = DEPRECATED_IDS[id];
  return replacement !== undefined && BY_ID.has(replacement) ? replacement : undefined;
}

/** Every category, parents before children (taxonomy order). */
export function listCategories(): readonly DataCategory[] {
  return CATEGORIES;
}

/** All ancestors of `id` through every parent link (prefix and second parents), nearest first. */
export function ancestorsOf(id: string): string[] {
  const start = getCategory(id);
  if (!start) return [];
  const seen = new Set<string>();
  const queue = [...start.parents];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(BY_ID.get(next)?.parents ?? []));
  }
  return [...seen];
}

/** Whether `ancestor` is a strict ancestor of `descendant` in the category graph. */
export function isAncestor(ancestor: string, descendant: string): boolean {
  const a = resolveCategoryId(ancestor);
  return a !== undefined && ancestorsOf(descendant).includes(a);
}

/** Direct children of `id` (categories that list it as a parent). */
export function childrenOf(id: string): string[] {
  return CATEGORIES.filter((category) => category.parents.includes(id)).map(
    (category) => category.id,
  );
}

/** Entity type → category, as in design.md (Taxonomy). */
const TYPE_CATEGORIES: Readonly<Record<string, string>> = {
  email: 'user.contact.email',
  phone: 'user.contact.phone_number',
  ip_address: 'user.device.ip_address',
  iban: 'user.financial.bank_account',
  person_name: 'user.name',
  payment_card: 'user.financial.credit_card',
  national_id: 'user.government_id.national_identification_number',
  postal_address: 'user.contact.address',
  date_of_birth: 'user.demographic.date_of_birth',
  device_id: 'user.device.device_id',
  mac_address: 'user.device.device_id',
};

/** The category of a detector's entity type, or undefined for a type the table does not know. */
export function categoryForType(entityType: string): string | undefined {
  return TYPE_CATEGORIES[entityType];
}

/** A category's label in English or French (the id itself when unknown). */
export function categoryLabel(id: string, language: 'en' | 'fr' = 'en'): string {
  return getCategory(id)?.label[language] ?? id;
}

/** The full IRI of a DPV `pd:` term. */
export function dpvIri(term: string): string {
  return term.replace(/^pd:/, 'https://w3id.org/dpv/pd#');
}
