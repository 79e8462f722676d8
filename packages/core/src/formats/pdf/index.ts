import type { Location, Segment } from '../../types.js';
import { FormatError, type FormatInput, type FormatItem, type FormatModule } from '../types.js';

const PDF_MAGIC = '%PDF-';
/** Readers accept a header a little after the start (some generators prepend junk). */
const HEADER_SEARCH_BYTES = 1024;

export const pdfFormat: FormatModule = {
  id: 'pdf',
  description: 'PDF: the text of each page as prose, located by page and line',
  extensions: ['.pdf'],
  isolated: true,
  sniff: (head) => new TextDecoder('latin1').decode(head.subarray(0, 5)) === PDF_MAGIC,
  read: readPdf,
};

async function* readPdf(input: FormatInput): AsyncIterable<FormatItem> {
  const bytes = await input.bytes();
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEADER_SEARCH_BYTES));
  if (!head.includes(PDF_MAGIC)) throw new FormatError('not a PDF (bad header)');
  const base: Location = input.entry
    ? { path: input.path, entry: input.entry }
    : { path: input.path };
  // pdf.js may detach the buffer it is given; hand it a copy. Fonts are never fetched: text
  // extraction needs only the glyph-to-Unicode maps inside the file.
  // pdf.js is large: loaded on the first PDF only.
  const { PDFParse, VerbosityLevel } = await import('pdf-parse');
  restoreNatives();
  const parser = new PDFParse({
    data: new Uint8Array(bytes),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
  });
  let pages: { num: number; text: string }[];
  try {
    pages = (await parser.getText({ pageJoiner: '' })).pages;
  } catch (error) {
    throw toFormatError(error);
  } finally {
    await parser.destroy().catch(() => undefined);
    restoreNatives();
  }
  for (const page of pages) {
    if (page.text.trim() === '') continue;
    const segment: Segment = {
      text: page.text,
      syntax: 'prose',
      location: { ...base, page: page.num, line: 1, column: 1 },
    };
    yield segment;
  }
}

/** pdf.js messages describe structure, never page text, but keep only what a user needs. */
function toFormatError(error: unknown): FormatError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return new FormatError('encrypted PDF');
  if (name === 'InvalidPDFException') return new FormatError('corrupt PDF: invalid structure');
  const message = error instanceof Error ? error.message : String(error);
  return new FormatError(`corrupt PDF: ${message.replace(/\s+/g, ' ').slice(0, 100)}`);
}

/**
 * pdf.js's legacy build (inside pdf-parse) carries core-js polyfills that replace
 * `Array.prototype.push` and `JSON.parse` with JavaScript versions for the whole thread (push
 * about 5× slower, in every detector), when it loads and again when its worker code loads on
 * the first parse. Node's own functions are what the polyfills emulate: put them back.
 */
const nativePush = Array.prototype.push;
const nativeJsonParse = JSON.parse;

function restoreNatives(): void {
  Array.prototype.push = nativePush;
  JSON.parse = nativeJsonParse;
}
