import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanToReport } from '../scan/index.js';
import { FindingStore, joinPieces, jsonReportPieces, scanToStore } from './json-stream.js';
import { renderJson } from './json.js';
import { parseFindingsText, renderFindingsText } from './findings-text.js';

const fixtures = join(import.meta.dirname, '../../../../fixtures');
const options = { jobs: 0, cwd: fixtures, root: fixtures };
// Two scans differ only in how long they took.
const untimed = (json: string) => json.replace(/"durationMs": \d+/, '"durationMs": 0');
const spills = () => readdirSync(tmpdir()).filter((name) => name.startsWith('piiscout-findings-'));

describe('the streamed JSON report', () => {
  for (const folder of ['share', 'sample-repo']) {
    it(`is byte for byte the rendered report on fixtures/${folder}, spilled or not`, async () => {
      const paths = [join(fixtures, folder)];
      const expected = untimed(renderJson(await scanToReport(paths, options)));
      expect(JSON.parse(expected).findings.length).toBeGreaterThan(10);
      for (const limit of [Infinity, 3]) {
        const before = spills();
        const stored = await scanToStore(paths, options, limit);
        // With a limit of 3 findings in memory, the findings went through the temporary file.
        expect(spills().length).toBe(before.length + (limit === 3 ? 1 : 0));
        const text = untimed(joinPieces(jsonReportPieces(stored)));
        stored.store.close();
        expect(text).toBe(expected);
        expect(spills()).toEqual(before);
      }
    });
  }

  it('keeps revealed values off the disk', async () => {
    const before = spills();
    const stored = await scanToStore([join(fixtures, 'share')], { ...options, reveal: true }, 1);
    expect(spills()).toEqual(before);
    expect(stored.store.count).toBeGreaterThan(1);
    stored.store.close();
  });

  it('renders a scan without findings like renderJson', async () => {
    const empty = join(fixtures, 'share', 'README.md');
    const paths = existsSync(empty) ? [empty] : [join(fixtures, 'policies', 'README.md')];
    const stored = await scanToStore(paths, { ...options, types: ['iban'] });
    const expected = renderJson(await scanToReport(paths, { ...options, types: ['iban'] }));
    expect(JSON.parse(expected).findings).toEqual([]);
    expect(untimed(joinPieces(jsonReportPieces(stored)))).toBe(untimed(expected));
  });

  it('reads back the findings a worker rendered as text', async () => {
    const report = await scanToReport([join(fixtures, 'share')], options);
    const text = renderFindingsText(report.findings);
    // The text is the findings array's body in the rendered report, verbatim.
    expect(renderJson(report)).toContain(`"findings": [\n${text}\n  ]`);
    expect(parseFindingsText(text)).toEqual(report.findings);
    expect(parseFindingsText(renderFindingsText([]))).toEqual([]);
  });

  it('gives back texts added as UTF-8 bytes as they were, in memory or spilled', () => {
    // Invented values; accents and an emoji so that bytes and characters differ.
    const texts = ['    {"value": "Zoé Exemple"}', '    {"value": "ß 🙂"}', '    {"value": "x"}'];
    for (const spill of [false, true]) {
      const store = new FindingStore(1, spill);
      store.addBytes('b.txt', 1, new TextEncoder().encode(texts[1]!));
      store.addText('c.txt', 1, texts[2]!);
      store.addBytes('a.txt', 1, new TextEncoder().encode(texts[0]!));
      store.addBytes('empty.txt', 0, new Uint8Array(0));
      expect([...store.texts()]).toEqual(texts);
      // For the report file, bytes stay bytes (from memory or from the spill file).
      const pieces = [...store.pieces()];
      expect(pieces.map((piece) => typeof piece)).toEqual(
        spill ? ['object', 'object', 'object'] : ['object', 'object', 'string'],
      );
      expect(joinPieces(pieces)).toBe(texts.join(''));
      expect(store.count).toBe(3);
      store.close();
    }
  });
});
