import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGlob } from './glob.js';
import { canonicalName, findConfig, loadConfig, parseConfig, ConfigError } from './index.js';
import { resolveSettings } from './settings.js';
import { STARTER_CONFIG } from './starter.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const known = ['email', 'ip-address', 'ip_address', 'iban'];

describe('config', () => {
  it('reads a valid config', () => {
    const { config, root } = loadConfig(fixture('valid.yml'), { knownDetectors: known });
    expect(root).toBe(new URL('./fixtures', import.meta.url).pathname);
    expect(config.detectors?.disable).toEqual(['ip-address']);
    expect(config.allowlist).toHaveLength(3);
  });

  it('lists every problem with file, line and column', () => {
    let message = '';
    try {
      loadConfig(fixture('invalid.yml'), { knownDetectors: known, displayPath: 'invalid.yml' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain(
      'invalid.yml:2:16: minConfidence: expected a value that must be <= 1',
    );
    expect(message).toContain("invalid.yml:3:1: unknown key 'alowlist'");
    expect(message).toContain("invalid.yml:5:5: allowlist[0]: missing 'reason'");
    expect(message).toContain(
      "invalid.yml:6:5: allowlist[1]: an allowlist entry needs 'values', 'patterns' or 'paths'",
    );
  });

  it('checks patterns and detector names once the shape is right', () => {
    const text =
      'allowlist:\n  - reason: bad pattern\n    patterns: ["(unclosed"]\ndetectors:\n  disable: [telepathy]\n';
    expect(() => parseConfig(text, 'c.yml', known)).toThrow(
      /c\.yml:3:16: not a valid regular expression/,
    );
    expect(() => parseConfig(text.replace('(unclosed', 'ok'), 'c.yml', known)).toThrow(
      /c\.yml:5:13: unknown detector or type 'telepathy'/,
    );
  });

  it('reports YAML syntax errors with a position', () => {
    expect(() => parseConfig('allowlist: [\n', 'c.yml')).toThrow(/c\.yml:\d+:\d+: .*invalid YAML/);
  });

  it('accepts an empty file and the starter config', () => {
    expect(parseConfig('', 'c.yml')).toEqual({});
    expect(parseConfig(STARTER_CONFIG, 'c.yml', known)).toMatchObject({
      version: 1,
      minConfidence: 0.5,
      exclude: [],
      allowlist: [],
    });
  });

  it('canonicalizes detector names', () => {
    expect(canonicalName(' IP-Address ')).toBe('ip_address');
  });

  it('finds the config at the root and merges flags over it, lists added', () => {
    const root = mkdtempSync(join(tmpdir(), 'piiscout-config-'));
    expect(findConfig(root)).toBeUndefined();
    writeFileSync(
      join(root, '.piiscout.yml'),
      'minConfidence: 0.8\nexclude: ["a/**"]\nregions: [fr]\n',
    );
    expect(findConfig(root)).toBe(join(root, '.piiscout.yml'));
    const { options } = resolveSettings({
      cwd: root,
      scanRoot: root,
      flags: { exclude: ['b/**'], minConfidence: 0.6 },
    });
    expect(options).toMatchObject({
      minConfidence: 0.6,
      exclude: ['a/**', 'b/**'],
      regions: ['FR'],
      root,
      inlineIgnore: true,
    });
    expect(() => resolveSettings({ cwd: root, scanRoot: root, baselineFile: 'nope.json' })).toThrow(
      /baseline file not found/,
    );
  });
});

describe('glob', () => {
  it.each([
    ['fixtures/**', 'fixtures/a/b.txt', true],
    ['fixtures/**', 'src/fixtures/a.txt', false],
    ['**/fixtures/**', 'src/fixtures/a.txt', true],
    ['**/fixtures/**', 'fixtures/a.txt', true],
    ['*.test.ts', 'packages/core/a.test.ts', true],
    ['**/*.test.ts', 'a.test.ts', true],
    ['docs/', 'docs/ci.md', true],
    ['docs/*.md', 'docs/sub/ci.md', false],
    ['src/{a,b}.ts', 'src/b.ts', true],
    ['src/?.ts', 'src/ab.ts', false],
    ['/notes.txt', 'x/notes.txt', false],
    ['a+b.txt', 'a+b.txt', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(compileGlob(pattern)(path)).toBe(expected);
  });
});
