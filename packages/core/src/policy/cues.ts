import { fold } from '../text/fold.js';

/**
 * Cue words of collection statements and of negations, and the splitting of a sentence into
 * clauses (the scope of a negation) and enumeration items. All functions take normalized
 * text (see normalize.ts) unless they say otherwise.
 */

/** English verb forms that say data is collected or processed (exact words). */
const ENGLISH_VERBS = new Set([
  'collect',
  'collects',
  'collected',
  'collecting',
  'collection',
  'receive',
  'receives',
  'received',
  'receiving',
  'obtain',
  'obtains',
  'obtained',
  'obtaining',
  'gather',
  'gathers',
  'gathered',
  'gathering',
  'process',
  'processes',
  'processed',
  'processing',
  'store',
  'stores',
  'stored',
  'storing',
  'use',
  'uses',
  'used',
  'using',
  'record',
  'recorded',
  'recording',
  'ask',
  'asks',
  'asked',
  'asking',
  'requested',
  'requesting',
  'hold',
  'holds',
  'held',
  'keep',
  'keeps',
  'kept',
  'retain',
  'retains',
  'retained',
  'log',
  'logs',
  'logged',
  'capture',
  'captures',
  'captured',
  'save',
  'saves',
  'saved',
  'track',
  'tracks',
  'tracked',
  'require',
  'requires',
  'required',
  'provide',
  'provides',
  'provided',
  'give',
  'gives',
  'submit',
  'submits',
  'submitted',
  'communicate',
  'communicated',
  'recognize',
  'recognizes',
  'recognise',
  'recognises',
  'detect',
  'detects',
  'maintain',
  'maintains',
  'archive',
  'archives',
  'archived',
  'assign',
  'assigns',
  'assigned',
  'create',
  'creates',
  'created',
  'generate',
  'generates',
  'generated',
]);

/** French verb stems (prefixes of folded words), with words that share a stem but are not verbs. */
const FRENCH_STEMS = [
  'collect',
  'recueil',
  'recueill',
  'trait',
  'utilis',
  'conserv',
  'enregistr',
  'communiqu',
  'fourni',
  'demand',
  'stock',
  'obten',
  'obtien',
  'recev',
  'recoi',
  'recu',
  'deten',
  'detien',
  'sauvegard',
  'heberg',
  'depos',
  'renseign',
  'saisi',
  'archiv',
  'transmett',
  'transmet',
  'collecte',
  'cree',
  'creon',
  'creer',
  'attribu',
  'generon',
  'genere',
];
const FRENCH_NOT_VERBS = new Set([
  'utilisateur',
  'utilisateurs',
  'utilisatrice',
  'utilisatrices',
  'fournisseur',
  'fournisseurs',
  'traiteur',
  'demande',
  'demandes',
  'recuperer',
  'saisine',
]);

/** A request to the reader ("please do not use your real name") states no practice. */
export function isRequestToReader(words: readonly string[]): boolean {
  return (
    words.includes('please') ||
    words.includes('veuillez') ||
    (words[0] === 'do' && words[1] === 'not')
  );
}

/**
 * Whether a normalized word is a collection verb. With a language, only that language's
 * verbs count: "2J PROCESS" in a French sentence is a company, not the verb "process".
 */
export function isCollectionVerb(word: string, language?: 'en' | 'fr'): boolean {
  if (language !== 'fr' && ENGLISH_VERBS.has(word)) return true;
  if (language === 'en' || FRENCH_NOT_VERBS.has(word)) return false;
  return FRENCH_STEMS.some((stem) => word.startsWith(stem));
}

/** Positions (word indexes) of collection verbs in a normalized text. */
export function collectionVerbIndexes(words: readonly string[], language?: 'en' | 'fr'): number[] {
  const indexes: number[] = [];
  words.forEach((word, index) => {
    if (isCollectionVerb(word, language)) indexes.push(index);
  });
  return indexes;
}

const ENGLISH_NEGATIONS = new Set(['not', 'never', 'no', 't', 'neither', 'nor', 'cannot']);
const CONDITIONS = new Set(['if', 'unless', 'whether', 'si', 'sauf']);
const FRENCH_NEGATION_ENDS = new Set([
  'pas',
  'jamais',
  'aucun',
  'aucune',
  'rien',
  'ni',
  'nullement',
  'point',
]);

/**
 * Whether a clause says that data is NOT collected: a negation bearing on a collection verb
 * ("we do not collect", "we will never ask", « nous ne collectons pas », « ne … jamais »,
 * « aucune donnée n'est collectée »). A negation elsewhere ("if you do not accept cookies")
 * or a refusal by the user ("you can refuse cookies") is not one.
 */
export function isNegatedClause(words: readonly string[], language?: 'en' | 'fr'): boolean {
  // A condition ("if you do not provide…", « si vous ne souhaitez pas… ») is not a practice either.
  const condition = words.findIndex((word) => CONDITIONS.has(word));
  for (const verb of collectionVerbIndexes(words, language)) {
    if (condition >= 0 && condition < verb) continue;
    for (let k = Math.max(0, verb - 5); k < verb; k++) {
      if (ENGLISH_NEGATIONS.has(words[k] as string)) return true;
    }
    // French: « ne/n' » shortly before the verb and « pas/jamais/aucun… » shortly after « ne ».
    for (let k = Math.max(0, verb - 4); k < verb; k++) {
      if (words[k] !== 'ne' && words[k] !== 'n') continue;
      for (let m = k + 1; m <= Math.min(words.length - 1, k + 6); m++) {
        if (FRENCH_NEGATION_ENDS.has(words[m] as string)) return true;
      }
    }
    for (let k = 0; k < verb; k++) {
      if (words[k] === 'aucun' || words[k] === 'aucune' || words[k] === 'jamais') return true;
    }
  }
  return false;
}

/**
 * Split a sentence (raw text) into clauses, the scope of a negation: at semicolons and at
 * contrast words ("but", « mais »), so that "we collect your name, but we do not collect your
 * SSN" negates only the second part.
 */
export function splitClauses(text: string): string[] {
  const folded = fold(text);
  const cuts: number[] = [];
  const pattern = /;|\b(?:but|however|whereas|mais|cependant|tandis que|alors que|en revanche)\b/g;
  for (let match = pattern.exec(folded); match; match = pattern.exec(folded))
    cuts.push(match.index);
  const clauses: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    if (cut > start) clauses.push(text.slice(start, cut));
    start = cut;
  }
  clauses.push(text.slice(start));
  return clauses
    .map((clause) => clause.replace(/^;\s*/, ''))
    .filter((clause) => clause.trim().length > 0);
}

/**
 * Split an enumeration (raw text) into items: at commas, colons, parentheses and the words
 * that introduce examples ("such as", "including", "e.g.", « notamment », « tels que »,
 * « comme », « ainsi que »). Coordinations ("and", "or", « et », « ou ») stay inside an item:
 * `expandCoordination` reads them.
 */
export function splitEnumeration(text: string): string[] {
  return fold(text)
    .replace(/\b(?:e\.g|i\.e)\.(?!\w)/g, ',')
    .replace(
      /\b(?:such as|including|includes|include|for example|for instance|like|notamment|tels? que|telles? que|comme|ainsi que|par exemple|y compris|incluant)\b/g,
      ',',
    )
    .split(/[,:()[\]•·;]|\s[-–—]\s/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * Read a coordination inside one enumeration item where a shared word is said once:
 * "postal and e-mail addresses" → "postal addresses"; "first and last name" → "first name";
 * « opinions politiques ou religieuses » → « opinions religieuses »; « date et lieu de
 * naissance » → « date de naissance ». Returns the extra phrases (normalized).
 */
export function expandCoordination(normalizedItem: string): string[] {
  const words = normalizedItem.split(' ');
  const extra: string[] = [];
  words.forEach((word, index) => {
    if (!['and', 'or', 'et', 'ou'].includes(word)) return;
    const left = words.slice(0, index);
    const right = words.slice(index + 1);
    if (left.length === 0 || right.length === 0) return;
    const leftLast = left[left.length - 1] as string;
    if (right.length >= 2) {
      // A lone modifier before the conjunction shares the head noun of the right side.
      extra.push(`${leftLast} ${right[right.length - 1]}`);
      extra.push(`${leftLast} ${right.slice(1).join(' ')}`);
      extra.push(`${leftLast} ${right[1]}`);
    }
    if (left.length >= 2) {
      // A lone modifier after the conjunction shares the head noun of the left side (French).
      extra.push(`${left[left.length - 2]} ${right[0]}`);
    }
  });
  return extra;
}
