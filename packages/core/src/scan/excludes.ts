/**
 * Built-in path excludes. They always apply: a user's `--exclude` or config adds to them and
 * never replaces them. Directories are not entered at all; files are reported as skipped with
 * their reason, so a user can see what was left out.
 */

/** Never entered: version-control internals and installed dependencies. */
export const BUILTIN_EXCLUDED_DIRECTORIES = [
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  'bower_components',
  '.pnpm-store',
  '__pycache__',
  '.venv',
  '.tox',
] as const;

/** Lockfiles: generated, full of hashes and versions, never hand-written personal data. */
const LOCKFILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lockb',
  'bun.lock',
  'cargo.lock',
  'poetry.lock',
  'pipfile.lock',
  'composer.lock',
  'gemfile.lock',
  'go.sum',
  'flake.lock',
  'packages.lock.json',
  'podfile.lock',
  'mix.lock',
  'pubspec.lock',
  'uv.lock',
]);

/** Minified or bundled output: one huge line, no authored content. */
const MINIFIED_SUFFIXES = [
  '.min.js',
  '.min.mjs',
  '.min.css',
  '.bundle.js',
  '.chunk.js',
  '.js.map',
  '.css.map',
];

/** The reason a built-in rule skips this relative path, or undefined. */
export function builtinSkipReason(relativePath: string): string | undefined {
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1).toLowerCase();
  if (LOCKFILES.has(name)) return 'lockfile';
  if (MINIFIED_SUFFIXES.some((suffix) => name.endsWith(suffix))) return 'minified';
  return undefined;
}
