/**
 * Path globs of the config (`fixtures/**`, `*.test.ts`), matched against POSIX paths relative
 * to the scan root. A pattern without a slash matches a file name at any depth, as in
 * .gitignore; `dir/` and `dir/**` match everything under `dir`. Supported: `**`, `*`, `?`,
 * `{a,b}`. Written here because the glob libraries in the tree are not direct dependencies.
 */
export type PathMatcher = (relativePath: string) => boolean;

export function compileGlob(pattern: string): PathMatcher {
  let glob = pattern.trim().replace(/^\.\//, '');
  if (glob.endsWith('/')) glob += '**';
  const anchored = glob.startsWith('/') || glob.slice(0, -1).includes('/');
  glob = glob.replace(/^\//, '');
  const body = globToRegExp(glob);
  const regexp = new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`, 'u');
  return (relativePath) => regexp.test(relativePath);
}

export function compileGlobs(patterns: readonly string[]): PathMatcher {
  const matchers = patterns.map(compileGlob);
  return (path) => matchers.some((match) => match(path));
}

function globToRegExp(glob: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        out += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 2 : 1;
      } else out += '[^/]*';
    } else if (ch === '?') out += '[^/]';
    else if (ch === '{') {
      braces++;
      out += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (ch === ',' && braces > 0) out += '|';
    else out += ch.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return out + ')'.repeat(braces);
}
