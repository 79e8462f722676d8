import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DetectorRegistry } from '../detectors/index.js';
import { tokenDetector } from '../scan/test-detector.js';
import {
  commitMessageText,
  parseAddedLines,
  parseNameStatus,
  scanChanges,
  scanCommitMessage,
} from './index.js';

const registry = new DetectorRegistry([tokenDetector]);

describe('git output parsers', () => {
  it('reads -z name-status with renames and odd names', () => {
    expect(
      parseNameStatus('M\0a b.txt\0R087\0old/x.txt\0new/x.txt\0A\0dir/\u00e9t\u00e9\ttab.txt\0'),
    ).toEqual([
      { path: 'a b.txt' },
      { path: 'new/x.txt', from: 'old/x.txt' },
      { path: 'dir/\u00e9t\u00e9\ttab.txt' },
    ]);
  });

  it('reads added lines from -U0 hunk headers only', () => {
    const patch = [
      'diff --git a/f b/f',
      '--- a/f',
      '+++ b/f',
      '@@ -1,0 +2,3 @@ context',
      '+@@ -9 +9 @@ this is content, not a header',
      '+x',
      '+y',
      '@@ -10 +12 @@',
      '-old',
      '+new',
      '@@ -20,2 +21,0 @@',
      '-gone',
      '-gone',
    ].join('\n');
    expect([...parseAddedLines(patch)]).toEqual([2, 3, 4, 12]);
  });

  it('blanks comment lines and the verbose diff of a commit message, keeping line numbers', () => {
    const text =
      'Fix TOKEN-1\n# Please enter the commit message\nbody\n# ------------------------ >8 ------------------------\n+TOKEN-2\n';
    expect(commitMessageText(text)).toBe('Fix TOKEN-1\n\nbody\n');
  });
});

describe('scanning git changes', () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repo, stdio: 'pipe' }).toString();
  const write = (path: string, text: string) => {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  const lines = async (mode: Parameters<typeof scanChanges>[0], cwd = repo) =>
    (await scanChanges(mode, { registry, cwd })).findings.map(
      (f) => `${f.location.path}:${f.location.line}`,
    );

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'piiscout-git-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'dev@quillbrook.test');
    git('config', 'user.name', 'Dev');
    write('a.txt', 'one\nTOKEN-1\nthree\n');
    git('add', '.');
    git('commit', '-qm', 'first');
  });

  it('--staged: only added lines of the staged content, at their real line', async () => {
    write('a.txt', 'one\nTOKEN-1\nTOKEN-2\nthree\n');
    write('sub/*.txt', 'TOKEN-3\n');
    git('add', '.');
    write('a.txt', 'unstaged TOKEN-9\n'); // the working tree is not what gets committed
    expect(await lines({ mode: 'staged' })).toEqual(['a.txt:3', 'sub/*.txt:1']);
    expect(await lines({ mode: 'staged' }, join(repo, 'sub'))).toEqual(['../a.txt:3', '*.txt:1']);
  });

  it('--staged: removing a line or deleting a file is never flagged', async () => {
    write('a.txt', 'one\nthree\n');
    git('add', '.');
    expect(await lines({ mode: 'staged' })).toEqual([]);
    git('rm', '-qf', 'a.txt');
    expect(await lines({ mode: 'staged' })).toEqual([]);
  });

  it('--since: lines added on the branch since the merge base', async () => {
    git('checkout', '-qb', 'feature');
    write('a.txt', 'one\nTOKEN-1\nthree\nTOKEN-4\n');
    git('commit', '-qam', 'more');
    git('mv', 'a.txt', 'b.txt');
    git('commit', '-qm', 'rename');
    git('checkout', '-q', 'main');
    write('main.txt', 'TOKEN-5\n');
    git('add', '.');
    git('commit', '-qm', 'main moves on');
    git('checkout', '-q', 'feature');
    expect(await lines({ mode: 'since', rev: 'main' })).toEqual(['b.txt:4']);
  });

  it('fails clearly outside a repository or on an unknown ref', async () => {
    await expect(lines({ mode: 'since', rev: 'no-such-ref' })).rejects.toThrow(/git merge-base/);
    const outside = mkdtempSync(join(tmpdir(), 'piiscout-nogit-'));
    await expect(lines({ mode: 'staged' }, outside)).rejects.toThrow(/git rev-parse/);
    rmSync(outside, { recursive: true });
  });

  it('scans a commit message without its comments', async () => {
    write('.git/COMMIT_EDITMSG', 'Add TOKEN-7\n# TOKEN-8 in a comment\n');
    const report = await scanCommitMessage('.git/COMMIT_EDITMSG', { registry, cwd: repo });
    expect(report.findings.map((f) => `${f.location.path}:${f.location.line}`)).toEqual([
      '.git/COMMIT_EDITMSG:1',
    ]);
  });
});
