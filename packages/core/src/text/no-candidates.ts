import type { Candidate } from '../types.js';

/**
 * What a detector returns for a text without candidates: one shared array rather than a new
 * one per call (a table has a value per cell, and every detector runs on each). Read-only by
 * type and frozen, so a caller that changes it fails loudly instead of changing later answers.
 */
export const NO_CANDIDATES: readonly Candidate[] = Object.freeze([]);
