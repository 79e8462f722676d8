import { opendirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
// Light: nothing of the scanner (see the module).
import { POOL_FROM_BYTES, POOL_FROM_FILES, prestartWorkers } from '@piiscout/core/prestart';

/** The old generation's growth the CLI allows (see `boundHeapGrowth`, which sets it too). */
export const HEAP_GROWING_FLAG = '--heap-growing-percent=60';

/** The paths and jobs of the last call, which started a worker or found none was needed. */
let decided: string | undefined;

/** Directory entries looked at before deciding that a tree is big enough. */
const LOOK_AT_MOST = 1000;

/**
 * Start one pool worker before the scan's modules load, when the paths will need a pool: it
 * loads the detectors on another core while this thread loads oclif and the scan's modules and
 * walks the paths. Called by the launchers before oclif loads (`startScanEarly`), and by the
 * commands with the paths oclif parsed (a no-op if the launcher decided for the same ones).
 * One only: a second would compete with the main thread on a two-core machine. Not for small
 * trees: a worker started for nothing made a scan of a folder of two files 0.31 -> 0.35 s, so
 * the paths are looked at first (1,000 entries at most).
 */
export function prestartScanWorker(paths: readonly string[], jobs?: number): void {
  // The launcher may have decided for the same command line already (`startScanEarly`).
  const key = JSON.stringify([paths, jobs]);
  if (key === decided) return;
  decided = key;
  const poolSize = jobs ?? availableParallelism();
  if (poolSize <= 0 || !needsAPool(paths)) return;
  // Before the worker starts, so its heap is bounded as the pool's other workers are.
  setFlagsFromString(HEAP_GROWING_FLAG);
  prestartWorkers(1, poolSize);
}

/** Whether the paths hold 16 MB or 200 files, by a walk cut short when it is clear. */
function needsAPool(paths: readonly string[]): boolean {
  const pending = [...paths];
  let bytes = 0;
  let files = 0;
  let looked = 0;
  for (let path = pending.shift(); path !== undefined; path = pending.shift()) {
    try {
      const stat = statSync(path);
      if (stat.isFile()) {
        bytes += stat.size;
        files++;
        if (bytes >= POOL_FROM_BYTES || files >= POOL_FROM_FILES) return true;
      } else if (stat.isDirectory()) {
        // Read entry by entry: a folder of 100,000 files is not listed whole for this.
        const dir = opendirSync(path);
        try {
          for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
            if (++looked > LOOK_AT_MOST) return true;
            // What the walk skips by default, and .git, whose packs are no file to scan.
            if (entry.name === '.git' || entry.name === 'node_modules') continue;
            pending.push(join(path, entry.name));
          }
        } finally {
          dir.closeSync();
        }
      }
    } catch {
      // Unreadable or gone: the scan reports it.
    }
  }
  return false;
}
