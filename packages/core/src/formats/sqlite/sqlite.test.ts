import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, inputFromBytes } from '../testing.js';
import { sqliteFormat } from './index.js';

const sample = new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', 'sample.sqlite')));

describe('sqlite', () => {
  it('reads every non-null text and number of every user table, with table, field and row', async () => {
    const { segments, columns, error } = await collect(
      sqliteFormat,
      inputFromBytes(sample, 'sample.sqlite'),
    );
    expect(error).toBeUndefined();
    expect(
      segments.map((s) => [s.location.table, s.location.field, s.location.row, s.text]),
    ).toEqual([
      ['clients', 'id', 1, '1'],
      ['clients', 'nom', 1, 'Lemaire'],
      ['clients', 'email', 1, 'lea.lemaire@courriel-test.fr'],
      ['clients', 'telephone', 1, '06 12 34 56 78'],
      ['clients', 'solde', 1, '12.5'],
      ['clients', 'id', 2, '2'],
      ['clients', 'nom', 2, 'Arvor'],
      ['clients', 'id', 3, '3'],
      ['clients', 'nom', 3, 'Petit'],
      ['clients', 'email', 3, 'eloise.petit@courriel-test.fr'],
      ['clients', 'telephone', 3, '+33 7 11 22 33 44'],
      ['clients', 'solde', 3, '0'],
      ['notes et remarques', 'client id', 1, '1'],
      ['notes et remarques', 'texte', 1, 'Rappeler Léa au 06 12 34 56 78'],
    ]);
    expect(segments[2]).toEqual({
      text: 'lea.lemaire@courriel-test.fr',
      syntax: 'value',
      location: { path: 'sample.sqlite', table: 'clients', field: 'email', row: 1 },
    });
    expect(columns.map((c) => [c.location.table, c.location.field, c.rows, c.nonEmpty])).toEqual([
      ['clients', 'id', 3, 3],
      ['clients', 'nom', 3, 3],
      ['clients', 'email', 3, 2],
      ['clients', 'telephone', 3, 2],
      ['clients', 'photo', 3, 0],
      ['clients', 'solde', 3, 2],
      ['notes et remarques', 'client id', 1, 1],
      ['notes et remarques', 'texte', 1, 1],
      ['vide', 'a', 0, 0],
    ]);
  });

  it('keeps the archive entry in locations', async () => {
    const input = inputFromBytes(sample, 'backup.zip');
    input.entry = 'db/sample.sqlite';
    const { segments } = await collect(sqliteFormat, input);
    expect(segments[0]?.location.entry).toBe('db/sample.sqlite');
  });

  it('turns a corrupt database into a FormatError', async () => {
    const corrupt = sample.slice();
    corrupt.fill(0xa5, 100);
    const { error } = await collect(sqliteFormat, inputFromBytes(corrupt, 'corrupt.sqlite'));
    expect(error?.message).toBe('corrupt SQLite database (cannot be read)');
    const truncated = await collect(
      sqliteFormat,
      inputFromBytes(sample.subarray(0, 50), 'cut.sqlite'),
    );
    expect(truncated.error?.name).toBe('FormatError');
  });

  it('refuses a file that is not SQLite', async () => {
    const { error } = await collect(
      sqliteFormat,
      inputFromBytes(new TextEncoder().encode('hello'), 'x.db'),
    );
    expect(error?.message).toBe('not a SQLite database (bad header)');
  });

  it('sniffs the SQLite magic', () => {
    expect(sqliteFormat.sniff?.(sample, 'x')).toBe(true);
    expect(sqliteFormat.sniff?.(new TextEncoder().encode('SQLite format 2\0'), 'x')).toBe(false);
  });
});

describe('sqlite: the file-share fixture', () => {
  it('reads legacy.sqlite', async () => {
    const file = join(import.meta.dirname, '../../../../../fixtures/share/dumps/legacy.sqlite');
    const { columns, error } = await collect(
      sqliteFormat,
      inputFromBytes(new Uint8Array(readFileSync(file)), 'legacy.sqlite'),
    );
    expect(error).toBeUndefined();
    expect([...new Set(columns.map((c) => `${c.location.table}:${c.rows}`))]).toEqual([
      'salaries:10',
      'clients historiques:12',
    ]);
  });
});
