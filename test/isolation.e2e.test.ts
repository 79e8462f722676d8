import { describe, expect, it } from 'vitest';
import { ScanPool } from '../packages/core/dist/scan/pool.js';
import { DEFAULT_LIMITS } from '../packages/core/dist/index.js';
import { poolFilters } from './helpers/pool.js';

const worker = (name: string) => new URL(`./fixtures/workers/${name}.mjs`, import.meta.url);
const file = (path: string) => ({ absolutePath: `/nowhere/${path}`, path, size: 1 });
const filters = poolFilters('/');

describe('reader isolation', () => {
  it('turns a reader stuck on a file into that file’s error, and goes on with a fresh worker', async () => {
    const pool = new ScanPool(
      1,
      { regions: ['FR'], limits: { ...DEFAULT_LIMITS, parseTimeoutMs: 300 }, filters },
      worker('hang'),
    );
    const started = Date.now();
    const results = await Promise.all([pool.run(file('a.xlsx')), pool.run(file('b.xlsx'))]);
    await pool.close();
    expect(results.map((r) => r.error)).toEqual([
      { path: 'a.xlsx', message: 'timed out after 1 s' },
      { path: 'b.xlsx', message: 'timed out after 1 s' },
    ]);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('turns a reader that exhausts its heap into that file’s error', async () => {
    const pool = new ScanPool(
      1,
      { regions: ['FR'], limits: { ...DEFAULT_LIMITS, parseMemoryMb: 64 }, filters },
      worker('leak'),
    );
    const result = await pool.run(file('bomb.zip'));
    await pool.close();
    expect(result.error?.message).toMatch(
      /^(out of memory while reading \(limit 64 MB\)|reader crashed|reader stopped unexpectedly)$/,
    );
  });

  it('retries a failed batch file by file, so only the culprit gets the error', async () => {
    const pool = new ScanPool(
      2,
      { regions: ['FR'], limits: { ...DEFAULT_LIMITS, parseTimeoutMs: 300 }, filters },
      worker('hang-on-one'),
    );
    const results = await pool.runBatch([file('a.txt'), file('stuck.txt'), file('c.txt')]);
    await pool.close();
    expect(results.map((r) => [r.path, r.error?.message])).toEqual([
      ['a.txt', undefined],
      ['stuck.txt', 'timed out after 1 s'],
      ['c.txt', undefined],
    ]);
  });

  it('posts a worker its next batch before it ends the current one', async () => {
    const pool = new ScanPool(
      1,
      { regions: ['FR'], limits: DEFAULT_LIMITS, filters },
      worker('in-turn'),
    );
    const results = await Promise.all(
      ['slow-200-a.txt', 'b.txt', 'c.txt'].map((p) => pool.run(file(p))),
    );
    await pool.close();
    // Each file but the last had the next one waiting in the worker when it was answered.
    const waiting = results.map((r) => (r as unknown as { waitingBehind: number }).waitingBehind);
    expect(waiting).toEqual([1, 1, 0]);
    expect(results.map((r) => r.error)).toEqual([undefined, undefined, undefined]);

    // With two workers, the last batch stays in the pool for whichever ends first.
    const pair = new ScanPool(
      2,
      { regions: ['FR'], limits: DEFAULT_LIMITS, filters },
      worker('in-turn'),
    );
    const last = await Promise.all(
      ['slow-200-a.txt', 'slow-200-b.txt', 'c.txt'].map((p) => pair.run(file(p))),
    );
    await pair.close();
    expect(last.map((r) => (r as unknown as { waitingBehind: number }).waitingBehind)).toEqual([
      0, 0, 0,
    ]);
  });

  it('times a posted batch from its start, and gives it back when the batch before it fails', async () => {
    const limits = { ...DEFAULT_LIMITS, parseTimeoutMs: 300 };
    // Each slow file takes 0.8 s against a limit of 1.3 s (0.3 s plus 1 s for its MiB): the
    // second would fail if its clock ran while it waited behind the first.
    const slowPool = new ScanPool(1, { regions: ['FR'], limits, filters }, worker('in-turn'));
    const slow = await Promise.all(
      ['slow-800-a.txt', 'slow-800-b.txt', 'c.txt'].map((p) => slowPool.run(file(p))),
    );
    await slowPool.close();
    expect(slow.map((r) => r.error)).toEqual([undefined, undefined, undefined]);

    // `a.txt` was posted behind the stuck file: it is read by the fresh worker, not failed.
    const pool = new ScanPool(1, { regions: ['FR'], limits, filters }, worker('in-turn'));
    const results = await Promise.all(
      ['stuck.txt', 'a.txt', 'b.txt'].map((p) => pool.run(file(p))),
    );
    await pool.close();
    expect(results.map((r) => [r.path, r.error?.message])).toEqual([
      ['stuck.txt', 'timed out after 1 s'],
      ['a.txt', undefined],
      ['b.txt', undefined],
    ]);
  });

  it('passes results through from a well-behaved reader', async () => {
    const pool = new ScanPool(
      2,
      { regions: ['FR'], limits: DEFAULT_LIMITS, filters },
      worker('echo'),
    );
    const results = await Promise.all(['x.csv', 'y.csv', 'z.csv'].map((p) => pool.run(file(p))));
    await pool.close();
    expect(results.map((r) => [r.path, r.error])).toEqual([
      ['x.csv', undefined],
      ['y.csv', undefined],
      ['z.csv', undefined],
    ]);
  });
});
