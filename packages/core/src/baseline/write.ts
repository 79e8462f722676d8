import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { scanToReport, type ScanOptions, type ScanReport } from '../scan/index.js';
import {
  BaselineRecorder,
  newSalt,
  readBaseline,
  serializeBaseline,
  updateBaseline,
  type BaselineUpdate,
} from './index.js';

export interface BuildBaselineOptions extends ScanOptions {
  /** The baseline file to update (its salt, statuses and reasons are kept). */
  file: string;
  /** Reason given to new entries. */
  reason?: string;
}

/**
 * Scan `paths` and compute the updated baseline: every finding the scan would report (after
 * inline ignores, allowlist and threshold, ignoring the old baseline). Paths in the baseline are
 * relative to `options.root` (the scan root). Files that could not be read keep their entries.
 */
export async function buildBaseline(
  paths: readonly string[],
  options: BuildBaselineOptions,
): Promise<BaselineUpdate & { text: string; report: ScanReport }> {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, options.root ?? cwd);
  const previous = existsSync(options.file) ? readBaseline(options.file) : undefined;
  const recorder = new BaselineRecorder(previous?.salt ?? newSalt());
  const scanOptions: ScanOptions = { ...options, root, baselineRecorder: recorder };
  delete scanOptions.baseline;
  const report = await scanToReport(paths, scanOptions);
  const fromRoot = (path: string) =>
    toPosix(relative(root, isAbsolute(path) ? path : resolve(cwd, path)));
  const scopes = paths.map(fromRoot);
  const unreadable = new Set(report.errors.map((e) => fromRoot(e.path)));
  const inScope = (path: string) =>
    !unreadable.has(path) &&
    scopes.some((scope) => scope === '' || path === scope || path.startsWith(`${scope}/`));
  const update = updateBaseline(previous, recorder, inScope, options.reason);
  return { ...update, text: serializeBaseline(update.baseline), report };
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
