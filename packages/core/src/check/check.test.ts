import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCheckTable } from '../report/check-table.js';
import { joinPieces, jsonReportPieces } from '../report/json-stream.js';
import { renderJson } from '../report/json.js';
import { checkToReport, checkToStore } from './index.js';

const fixtures = join(import.meta.dirname, '../../../../fixtures');
const policy = join(fixtures, 'policies', 'sample-policy-fr.md');
const untimed = (json: string) => json.replace(/"durationMs": \d+/, '"durationMs": 0');

describe('a check whose findings stay in a store', () => {
  for (const jobs of [0, 2]) {
    it(`writes the JSON and the table of checkToReport (jobs ${jobs})`, async () => {
      const options = { jobs, cwd: fixtures, root: fixtures };
      const paths = [join(fixtures, 'share')];
      const whole = await checkToReport(policy, paths, options);
      const stored = await checkToStore(policy, paths, options);
      try {
        expect(stored.report.findings).toEqual([]);
        expect(stored.store.count).toBe(whole.findings.length);
        expect(untimed(joinPieces(jsonReportPieces(stored)))).toBe(untimed(renderJson(whole)));
        const table = renderCheckTable(stored.report, {
          places: stored.places,
          findingCount: stored.store.count,
        });
        expect(table).toBe(renderCheckTable(whole));
        // The table names where each category was found, with counts.
        expect(table).toMatch(/where: .*share\/\S+.* \(\d+\)/);
      } finally {
        stored.store.close();
      }
    });
  }
});
