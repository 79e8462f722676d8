import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScanPool } from '../packages/core/dist/scan/pool.js';
import {
  adoptPrestarted,
  prestartWorkers,
  releasePrestarted,
} from '../packages/core/dist/scan/prestart.js';
import { DEFAULT_LIMITS } from '../packages/core/dist/index.js';
import { poolFilters } from './helpers/pool.js';

const dir = mkdtempSync(join(tmpdir(), 'piiscout-prestart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const path = join(dir, 'notes.txt');
const text = 'Write to jane.roe@blueharbor.fr about the invoice.\n';
writeFileSync(path, text);
const toScan = { absolutePath: path, path: 'notes.txt', size: Buffer.byteLength(text) };
const config = { regions: ['FR'], limits: DEFAULT_LIMITS, filters: poolFilters(dir) };

describe('prestarted pool workers', () => {
  it('are adopted by the next pool, which sends them its config first', async () => {
    prestartWorkers(1);
    const pool = new ScanPool(1, config);
    // Adopted: nothing is left waiting for the next pool.
    expect(adoptPrestarted(1, DEFAULT_LIMITS.parseMemoryMb)).toEqual([]);
    const result = await pool.run(toScan);
    await pool.close();
    expect(result.error).toBeUndefined();
    expect(result.findings.map((f) => f.type)).toEqual(['email']);
  });

  it('are not adopted by a pool with another heap limit, which starts its own', async () => {
    prestartWorkers(1, 1, 256);
    const pool = new ScanPool(1, config);
    const result = await pool.run(toScan);
    await pool.close();
    expect(result.findings.map((f) => f.type)).toEqual(['email']);
  });

  it('are adopted only by a pool of the size they were started for (their young generation)', async () => {
    prestartWorkers(1, 2);
    expect(adoptPrestarted(1, DEFAULT_LIMITS.parseMemoryMb)).toEqual([]);
    prestartWorkers(1, 2);
    const adopted = adoptPrestarted(2, DEFAULT_LIMITS.parseMemoryMb);
    expect(adopted).toHaveLength(1);
    await Promise.all(adopted.map((worker) => worker.terminate()));
  });

  it('stop when released', async () => {
    prestartWorkers(2);
    releasePrestarted();
    expect(adoptPrestarted(2, DEFAULT_LIMITS.parseMemoryMb)).toEqual([]);
  });
});
