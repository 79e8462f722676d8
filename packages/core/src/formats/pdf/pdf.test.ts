import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, inputFromBytes, inputFromFile } from '../testing.js';
import { pdfFormat } from './index.js';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const share = (name: string) => join(import.meta.dirname, '../../../../../fixtures/share', name);

describe('pdf format', () => {
  it('yields the text of each page as prose located by page and line', async () => {
    const { segments, error } = await collect(pdfFormat, inputFromFile(fixture('contract.pdf')));
    expect(error).toBeUndefined();
    expect(segments).toEqual([
      {
        text: 'Contrat de prestation n° 2024-017\nClient : Mme Hélène Caron\nAdresse : 8 rue des Tanneurs, 67000 Strasbourg',
        syntax: 'prose',
        location: { path: 'contract.pdf', page: 1, line: 1, column: 1 },
      },
      {
        text: 'Coordonnées bancaires\nIBAN : FR76 3000 6000 0112 3456 7890 189\nFait à Strasbourg',
        syntax: 'prose',
        location: { path: 'contract.pdf', page: 2, line: 1, column: 1 },
      },
    ]);
  });

  it('names encrypted, headerless and broken files in per-file errors', async () => {
    const encrypted = await collect(pdfFormat, inputFromFile(fixture('encrypted.pdf')));
    expect(encrypted.error?.message).toBe('encrypted PDF');
    expect(encrypted.segments).toEqual([]);
    const text = await collect(pdfFormat, inputFromFile(fixture('not-a-pdf.pdf')));
    expect(text.error?.message).toBe('not a PDF (bad header)');
    const garbage = new TextEncoder().encode('%PDF-1.7\n' + 'garbage '.repeat(100));
    const broken = await collect(pdfFormat, inputFromBytes(garbage, 'broken.pdf'));
    expect(broken.error?.message).toMatch(/^corrupt PDF: /);
  });

  it('reads a truncated PDF to an error or to bounded output, never a hang', async () => {
    const started = Date.now();
    const { segments, error } = await collect(pdfFormat, inputFromFile(fixture('truncated.pdf')));
    expect(error === undefined ? segments.length <= 2 : /^corrupt PDF: /.test(error.message)).toBe(
      true,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('sniffs the PDF header', () => {
    expect(pdfFormat.sniff?.(new TextEncoder().encode('%PDF-1.4\n'), 'x')).toBe(true);
    expect(pdfFormat.sniff?.(new TextEncoder().encode('PK\u0003\u0004'), 'x')).toBe(false);
    expect(pdfFormat.isolated).toBe(true);
  });
  it('reads the share: contrats/contrat-2024-017.pdf', async () => {
    const { segments, error } = await collect(
      pdfFormat,
      inputFromFile(share('contrats/contrat-2024-017.pdf')),
    );
    expect(error).toBeUndefined();
    expect(segments.map((s) => s.location.page)).toEqual([1, 2]);
    expect(segments[1]?.text).toMatch(/IBAN : FR\d\d( \d{4}){5} \d{3}/);
  });
});
