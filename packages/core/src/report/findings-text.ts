import type { Finding } from '../types.js';

/** What `JSON.stringify({ findings }, null, 2)` writes around the findings' own text. */
const OPENING = '{\n  "findings": [\n';
const CLOSING = '\n  ]\n}';

/**
 * Findings as they read inside the JSON report's `findings` array: each rendered like
 * `JSON.stringify(report, null, 2)` renders it there (four spaces in), separated by ",\n". A
 * worker renders its file's findings this way, so that the main thread only passes text on.
 * One `JSON.stringify` of the findings under a `findings` key gives exactly those bytes at that
 * depth, without a call and a re-indenting pass per finding.
 */
export function renderFindingsText(findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  const text = JSON.stringify({ findings }, null, 2);
  return text.slice(OPENING.length, text.length - CLOSING.length);
}

const encoder = new TextEncoder();

/**
 * `renderFindingsText` as UTF-8: the whole document is encoded and its ends (ASCII, one byte per
 * character) left out by a view. `JSON.stringify` gives a text made of pieces: a slice of it
 * would first copy it whole into one string, which the encoding then reads once more.
 */
export function renderFindingsUtf8(findings: readonly Finding[]): Uint8Array {
  if (findings.length === 0) return new Uint8Array(0);
  const bytes = encoder.encode(JSON.stringify({ findings }, null, 2));
  return bytes.subarray(OPENING.length, bytes.length - CLOSING.length);
}

/** The findings of a `renderFindingsText` text, as objects again. */
export function parseFindingsText(text: string): Finding[] {
  return text === '' ? [] : (JSON.parse(`[${text}]`) as Finding[]);
}
