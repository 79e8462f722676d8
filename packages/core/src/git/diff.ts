/** Parsers of git's output: pure functions, tested on captured samples. */

export interface ChangedPath {
  /** Path in the new tree (POSIX, relative to the repository root). */
  path: string;
  /** For a rename or copy: the path it came from. */
  from?: string;
}

/** `git diff --name-status -z` output: `M\0path\0`, `R100\0old\0new\0`. */
export function parseNameStatus(output: string): ChangedPath[] {
  const fields = output.split('\0');
  const out: ChangedPath[] = [];
  for (let i = 0; i < fields.length;) {
    const status = fields[i++] ?? '';
    if (!status) continue;
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[i++] ?? '';
      const path = fields[i++] ?? '';
      if (path) out.push({ path, from });
    } else {
      const path = fields[i++] ?? '';
      if (path) out.push({ path });
    }
  }
  return out;
}

/**
 * The new-side line numbers added by a `git diff -U0` patch of one file, from its hunk headers
 * (`@@ -a,b +c,d @@`: d lines added from line c; d omitted means 1).
 */
export function parseAddedLines(patch: string): Set<number> {
  const added = new Set<number>();
  for (const line of patch.split('\n')) {
    if (!line.startsWith('@@ ')) continue;
    const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!match) continue;
    const start = Number(match[1]);
    const count = match[2] === undefined ? 1 : Number(match[2]);
    for (let n = 0; n < count; n++) added.add(start + n);
  }
  return added;
}

const SCISSORS = /^# -+ >8 -+$/m;

/**
 * What a commit message says, as git will record it: everything after the scissors line
 * (`git commit -v` puts the diff there) and comment lines are blanked, keeping line numbers.
 */
export function commitMessageText(text: string, commentChar = '#'): string {
  const scissors = SCISSORS.exec(text);
  const body = scissors ? text.slice(0, scissors.index) : text;
  return body
    .split('\n')
    .map((line) => (line.startsWith(commentChar) ? '' : line))
    .join('\n');
}
