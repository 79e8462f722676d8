import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { collect, inputFromBytes, inputFromFile } from '../testing.js';
import { spreadsheetFormat } from './index.js';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const share = (name: string) => join(import.meta.dirname, '../../../../../fixtures/share', name);

describe('spreadsheet format', () => {
  for (const file of ['staff.xlsx', 'staff.xls', 'staff.ods']) {
    it(`reads every sheet of ${file}, hidden ones included, with exact cells`, async () => {
      const { segments, columns, error } = await collect(
        spreadsheetFormat,
        inputFromFile(fixture(file)),
      );
      expect(error).toBeUndefined();
      const at = (text: string) => segments.find((s) => s.text === text)?.location;
      expect(at('ines.lambert@exemple-mail.fr')).toEqual({
        path: file,
        sheet: 'Employés',
        cell: 'C2',
        row: 1,
        field: 'email',
      });
      expect(at('Yanis')).toEqual({
        path: file,
        sheet: 'Employés',
        cell: 'B4',
        row: 3,
        field: 'prénom',
      });
      expect(at('14/02/1988')).toMatchObject({ cell: 'D2', field: 'date_naissance' });
      // The hidden sheet has no header: fields are column letters, rows count from its first.
      expect(at('FR76 3000 6000 0112 3456 7890 189')).toEqual({
        path: file,
        sheet: 'Caché',
        cell: 'B1',
        row: 1,
        field: 'B',
      });
      expect(at('42')).toMatchObject({ sheet: 'Caché', cell: 'A2', row: 2, field: 'A' });
      expect(segments.map((s) => s.text)).not.toContain('nom');
      expect(segments.every((s) => s.syntax === 'value')).toBe(true);
      const staff = columns.filter((c) => c.location.sheet === 'Employés');
      expect(staff.map((c) => [c.location.field, c.location.cell, c.rows, c.nonEmpty])).toEqual([
        ['nom', 'A1', 3, 2],
        ['prénom', 'B1', 3, 2],
        ['email', 'C1', 3, 1],
        ['date_naissance', 'D1', 3, 2],
        ['fonction', 'E1', 3, 2],
      ]);
    });
  }

  it('turns a corrupt XLSX into a FormatError', async () => {
    const { error } = await collect(spreadsheetFormat, inputFromFile(fixture('corrupt.xlsx')));
    expect(error?.message).toMatch(/^(not a readable spreadsheet|corrupt zip): /);
  });

  it('refuses text that only pretends to be a spreadsheet', async () => {
    const bytes = new TextEncoder().encode('nom,email\nA,b@exemple-mail.fr\n');
    const { error } = await collect(spreadsheetFormat, inputFromBytes(bytes, 'fake.xlsx'));
    expect(error?.message).toBe('not a readable spreadsheet: unrecognised file signature');
  });

  it('refuses a zip member that expands beyond the limits before parsing it', async () => {
    const zip = zipSync({ 'xl/workbook.xml': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    const { error } = await collect(spreadsheetFormat, inputFromBytes(zip, 'bomb.xlsx'));
    expect(error?.message).toMatch(/^zip bomb suspected: xl\/workbook.xml compresses \d+:1/);
    const small = await collect(
      spreadsheetFormat,
      inputFromBytes(zip, 'big.xlsx', { maxUncompressedBytes: 1024 * 1024 }),
    );
    expect(small.error?.message).toMatch(/^zip member too large/);
  });

  it('sniffs workbooks, not other zips', () => {
    const head = new Uint8Array(zipSync({ 'xl/workbook.xml': new Uint8Array(1) })).subarray(0, 64);
    expect(spreadsheetFormat.sniff?.(head, 'x')).toBe(true);
    const other = new Uint8Array(zipSync({ 'word/document.xml': new Uint8Array(1) }));
    expect(spreadsheetFormat.sniff?.(other, 'x')).toBe(false);
    expect(spreadsheetFormat.isolated).toBe(true);
  });
  it('reads the share: rh/salaries.xlsx with its hidden sheet', async () => {
    const { segments, columns, error } = await collect(
      spreadsheetFormat,
      inputFromFile(share('rh/salaries.xlsx')),
    );
    expect(error).toBeUndefined();
    expect(
      columns.filter((c) => c.location.sheet === 'Employés').map((c) => c.location.field),
    ).toEqual(['nom', 'prénom', 'fonction', 'email', 'téléphone', 'date_naissance', 'nir', 'iban']);
    expect(
      segments.find((s) => s.location.sheet === 'Primes 2024' && s.location.field === 'iban'),
    ).toBeDefined();
    expect(segments.find((s) => s.location.field === 'date_naissance')?.text).toMatch(
      /^\d\d\/\d\d\/\d{4}$/,
    );
  });
});
