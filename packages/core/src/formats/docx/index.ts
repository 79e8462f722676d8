import type { Location, Segment } from '../../types.js';
import { looksLikeHeader } from '../csv/dialect.js';
import {
  FormatError,
  type ColumnSummary,
  type FormatInput,
  type FormatItem,
  type FormatModule,
} from '../types.js';
import { elementText, readDocumentXml, type DocxTable } from './document-xml.js';
import { checkZipLimits, isZip, listZipMembers } from './zip-guard.js';

const DOCUMENT_PART = 'word/document.xml';
const CORE_PROPERTIES_PART = 'docProps/core.xml';
/** Core properties that name people, and the field each is reported under. */
const PEOPLE_PROPERTIES: readonly [element: string, field: string][] = [
  ['dc:creator', 'author'],
  ['cp:lastModifiedBy', 'last_modified_by'],
];

export const docxFormat: FormatModule = {
  id: 'docx',
  description: 'Word documents (DOCX): paragraphs as prose, table cells as values, authors',
  extensions: ['.docx'],
  isolated: true,
  sniff(head) {
    return isZip(head) && new TextDecoder('latin1').decode(head).includes('word/');
  },
  read: readDocx,
};

async function* readDocx(input: FormatInput): AsyncIterable<FormatItem> {
  const bytes = await input.bytes();
  if (!isZip(bytes)) throw new FormatError('not a DOCX (not a zip file)');
  checkZipLimits(listZipMembers(bytes), input.limits);
  // Loaded here: a scan worker that reads no DOCX does not load fflate at its start.
  const { unzipSync } = await import('fflate');
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => file.name === DOCUMENT_PART || file.name === CORE_PROPERTIES_PART,
    });
  } catch (error) {
    throw new FormatError(
      `corrupt DOCX: ${error instanceof Error ? error.message : 'unzip failed'}`,
    );
  }
  const document = parts[DOCUMENT_PART];
  if (!document) throw new FormatError(`not a DOCX (no ${DOCUMENT_PART})`);
  const base: Location = input.entry
    ? { path: input.path, entry: input.entry }
    : { path: input.path };
  const decoder = new TextDecoder();
  for (const block of readDocumentXml(decoder.decode(document))) {
    if (block.kind === 'paragraph') {
      const segment: Segment = {
        text: block.text,
        syntax: 'prose',
        location: { ...base, line: block.line, column: 1 },
      };
      yield segment;
    } else {
      yield* tableItems(block, base);
    }
  }
  const core = parts[CORE_PROPERTIES_PART];
  if (core) yield* propertySegments(decoder.decode(core), base);
}

function* tableItems(table: DocxTable, base: Location): Iterable<FormatItem> {
  const first = table.rows[0]?.map((cell) => cell.text.trim()) ?? [];
  const isHeader = table.rows.length > 1 && looksLikeHeader(first);
  const labels = isHeader ? first : [];
  const dataRows = table.rows.slice(isHeader ? 1 : 0);
  const nonEmpty: number[] = [];
  const tableName = String(table.index);
  for (const [r, row] of dataRows.entries()) {
    for (const [c, cell] of row.entries()) {
      if (cell.text.trim() === '') continue;
      nonEmpty[c] = (nonEmpty[c] ?? 0) + 1;
      const segment: Segment = {
        text: cell.text,
        syntax: 'value',
        location: {
          ...base,
          line: cell.line,
          column: 1,
          table: tableName,
          field: labels[c] || String(c + 1),
          row: r + 1,
        },
      };
      yield segment;
    }
  }
  const width = Math.max(labels.length, nonEmpty.length);
  for (let c = 0; c < width; c++) {
    const summary: ColumnSummary = {
      kind: 'column',
      location: { ...base, table: tableName, field: labels[c] || String(c + 1) },
      rows: dataRows.length,
      nonEmpty: nonEmpty[c] ?? 0,
    };
    yield summary;
  }
}

function* propertySegments(xml: string, base: Location): Iterable<Segment> {
  for (const [element, field] of PEOPLE_PROPERTIES) {
    const text = elementText(xml, element)?.trim();
    if (text) yield { text, syntax: 'value', location: { ...base, field } };
  }
}
