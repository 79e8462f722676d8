import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../types.js';
import {
  collect,
  inputFromBytes,
  inputFromChunks,
  inputFromFile,
  inputFromText,
} from '../testing.js';
import { isColumnSummary } from '../types.js';
import { sqlDumpFormat } from './index.js';

const fixture = (name: string): string => join(import.meta.dirname, 'fixtures', name);

function find(segments: Segment[], text: string): Segment {
  const found = segments.filter((s) => s.text === text);
  expect(found, text).toHaveLength(1);
  return found[0] as Segment;
}

describe('sql-dump: mysqldump', () => {
  it('reads multi-row INSERTs with MySQL escapes, at exact locations', async () => {
    const { segments, columns, error } = await collect(
      sqlDumpFormat,
      inputFromFile(fixture('mysqldump.sql')),
    );
    expect(error).toBeUndefined();
    expect(find(segments, 'lea.lemaire@courriel-test.fr').location).toEqual({
      path: 'mysqldump.sql',
      table: 'clients',
      field: 'email',
      row: 1,
      line: 21,
      column: 44,
    });
    expect(find(segments, 'Tel: 06 12 34 56 78\nRappeler').location).toMatchObject({
      field: 'note',
      row: 1,
    });
    expect(find(segments, "D'Arvor").location).toMatchObject({
      field: 'nom',
      row: 2,
      line: 21,
      column: 130,
    });
    expect(find(segments, 'Back\\slash').location).toMatchObject({ field: 'nom', row: 3 });
    expect(find(segments, "It's ok").location).toMatchObject({
      field: 'note',
      row: 3,
      column: 203,
    });
    // INSERT with its own column list; rows keep counting across statements of a table.
    expect(find(segments, 'zoe.martin@courriel-test.fr').location).toMatchObject({
      field: 'email',
      row: 4,
      line: 22,
      column: 50,
    });
    // _binary 0x… and 0x… literals, NULLs and the CREATE TABLE COMMENT are not values.
    expect(segments.some((s) => s.location.field === 'photo')).toBe(false);
    expect(segments.some((s) => s.text.includes('principale'))).toBe(false);
    expect(segments.filter((s) => s.location.field === 'email')).toHaveLength(3);
    expect(columns.map((c) => [c.location.field, c.rows, c.nonEmpty, c.location.line])).toEqual([
      ['id', 4, 4, 10],
      ['nom', 4, 3, 11],
      ['email', 4, 3, 12],
      ['note', 4, 2, 13],
      ['photo', 4, 0, 14],
    ]);
  });
});

describe('sql-dump: pg_dump', () => {
  it('reads COPY blocks: tabs, \\N nulls, backslash escapes, schema-qualified names', async () => {
    const { segments, columns, error } = await collect(
      sqlDumpFormat,
      inputFromFile(fixture('pg-copy.sql')),
    );
    expect(error).toBeUndefined();
    expect(find(segments, 'Amélie').location).toEqual({
      path: 'pg-copy.sql',
      table: 'users',
      field: 'first_name',
      row: 1,
      line: 27,
      column: 3,
    });
    expect(find(segments, 'jean\tpaul@courriel-test.fr').location).toMatchObject({
      row: 2,
      line: 28,
      column: 6,
    });
    expect(find(segments, 'x\\y').location).toMatchObject({ field: 'tags', row: 3 });
    expect(segments.filter((s) => s.location.row === 2).map((s) => s.location.field)).toEqual([
      'id',
      'email',
    ]);
    // The function body between $$ is not data, and its quote does not derail the lexer.
    expect(segments.some((s) => s.text.includes('quotes'))).toBe(false);
    // COPY without a column list takes the CREATE TABLE columns; a non-default schema stays.
    expect(find(segments, '+33 6 12 34 56 78').location).toMatchObject({
      table: 'crm.contacts',
      field: 'phone',
      row: 1,
      line: 37,
      column: 1,
    });
    expect(columns.find((c) => c.location.field === 'first_name')).toMatchObject({
      rows: 3,
      nonEmpty: 2,
    });
  });

  it('reads --column-inserts: column lists, doubled quotes, E-strings, multi-line strings', async () => {
    const { segments, columns } = await collect(
      sqlDumpFormat,
      inputFromFile(fixture('pg-column-inserts.sql')),
    );
    expect(find(segments, "O'Connor").location).toMatchObject({
      field: 'first_name',
      row: 2,
      line: 12,
      column: 62,
    });
    expect(find(segments, 'line\none@courriel-test.fr').location).toMatchObject({
      field: 'email',
      row: 2,
    });
    expect(find(segments, 'multi\nline@courriel-test.fr').location).toMatchObject({
      field: 'email',
      row: 3,
      line: 13,
      column: 47,
    });
    expect(find(segments, '3').location).toMatchObject({ field: 'id', row: 3, line: 14 });
    // Without a CREATE TABLE, columns are named by position.
    expect(find(segments, 'pos3@courriel-test.fr').location).toMatchObject({
      table: 'orphans',
      field: '3',
      row: 1,
    });
    expect(
      columns.filter((c) => c.location.table === 'orphans').map((c) => c.location.field),
    ).toEqual(['1', '2', '3']);
  });
});

describe('sql-dump: sqlite .dump', () => {
  it('reads quoted and bracketed identifiers and skips blobs', async () => {
    const { segments, columns } = await collect(
      sqlDumpFormat,
      inputFromFile(fixture('sqlite-dump.sql')),
    );
    expect(find(segments, 'Hugo Lefèvre').location).toMatchObject({
      table: 'contacts',
      field: 'full name',
      row: 1,
      line: 4,
      column: 32,
    });
    expect(find(segments, 'C:\\path').location).toMatchObject({ row: 2 });
    expect(find(segments, '07 11 22 33 44').location).toMatchObject({
      field: 'phone',
      row: 3,
      line: 6,
      column: 64,
    });
    expect(segments.some((s) => s.location.field === 'avatar')).toBe(false);
    expect(columns.map((c) => c.location.field)).toEqual(['id', 'full name', 'phone', 'avatar']);
  });
});

describe('sql-dump: hostile and broken input', () => {
  it('yields what it read from an unterminated string, then a FormatError without the value', async () => {
    const { segments, error } = await collect(
      sqlDumpFormat,
      inputFromFile(fixture('unterminated.sql')),
    );
    expect(segments.map((s) => s.text)).toEqual(['ok', 'never closed, 06 12 34 56 78\n\n']);
    expect(error?.message).toBe('unterminated string literal starting at line 3');
  });

  it('gives the same segments whatever the chunk size', async () => {
    for (const name of [
      'mysqldump.sql',
      'pg-copy.sql',
      'pg-column-inserts.sql',
      'sqlite-dump.sql',
    ]) {
      const whole = await collect(sqlDumpFormat, inputFromFile(fixture(name)));
      const bytes = new Uint8Array(await inputFromFile(fixture(name)).bytes());
      for (const chunk of [1, 2, 3, 7, 64]) {
        const split = await collect(sqlDumpFormat, inputFromBytes(bytes, name, {}, chunk));
        expect(split, `${name} in ${chunk}-byte chunks`).toEqual(whole);
      }
    }
  });

  it('counts columns in code points after characters outside the BMP, in any chunks', async () => {
    // 😀 is two UTF-16 units but one column; the values after it on its line shift by one.
    const dump = [
      '-- PostgreSQL database dump',
      "INSERT INTO t (a, b) VALUES ('😀😀 x', 'after'), ('é', '😀');",
      'COPY u (a, b) FROM stdin;',
      '😀\tafter copy',
      '\\.',
      '',
    ].join('\n');
    const expected = [
      { text: '😀😀 x', line: 2, column: 31 },
      { text: 'after', line: 2, column: 39 },
      { text: 'é', line: 2, column: 50 },
      { text: '😀', line: 2, column: 55 },
      { text: '😀', line: 4, column: 1 },
      { text: 'after copy', line: 4, column: 3 },
    ];
    for (const chunk of [1, 2, 3, 5, 64, 4096]) {
      const { segments } = await collect(sqlDumpFormat, inputFromText(dump, 'e.sql', chunk));
      const got = segments.map((s) => ({
        text: s.text,
        line: s.location.line,
        column: s.location.column,
      }));
      expect(got, `${chunk}-byte chunks`).toEqual(expected);
    }
  });

  it('does not hang on garbage', async () => {
    const garbage = new Uint8Array(200_000).map((_, i) => (i * 7919) % 256);
    const { error } = await collect(sqlDumpFormat, inputFromBytes(garbage, 'garbage.sql'));
    expect(error === undefined || error.name === 'FormatError').toBe(true);
  });

  it('names columns by position when the INSERT has neither list nor CREATE TABLE', async () => {
    const { segments } = await collect(
      sqlDumpFormat,
      inputFromText("INSERT INTO t VALUES (1,'a',NULL,'d');\n", 'x.sql'),
    );
    expect(segments.map((s) => s.location.field)).toEqual(['1', '2', '4']);
  });
});

describe('sql-dump: sniff', () => {
  const sniff = (text: string): boolean =>
    sqlDumpFormat.sniff?.(new TextEncoder().encode(text), 'x') ?? false;
  it('recognises the dump tools by their first lines', () => {
    expect(sniff('-- MySQL dump 10.13  Distrib 8.0\n')).toBe(true);
    expect(sniff('--\n-- PostgreSQL database dump\n--\n')).toBe(true);
    expect(sniff('PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE t(a);\n')).toBe(true);
    expect(sniff('SELECT 1;\n')).toBe(false);
  });
});

describe('sql-dump: streaming a large dump', () => {
  const CHUNK = 64 * 1024;
  const ROWS = 520_000;
  const HEADER = '-- MySQL dump 10.13\nCREATE TABLE `t` (`id` int, `email` varchar(80));\n';
  const PREFIX_LENGTH = "INSERT INTO `t` VALUES (0000000,'".length;
  const VALUE_LENGTH = 60;
  const row = (i: number, value: string): string =>
    `INSERT INTO \`t\` VALUES (${String(i).padStart(7, '0')},'${value.padEnd(VALUE_LENGTH, '.')}');\n`;
  const ROW_LENGTH = row(0, '').length;
  const NEEDLE = 'needle.straddle@courriel-test.fr';

  /** The first row whose value crosses a chunk border. */
  function straddlingRow(): number {
    for (let border = CHUNK * 10; ; border += CHUNK) {
      const i = Math.floor((border - HEADER.length) / ROW_LENGTH);
      const start = HEADER.length + i * ROW_LENGTH + PREFIX_LENGTH;
      if (start < border && start + NEEDLE.length > border) return i;
    }
  }

  it('finds a value across a chunk border once, located exactly, in bounded memory', async () => {
    const needleRow = straddlingRow();
    const encoder = new TextEncoder();
    const size = HEADER.length + ROWS * ROW_LENGTH;
    function* chunks(): Iterable<Uint8Array> {
      let pending = HEADER;
      for (let i = 0; i < ROWS; i++) {
        pending += row(i, i === needleRow ? NEEDLE : `user${i}`);
        if (pending.length >= CHUNK) {
          const bytes = encoder.encode(pending);
          let offset = 0;
          for (; offset + CHUNK <= bytes.length; offset += CHUNK)
            yield bytes.subarray(offset, offset + CHUNK);
          pending = pending.slice(offset);
        }
      }
      yield encoder.encode(pending);
    }
    const input = inputFromChunks('big.sql', size, chunks);
    // Retained heap, not garbage: sampled after a forced collection.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let count = 0;
    const needles: Segment[] = [];
    const started = Date.now();
    for await (const item of sqlDumpFormat.read(input)) {
      if (isColumnSummary(item)) continue;
      count++;
      if (item.text.startsWith('needle')) needles.push(item);
      if (count % 100_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
    const seconds = (Date.now() - started) / 1000;
    expect(size).toBeGreaterThan(50_000_000);
    expect(count).toBe(ROWS * 2);
    expect(needles).toHaveLength(1);
    expect(needles[0]?.text).toBe(NEEDLE.padEnd(VALUE_LENGTH, '.'));
    expect(needles[0]?.location).toEqual({
      path: 'big.sql',
      table: 't',
      field: 'email',
      row: needleRow + 1,
      line: needleRow + 3,
      column: PREFIX_LENGTH + 1,
    });
    // The whole dump as a string would be over 50 MB; what is retained stays a few MB.
    expect(peak - baseline).toBeLessThan(16 * 1024 * 1024);
    console.info(
      `sql-dump stream: ${(size / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s, heap growth ${((peak - baseline) / 1e6).toFixed(1)} MB`,
    );
  }, 120_000);
});

describe('sql-dump: the file-share fixtures', () => {
  const share = (name: string): string =>
    join(import.meta.dirname, '../../../../../fixtures/share/dumps', name);
  const summary = (columns: { location: { table?: string; field?: string }; rows: number }[]) => [
    ...new Set(columns.map((c) => `${c.location.table}:${c.rows}`)),
  ];

  it('reads every table of each dump', async () => {
    const mysql = await collect(sqlDumpFormat, inputFromFile(share('crm_mysql.sql')));
    expect(mysql.error).toBeUndefined();
    expect(summary(mysql.columns)).toEqual(['clients:24', 'commandes:40']);
    expect(
      mysql.columns.filter((c) => c.location.table === 'clients').map((c) => c.location.field),
    ).toEqual([
      'id',
      'nom',
      'prenom',
      'email',
      'telephone',
      'adresse',
      'code_postal',
      'ville',
      'numero_client',
      'date_naissance',
    ]);
    const pg = await collect(sqlDumpFormat, inputFromFile(share('app_pg.sql')));
    expect(summary(pg.columns)).toEqual(['users:20']);
    expect(pg.columns.every((c) => c.nonEmpty === 20)).toBe(true);
    const legacy = await collect(sqlDumpFormat, inputFromFile(share('legacy_dump.sql')));
    expect(summary(legacy.columns)).toEqual(['salaries:10', 'clients historiques:12']);
  });
});
