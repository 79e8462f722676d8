import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  collect,
  inputFromBytes,
  inputFromChunks,
  inputFromFile,
  inputFromText,
} from '../testing.js';
import { BATCH_CHARS } from '../types.js';
import { csvFormat } from './index.js';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const share = (name: string) => join(import.meta.dirname, '../../../../../fixtures/share', name);
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('csv format', () => {
  it('reads a BOM, CRLF, semicolon file with a header, quoted line breaks and quotes', async () => {
    const { segments, columns, error } = await collect(
      csvFormat,
      inputFromFile(fixture('clients.csv')),
    );
    expect(error).toBeUndefined();
    const find = (text: string) => segments.find((s) => s.text === text)?.location;
    expect(find('Lefèvre')).toEqual({
      path: 'clients.csv',
      line: 2,
      column: 5,
      field: 'nom',
      row: 1,
    });
    expect(find('amelie.lefevre@exemple-mail.fr')).toMatchObject({
      line: 2,
      column: 20,
      field: 'courriel',
      row: 1,
    });
    expect(find('12 rue des Lilas\r\n75011 Paris')).toMatchObject({
      line: 2,
      column: 52,
      field: 'adresse',
    });
    expect(find('C-000412')).toMatchObject({ line: 3, column: 14, field: 'numero_client' });
    expect(find('Dupont "Jojo"')).toMatchObject({ line: 4, column: 5, field: 'nom', row: 2 });
    expect(find('Joël')).toMatchObject({ line: 4, column: 22, field: 'prenom', row: 2 });
    // The blank line 5 is not a row.
    expect(find('Luc')).toMatchObject({ line: 6, column: 11, field: 'prenom', row: 3 });
    expect(find('3 place Bellecour, 69002 Lyon')).toMatchObject({ line: 6, column: 17 });
    expect(segments.every((s) => s.syntax === 'value')).toBe(true);
    expect(segments.map((s) => s.text)).not.toContain('civilite');
    expect(columns.map((c) => [c.location.field, c.rows, c.nonEmpty])).toEqual([
      ['civilite', 3, 3],
      ['nom', 3, 3],
      ['prenom', 3, 3],
      ['courriel', 3, 2],
      ['adresse', 3, 2],
      ['numero_client', 3, 2],
    ]);
    expect(columns[0]?.location).toEqual({ path: 'clients.csv', field: 'civilite', line: 1 });
  });

  it('names columns by number when there is no header', async () => {
    const { segments, columns } = await collect(csvFormat, inputFromFile(fixture('no-header.tsv')));
    expect(segments.find((s) => s.text === '+33 6 12 34 56 78')?.location).toEqual({
      path: 'no-header.tsv',
      line: 1,
      column: 15,
      field: '3',
      row: 1,
    });
    expect(segments.find((s) => s.text === 'Hugo Perrin')?.location).toMatchObject({
      line: 2,
      column: 3,
      field: '2',
      row: 2,
    });
    expect(columns.map((c) => c.location.field)).toEqual(['1', '2', '3']);
  });

  it('sniffs the delimiter whatever the extension', async () => {
    const text = 'nom|email\nDurand|a.durand@exemple-mail.fr\nRoux|c.roux@exemple-mail.fr\n';
    const { segments } = await collect(csvFormat, inputFromText(text, 'export.csv'));
    expect(segments.map((s) => [s.text, s.location.field])).toEqual([
      ['Durand', 'nom'],
      ['a.durand@exemple-mail.fr', 'email'],
      ['Roux', 'nom'],
      ['c.roux@exemple-mail.fr', 'email'],
    ]);
  });

  it('reads a long chunk in batches without splitting a character or a position', async () => {
    // The emoji's two UTF-16 halves straddle the first batch border; later rows cross others.
    const first = `${'a'.repeat(BATCH_CHARS - 1)}😀`;
    const rows = Array.from({ length: 3000 }, (_, i) => `r${i},${i % 7 === 0 ? 'é😀' : 'x'}`);
    const text = `${first},b\n${rows.join('\n')}\n`;
    const { segments } = await collect(csvFormat, inputFromText(text, 'a.csv'));
    expect(segments[0]?.text).toBe(first);
    expect(segments[1]).toMatchObject({
      text: 'b',
      location: { line: 1, column: BATCH_CHARS + 2 },
    });
    expect(segments).toHaveLength(2 + 2 * rows.length);
    const last = segments.at(-1);
    expect(last).toMatchObject({ text: 'x', location: { line: 3001, column: 7 } });
  });

  it('keeps positions exact across chunk borders, in code points', async () => {
    const text = 'prénom,ville\n"Zoë 😀",Nîmes\nÉlodie,"Saint-\nÉtienne"\n';
    for (const chunk of [1, 2, 3, 7]) {
      const { segments } = await collect(csvFormat, inputFromText(text, 'a.csv', chunk));
      expect(segments.map((s) => [s.text, s.location.line, s.location.column])).toEqual([
        ['Zoë 😀', 2, 2],
        ['Nîmes', 2, 9],
        ['Élodie', 3, 1],
        ['Saint-\nÉtienne', 3, 9],
      ]);
    }
  });

  it('reads mixed line breaks, blank lines, empty and quoted fields alike in any chunking', async () => {
    const text = 'a,b,c\r\n1,,"x""y"\r\n\n\r,"m\r\nn",😀z\rq "r",\u00a0,  \n,,\nlast,"",end';
    const expected = [
      ['1', 2, 1, 'a', 1],
      ['x"y', 2, 5, 'c', 1],
      ['m\r\nn', 5, 3, 'b', 2],
      ['😀z', 6, 4, 'c', 2],
      ['q "r"', 7, 1, 'a', 3],
      ['last', 9, 1, 'a', 5],
      ['end', 9, 9, 'c', 5],
    ];
    for (const chunk of [1, 2, 3, 5, 1 << 20]) {
      const { segments, columns } = await collect(csvFormat, inputFromText(text, 'm.csv', chunk));
      expect(
        segments.map((s) => [
          s.text,
          s.location.line,
          s.location.column,
          s.location.field,
          s.location.row,
        ]),
      ).toEqual(expected);
      expect(columns.map((c) => [c.location.field, c.rows, c.nonEmpty])).toEqual([
        ['a', 5, 3],
        ['b', 5, 1],
        ['c', 5, 3],
      ]);
    }
  });

  it('decodes windows-1252 and UTF-16 with a BOM', async () => {
    const latin1 = new Uint8Array([
      ...bytesOf('nom;ville\nL'),
      0xe9,
      ...bytesOf('a;S'),
      0xe8,
      0x74,
      10,
    ]);
    const a = await collect(csvFormat, inputFromBytes(latin1, 'old.csv'));
    expect(a.segments.map((s) => s.text)).toEqual(['Léa', 'Sèt']);

    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('nom\tville\nZoé\tArles\n', 'utf16le'),
    ]);
    const b = await collect(csvFormat, inputFromBytes(new Uint8Array(utf16), 'excel.tsv'));
    expect(b.segments.map((s) => [s.text, s.location.column])).toEqual([
      ['Zoé', 1],
      ['Arles', 5],
    ]);
  });

  it('switches to windows-1252 when invalid UTF-8 comes after a valid head', async () => {
    const head = bytesOf('nom;ville\n' + 'Zoé;Arles\n'.repeat(2000));
    const tail = new Uint8Array([...bytesOf('Ren'), 0xe9, ...bytesOf(';Caen\n')]);
    const all = new Uint8Array([...head, ...tail]);
    const { segments } = await collect(csvFormat, inputFromBytes(all, 'mixed.csv', {}, 4096));
    expect(segments.filter((s) => s.text === 'Zoé')).toHaveLength(2000);
    expect(segments.at(-2)?.text).toBe('René');
    expect(segments.at(-2)?.location.line).toBe(2002);
  });

  it('sniffs consistent delimited text but not prose or JSON', () => {
    expect(csvFormat.sniff?.(bytesOf('a;b;c\n1;2;3\n4;5;6\n'), 'data')).toBe(true);
    expect(
      csvFormat.sniff?.(bytesOf('Hello, world.\nNothing here\nat all, really, no\n'), 'x'),
    ).toBe(false);
    expect(csvFormat.sniff?.(bytesOf('{"a": 1,\n"b": 2,\n"c": 3}\n'), 'x')).toBe(false);
  });

  it('reports an unterminated quote as a per-file error without the value', async () => {
    const { segments, error } = await collect(
      csvFormat,
      inputFromText('nom,email\nDurand,"secret@exemple-mail.fr\n', 'bad.csv'),
    );
    expect(segments).toEqual([{ text: 'Durand', syntax: 'value', location: expect.anything() }]);
    expect(error?.message).toMatch(/unterminated quoted field starting at line 2, column 9/);
    expect(error?.message).not.toContain('secret');
  });

  it('refuses a 100 MB field with a FormatError, in bounded memory', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    const chunks = function* () {
      yield bytesOf('a,b\n1,"');
      for (let i = 0; i < 100; i++) yield chunk;
      yield bytesOf('"\n');
    };
    const started = Date.now();
    const { error } = await collect(csvFormat, inputFromChunks('huge.csv', 100 * 2 ** 20, chunks));
    expect(error?.message).toMatch(/field longer than 8388608 characters at line 2, column 4/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
  it('reads the share: crm/clients.csv (French, ;) and crm/contacts_en.csv', async () => {
    const fr = await collect(csvFormat, inputFromFile(share('crm/clients.csv')));
    expect(fr.error).toBeUndefined();
    expect(fr.columns.map((c) => c.location.field)).toEqual([
      'civilite',
      'nom',
      'prenom',
      'courriel',
      'telephone',
      'adresse',
      'code_postal',
      'ville',
      'numero_client',
      'societe',
    ]);
    expect(fr.columns.find((c) => c.location.field === 'numero_client')).toMatchObject({
      rows: 24,
      nonEmpty: 24,
    });
    const multiLine = fr.segments.filter((s) => s.text.includes('\nBâtiment B'));
    expect(multiLine.length).toBeGreaterThan(0);
    const en = await collect(csvFormat, inputFromFile(share('crm/contacts_en.csv')));
    expect(en.columns.map((c) => [c.location.field, c.rows])).toContainEqual(['job_title', 12]);
  });
});
