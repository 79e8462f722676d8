import type { Candidate } from '../types.js';

/**
 * What a detector returns for a text without candidates: one shared array rather than a new
 * one per call (a table has a value per cell, and every detector runs on each). Frozen, so a
 * caller that changes it fails loudly instead of changing every later answer.
 */
export const NO_CANDIDATES: Candidate[] = Object.freeze([]) as unknown as Candidate[];
