import { listCategories } from '../taxonomy/index.js';
import {
  collectionVerbIndexes,
  expandCoordination,
  isAboutThirdParties,
  isAnaphoricInclusion,
  isNegatedClause,
  isNegatedItem,
  isRequestToReader,
  splitClauses,
  splitEnumeration,
  withoutPurposes,
} from './cues.js';
import { detectLanguage, documentLanguage } from './language.js';
import { lexiconEntryFor, matchLexicon, type LexiconEntry } from './lexicon.js';
import { normalizeForMatch, removeAddressesAndUrls } from './normalize.js';
import { segmentBlocks, type PolicySegment } from './segment.js';
import { toBlocks } from './source-text.js';
import type {
  DeclaredCategory,
  ExtractPolicyOptions,
  PolicyEvidence,
  PolicyExtraction,
} from './types.js';

/** Evidence kept per category (and for generic disclosures): enough to audit, not the whole policy. */
export const MAX_EVIDENCE = 3;
export const MAX_GENERIC_EVIDENCE = 5;
const MAX_EVIDENCE_CHARS = 300;

/** What a statement says about the data it names. */
type Polarity = 'collect' | 'negate' | 'none';

/**
 * Read a privacy policy (EN/FR; plain text, Markdown or HTML) and list the data categories it
 * declares, those it says it does not collect (or calls non-personal), and its disclosures of
 * personal data in general. Deterministic and offline.
 */
export function extractPolicy(text: string, options: ExtractPolicyOptions = {}): PolicyExtraction {
  const segments = segmentBlocks(toBlocks(text, options.format ?? 'text'));
  const collector = new ExtractionCollector();
  let section: Polarity = 'none';
  let leadIn: Polarity = 'none';
  let previous: { block: number; polarity: Polarity } | undefined;
  for (const segment of segments) {
    if (segment.kind === 'heading') {
      section = statementPolarity(segment.text);
      leadIn = 'none';
      previous = undefined;
      continue;
    }
    if (segment.kind !== 'item') leadIn = 'none';
    let own = segment.kind === 'sentence' ? statementPolarity(segment.text) : 'none';
    // "We keep clinical records. These include:" points back at the sentence before it.
    const anaphoric =
      own === 'none' &&
      segment.kind === 'sentence' &&
      previous?.block === segment.block &&
      previous.polarity !== 'none' &&
      isAnaphoricInclusion(normalizeForMatch(segment.text).split(' '));
    if (anaphoric && previous) own = previous.polarity;
    const inherited: Polarity =
      segment.kind === 'item'
        ? leadIn !== 'none'
          ? leadIn
          : section
        : anaphoric
          ? own
          : segment.text.includes(':')
            ? section
            : 'none';
    readSegment(segment, inherited, collector);
    if (segment.kind === 'sentence') previous = { block: segment.block, polarity: own };
    if (segment.leadIn || (own !== 'none' && introducesList(segment.text))) leadIn = own;
  }
  const language = documentLanguage(
    segments.filter((segment) => segment.kind !== 'heading').map((segment) => segment.text),
  );
  return collector.result(language);
}

/** Whether a sentence or heading states collection, its absence, or neither. */
function statementPolarity(text: string): Polarity {
  const language = detectLanguage(text);
  let polarity: Polarity = 'none';
  for (const clause of splitClauses(removeAddressesAndUrls(text))) {
    const words = normalizeForMatch(clause).split(' ');
    polarity = clausePolarity(words, language, polarity);
    if (polarity === 'collect' && isAboutThirdParties(words, clause)) polarity = 'none';
  }
  return polarity;
}

/**
 * "The table below lists the data we collect.", « les données suivantes »: a sentence that
 * announces the list or table after it without ending in a colon.
 */
function introducesList(text: string): boolean {
  const words = normalizeForMatch(text).split(' ');
  return ['below', 'following', 'suivantes', 'suivants', 'dessous'].some((w) => words.includes(w));
}

/** A clause with a collection verb sets the polarity; one without keeps the previous clause's. */
function clausePolarity(
  words: readonly string[],
  language: 'en' | 'fr' | undefined,
  previous: Polarity,
): Polarity {
  if (isRequestToReader(words)) return 'none';
  if (collectionVerbIndexes(words, language).length === 0) return previous;
  return isNegatedClause(words, language) ? 'negate' : 'collect';
}

function readSegment(
  segment: PolicySegment,
  inherited: Polarity,
  collector: ExtractionCollector,
): void {
  const evidence: PolicyEvidence = { text: trimEvidence(segment.text), line: segment.line };
  const language = detectLanguage(segment.text);
  let polarity = inherited;
  for (const clause of splitClauses(removeAddressesAndUrls(segment.text))) {
    const words = normalizeForMatch(clause).split(' ');
    polarity = clausePolarity(words, language, polarity);
    const thirdParties = isAboutThirdParties(words, clause);
    let nonPersonal = false;
    const found: { entry: LexiconEntry; polarity: 'collect' | 'negate' }[] = [];
    for (const item of splitEnumeration(clause)) {
      const normalized = normalizeForMatch(item);
      if (!normalized) continue;
      const entries: LexiconEntry[] = [];
      for (const piece of withoutPurposes(normalized, language)) {
        for (const match of matchLexicon(piece)) {
          if (match.entry.kind === 'non-personal') {
            nonPersonal = true;
            continue;
          }
          entries.push(match.entry);
        }
        for (const phrase of expandCoordination(piece)) {
          const entry = lexiconEntryFor(phrase);
          if (entry) entries.push(entry);
        }
      }
      const effective: Polarity =
        nonPersonal || (polarity === 'collect' && isNegatedItem(normalized, language))
          ? 'negate'
          : polarity;
      if (effective === 'none' || (effective === 'collect' && thirdParties)) continue;
      for (const entry of entries) {
        if (effective === 'negate' && entry.negatable === false) continue;
        found.push({ entry, polarity: effective });
      }
    }
    // "sort code and account number" beside "bank account details": a bank account, not a
    // customer number.
    const named = new Set(found.flatMap(({ entry }) => entry.categories));
    for (const { entry, polarity: effective } of found) {
      if (entry.unlessWith?.some((category) => named.has(category))) continue;
      collector.add(entry, effective, evidence);
    }
  }
}

function trimEvidence(text: string): string {
  const clean = text.trim();
  return clean.length <= MAX_EVIDENCE_CHARS
    ? clean
    : `${clean.slice(0, MAX_EVIDENCE_CHARS - 1).trimEnd()}…`;
}

/** Merges matches into declared/negated categories and generic disclosures, in taxonomy order. */
class ExtractionCollector {
  private readonly declared = new Map<string, DeclaredCategory>();
  private readonly negated = new Map<string, PolicyEvidence[]>();
  private readonly generic: PolicyEvidence[] = [];

  add(entry: LexiconEntry, polarity: 'collect' | 'negate', evidence: PolicyEvidence): void {
    if (entry.kind === 'generic') {
      if (polarity === 'collect') pushEvidence(this.generic, evidence, MAX_GENERIC_EVIDENCE);
      return;
    }
    for (const category of entry.categories) {
      if (polarity === 'negate') {
        const list = this.negated.get(category) ?? [];
        pushEvidence(list, evidence, MAX_EVIDENCE);
        this.negated.set(category, list);
        continue;
      }
      const level = entry.level ?? 'specific';
      const existing = this.declared.get(category);
      if (!existing) {
        this.declared.set(category, { category, level, evidence: [evidence] });
        continue;
      }
      if (level === 'specific') existing.level = 'specific';
      pushEvidence(existing.evidence, evidence, MAX_EVIDENCE);
    }
  }

  result(language: PolicyExtraction['language']): PolicyExtraction {
    const order = new Map(listCategories().map((category, index) => [category.id, index]));
    const byTaxonomy = (a: string, b: string): number =>
      (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) ||
      a.localeCompare(b);
    return {
      language,
      declared: [...this.declared.values()].sort((a, b) => byTaxonomy(a.category, b.category)),
      negated: [...this.negated.entries()]
        .map(([category, evidence]) => ({ category, evidence }))
        .sort((a, b) => byTaxonomy(a.category, b.category)),
      generic: this.generic,
    };
  }
}

function pushEvidence(list: PolicyEvidence[], evidence: PolicyEvidence, cap: number): void {
  if (list.length >= cap) return;
  if (list.some((known) => known.line === evidence.line && known.text === evidence.text)) return;
  list.push(evidence);
}
