import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DetectorRegistry } from '../../detectors/index.js';
import { scanToReport } from '../index.js';
import { scanText } from '../scan-text.js';
import { tokenDetector } from '../test-detector.js';
import { collectDirectives, parseDirective } from './inline-ignore.js';

const registry = new DetectorRegistry([tokenDetector]);
const lines = (findings: { location: { line?: number } }[]) => findings.map((f) => f.location.line);

describe('inline directives', () => {
  it('parses kinds, types (ids or types, comma or space), reason and comment closers', () => {
    const parse = (line: string) => parseDirective(line, line.indexOf('piiscout-'));
    expect(parse('x = 1 // piiscout-ignore-line')).toEqual({
      kind: 'ignore-line',
      types: [],
      valid: true,
    });
    expect(
      parse('# piiscout-ignore-line ip-address, email phone -- test data: TOKEN'),
    ).toMatchObject({
      types: ['ip_address', 'email', 'phone'],
    });
    expect(parse('<!-- piiscout-disable email -->')).toMatchObject({
      kind: 'disable',
      types: ['email'],
    });
    expect(parse('/* piiscout-enable */')).toMatchObject({ kind: 'enable', types: [] });
    expect(parse('-- piiscout-ignore-next-line')).toMatchObject({
      kind: 'ignore-next-line',
      valid: true,
    });
    expect(parse('call(); // piiscout-ignore-next-line')).toMatchObject({ valid: false });
    expect(parse('// piiscout-ignore-lines')).toBeUndefined();
    expect(parse('// notpiiscout-ignore-line')).toBeUndefined();
    expect(parse('// piiscout-ignore-line a@b.fr')).toMatchObject({ types: [] });
  });

  it('finds each marker past near misses that share its first letters', () => {
    const text =
      'piisco\n# piiscoupiiscout-x\n# piiscout-ignore-line\npiiscou\n# piiscout-disable\n';
    const found = collectDirectives({ text, syntax: 'code', location: { path: 'a.py', line: 1 } });
    expect(found.map((d) => [d.kind, d.line])).toEqual([
      ['ignore-line', 3],
      ['disable', 5],
    ]);
  });

  it('finds a marker at the very start and among dashes', () => {
    const text = 'piiscout-enable\n- a-b --- c-\n--piiscout-disable\n-\n# piiscout-ignore-line -';
    const found = collectDirectives({ text, syntax: 'code', location: { path: 'a.py', line: 1 } });
    expect(found.map((d) => [d.kind, d.line])).toEqual([
      ['enable', 1],
      ['ignore-line', 5],
    ]);
  });

  it('applies each directive kind, whatever the comment syntax', () => {
    const text = [
      'TOKEN-1 # piiscout-ignore-line',
      '// piiscout-ignore-next-line test-token -- fixture',
      'TOKEN-2',
      'TOKEN-3 <!-- piiscout-ignore-line email -->',
      '/* piiscout-disable */',
      'TOKEN-4',
      '/* piiscout-enable */',
      'TOKEN-5',
      'code(); // piiscout-ignore-next-line',
      'TOKEN-6',
      '-- piiscout-disable test_token',
      'TOKEN-7',
      '-- piiscout-enable email',
      'TOKEN-8',
    ].join('\n');
    expect(lines(scanText(text, { registry }))).toEqual([4, 8, 10]);
    expect(lines(scanText(text, { registry, inlineIgnore: false }))).toEqual([
      1, 3, 4, 6, 8, 10, 12, 14,
    ]);
  });

  it('reads directives across segment borders of a large file, and in workers’ results', async () => {
    const root = mkdtempSync(join(tmpdir(), 'piiscout-inline-'));
    const filler = `${'x'.repeat(99)}\n`.repeat(10_600); // past one 1 Mi-character segment
    writeFileSync(
      join(root, 'big.txt'),
      `${filler}TOKEN-1 // piiscout-ignore-line\n${filler}TOKEN-2\n// piiscout-ignore-line\n`,
    );
    const report = await scanToReport(['big.txt'], {
      registry,
      cwd: root,
      reportUnusedIgnores: true,
    });
    expect(report.findings.map((f) => f.location.line)).toEqual([21_202]);
    expect(report.stats.suppressed).toEqual({ inline: 1, allowlist: 0, baseline: 0 });
    expect(report.unusedIgnores).toEqual([
      {
        path: 'big.txt',
        line: 21_203,
        directive: 'piiscout-ignore-line',
        message: 'suppressed nothing',
      },
    ]);
  });

  it('finds nothing in value segments or text without the marker', () => {
    expect(
      collectDirectives({ text: 'plain', syntax: 'prose', location: { path: 'a', line: 1 } }),
    ).toEqual([]);
    expect(
      collectDirectives({
        text: '// piiscout-ignore-line',
        syntax: 'value',
        location: { path: 'a', line: 1, field: 'x' },
      }),
    ).toEqual([]);
  });
});
