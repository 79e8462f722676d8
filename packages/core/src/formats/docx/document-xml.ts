/**
 * Walk WordprocessingML (`word/document.xml`) without building a DOM: paragraphs become prose,
 * tables become rows of cells. A tag scanner over `<`…`>` (indexOf, no regex over the text)
 * keeps it linear on hostile input.
 *
 * Lines: every paragraph and every soft line break starts a new line, counted through the
 * whole document, so a segment's `line` plus the line breaks inside its text locate any
 * offset the same way.
 */

export interface DocxParagraph {
  kind: 'paragraph';
  text: string;
  line: number;
}

export interface DocxCell {
  text: string;
  line: number;
}

export interface DocxTable {
  kind: 'table';
  /** 1-based, in document order of table starts. */
  index: number;
  rows: DocxCell[][];
}

export type DocxBlock = DocxParagraph | DocxTable;

interface OpenParagraph {
  parts: string[];
  line: number;
  cell: OpenCell | undefined;
}

interface OpenCell {
  paragraphs: string[];
  line: number;
}

interface OpenTable {
  index: number;
  rows: DocxCell[][];
  row: DocxCell[] | undefined;
  cell: OpenCell | undefined;
}

export function readDocumentXml(xml: string): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  const paragraphs: OpenParagraph[] = [];
  const tables: OpenTable[] = [];
  let tableCount = 0;
  let line = 0;
  let inText = false;
  let fallbackDepth = 0;
  let pos = 0;
  while (pos < xml.length) {
    const open = xml.indexOf('<', pos);
    if (open < 0) break;
    if (inText && open > pos && fallbackDepth === 0) {
      paragraphs.at(-1)?.parts.push(decodeEntities(xml.slice(pos, open)));
    }
    const close = xml.indexOf('>', open);
    if (close < 0) break;
    pos = close + 1;
    const tag = parseTag(xml, open, close);
    if (!tag) continue;
    const { name, closing, selfClosing } = tag;
    if (name === 'mc:Fallback') {
      // Alternate content repeats its text in a fallback for old readers: read it once.
      if (!selfClosing) fallbackDepth += closing ? -1 : 1;
      continue;
    }
    if (fallbackDepth > 0) continue;
    switch (name) {
      case 'w:t':
      case 'w:delText':
        inText = !closing && !selfClosing;
        break;
      case 'w:tab':
        if (!closing) paragraphs.at(-1)?.parts.push('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (!closing && paragraphs.length > 0) {
          paragraphs.at(-1)?.parts.push('\n');
          line++;
        }
        break;
      case 'w:noBreakHyphen':
        if (!closing) paragraphs.at(-1)?.parts.push('-');
        break;
      case 'w:p':
        if (!closing) {
          line++;
          const paragraph = { parts: [], line, cell: tables.at(-1)?.cell };
          if (selfClosing) endParagraph(paragraph, blocks);
          else paragraphs.push(paragraph);
        } else {
          const paragraph = paragraphs.pop();
          if (paragraph) endParagraph(paragraph, blocks);
        }
        break;
      case 'w:tbl':
        if (!closing && !selfClosing) {
          tables.push({ index: ++tableCount, rows: [], row: undefined, cell: undefined });
        } else if (closing) {
          const table = tables.pop();
          if (table) blocks.push({ kind: 'table', index: table.index, rows: table.rows });
        }
        break;
      case 'w:tr': {
        const table = tables.at(-1);
        if (!table) break;
        if (!closing && !selfClosing) table.row = [];
        else if (closing && table.row) {
          table.rows.push(table.row);
          table.row = undefined;
        }
        break;
      }
      case 'w:tc': {
        const table = tables.at(-1);
        if (!table) break;
        if (!closing && !selfClosing) table.cell = { paragraphs: [], line: line + 1 };
        else if (closing && table.cell) {
          table.row?.push({ text: table.cell.paragraphs.join('\n'), line: table.cell.line });
          table.cell = undefined;
        }
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}

function endParagraph(paragraph: OpenParagraph, blocks: DocxBlock[]): void {
  const text = paragraph.parts.join('');
  if (paragraph.cell) paragraph.cell.paragraphs.push(text);
  else if (text.trim() !== '') blocks.push({ kind: 'paragraph', text, line: paragraph.line });
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

function parseTag(xml: string, open: number, close: number): Tag | undefined {
  const first = xml.charCodeAt(open + 1);
  if (first === 63 /* ? */ || first === 33 /* ! */) return undefined;
  const closing = first === 47; /* / */
  const start = open + (closing ? 2 : 1);
  let end = start;
  while (end < close) {
    const c = xml.charCodeAt(end);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) break;
    end++;
  }
  return {
    name: xml.slice(start, end),
    closing,
    selfClosing: xml.charCodeAt(close - 1) === 47,
  };
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, body: string) => {
    if (body.startsWith('#x')) return safeCodePoint(parseInt(body.slice(2), 16), whole);
    if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10), whole);
    return NAMED_ENTITIES[body] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** Text of the first `<name>…</name>` element, for flat property files (core.xml). */
export function elementText(xml: string, name: string): string | undefined {
  const open = xml.indexOf(`<${name}`);
  if (open < 0) return undefined;
  const start = xml.indexOf('>', open);
  if (start < 0 || xml.charCodeAt(start - 1) === 47) return undefined;
  const end = xml.indexOf(`</${name}>`, start);
  if (end < 0) return undefined;
  return decodeEntities(xml.slice(start + 1, end));
}
