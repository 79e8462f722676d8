import type { FormatModule } from './types.js';
import { archiveFormats } from './archive/index.js';
import { csvFormat } from './csv/index.js';
import { docxFormat } from './docx/index.js';
import { emailMessageFormat } from './email-message/index.js';
import { jsonFormat } from './json/index.js';
import { pdfFormat } from './pdf/index.js';
import { spreadsheetFormat } from './spreadsheet/index.js';
import { sqlDumpFormat } from './sql-dump/index.js';
import { sqliteFormat } from './sqlite/index.js';
import { textFormat } from './text/index.js';

export { textFormat };

/**
 * Format modules by precedence: the first whose extension matches the file name wins, then the
 * first whose sniff recognises the first bytes; text is the fallback for anything not binary.
 */
export const BUILTIN_FORMATS: readonly FormatModule[] = [
  csvFormat,
  jsonFormat,
  spreadsheetFormat,
  pdfFormat,
  docxFormat,
  sqlDumpFormat,
  sqliteFormat,
  emailMessageFormat,
  ...archiveFormats,
];

/** The format for a file, or undefined when only the text fallback (or nothing) fits. */
export function formatFor(
  path: string,
  head: Uint8Array,
  formats: readonly FormatModule[] = BUILTIN_FORMATS,
): FormatModule | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  let best: FormatModule | undefined;
  let bestLength = 0;
  for (const format of formats) {
    for (const extension of format.extensions) {
      if (name.endsWith(extension) && extension.length > bestLength) {
        best = format;
        bestLength = extension.length;
      }
    }
  }
  if (best) return best;
  // A file whose name says it is prose, markup, config or code is text, whatever its first
  // lines look like (a README quoting a SQL dump header is still a README).
  const dot = name.lastIndexOf('.');
  if (dot > 0 && TEXT_EXTENSIONS.has(name.slice(dot))) return undefined;
  return formats.find((format) => format.sniff?.(head, path));
}

const TEXT_EXTENSIONS = new Set([
  '.md',
  '.markdown',
  '.txt',
  '.rst',
  '.adoc',
  '.log',
  '.html',
  '.htm',
  '.xml',
  '.yml',
  '.yaml',
  '.toml',
  '.ini',
  '.cfg',
  '.conf',
  '.properties',
  '.env',
  '.js',
  '.mjs',
  '.cjs',
  '.ts',
  '.tsx',
  '.jsx',
  '.py',
  '.rb',
  '.go',
  '.rs',
  '.java',
  '.kt',
  '.c',
  '.h',
  '.cpp',
  '.cs',
  '.php',
  '.sh',
  '.css',
  '.scss',
  '.vue',
  '.svelte',
  '.swift',
  '.tex',
]);

export function getFormat(id: string): FormatModule | undefined {
  return id === textFormat.id ? textFormat : BUILTIN_FORMATS.find((f) => f.id === id);
}
