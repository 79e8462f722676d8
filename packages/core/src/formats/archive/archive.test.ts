import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { collect, inputFromBytes } from '../testing.js';
import type {
  FormatInput,
  FormatItem,
  FormatLimits,
  FormatModule,
  NestedContent,
} from '../types.js';
import { gzipFormat, tarFormat, zipFormat } from './index.js';
import { BOMB_MESSAGE, SIZE_MESSAGE } from './limits.js';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));

interface Received {
  entry: string;
  depth: number;
  text: string;
}

async function contentBytes(content: NestedContent): Promise<Uint8Array> {
  if (content instanceof Uint8Array) return content;
  const parts: Uint8Array[] = [];
  for await (const chunk of content.stream()) parts.push(chunk);
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * A stand-in for the scanner: records what each archive hands it, recurses into member
 * archives with the archive formats, and joins nested entries with `!/` as the scanner does.
 */
function archiveInput(
  bytes: Uint8Array,
  path: string,
  seen: Received[],
  limits: Partial<FormatLimits> = {},
  depth = 0,
  prefix = '',
): FormatInput {
  const input = inputFromBytes(bytes, path, limits);
  input.depth = depth;
  input.nested = async function* (entry, content, nestedDepth): AsyncIterable<FormatItem> {
    const member = await contentBytes(content);
    const fullEntry = prefix + entry;
    seen.push({ entry: fullEntry, depth: nestedDepth, text: new TextDecoder().decode(member) });
    const format: FormatModule | undefined = entry.endsWith('.zip')
      ? zipFormat
      : entry.endsWith('.tar')
        ? tarFormat
        : undefined;
    if (format) {
      yield* format.read(archiveInput(member, entry, seen, limits, nestedDepth, `${fullEntry}!/`));
      return;
    }
    yield { text: 'member', syntax: 'value', location: { path, entry: fullEntry } };
  };
  return input;
}

/** A scanner stand-in that only reads members to the end, counting their bytes. */
function draining(counter: { bytes: number }): FormatInput['nested'] {
  return async function* (_entry, content) {
    if (content instanceof Uint8Array) counter.bytes += content.length;
    else for await (const chunk of content.stream()) counter.bytes += chunk.length;
    yield* [];
  };
}

const CSV = 'nom,email\nMartin,jean.martin@courriel-test.fr\nRoux,amelie.roux@courriel-test.fr\n';

describe('archive: members handed to the scanner', () => {
  it('reads a .csv.gz as users.csv, streamed', async () => {
    const seen: Received[] = [];
    const { segments, error } = await collect(
      gzipFormat,
      archiveInput(fixture('users.csv.gz'), 'users.csv.gz', seen),
    );
    expect(error).toBeUndefined();
    expect(seen).toEqual([{ entry: 'users.csv', depth: 1, text: CSV }]);
    expect(segments.map((s) => s.location.entry)).toEqual(['users.csv']);
  });

  it('reads every file of a zip, skipping directories', async () => {
    const seen: Received[] = [];
    await collect(zipFormat, archiveInput(fixture('sample.zip'), 'sample.zip', seen));
    expect(seen.map((r) => [r.entry, r.depth])).toEqual([
      ['data/users.csv', 1],
      ['contact.json', 1],
    ]);
    expect(seen[0]?.text).toBe(CSV);
  });

  it('reads a .tar.gz, skipping directories and symlinks, keeping traversal names as names', async () => {
    const seen: Received[] = [];
    const { error } = await collect(
      tarFormat,
      archiveInput(fixture('sample.tar.gz'), 'sample.tar.gz', seen),
    );
    expect(error).toBeUndefined();
    expect(seen.map((r) => r.entry)).toEqual(['export/users.csv', '../escape.json']);
    expect(seen[0]?.text).toBe(CSV);
  });

  it('recurses into a zip inside a tar', async () => {
    const seen: Received[] = [];
    const { segments } = await collect(
      tarFormat,
      archiveInput(fixture('nested.tar'), 'nested.tar', seen),
    );
    expect(seen.map((r) => [r.entry, r.depth])).toEqual([
      ['readme.txt', 1],
      ['inner.zip', 1],
      ['inner.zip!/deep/users.csv', 2],
    ]);
    expect(segments.map((s) => s.location.entry)).toEqual([
      'readme.txt',
      'inner.zip!/deep/users.csv',
    ]);
  });

  it('reads zip64 and stored members, skips symlinks and directories (a Python-made zip)', async () => {
    const seen: Received[] = [];
    const { error } = await collect(
      zipFormat,
      archiveInput(fixture('zip64-symlink.zip'), 'z.zip', seen),
    );
    expect(error).toBeUndefined();
    expect(seen.map((r) => [r.entry, r.text])).toEqual([
      ['a.csv', 'nom,email\nMartin,jean.martin@courriel-test.fr\n'],
      ['big64.txt', 'hello zip64\n'],
      ['stored.txt', 'stored content\n'],
    ]);
  });

  it('lets a scanner open a tar member twice (head, then content)', async () => {
    const input = inputFromBytes(fixture('nested.tar'), 'nested.tar');
    const texts: string[] = [];
    input.nested = async function* (_entry, content) {
      if (content instanceof Uint8Array) throw new Error('expected a stream');
      for await (const first of content.stream()) {
        texts.push(`head:${first.length}`);
        break;
      }
      texts.push(new TextDecoder().decode(await contentBytes(content)));
      yield* [];
    };
    await collect(tarFormat, input);
    expect(texts[1]).toBe('Contact: jean.martin@courriel-test.fr\n');
  });
});

describe('archive: limits and hostile input', () => {
  it('refuses a zip bomb from its declared sizes before inflating', async () => {
    const bomb = zipSync({ 'zeros.bin': new Uint8Array(64 * 1024 * 1024) }, { level: 1 });
    const seen: Received[] = [];
    const { error } = await collect(zipFormat, archiveInput(bomb, 'bomb.zip', seen));
    expect(error?.message).toBe(BOMB_MESSAGE);
    expect(seen).toEqual([]);
  });

  it('stops inflating a member that lies about its size in the central directory', async () => {
    const bomb = zipSync({ 'zeros.bin': new Uint8Array(20 * 1024 * 1024) }, { level: 1 });
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    const end = bomb.length - 22;
    const directory = view.getUint32(end + 16, true);
    view.setUint32(directory + 24, 1000, true);
    view.setUint32(22, 1000, true);
    const counter = { bytes: 0 };
    const input = inputFromBytes(bomb, 'liar.zip');
    input.nested = draining(counter);
    const { error } = await collect(zipFormat, input);
    expect(error?.message).toBe(BOMB_MESSAGE);
    expect(counter.bytes).toBeLessThanOrEqual(1000);
  });

  it('stops a gzip bomb while inflating, long before its end', async () => {
    const bomb = gzipSync(new Uint8Array(64 * 1024 * 1024));
    const counter = { bytes: 0 };
    const input = inputFromBytes(new Uint8Array(bomb), 'bomb.csv.gz');
    input.nested = draining(counter);
    const { error } = await collect(gzipFormat, input);
    expect(error?.message).toBe(BOMB_MESSAGE);
    expect(counter.bytes).toBeLessThan(64 * 1024 * 1024);
  });

  it('enforces the uncompressed size limit', async () => {
    const seen: Received[] = [];
    const limits = { maxUncompressedBytes: 50 };
    expect(
      (await collect(zipFormat, archiveInput(fixture('sample.zip'), 'a.zip', seen, limits))).error
        ?.message,
    ).toBe(SIZE_MESSAGE);
    expect(
      (await collect(gzipFormat, archiveInput(fixture('users.csv.gz'), 'u.csv.gz', seen, limits)))
        .error?.message,
    ).toBe(SIZE_MESSAGE);
    const tar = await collect(
      tarFormat,
      archiveInput(fixture('sample.tar.gz'), 's.tar.gz', seen, { maxUncompressedBytes: 1000 }),
    );
    expect(tar.error?.message).toBe(SIZE_MESSAGE);
  });

  it('refuses archives nested deeper than the depth limit', async () => {
    const seen: Received[] = [];
    const input = archiveInput(fixture('sample.zip'), 'deep.zip', seen, { maxArchiveDepth: 3 }, 3);
    const { error } = await collect(zipFormat, input);
    expect(error?.message).toMatch(/depth limit \(3\)/);
    expect(seen).toEqual([]);
  });

  it('turns a truncated gzip into a FormatError', async () => {
    const whole = gzipSync(Buffer.from(CSV.repeat(200)));
    const truncated = new Uint8Array(whole.subarray(0, whole.length - 30));
    const seen: Received[] = [];
    const gz = await collect(gzipFormat, archiveInput(truncated, 'cut.csv.gz', seen));
    expect(gz.error?.message).toBe('truncated or corrupt gzip data');
    const tgz = fixture('sample.tar.gz');
    const cut = await collect(
      tarFormat,
      archiveInput(tgz.subarray(0, tgz.length - 40), 'cut.tar.gz', []),
    );
    expect(cut.error?.name).toBe('FormatError');
  });

  it('turns garbage into a FormatError, never a crash', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 31 + 7) % 256);
    for (const [format, name] of [
      [zipFormat, 'g.zip'],
      [tarFormat, 'g.tar'],
      [gzipFormat, 'g.gz'],
    ] as const) {
      const { error } = await collect(format, archiveInput(garbage, name, []));
      expect(error?.name, name).toBe('FormatError');
    }
  });

  it('sniffs archives by their magic bytes', () => {
    expect(zipFormat.sniff?.(fixture('sample.zip'), 'x')).toBe(true);
    expect(gzipFormat.sniff?.(fixture('users.csv.gz'), 'x')).toBe(true);
    expect(tarFormat.sniff?.(fixture('nested.tar'), 'x')).toBe(true);
    expect(tarFormat.sniff?.(fixture('sample.zip'), 'x')).toBe(false);
  });
});

describe('archive: the file-share fixtures', () => {
  const share = (name: string): Uint8Array =>
    new Uint8Array(
      readFileSync(join(import.meta.dirname, '../../../../../fixtures/share/archives', name)),
    );

  it('lists the members of each archive', async () => {
    const seen: Received[] = [];
    await collect(zipFormat, archiveInput(share('export-2023.zip'), 'export-2023.zip', seen));
    await collect(tarFormat, archiveInput(share('backup.tar.gz'), 'backup.tar.gz', seen));
    await collect(gzipFormat, archiveInput(share('users.csv.gz'), 'users.csv.gz', seen));
    expect(seen.map((r) => r.entry)).toEqual([
      'export-2023/contacts.csv',
      'export-2023/contacts.json',
      'backup/app_pg.sql',
      'backup/LISEZMOI.txt',
      'users.csv',
    ]);
    expect(seen[4]?.text.startsWith('first_name,last_name,email,phone,job_title\n')).toBe(true);
  });
});
