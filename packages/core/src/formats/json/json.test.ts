import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, inputFromChunks, inputFromFile, inputFromText } from '../testing.js';
import { jsonFormat } from './index.js';
import { isJsonNumber, looksLikeValue } from './scanner.js';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const share = (name: string) => join(import.meta.dirname, '../../../../../fixtures/share', name);

describe('json format', () => {
  it('yields string and number leaves with pointer, nearest key, line and column', async () => {
    const { segments, columns, error } = await collect(
      jsonFormat,
      inputFromFile(fixture('users.json')),
    );
    expect(error).toBeUndefined();
    const at = (text: string) => segments.find((s) => s.text === text)?.location;
    expect(at('2.4.1')).toEqual({
      path: 'users.json',
      line: 2,
      column: 15,
      field: 'version',
      pointer: '/version',
    });
    expect(at('Camille Rousseau')).toEqual({
      path: 'users.json',
      line: 4,
      column: 25,
      field: 'name',
      pointer: '/users/0/name',
    });
    expect(at('camille.rousseau@exemple-mail.fr')).toMatchObject({ line: 4, column: 54 });
    expect(at('1')).toMatchObject({ line: 4, column: 13, field: 'id', pointer: '/users/0/id' });
    expect(at('vip')).toMatchObject({
      line: 4,
      column: 99,
      field: 'tags',
      pointer: '/users/0/tags/0',
    });
    expect(at('Théo "Tito" Marchand')).toMatchObject({
      line: 5,
      column: 25,
      pointer: '/users/1/name',
    });
    expect(at('+33 6 98 76 54 32')).toMatchObject({
      line: 5,
      column: 77,
      field: 'phones',
      pointer: '/users/1/phones/0',
    });
    // A key that is itself an e-mail is a segment too, labelled with its parent key.
    expect(at('lea.girard@exemple-mail.fr')).toEqual({
      path: 'users.json',
      line: 7,
      column: 18,
      field: 'by_email',
      pointer: '/by_email/lea.girard@exemple-mail.fr',
    });
    expect(at('2019')).toMatchObject({ pointer: '/by_email/lea.girard@exemple-mail.fr/since' });
    expect(at('x')).toMatchObject({ line: 8, column: 13, pointer: '/a~1b~0c', field: 'a/b~c' });
    expect(segments.map((s) => s.text)).not.toContain('email');
    expect(columns.map((c) => [c.location.pointer, c.location.field, c.rows, c.nonEmpty])).toEqual([
      ['/users', 'id', 2, 2],
      ['/users', 'name', 2, 2],
      ['/users', 'email', 2, 1],
      ['/users', 'tags', 2, 1],
      ['/users', 'phones', 2, 1],
    ]);
  });

  it('reads NDJSON record by record, with file lines and record rows', async () => {
    const { segments, columns } = await collect(
      jsonFormat,
      inputFromFile(fixture('events.ndjson')),
    );
    expect(segments.find((s) => s.text === '198.51.100.23')?.location).toEqual({
      path: 'events.ndjson',
      line: 1,
      column: 36,
      field: 'ip',
      pointer: '/ip',
      row: 1,
    });
    expect(segments.find((s) => s.text === 'noe.faure@exemple-mail.fr')?.location).toEqual({
      path: 'events.ndjson',
      line: 3,
      column: 66,
      field: 'email',
      pointer: '/user/email',
      row: 2,
    });
    expect(columns.map((c) => [c.location.field, c.rows, c.nonEmpty])).toEqual([
      ['ts', 2, 2],
      ['ip', 2, 2],
      ['ua', 2, 1],
      ['user', 2, 1],
    ]);
  });

  it('skips a malformed NDJSON record, reads the rest, then reports the error', async () => {
    const text = '{"a":"un"}\n{"a": "deux", oops}\n{"a":"trois"\n{"a":"quatre"}\n';
    const { segments, error } = await collect(jsonFormat, inputFromText(text, 'x.jsonl'));
    expect(segments.map((s) => [s.text, s.location.row, s.location.line])).toEqual([
      ['un', 1, 1],
      ['deux', 2, 2],
      ['trois', 3, 3],
      ['quatre', 4, 4],
    ]);
    expect(error?.message).toBe(
      'malformed JSON: expected a key at line 2, column 15 (2 malformed records)',
    );
  });

  it('decodes escapes and keeps positions across chunk borders', async () => {
    const text = '{"nom": "Ren\\u00e9 \\"R\\"", "ok": [true, null, -1.5e3], "é": "Zoë 😀"}';
    for (const chunk of [1, 2, 5]) {
      const { segments } = await collect(jsonFormat, inputFromText(text, 'a.json', chunk));
      expect(segments.map((s) => [s.text, s.location.column, s.location.pointer])).toEqual([
        ['René "R"', 10, '/nom'],
        ['-1.5e3', 47, '/ok/2'],
        ['Zoë 😀', 62, '/é'],
      ]);
    }
  });

  it('reads rows whose keys repeat, change order or change case the same as fresh keys', async () => {
    // Rows remember their keys by position: each row here breaks that memory a different way.
    const text = [
      '{"a/b": "un", "x@y.test": 1, "k": "v1"}',
      '{"a/b": "deux", "x@y.test": 2, "k": "v2"}',
      '{"k": "v3", "a/b": "trois"}',
      '{"K": "v4", "a/b": "quatre", "extra": "e"}',
      '{"a/\\u0062": "cinq"}',
    ].join('\n');
    for (const chunk of [1, 4, 1 << 20]) {
      const { segments, columns } = await collect(
        jsonFormat,
        inputFromText(text, 'r.ndjson', chunk),
      );
      expect(
        segments.map((s) => [s.text, s.location.pointer, s.location.field, s.location.row]),
      ).toEqual([
        ['a/b', '/a~1b', undefined, 1],
        ['un', '/a~1b', 'a/b', 1],
        ['x@y.test', '/x@y.test', undefined, 1],
        ['1', '/x@y.test', 'x@y.test', 1],
        ['v1', '/k', 'k', 1],
        ['a/b', '/a~1b', undefined, 2],
        ['deux', '/a~1b', 'a/b', 2],
        ['x@y.test', '/x@y.test', undefined, 2],
        ['2', '/x@y.test', 'x@y.test', 2],
        ['v2', '/k', 'k', 2],
        ['v3', '/k', 'k', 3],
        ['a/b', '/a~1b', undefined, 3],
        ['trois', '/a~1b', 'a/b', 3],
        ['v4', '/K', 'K', 4],
        ['a/b', '/a~1b', undefined, 4],
        ['quatre', '/a~1b', 'a/b', 4],
        ['e', '/extra', 'extra', 4],
        ['a/b', '/a~1b', undefined, 5],
        ['cinq', '/a~1b', 'a/b', 5],
      ]);
      expect(columns.map((c) => [c.location.field, c.rows, c.nonEmpty])).toEqual([
        ['a/b', 5, 5],
        ['x@y.test', 5, 2],
        ['k', 5, 3],
        ['K', 5, 1],
        ['extra', 5, 1],
      ]);
    }
    // In a JSON array the rows' pointers differ: a remembered key still gets the row's pointer.
    const array = await collect(jsonFormat, inputFromText('[{"n": "a"}, {"n": "b"}]', 'a.json'));
    expect(array.segments.map((s) => s.location.pointer)).toEqual(['/0/n', '/1/n']);
  });

  it('reads rows whose text between values repeats or changes at the same positions', async () => {
    // A row repeating the last row's text up to a value skips it at once: spacing, value types
    // and an error mid-row must still give the same positions as reading every character.
    const text = [
      '{"id": 1, "name": "Ana", "tags": ["a"]}',
      '{"id": 2, "name": "Bo", "tags": ["b"]}',
      '{"id":3,"name": "Cy", "tags": []}',
      '{"id": 4, "name": 5, "tags": {"t": "d"}}',
      '{"id": 6, "name": "Zoë 😀", oops}',
      '{"id": 7, "name": "Ed", "tags": null}',
    ].join('\n');
    for (const chunk of [3, 1 << 20]) {
      const { segments, columns, error } = await collect(
        jsonFormat,
        inputFromText(text, 'l.ndjson', chunk),
      );
      expect(
        segments.map((s) => [s.text, s.location.line, s.location.column, s.location.pointer]),
      ).toEqual([
        ['1', 1, 8, '/id'],
        ['Ana', 1, 20, '/name'],
        ['a', 1, 36, '/tags/0'],
        ['2', 2, 8, '/id'],
        ['Bo', 2, 20, '/name'],
        ['b', 2, 35, '/tags/0'],
        ['3', 3, 7, '/id'],
        ['Cy', 3, 18, '/name'],
        ['4', 4, 8, '/id'],
        ['5', 4, 19, '/name'],
        ['d', 4, 37, '/tags/t'],
        ['6', 5, 8, '/id'],
        ['Zoë 😀', 5, 20, '/name'],
        ['7', 6, 8, '/id'],
        ['Ed', 6, 20, '/name'],
      ]);
      expect(columns.map((c) => [c.location.field, c.rows, c.nonEmpty])).toEqual([
        ['id', 6, 6],
        ['name', 6, 6],
        ['tags', 6, 3],
      ]);
      expect(error?.message).toBe('malformed JSON: expected a key at line 5, column 28');
    }
  });

  it('reports malformed JSON after yielding what was read, without the value', async () => {
    const { segments, error } = await collect(
      jsonFormat,
      inputFromText('{"email": "a.b@exemple-mail.fr", "x": tru}', 'bad.json'),
    );
    expect(segments.map((s) => s.text)).toEqual(['a.b@exemple-mail.fr']);
    expect(error?.message).toBe('malformed JSON: unexpected literal at line 1, column 42');
    const truncated = await collect(jsonFormat, inputFromText('[{"a": "b"', 't.json'));
    expect(truncated.error?.message).toMatch(/unexpected end of input/);
    const trailing = await collect(jsonFormat, inputFromText('{} {}', 'two.json'));
    expect(trailing.error?.message).toMatch(
      /unexpected data after the JSON value at line 1, column 4/,
    );
  });

  it('refuses JSON nested 100,000 levels deep without crashing', async () => {
    const depth = 100_000;
    const text = '['.repeat(depth) + '"x"' + ']'.repeat(depth);
    const { error } = await collect(jsonFormat, inputFromText(text, 'deep.json'));
    expect(error?.message).toBe(
      'malformed JSON: nested deeper than 1024 levels at line 1, column 1025',
    );
  });

  it('cuts a huge string instead of holding it whole', async () => {
    const chunk = new TextEncoder().encode('a'.repeat(1 << 20));
    const chunks = function* () {
      yield new TextEncoder().encode('{"blob": "');
      for (let i = 0; i < 20; i++) yield chunk;
      yield new TextEncoder().encode('", "n": 7}');
    };
    const { segments, error } = await collect(
      jsonFormat,
      inputFromChunks('b.json', 20 << 20, chunks),
    );
    expect(error).toBeUndefined();
    expect(segments[0]?.text.length).toBe(8 * 1024 * 1024);
    expect(segments[1]).toMatchObject({ text: '7', location: { pointer: '/n' } });
  });

  it('sniffs JSON documents and tells keys that look like data', () => {
    const bytes = (t: string) => new TextEncoder().encode(t);
    expect(jsonFormat.sniff?.(bytes('  {\n  "a": 1}'), 'x')).toBe(true);
    expect(jsonFormat.sniff?.(bytes('[{"a": 1}]'), 'x')).toBe(true);
    expect(jsonFormat.sniff?.(bytes('[section]\nkey=1'), 'x')).toBe(false);
    expect(looksLikeValue('first_name')).toBe(false);
    expect(looksLikeValue('createdAt')).toBe(false);
    expect(looksLikeValue('192.0.2.1')).toBe(true);
    expect(looksLikeValue('Jean Dupont')).toBe(true);
    expect(looksLikeValue('0612345678')).toBe(true);
  });
  it('reads the share: exports/users.json and exports/events.ndjson', async () => {
    const users = await collect(jsonFormat, inputFromFile(share('exports/users.json')));
    expect(users.error).toBeUndefined();
    expect(users.columns.find((c) => c.location.field === 'email')).toMatchObject({
      rows: 10,
      nonEmpty: 10,
      location: { pointer: '/users' },
    });
    const events = await collect(jsonFormat, inputFromFile(share('exports/events.ndjson')));
    expect(events.error).toBeUndefined();
    expect(events.columns.find((c) => c.location.field === 'ip')).toMatchObject({ rows: 36 });
    expect(events.segments.filter((s) => s.location.field === 'ip')).toHaveLength(36);
    expect(events.segments.at(-1)?.location.row).toBe(36);
  });
});

describe('isJsonNumber', () => {
  it('accepts exactly the JSON number grammar', () => {
    const grammar = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
    const pieces = ['', '-', '0', '1', '9', '00', '12', '.', '.5', 'e', 'E', '+', 'e+', 'E-3', 'x'];
    let checked = 0;
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const text = a + b + c;
          expect(isJsonNumber(text), text).toBe(grammar.test(text));
          checked++;
        }
    expect(checked).toBe(pieces.length ** 3);
    expect(isJsonNumber('-12.50e+3')).toBe(true);
    expect(isJsonNumber('01')).toBe(false);
  });
});
