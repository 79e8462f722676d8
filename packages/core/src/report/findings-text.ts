import type { Finding } from '../types.js';

/**
 * Findings as they read inside the JSON report's `findings` array: each rendered like
 * `JSON.stringify(report, null, 2)` renders it there (four spaces in), separated by ",\n". A
 * worker renders its file's findings this way, so that the main thread only passes text on.
 */
export function renderFindingsText(findings: readonly Finding[]): string {
  return findings
    .map((finding) => `    ${JSON.stringify(finding, null, 2).replace(/\n/g, '\n    ')}`)
    .join(',\n');
}

/** The findings of a `renderFindingsText` text, as objects again. */
export function parseFindingsText(text: string): Finding[] {
  return text === '' ? [] : (JSON.parse(`[${text}]`) as Finding[]);
}
