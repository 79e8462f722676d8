import type { Candidate, Detector } from '../types.js';

/**
 * A tiny detector for the pipeline's own tests: finds `TOKEN-<digits>` so that walking,
 * decoding, chunking and locating are tested independently of the real detectors.
 */
export const tokenDetector: Detector = {
  id: 'test-token',
  type: 'test_token',
  category: 'user.unique_id',
  description: 'TOKEN-<digits> (tests only)',
  detect(segment) {
    const out: Candidate[] = [];
    const text = segment.text;
    for (let i = text.indexOf('TOKEN-'); i >= 0; i = text.indexOf('TOKEN-', i + 1)) {
      let end = i + 6;
      while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
      if (end === i + 6) continue;
      out.push({
        start: i,
        end,
        normalized: text.slice(i, end),
        confidence: 0.9,
        evidence: [{ kind: 'pattern', detail: 'token' }],
      });
    }
    return out;
  },
  redact: (value) => `TOKEN-${'*'.repeat(value.length - 6)}`,
};
