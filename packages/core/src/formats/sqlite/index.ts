import { createRequire } from 'node:module';
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import type { Location, Segment } from '../../types.js';
import {
  FormatError,
  type ColumnSummary,
  type FormatInput,
  type FormatItem,
  type FormatModule,
} from '../types.js';

/**
 * SQLite database files, opened read-only in memory with sql.js (SQLite compiled to WASM: no
 * native build). Every user table is read row by row with a prepared statement; each non-null
 * text or number is a value segment labelled with its table, column and row.
 */

const MAGIC = 'SQLite format 3\0';

let engine: Promise<SqlJsStatic> | undefined;

/** The WASM file comes from the installed package, never from the network. */
function loadEngine(): Promise<SqlJsStatic> {
  if (!engine) {
    const wasmPath = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
    // Loaded on the first database file only.
    engine = import('sql.js').then(({ default: initSqlJs }) =>
      initSqlJs({ locateFile: () => wasmPath }),
    );
  }
  return engine;
}

function hasMagic(head: Uint8Array): boolean {
  if (head.length < MAGIC.length) return false;
  for (let i = 0; i < MAGIC.length; i++) if (head[i] !== MAGIC.charCodeAt(i)) return false;
  return true;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** User tables, in creation order. Virtual tables are skipped: their shadow tables hold the data. */
function userTables(db: Database): string[] {
  const tables: string[] = [];
  const statement = db.prepare(
    "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid",
  );
  try {
    while (statement.step()) {
      const [name, sql] = statement.get();
      if (typeof name !== 'string') continue;
      if (typeof sql === 'string' && /^\s*CREATE\s+VIRTUAL\b/i.test(sql)) continue;
      tables.push(name);
    }
  } finally {
    statement.free();
  }
  return tables;
}

function valueText(value: SqlValue): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function* readTable(db: Database, table: string, base: Location): Generator<FormatItem> {
  const statement = db.prepare(`SELECT * FROM ${quoteIdentifier(table)}`);
  try {
    const columns = statement.getColumnNames();
    const nonEmpty = columns.map(() => 0);
    let row = 0;
    while (statement.step()) {
      row++;
      const values = statement.get();
      for (let i = 0; i < columns.length; i++) {
        const text = valueText(values[i] ?? null);
        if (text === undefined || text === '') continue;
        nonEmpty[i] = (nonEmpty[i] ?? 0) + 1;
        const segment: Segment = {
          text,
          syntax: 'value',
          location: { ...base, table, field: columns[i] as string, row },
        };
        yield segment;
      }
    }
    for (let i = 0; i < columns.length; i++) {
      const summary: ColumnSummary = {
        kind: 'column',
        location: { ...base, table, field: columns[i] as string },
        rows: row,
        nonEmpty: nonEmpty[i] ?? 0,
      };
      yield summary;
    }
  } finally {
    statement.free();
  }
}

async function* read(input: FormatInput): AsyncIterable<FormatItem> {
  if (!hasMagic(input.head)) throw new FormatError('not a SQLite database (bad header)');
  const SQL = await loadEngine();
  const base: Location = {
    path: input.path,
    ...(input.entry !== undefined ? { entry: input.entry } : {}),
  };
  let db: Database | undefined;
  try {
    db = new SQL.Database(await input.bytes());
    for (const table of userTables(db)) yield* readTable(db, table, base);
  } catch (error) {
    if (error instanceof FormatError) throw error;
    // sql.js messages may quote schema text; keep ours fixed.
    throw new FormatError('corrupt SQLite database (cannot be read)');
  } finally {
    db?.close();
  }
}

export const sqliteFormat: FormatModule = {
  id: 'sqlite',
  description: 'SQLite database files: every value of every user table',
  extensions: ['.db', '.sqlite', '.sqlite3'],
  sniff: hasMagic,
  isolated: true,
  read,
};
