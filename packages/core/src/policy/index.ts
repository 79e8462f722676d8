export { extractPolicy, MAX_EVIDENCE, MAX_GENERIC_EVIDENCE } from './extract.js';
export { extractPolicyFromFile, policySourceKind } from './file.js';
export type { PdfTextExtractor, PolicyFileOptions, PolicySourceKind } from './file.js';
export {
  DeclarationError,
  loadDeclaration,
  mergeDeclarations,
  nearestCategoryId,
  unknownCategoryMessage,
} from './declaration.js';
export type { DeclarationIssue } from './declaration.js';
export { comparePolicy, DEFAULT_FAIL_ON, failingStatuses, STATUS_ORDER } from './compare.js';
export { detectLanguage, documentLanguage } from './language.js';
export { LEXICON } from './lexicon.js';
export type { LexiconEntry } from './lexicon.js';
export type {
  CategoryComparison,
  CategoryStatus,
  DeclaredCategory,
  ExtractPolicyOptions,
  NegatedCategory,
  PolicyEvidence,
  PolicyExtraction,
  PolicyFormat,
  PolicyLanguage,
} from './types.js';
