import {
  BATCH_CHARS,
  oneByOne,
  type FormatInput,
  type FormatItem,
  type FormatModule,
} from '../types.js';
import { Utf8StreamDecoder } from '../text/decoding.js';
import { SqlLexer, type SqlDialect } from './lexer.js';
import { DumpParser } from './parser.js';

/**
 * SQL dumps (mysqldump, pg_dump plain, SQLite `.dump`): each value of an `INSERT` tuple or a
 * `COPY` row becomes a value segment labelled with its table, column and row, located at its
 * first character in the file. Read as a stream, in bounded memory.
 */

const HEAD_MARKERS = ['-- MySQL dump', '-- MariaDB dump', '-- PostgreSQL database dump'];

function headText(head: Uint8Array): string {
  return new TextDecoder('utf-8').decode(head.subarray(0, 8192));
}

export function detectDialect(head: string): SqlDialect {
  if (head.includes('-- MySQL dump') || head.includes('-- MariaDB dump') || head.includes('/*!40'))
    return 'mysql';
  if (head.includes('-- PostgreSQL database dump') || head.includes('SET search_path'))
    return 'postgres';
  if (head.includes('PRAGMA foreign_keys') || head.includes('BEGIN TRANSACTION')) return 'sqlite';
  if (head.includes('`')) return 'mysql';
  return 'generic';
}

function sniff(head: Uint8Array): boolean {
  const text = headText(head);
  if (HEAD_MARKERS.some((marker) => text.includes(marker))) return true;
  return (
    (text.includes('PRAGMA foreign_keys') || text.includes('BEGIN TRANSACTION')) &&
    text.includes('CREATE TABLE')
  );
}

async function* readBatches(input: FormatInput): AsyncIterable<FormatItem[]> {
  const parser = new DumpParser(input.path, input.entry);
  const lexer = new SqlLexer(parser, detectDialect(headText(input.head)));
  parser.lexer = lexer;
  const decoder = new Utf8StreamDecoder();
  for await (const chunk of input.stream()) {
    // Decoded a batch at a time: a 1 MiB string is a large object, allocated afresh per chunk,
    // and small strings decode several times faster. The decoder carries a character cut
    // between two pieces, and copies ASCII pieces without decoding them.
    for (let at = 0; at < chunk.length; at += BATCH_CHARS) {
      lexer.feed(decoder.decode(chunk.subarray(at, at + BATCH_CHARS)));
      yield parser.drain();
    }
  }
  lexer.feed(decoder.end());
  let failure: unknown;
  try {
    lexer.finish();
  } catch (error) {
    failure = error;
  }
  parser.finish();
  yield parser.drain();
  if (failure !== undefined) throw failure;
}

export const sqlDumpFormat: FormatModule = {
  id: 'sql-dump',
  description: 'SQL dumps (mysqldump, pg_dump plain, SQLite .dump): INSERT and COPY values',
  extensions: ['.sql', '.dump'],
  sniff,
  isolated: false,
  read: oneByOne(readBatches),
  readBatches,
};
