/**
 * A data category: a fideslang 3.2 key with its labels and crosswalks. Ids nest by prefix
 * (`user.contact.email` is inside `user.contact`), and a category may have a second parent
 * (a postal address is contact data and location data, as in DPV).
 */
export interface DataCategory {
  /** fideslang 3.2 key. */
  id: string;
  label: { en: string; fr: string };
  /** Direct parents: the prefix parent first, then any second parents. Empty for `user`. */
  parents: readonly string[];
  /** W3C DPV personal-data term, `pd:` prefix (namespace https://w3id.org/dpv/pd#). */
  dpv?: string;
  /** OPP-115 "personal information type" value. */
  opp115: string;
  /** GDPR Art. 9 special category. */
  specialCategory: boolean;
  /** GDPR Art. 10 data on criminal convictions and offences. */
  criminal: boolean;
}

/** What `categoryForField` returns: the category and the name of the rule that matched. */
export interface FieldCategoryMatch {
  category: string;
  /** Rule id, e.g. `job-title`, for evidence (`{kind: 'field', detail: rule}`). */
  rule: string;
}
