import { execFile } from 'node:child_process';

/** A git command failed; the message is git's first line of stderr (paths, never file content). */
export class GitError extends Error {
  override name = 'GitError';
}

/**
 * Run git without a shell. `--literal-pathspecs` so a file named `*.txt` is that file, not a
 * glob; output as bytes, since blobs need not be UTF-8.
 */
export function git(args: readonly string[], cwd: string, maxBuffer = 1 << 30): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['--literal-pathspecs', '-c', 'core.quotepath=off', ...args],
      { cwd, encoding: 'buffer', maxBuffer, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) {
          const first =
            stderr
              .toString('utf8')
              .split('\n')
              .find((line) => line.trim()) ?? error.message;
          reject(new GitError(`git ${args[0] ?? ''}: ${first.trim()}`));
        } else resolve(stdout);
      },
    );
  });
}

export async function gitText(args: readonly string[], cwd: string): Promise<string> {
  return (await git(args, cwd)).toString('utf8');
}
