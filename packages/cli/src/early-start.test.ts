import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { earlyScanOf, type CommandManifest } from './early-start.js';

// The manifest the build writes from the real commands' flags.
const manifest = JSON.parse(
  readFileSync(new URL('../oclif.manifest.json', import.meta.url), 'utf8'),
) as CommandManifest;

const dir = mkdtempSync(join(tmpdir(), 'piiscout-early-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const a = join(dir, 'a.txt');
const b = join(dir, 'b.txt');
writeFileSync(a, 'x');
writeFileSync(b, 'y');

describe('reading a scan command line before oclif loads', () => {
  it('finds the paths and jobs oclif will find', () => {
    expect(earlyScanOf(['scan', a, '--format', 'json', '-o', 'r.json', b], manifest)).toEqual({
      paths: [a, b],
      jobs: undefined,
    });
    expect(earlyScanOf(['scan', '--jobs=2', '--no-gitignore', a], manifest)).toEqual({
      paths: [a],
      jobs: 2,
    });
    expect(earlyScanOf(['scan', '-j', '0', a], manifest)?.jobs).toBe(0);
    expect(earlyScanOf(['scan', '-j3', a], manifest)?.jobs).toBe(3);
    expect(earlyScanOf(['check', '-p', 'policy.md', a], manifest)?.paths).toEqual([a]);
    expect(earlyScanOf(['scan', '--reveal', '--', a], manifest)?.paths).toEqual([a]);
  });

  it('scans the current folder when no path is given', () => {
    expect(earlyScanOf(['scan', '--format', 'json'], manifest)?.paths).toEqual(['.']);
  });

  it('leaves the arguments after a flag of several values to that flag, as oclif does', () => {
    expect(earlyScanOf(['scan', a, '--include', '*.txt', 'b.txt'], manifest)?.paths).toEqual([a]);
    expect(
      earlyScanOf(['scan', '--region', 'FR', 'GB', '--format', 'json', a], manifest)?.paths,
    ).toEqual([a]);
  });

  it('decides nothing when unsure or when the command reads no paths', () => {
    for (const argv of [
      [],
      ['detectors'],
      ['scan', '--help'],
      ['scan', '--hekp', a],
      ['scan', '--staged'],
      ['scan', '--since', 'main'],
      ['scan', '--jobs', 'many', a],
      ['scan', '--format'],
      ['scan', '-rj', a],
      ['scan', '--reveal=yes', a],
      ['scan', join(dir, 'missing.txt')],
      ['scan', '-'],
    ]) {
      expect(earlyScanOf(argv, manifest), argv.join(' ')).toBeUndefined();
    }
  });
});
