import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { collect, inputFromBytes, inputFromFile } from '../testing.js';
import { readDocumentXml } from './document-xml.js';
import { docxFormat } from './index.js';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const share = (name: string) => join(import.meta.dirname, '../../../../../fixtures/share', name);

describe('docx format', () => {
  it('reads paragraphs, table cells with header fields, and author properties', async () => {
    const { segments, columns, error } = await collect(
      docxFormat,
      inputFromFile(fixture('letter.docx')),
    );
    expect(error).toBeUndefined();
    const path = 'letter.docx';
    expect(segments).toEqual([
      { text: 'Madame Sophie Bertin', syntax: 'prose', location: { path, line: 1, column: 1 } },
      {
        text: '14 avenue Foch\n69006 Lyon',
        syntax: 'prose',
        location: { path, line: 2, column: 1 },
      },
      {
        text: 'Chère Madame, suite à notre échange du 3 mars, voici le récapitulatif R&D.',
        syntax: 'prose',
        location: { path, line: 5, column: 1 },
      },
      {
        text: 'Bertin',
        syntax: 'value',
        location: { path, line: 9, column: 1, table: '1', field: 'Nom', row: 1 },
      },
      {
        text: 'sophie.bertin@exemple-mail.fr',
        syntax: 'value',
        location: { path, line: 10, column: 1, table: '1', field: 'Courriel', row: 1 },
      },
      {
        text: '04 72 00 11 22',
        syntax: 'value',
        location: { path, line: 11, column: 1, table: '1', field: 'Téléphone', row: 1 },
      },
      {
        text: 'Vidal',
        syntax: 'value',
        location: { path, line: 12, column: 1, table: '1', field: 'Nom', row: 2 },
      },
      {
        text: '06 11 22 33 44',
        syntax: 'value',
        location: { path, line: 14, column: 1, table: '1', field: 'Téléphone', row: 2 },
      },
      { text: 'Encadré', syntax: 'prose', location: { path, line: 15, column: 1 } },
      {
        text: 'Cordialement, Marc Olivier',
        syntax: 'prose',
        location: { path, line: 16, column: 1 },
      },
      { text: 'Marc Olivier', syntax: 'value', location: { path, field: 'author' } },
      { text: 'Julie Perrot', syntax: 'value', location: { path, field: 'last_modified_by' } },
    ]);
    expect(columns.map((c) => [c.location.field, c.location.table, c.rows, c.nonEmpty])).toEqual([
      ['Nom', '1', 2, 2],
      ['Courriel', '1', 2, 1],
      ['Téléphone', '1', 2, 2],
    ]);
  });

  it('keeps nested tables and text boxes apart from their container', () => {
    const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const xml =
      `<w:body><w:tbl><w:tr><w:tc>${p('outer')}<w:tbl><w:tr><w:tc>${p('inner')}</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>` +
      `<w:p><w:r><w:t>avant </w:t></w:r><w:r><w:txbxContent>${p('boîte')}</w:txbxContent></w:r><w:r><w:t>après</w:t></w:r></w:p></w:body>`;
    expect(readDocumentXml(xml)).toEqual([
      { kind: 'table', index: 2, rows: [[{ text: 'inner', line: 2 }]] },
      { kind: 'table', index: 1, rows: [[{ text: 'outer', line: 1 }]] },
      { kind: 'paragraph', text: 'boîte', line: 4 },
      { kind: 'paragraph', text: 'avant après', line: 3 },
    ]);
  });

  it('refuses a zip bomb and names broken files', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    const a = await collect(docxFormat, inputFromBytes(bomb, 'bomb.docx'));
    expect(a.error?.message).toMatch(
      /^zip bomb suspected: word\/document.xml compresses \d+:1 \(limit 200:1\)/,
    );
    const b = await collect(
      docxFormat,
      inputFromBytes(bomb, 'big.docx', { maxUncompressedBytes: 1024, maxCompressionRatio: 1e9 }),
    );
    expect(b.error?.message).toMatch(/^zip member too large: word\/document.xml/);
    const noDocument = zipSync({ 'docProps/core.xml': strToU8('<x/>') });
    const c = await collect(docxFormat, inputFromBytes(noDocument, 'empty.docx'));
    expect(c.error?.message).toBe('not a DOCX (no word/document.xml)');
    const notZip = await collect(docxFormat, inputFromBytes(strToU8('hello'), 'x.docx'));
    expect(notZip.error?.message).toBe('not a DOCX (not a zip file)');
    const cut = new Uint8Array(readFileSync(fixture('letter.docx')));
    const truncated = await collect(docxFormat, inputFromBytes(cut.subarray(0, 900), 'cut.docx'));
    expect(truncated.error?.message).toMatch(/^corrupt (zip|DOCX)/);
  });

  it('sniffs Word documents', () => {
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(docxFormat.sniff?.(docx.subarray(0, 100), 'x')).toBe(true);
    expect(docxFormat.sniff?.(zipSync({ 'a.txt': strToU8('a') }), 'x')).toBe(false);
    expect(docxFormat.isolated).toBe(true);
  });
  it('reads the share: courriers/lettre-client.docx', async () => {
    const { segments, error } = await collect(
      docxFormat,
      inputFromFile(share('courriers/lettre-client.docx')),
    );
    expect(error).toBeUndefined();
    expect(segments.find((s) => s.location.field === 'author')?.text).toBe('Rémi Vasseur');
    expect(segments.find((s) => s.location.field === 'Technicien')).toMatchObject({
      text: 'Bastien Perrin',
      location: { table: '1', row: 1 },
    });
    expect(segments[0]?.syntax).toBe('prose');
  });
});
