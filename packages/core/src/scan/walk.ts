import { readFile, realpath, stat } from 'node:fs/promises';
import * as fs from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type FastGlob from 'fast-glob';
import type { Entry } from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import type { FileError } from '../types.js';
import { formatBytes } from '../util/format-bytes.js';
import { builtinSkipReason, BUILTIN_EXCLUDED_DIRECTORIES } from './excludes.js';
import { describeFsError } from './fs-error.js';

export { describeFsError };

export interface WalkOptions {
  /** Globs (relative to each scanned directory) a file must match; default: every file. */
  include?: readonly string[];
  /** Globs to leave out, on top of the built-in excludes (which always apply). */
  exclude?: readonly string[];
  /** Honour .gitignore files (default true). */
  gitignore?: boolean;
  /** Files larger than this are reported as errors, not read. */
  maxFileSize: number;
  /** Base for display paths (default: process.cwd()). */
  cwd?: string;
}

export interface WalkFile {
  kind: 'file';
  absolutePath: string;
  /** Relative to cwd when the scanned path was relative, POSIX separators. */
  path: string;
  size: number;
}

export interface WalkSkip {
  kind: 'skip';
  path: string;
  reason: string;
}

export interface WalkError {
  kind: 'error';
  error: FileError;
}

export type WalkEvent = WalkFile | WalkSkip | WalkError;

/**
 * Every file to scan under `paths`, in a stable order. Directories in BUILTIN_EXCLUDED_DIRECTORIES
 * are never entered; lockfiles, minified bundles and gitignored files are reported as skips;
 * symbolic links to files are followed once (by real path), links to directories are not (no
 * loops, no escaping the scanned tree).
 */
export async function* walk(
  paths: readonly string[],
  options: WalkOptions,
): AsyncGenerator<WalkEvent> {
  const cwd = options.cwd ?? process.cwd();
  // Real paths already yielded. Within one folder a regular file is listed once, so its real
  // path is kept only when several paths are scanned (they may overlap); links are checked
  // against the listing instead. 100,000 files would otherwise keep 100,000 more strings.
  const seen: Seen = { paths: new Set<string>(), everyFile: paths.length > 1 };
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    const display = (abs: string) => displayPath(abs, cwd, isAbsolute(given));
    let info: fs.Stats;
    try {
      info = await stat(absolute);
    } catch (error) {
      yield { kind: 'error', error: { path: toPosix(given), message: describeFsError(error) } };
      continue;
    }
    if (info.isFile()) {
      // A file named explicitly is scanned even if a built-in rule would skip it.
      yield* fileEvent(
        absolute,
        display(absolute),
        info.size,
        options,
        seen,
        await realPathOf(absolute),
      );
      continue;
    }
    if (!info.isDirectory()) {
      yield { kind: 'skip', path: display(absolute), reason: 'not-a-file' };
      continue;
    }
    yield* walkDirectory(absolute, display, options, seen);
  }
}

interface Seen {
  paths: Set<string>;
  /** Keep every regular file's real path, not only links' and named files'. */
  everyFile: boolean;
}

/** What the walk keeps of a listed entry. */
interface ListedEntry {
  path: string;
  kind: 'file' | 'directory' | 'symlink' | 'other';
  size: number | undefined;
}

/** The glob library, loaded when a folder is listed: a scan of named files needs none. */
async function loadFastGlob(): Promise<typeof FastGlob> {
  return (await import('fast-glob')).default;
}

function kindOf(dirent: Entry['dirent']): ListedEntry['kind'] {
  if (dirent.isDirectory()) return 'directory';
  if (dirent.isSymbolicLink()) return 'symlink';
  return dirent.isFile() ? 'file' : 'other';
}

async function* walkDirectory(
  root: string,
  display: (abs: string) => string,
  options: WalkOptions,
  seen: Seen,
): AsyncGenerator<WalkEvent> {
  const readErrors: FileError[] = [];
  const realRoot = await realPathOf(root);
  const gitignores = options.gitignore === false ? [] : await loadGitignores(root);
  const fg = await loadFastGlob();
  const stream = fg.stream(options.include?.length ? [...options.include] : ['**/*'], {
    cwd: root,
    dot: true,
    onlyFiles: false,
    followSymbolicLinks: false,
    suppressErrors: true,
    objectMode: true,
    stats: true,
    ignore: [...BUILTIN_EXCLUDED_DIRECTORIES.map((d) => `**/${d}/**`), ...(options.exclude ?? [])],
    fs: recordingFs(readErrors),
  });
  // Streamed and kept small: a share of millions of files would otherwise hold a Dirent and a
  // Stats object per file until the listing is done (100,000 files: ~130 MB of heap).
  const entries: ListedEntry[] = [];
  for await (const entry of stream as AsyncIterable<Entry>) {
    entries.push({ path: entry.path, kind: kindOf(entry.dirent), size: entry.stats?.size });
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const error of readErrors) {
    yield { kind: 'error', error: { path: display(error.path), message: error.message } };
  }
  // Every path below shares the entry's own string: `root/` + path, `shown/` + path.
  const rootPrefix = root.endsWith(sep) ? root : root + sep;
  const shownRoot = display(root);
  const shownPrefix =
    shownRoot === '.' ? '' : shownRoot.endsWith('/') ? shownRoot : `${shownRoot}/`;
  const realPrefix = realRoot.endsWith(sep) ? realRoot : realRoot + sep;
  const skipReason = (entry: ListedEntry, absolute: string): string | undefined =>
    builtinSkipReason(entry.path) ??
    (gitignores.length > 0 && isGitignored(absolute, gitignores) ? 'gitignored' : undefined);
  // A link to a file of this folder that is scanned under its own path is a duplicate.
  const listedAndScanned = (real: string): boolean => {
    if (!real.startsWith(realPrefix)) return false;
    const path = toPosix(real.slice(realPrefix.length));
    const entry = entries[sortedIndexOf(entries, path)];
    return entry?.path === path && entry.kind === 'file' && !skipReason(entry, rootPrefix + path);
  };
  for (const entry of entries) {
    if (entry.kind === 'directory') continue;
    const absolute = rootPrefix + toNative(entry.path);
    const shown = shownPrefix + entry.path;
    const skipped = skipReason(entry, absolute);
    if (skipped) {
      yield { kind: 'skip', path: shown, reason: skipped };
      continue;
    }
    if (entry.kind === 'symlink') {
      let target: fs.Stats;
      try {
        target = await stat(absolute);
      } catch {
        yield { kind: 'error', error: { path: shown, message: 'broken symbolic link' } };
        continue;
      }
      if (!target.isFile()) {
        yield { kind: 'skip', path: shown, reason: 'symlink-to-directory' };
        continue;
      }
      const real = await realPathOf(absolute);
      if (listedAndScanned(real)) {
        yield { kind: 'skip', path: shown, reason: 'duplicate-link' };
        continue;
      }
      yield* fileEvent(absolute, shown, target.size, options, seen, real);
      continue;
    }
    if (entry.kind !== 'file') {
      yield { kind: 'skip', path: shown, reason: 'not-a-file' };
      continue;
    }
    const size = entry.size;
    if (size === undefined) {
      yield { kind: 'error', error: { path: shown, message: 'cannot read' } };
      continue;
    }
    // A regular file's real path is the tree's real root plus its relative path: no syscall.
    yield* fileEvent(
      absolute,
      shown,
      size,
      options,
      seen,
      seen.everyFile ? join(realRoot, entry.path) : undefined,
    );
  }
}

async function* fileEvent(
  absolute: string,
  shown: string,
  size: number,
  options: WalkOptions,
  seen: Seen,
  /** The file's real path, to skip it if already yielded; none for a file listed only once. */
  real: string | undefined,
): AsyncGenerator<WalkEvent> {
  if (real !== undefined) {
    if (seen.paths.has(real)) {
      yield { kind: 'skip', path: shown, reason: 'duplicate-link' };
      return;
    }
    seen.paths.add(real);
  }
  if (size > options.maxFileSize) {
    yield {
      kind: 'error',
      error: {
        path: shown,
        message: `file too large (${formatBytes(size)} > limit ${formatBytes(options.maxFileSize)}); raise --max-file-size to scan it`,
      },
    };
    return;
  }
  yield { kind: 'file', absolutePath: absolute, path: shown, size };
}

/** The real path of a file, or the given one when it cannot be resolved (opening it will say why). */
function realPathOf(absolute: string): Promise<string> {
  return realpath(absolute).catch(() => absolute);
}

interface GitignoreScope {
  directory: string;
  rules: Ignore;
}

/** .gitignore files of the scanned tree and of its ancestors up to the repository root. */
async function loadGitignores(root: string): Promise<GitignoreScope[]> {
  const scopes: GitignoreScope[] = [];
  const add = async (directory: string) => {
    try {
      const text = await readFile(join(directory, '.gitignore'), 'utf8');
      scopes.push({ directory, rules: ignore().add(text) });
    } catch {
      // No .gitignore here.
    }
  };
  // Scanning a sub-folder of a repository: the repository's ignore rules still apply.
  if (!fs.existsSync(join(root, '.git'))) {
    for (let dir = dirname(root); dirname(dir) !== dir; dir = dirname(dir)) {
      await add(dir);
      if (fs.existsSync(join(dir, '.git'))) break;
    }
  }
  const fg = await loadFastGlob();
  const nested = await fg('**/.gitignore', {
    cwd: root,
    dot: true,
    suppressErrors: true,
    followSymbolicLinks: false,
    ignore: BUILTIN_EXCLUDED_DIRECTORIES.map((d) => `**/${d}/**`),
  });
  for (const file of nested) await add(dirname(join(root, file)));
  return scopes;
}

function isGitignored(absolute: string, scopes: readonly GitignoreScope[]): boolean {
  for (const scope of scopes) {
    const rel = relative(scope.directory, absolute);
    if (rel.startsWith('..') || isAbsolute(rel)) continue;
    if (scope.rules.ignores(toPosix(rel))) return true;
  }
  return false;
}

/**
 * fast-glob's fs adapter, recording directories it could not read instead of hiding them. Only
 * `readdir` is given: fast-glob fills in the rest, and a copy of the whole `fs` module here
 * (copied twice more inside fast-glob) was a fifth of the walk's CPU and garbage per folder.
 */
function recordingFs(errors: FileError[]): Partial<typeof fs> {
  const readdir = ((path: fs.PathLike, ...rest: unknown[]) => {
    const callback = rest[rest.length - 1] as (
      error: NodeJS.ErrnoException | null,
      ...r: unknown[]
    ) => void;
    const args = rest.slice(0, -1);
    (fs.readdir as (...a: unknown[]) => void)(
      path,
      ...args,
      (error: NodeJS.ErrnoException | null, ...result: unknown[]) => {
        if (error) errors.push({ path: String(path), message: describeFsError(error) });
        callback(error, ...result);
      },
    );
  }) as typeof fs.readdir;
  return { readdir };
}

function displayPath(absolute: string, cwd: string, givenAbsolute: boolean): string {
  if (givenAbsolute) return toPosix(absolute);
  const rel = relative(cwd, absolute);
  return toPosix(rel === '' ? '.' : rel);
}

/** Where `path` is, or would go, in entries sorted by path. */
function sortedIndexOf(entries: readonly ListedEntry[], path: string): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (entries[middle]!.path < path) low = middle + 1;
    else high = middle;
  }
  return low;
}

function toNative(path: string): string {
  return sep === '/' ? path : path.split('/').join(sep);
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
