import type { CellObject, ParsingOptions, WorkBook, WorkSheet } from 'xlsx';

/**
 * SheetJS is large: it is loaded on the first spreadsheet, not whenever the library is
 * imported (a scan of source code never pays for it).
 */
type SheetJs = typeof import('xlsx');
let XLSX: SheetJs;
async function loadSheetJs(): Promise<void> {
  XLSX ??= ((await import('xlsx')) as unknown as { default: SheetJs }).default;
}
import type { Location, Segment } from '../../types.js';
import { looksLikeHeader } from '../csv/dialect.js';
import { checkZipLimits, isZip, listZipMembers } from '../docx/zip-guard.js';
import {
  FormatError,
  type ColumnSummary,
  type FormatInput,
  type FormatItem,
  type FormatModule,
} from '../types.js';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Cheap, inert reading: no formulas, HTML or styles; dense rows. SheetJS 0.18.5 has published
 * advisories on hostile files (CVE-2023-30533, CVE-2024-22363), hence `isolated`.
 */
const READ_OPTIONS: ParsingOptions = {
  type: 'array',
  dense: true,
  cellFormula: false,
  cellHTML: false,
  cellStyles: false,
  cellNF: false,
  cellDates: false,
  bookVBA: false,
  bookDeps: false,
  bookFiles: false,
  bookProps: false,
  sheetStubs: false,
  WTF: false,
};

export const spreadsheetFormat: FormatModule = {
  id: 'spreadsheet',
  description: 'Spreadsheets (XLSX, XLSM, XLS, ODS): every non-empty cell of every sheet',
  extensions: ['.xlsx', '.xlsm', '.xls', '.ods'],
  isolated: true,
  sniff(head) {
    if (isZip(head)) {
      const text = new TextDecoder('latin1').decode(head);
      return text.includes('xl/') || text.includes('opendocument.spreadsheet');
    }
    if (isOle(head)) {
      // Only claim OLE files that name a workbook stream (not .doc or .msg).
      const text = new TextDecoder('utf-16le').decode(head.subarray(0, head.length & ~1));
      return text.includes('Workbook') || text.includes('Book');
    }
    return false;
  },
  read: readSpreadsheet,
};

async function* readSpreadsheet(input: FormatInput): AsyncIterable<FormatItem> {
  const bytes = await input.bytes();
  await loadSheetJs();
  const workbook = parseWorkbook(bytes, input);
  const base: Location = input.entry
    ? { path: input.path, entry: input.entry }
    : { path: input.path };
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    if (sheet) yield* readSheet(sheet, name, base);
  }
}

function parseWorkbook(bytes: Uint8Array, input: FormatInput): WorkBook {
  if (isZip(bytes)) {
    checkZipLimits(listZipMembers(bytes), input.limits);
  } else if (!isOle(bytes) && !input.path.toLowerCase().endsWith('.xls')) {
    throw new FormatError('not a readable spreadsheet: unrecognised file signature');
  }
  try {
    return XLSX.read(bytes, READ_OPTIONS);
  } catch (error) {
    throw new FormatError(`not a readable spreadsheet: ${describe(error)}`);
  }
}

/** SheetJS messages name structures, not cell contents; cut them short anyway. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').slice(0, 100) || 'parse error';
}

function* readSheet(sheet: WorkSheet, name: string, base: Location): Iterable<FormatItem> {
  const rows = denseRows(sheet);
  const firstRow = rows.findIndex((row) => row !== undefined && row.some(hasText));
  if (firstRow < 0) return;
  const first = rows[firstRow] ?? [];
  const firstValues = first.map(cellText);
  const firstColumn = firstValues.findIndex((v) => v !== '');
  const isHeader = looksLikeHeader(firstValues.slice(firstColumn).filter((v) => v !== ''));
  const labels = isHeader ? firstValues.map((v) => v.trim()) : [];
  const dataFrom = isHeader ? firstRow + 1 : firstRow;
  const nonEmpty = new Map<number, number>();
  let dataRows = 0;
  for (let r = dataFrom; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    dataRows = r - dataFrom + 1;
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]);
      if (text.trim() === '') continue;
      nonEmpty.set(c, (nonEmpty.get(c) ?? 0) + 1);
      const segment: Segment = {
        text,
        syntax: 'value',
        location: {
          path: base.path,
          sheet: name,
          cell: XLSX.utils.encode_cell({ r, c }),
          row: r - dataFrom + 1,
          field: labels[c] || XLSX.utils.encode_col(c),
        },
      };
      // Built by hand: object spread is a slow path in V8 for millions of small objects.
      if (base.entry !== undefined) segment.location.entry = base.entry;
      yield segment;
    }
  }
  const columns = new Set<number>(nonEmpty.keys());
  labels.forEach((label, c) => label && columns.add(c));
  for (const c of [...columns].sort((a, b) => a - b)) {
    const summary: ColumnSummary = {
      kind: 'column',
      location: {
        ...base,
        sheet: name,
        field: labels[c] || XLSX.utils.encode_col(c),
        ...(isHeader ? { cell: XLSX.utils.encode_cell({ r: firstRow, c }) } : {}),
      },
      rows: dataRows,
      nonEmpty: nonEmpty.get(c) ?? 0,
    };
    yield summary;
  }
}

type DenseRow = (CellObject | undefined)[] | undefined;

/** SheetJS 0.18 stores a dense sheet as an array of rows; later versions under `!data`. */
function denseRows(sheet: WorkSheet): DenseRow[] {
  const data = (sheet as { '!data'?: DenseRow[] })['!data'];
  if (Array.isArray(data)) return data;
  if (Array.isArray(sheet)) return sheet as DenseRow[];
  return [];
}

function cellText(cell: CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (typeof cell.w === 'string') return cell.w;
  return String(cell.v);
}

function hasText(cell: CellObject | undefined): boolean {
  return cellText(cell).trim() !== '';
}

function isOle(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((b, i) => bytes[i] === b);
}
