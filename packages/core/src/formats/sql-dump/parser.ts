import type { Location } from '../../types.js';
import type { ColumnSummary, FormatItem } from '../types.js';
import type { LexerSink, SqlLexer, Token, TokenKind } from './lexer.js';
import { SizedBatch } from '../../text/sized-batch.js';
import { ValueSegment } from '../../text/value-segment.js';

/**
 * Statement-level reading of a dump: remembers the columns of each `CREATE TABLE`, and turns the
 * values of `INSERT … VALUES` tuples and `COPY … FROM stdin` rows into value segments. Only the
 * head of a statement is kept in memory; tuples are handled token by token.
 */

/** Schemas that add nothing to a report: `public.users` reads as `users`. */
const DEFAULT_SCHEMAS = new Set(['public', 'main', 'dbo']);

/** Table elements of a CREATE TABLE that are not columns. */
const CONSTRAINT_WORDS = new Set([
  'PRIMARY',
  'KEY',
  'UNIQUE',
  'CONSTRAINT',
  'INDEX',
  'FOREIGN',
  'CHECK',
  'FULLTEXT',
  'SPATIAL',
  'EXCLUDE',
  'LIKE',
  'PERIOD',
]);

const INSERT_MODIFIERS = new Set([
  'LOW_PRIORITY',
  'DELAYED',
  'HIGH_PRIORITY',
  'IGNORE',
  'OR',
  'REPLACE',
  'ROLLBACK',
  'ABORT',
  'FAIL',
  'INTO',
]);

/** A statement head longer than this is not one we read (a huge view or function). */
const MAX_HEAD_TOKENS = 20_000;
const MAX_HEAD_TOKEN_CHARS = 256;

interface TableSchema {
  columns: string[];
  lines: number[];
}

/** The data of one table, from its first data statement until the dump moves on. */
interface TableRun {
  key: string;
  name: string;
  /** Rows of earlier runs of the same table, so that row numbers keep counting. */
  rowOffset: number;
  rows: number;
  /** Non-empty values by field, in the order fields were first seen (a holder: one lookup). */
  nonEmpty: Map<string, { count: number }>;
}

type Mode = 'start' | 'skip' | 'create' | 'insert-head' | 'insert-values' | 'copy-head' | 'copy';

export class DumpParser implements LexerSink {
  lexer: SqlLexer | undefined;
  private readonly items = new SizedBatch<FormatItem>();
  private mode: Mode = 'start';
  private head: Token[] = [];
  private readonly schemas = new Map<string, TableSchema>();
  private readonly rowsSeen = new Map<string, number>();
  private run: TableRun | undefined;
  private fields: string[] = [];
  /**
   * The current statement's field names and non-empty counters, by field index: resolved once
   * per field and statement rather than once per value.
   */
  private fieldNames: string[] = [];
  private counters: { count: number }[] = [];
  private depth = 0;
  private fieldIndex = 0;
  private fieldDone = false;
  private row = 0;

  constructor(
    private readonly path: string,
    private readonly entry: string | undefined,
  ) {}

  /** The items produced since the last call. */
  drain(): FormatItem[] {
    return this.items.take();
  }

  /** End of the dump: the last table's column summaries. */
  finish(): void {
    this.closeRun();
  }

  token(kind: TokenKind, text: string, line: number, column: number): void {
    if (this.mode === 'insert-values') {
      this.insertValues(kind, text, line, column);
      return;
    }
    const token: Token = { kind, text, line, column };
    switch (this.mode) {
      case 'start':
        this.startStatement(token);
        return;
      case 'skip':
        if (isPunct(token, ';')) this.mode = 'start';
        return;
      case 'create':
        if (isPunct(token, ';')) {
          this.readCreate(this.head);
          this.endStatement();
        } else this.pushHead(token);
        return;
      case 'insert-head':
        this.insertHead(token);
        return;
      case 'copy-head':
        if (isPunct(token, ';')) this.readCopyHead();
        else this.pushHead(token);
        return;
      default:
        return;
    }
  }

  copyField(value: string | null, line: number, column: number): void {
    if (this.mode !== 'copy' || !this.run) return;
    if (this.fieldIndex === 0 && !this.fieldDone) this.beginRow();
    if (value !== null) this.value(value, line, column);
    this.fieldIndex++;
    this.fieldDone = false;
  }

  copyRowEnd(): void {
    if (this.mode !== 'copy') return;
    this.fieldIndex = 0;
    this.fieldDone = false;
  }

  copyEnd(): void {
    this.endStatement();
  }

  /** Heads only need names: long strings in them (defaults, comments) are cut. */
  private pushHead(token: Token): void {
    if (this.head.length >= MAX_HEAD_TOKENS) return;
    this.head.push(
      token.text.length > MAX_HEAD_TOKEN_CHARS
        ? { ...token, text: token.text.slice(0, MAX_HEAD_TOKEN_CHARS) }
        : token,
    );
  }

  private startStatement(token: Token): void {
    if (isPunct(token, ';')) return;
    const word = token.kind === 'word' ? token.text.toUpperCase() : '';
    this.head = [token];
    if (word === 'CREATE') this.mode = 'create';
    else if (word === 'INSERT' || word === 'REPLACE') this.mode = 'insert-head';
    else if (word === 'COPY') this.mode = 'copy-head';
    else this.mode = 'skip';
  }

  private endStatement(): void {
    this.mode = 'start';
    this.head = [];
  }

  private readCreate(tokens: Token[]): void {
    let i = 1;
    while (
      isWordIn(tokens[i], ['OR', 'REPLACE', 'GLOBAL', 'LOCAL', 'TEMP', 'TEMPORARY', 'UNLOGGED'])
    )
      i++;
    if (!isWordIn(tokens[i], ['TABLE'])) return;
    i++;
    if (isWordIn(tokens[i], ['IF'])) i += 3;
    const name = readName(tokens, i);
    if (!name || !isPunct(tokens[name.next], '(')) return;
    const schema: TableSchema = { columns: [], lines: [] };
    let depth = 0;
    let expectColumn = true;
    for (let j = name.next; j < tokens.length; j++) {
      const token = tokens[j] as Token;
      if (isPunct(token, '(')) {
        depth++;
        continue;
      }
      if (isPunct(token, ')')) {
        depth--;
        if (depth === 0) break;
        continue;
      }
      if (depth !== 1) continue;
      if (isPunct(token, ',')) {
        expectColumn = true;
        continue;
      }
      if (!expectColumn) continue;
      expectColumn = false;
      if (token.kind === 'identifier' || token.kind === 'string') {
        schema.columns.push(token.text);
        schema.lines.push(token.line);
      } else if (token.kind === 'word' && !CONSTRAINT_WORDS.has(token.text.toUpperCase())) {
        schema.columns.push(token.text);
        schema.lines.push(token.line);
      }
    }
    this.schemas.set(name.key, schema);
  }

  private insertHead(token: Token): void {
    if (isPunct(token, ';')) {
      this.endStatement();
      return;
    }
    if (isWordIn(token, ['SELECT', 'DEFAULT', 'WITH'])) {
      this.mode = 'skip';
      return;
    }
    if (!isWordIn(token, ['VALUES', 'VALUE'])) {
      this.pushHead(token);
      return;
    }
    let i = 1;
    while (isWordIn(this.head[i], [...INSERT_MODIFIERS])) i++;
    const name = readName(this.head, i);
    if (!name) {
      this.mode = 'skip';
      return;
    }
    const listed = isPunct(this.head[name.next], '(') ? readColumnList(this.head, name.next) : [];
    this.openRun(name.key, name.display, listed);
    this.depth = 0;
    this.mode = 'insert-values';
  }

  private insertValues(kind: TokenKind, text: string, line: number, column: number): void {
    if (kind === 'punct') {
      const p = text;
      if (p === '(') {
        this.depth++;
        if (this.depth === 1) {
          this.beginRow();
          this.fieldIndex = 0;
          this.fieldDone = false;
        }
      } else if (p === ')') {
        this.depth--;
      } else if (p === ',' && this.depth === 1) {
        this.fieldIndex++;
        this.fieldDone = false;
      } else if (p === ';' && this.depth <= 0) {
        this.endStatement();
      }
      return;
    }
    if (this.depth <= 0) {
      // `ON DUPLICATE KEY UPDATE …`, `ON CONFLICT …`, `RETURNING …`: no more tuples.
      if (kind === 'word') this.mode = 'skip';
      return;
    }
    if (this.fieldDone) return;
    if (kind === 'string' || kind === 'number') {
      this.value(text, line, column);
      this.fieldDone = true;
    } else if (kind === 'binary') {
      this.fieldDone = true;
    }
  }

  private readCopyHead(): void {
    const tokens = this.head;
    const name = readName(tokens, 1);
    const fromStdin =
      name !== undefined &&
      tokens.some((t, i) => isWordIn(t, ['FROM']) && isWordIn(tokens[i + 1], ['STDIN']));
    if (!name || !fromStdin) {
      this.endStatement();
      return;
    }
    const listed = isPunct(tokens[name.next], '(') ? readColumnList(tokens, name.next) : [];
    this.openRun(name.key, name.display, listed);
    this.fieldIndex = 0;
    this.fieldDone = false;
    this.mode = 'copy';
    this.head = [];
    this.lexer?.enterCopyMode();
  }

  /** Start (or continue) the data of a table, closing the previous table's run. */
  private openRun(key: string, display: string, listed: string[]): void {
    if (this.run && this.run.key !== key) this.closeRun();
    if (!this.run) {
      this.run = {
        key,
        name: display,
        rowOffset: this.rowsSeen.get(key) ?? 0,
        rows: 0,
        nonEmpty: new Map(),
      };
    }
    const schema = this.schemas.get(key);
    this.fields = listed.length > 0 ? listed : (schema?.columns ?? []);
    this.fieldNames = [];
    this.counters = [];
  }

  private closeRun(): void {
    const run = this.run;
    if (!run) return;
    this.run = undefined;
    this.rowsSeen.set(run.key, run.rowOffset + run.rows);
    const schema = this.schemas.get(run.key);
    const names = [...(schema?.columns ?? [])];
    for (const field of run.nonEmpty.keys()) if (!names.includes(field)) names.push(field);
    names.forEach((field) => {
      const index = schema?.columns.indexOf(field) ?? -1;
      const summary: ColumnSummary = {
        kind: 'column',
        location: this.location({
          table: run.name,
          field,
          ...(index >= 0 && schema ? { line: schema.lines[index] } : {}),
        }),
        rows: run.rows,
        nonEmpty: run.nonEmpty.get(field)?.count ?? 0,
      };
      this.items.add(summary);
    });
  }

  private beginRow(): void {
    if (!this.run) return;
    this.run.rows++;
    this.row = this.run.rowOffset + this.run.rows;
  }

  private value(text: string, line: number, column: number): void {
    const run = this.run;
    if (!run) return;
    const index = this.fieldIndex;
    const counter = this.counters[index] ?? this.resolveField(run, index);
    if (text === '') return;
    counter.count++;
    // Made by constructors, not literals: see `ValueSegment`.
    const location: Location = new ValueLocation(
      this.path,
      run.name,
      this.fieldNames[index] as string,
      this.row,
      line,
      column,
    );
    if (this.entry !== undefined) location.entry = this.entry;
    this.items.add(new ValueSegment(text, location));
  }

  /** The name and counter of field `index` of the current statement, on its first value. */
  private resolveField(run: TableRun, index: number): { count: number } {
    const field = this.fields[index] ?? String(index + 1);
    let counter = run.nonEmpty.get(field);
    if (!counter) {
      counter = { count: 0 };
      run.nonEmpty.set(field, counter);
    }
    this.fieldNames[index] = field;
    this.counters[index] = counter;
    return counter;
  }

  private location(rest: Omit<Location, 'path'>): Location {
    return { path: this.path, ...(this.entry !== undefined ? { entry: this.entry } : {}), ...rest };
  }
}

function isPunct(token: Token | undefined, text: string): boolean {
  return token !== undefined && token.kind === 'punct' && token.text === text;
}

function isWordIn(token: Token | undefined, words: readonly string[]): boolean {
  return token !== undefined && token.kind === 'word' && words.includes(token.text.toUpperCase());
}

function isName(token: Token | undefined): token is Token {
  return (
    token !== undefined &&
    (token.kind === 'word' || token.kind === 'identifier' || token.kind === 'string')
  );
}

/** A possibly qualified name (`schema.table`) starting at `start`. */
function readName(
  tokens: Token[],
  start: number,
): { key: string; display: string; next: number } | undefined {
  const parts: string[] = [];
  let i = start;
  while (isName(tokens[i])) {
    parts.push((tokens[i] as Token).text);
    i++;
    if (!isPunct(tokens[i], '.')) break;
    i++;
  }
  if (parts.length === 0) return undefined;
  if (parts.length > 1 && DEFAULT_SCHEMAS.has((parts[0] as string).toLowerCase())) parts.shift();
  const display = parts.join('.');
  return { key: display.toLowerCase(), display, next: i };
}

/** The names of a parenthesised column list starting at the `(` at `start`. */
function readColumnList(tokens: Token[], start: number): string[] {
  const names: string[] = [];
  for (let i = start + 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (isPunct(token, ')')) break;
    if (isName(token)) names.push(token.text);
  }
  return names;
}

/** A value's location, with the same properties in the same order as the literal it replaces. */
class ValueLocation implements Location {
  path: string;
  table: string;
  field: string;
  row: number;
  line: number;
  column: number;

  constructor(
    path: string,
    table: string,
    field: string,
    row: number,
    line: number,
    column: number,
  ) {
    this.path = path;
    this.table = table;
    this.field = field;
    this.row = row;
    this.line = line;
    this.column = column;
  }
}
