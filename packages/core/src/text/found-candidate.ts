import type { Candidate, Evidence } from '../types.js';

/**
 * A detector's candidate, made by `new` rather than as an object literal. A segment's
 * candidates live until every detector has run over it (a 1 MiB text segment makes thousands),
 * past a young-generation collection, so V8 would pretenure a literal's allocation site and put
 * every later candidate straight into the old generation, which only a full collection empties
 * (see value-segment.ts). `testData` is an own property only when given, as with a literal.
 */
export class FoundCandidate implements Candidate {
  start: number;
  end: number;
  normalized: string;
  confidence: number;
  evidence: Evidence[];
  declare testData?: boolean;

  constructor(
    start: number,
    end: number,
    normalized: string,
    confidence: number,
    evidence: Evidence[],
    testData?: boolean,
  ) {
    this.start = start;
    this.end = end;
    this.normalized = normalized;
    this.confidence = confidence;
    this.evidence = evidence;
    if (testData !== undefined) this.testData = testData;
  }
}
