import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { scanToReport, TOOL_VERSION, type ScanOptions, type ScanReport } from '../scan/index.js';
import { scanText } from '../scan/scan-text.js';
import { commitMessageText, parseAddedLines, parseNameStatus, type ChangedPath } from './diff.js';
import { git, GitError, gitText } from './exec.js';

export { commitMessageText, parseAddedLines, parseNameStatus, type ChangedPath } from './diff.js';
export { GitError } from './exec.js';

/**
 * What to scan in a repository:
 * - `staged`: the index, as `git commit` will record it (blob contents, not the working tree);
 * - `since`: the commits since a ref: lines added between `git merge-base REV HEAD` and HEAD.
 *   HEAD, not the working tree: CI checks out the commit under review, and uncommitted files
 *   are not part of it.
 */
export type GitSelection = { mode: 'staged' } | { mode: 'since'; rev: string };

export interface ChangedFile extends ChangedPath {
  /** New-side lines added (1-based). Empty for binary files, whose findings have no line. */
  addedLines: Set<number>;
}

export interface ChangeSet {
  /** Absolute path of the repository's top folder. */
  root: string;
  /** The tree-ish blobs are read from: `:` (the index) or `HEAD:`. */
  blobPrefix: string;
  files: ChangedFile[];
}

export async function repositoryRoot(cwd: string): Promise<string> {
  return resolve((await gitText(['rev-parse', '--show-toplevel'], cwd)).trim());
}

/** Files added, copied, modified or renamed, with their added lines; deletions are never listed. */
export async function listChanges(selection: GitSelection, cwd: string): Promise<ChangeSet> {
  const root = await repositoryRoot(cwd);
  let range: string[];
  let blobPrefix: string;
  if (selection.mode === 'staged') {
    range = ['--cached'];
    blobPrefix = ':';
  } else {
    const base = (await gitText(['merge-base', selection.rev, 'HEAD'], root)).trim();
    range = [base, 'HEAD'];
    blobPrefix = 'HEAD:';
  }
  const common = ['--no-color', '--no-ext-diff', '--no-textconv', '-M'];
  const names = await gitText(
    ['diff', ...range, ...common, '--name-status', '-z', '--diff-filter=ACMR'],
    root,
  );
  const files: ChangedFile[] = [];
  for (const changed of parseNameStatus(names)) {
    const pair = changed.from ? [changed.from, changed.path] : [changed.path];
    const patch = await gitText(['diff', ...range, ...common, '-U0', '--', ...pair], root);
    files.push({ ...changed, addedLines: parseAddedLines(patch) });
  }
  return { root, blobPrefix, files };
}

/**
 * Scan the changes of a repository and report only findings on added lines, at their real path
 * and line. Blobs are written to a private temporary folder (mode 0700, removed afterwards) so
 * that every format reader and the worker pool read them like any file; built-in and config
 * excludes apply as in a normal scan. `options.cwd` is where the user stands: paths are shown
 * relative to it, and `options.root` (the config's folder) must lie inside the repository.
 */
export async function scanChanges(
  selection: GitSelection,
  options: ScanOptions = {},
): Promise<ScanReport> {
  const cwd = options.cwd ?? process.cwd();
  const changes = await listChanges(selection, cwd);
  const temp = await mkdtemp(join(tmpdir(), 'piiscout-git-'));
  try {
    const addedLines = new Map<string, Set<number>>();
    for (const file of changes.files) {
      let blob: Buffer;
      try {
        blob = await git(['cat-file', 'blob', `${changes.blobPrefix}${file.path}`], changes.root);
      } catch {
        continue; // a submodule or a type change: nothing to read as a file
      }
      const target = join(temp, ...file.path.split('/'));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, blob, { mode: 0o600 });
      addedLines.set(file.path, file.addedLines);
    }
    const configRoot = resolve(cwd, options.root ?? changes.root);
    const inRepo = relative(changes.root, configRoot);
    const report =
      addedLines.size === 0
        ? emptyReport()
        : await scanToReport(['.'], {
            ...options,
            cwd: temp,
            root: inRepo.startsWith('..') || isAbsolute(inRepo) ? temp : join(temp, inRepo),
            gitignore: false,
            addedLines,
          });
    return withPathsFrom(report, (path) => toPosix(relative(cwd, join(changes.root, path))) || '.');
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** Scan a commit message file (the commit-msg hook), without its comment lines. */
export async function scanCommitMessage(
  file: string,
  options: ScanOptions = {},
): Promise<ScanReport> {
  const started = Date.now();
  const cwd = options.cwd ?? process.cwd();
  const absolute = resolve(cwd, file);
  const text = commitMessageText(await readFile(absolute, 'utf8'));
  const shown = toPosix(isAbsolute(file) ? absolute : relative(cwd, absolute));
  const findings = scanText(text, { ...options, path: shown, syntax: 'prose' });
  const report = emptyReport();
  report.findings = findings;
  report.stats = {
    files: 1,
    bytes: Buffer.byteLength(text),
    skipped: 0,
    durationMs: Date.now() - started,
  };
  return report;
}

function emptyReport(): ScanReport {
  return {
    schemaVersion: 1,
    tool: { name: 'piiscout', version: TOOL_VERSION },
    stats: { files: 0, bytes: 0, skipped: 0, durationMs: 0 },
    findings: [],
    errors: [],
  };
}

function withPathsFrom(report: ScanReport, map: (path: string) => string): ScanReport {
  for (const finding of report.findings) finding.location.path = map(finding.location.path);
  for (const error of report.errors) error.path = map(error.path);
  for (const column of report.columns ?? []) column.location.path = map(column.location.path);
  for (const unused of report.unusedIgnores ?? []) unused.path = map(unused.path);
  return report;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

export function isGitError(error: unknown): error is GitError {
  return error instanceof GitError;
}
