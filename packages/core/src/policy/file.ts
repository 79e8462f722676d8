import { readFile } from 'node:fs/promises';
import { loadDeclaration } from './declaration.js';
import { extractPolicy } from './extract.js';
import type { PolicyExtraction, PolicyFormat } from './types.js';

/** Turns the bytes of a PDF into text (the caller passes the pdf format's reader: policy/ does not import formats/). */
export type PdfTextExtractor = (bytes: Uint8Array, path: string) => Promise<string>;

export interface PolicyFileOptions {
  /** Required for `.pdf` policies. */
  pdfText?: PdfTextExtractor;
}

export type PolicySourceKind = PolicyFormat | 'pdf' | 'declaration';

/** How a policy file is read, from its name (and for unknown names, its first characters). */
export function policySourceKind(path: string, head = ''): PolicySourceKind {
  const lower = path.toLowerCase();
  if (/\.(ya?ml|json)$/.test(lower)) return 'declaration';
  if (/\.html?$/.test(lower)) return 'html';
  if (/\.(md|markdown)$/.test(lower)) return 'markdown';
  if (lower.endsWith('.pdf')) return 'pdf';
  if (/^\s*<(!doctype html|html|body|p|div|h[1-6])[\s>]/i.test(head)) return 'html';
  return 'text';
}

/**
 * Read a policy file: plain text, Markdown, HTML, PDF (through `options.pdfText`), or a
 * declaration file (YAML/JSON), which is taken as it is. Throws DeclarationError for an
 * invalid declaration, and an Error when a PDF comes without a text extractor.
 */
export async function extractPolicyFromFile(
  path: string,
  options: PolicyFileOptions = {},
): Promise<PolicyExtraction> {
  const bytes = new Uint8Array(await readFile(path));
  const kind = policySourceKind(path, new TextDecoder().decode(bytes.subarray(0, 512)));
  if (kind === 'pdf') {
    if (!options.pdfText)
      throw new Error(`${path}: reading a PDF policy needs a text extractor (options.pdfText)`);
    return extractPolicy(await options.pdfText(bytes, path), { format: 'text' });
  }
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  if (kind === 'declaration') return loadDeclaration(text, path);
  return extractPolicy(text, { format: kind });
}
