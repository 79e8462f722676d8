import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '../..');
export const CLI = join(REPO_ROOT, 'bin/piiscout');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  input?: string;
  env?: NodeJS.ProcessEnv;
  /** Run as another user (tests of unreadable files, when the tests run as root). */
  uid?: number;
  gid?: number;
  timeoutMs?: number;
}

/** Run the built CLI (`bin/piiscout`) as a user would, with Node, and capture what it prints. */
export function runCli(args: readonly string[], options: CliOptions = {}): CliResult {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    input: options.input,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: options.timeoutMs ?? 120_000,
    uid: options.uid,
    gid: options.gid,
  });
  return { code: run.status, stdout: run.stdout ?? '', stderr: run.stderr ?? '' };
}

/** The JSON report a command printed. */
export function runJson<T = Record<string, unknown>>(
  args: readonly string[],
  options: CliOptions = {},
): { code: number | null; report: T; stderr: string } {
  const result = runCli(args, options);
  try {
    return { code: result.code, report: JSON.parse(result.stdout) as T, stderr: result.stderr };
  } catch {
    throw new Error(
      `not JSON (exit ${result.code}): ${result.stdout.slice(0, 500)} ${result.stderr.slice(0, 2000)}`,
    );
  }
}
