import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { DEFAULT_LIMITS } from '../formats/types.js';

/**
 * Pool workers started before the scan's own modules have loaded. A worker spends about a
 * tenth of a second loading the detectors and readers and building their tables; the main
 * thread spends as long loading the same modules, reading the options and walking the paths.
 * A worker started first does its part meanwhile, on another core, and the pool adopts it.
 * Light on purpose: this module imports nothing of the scanner.
 */

export const WORKER_URL = new URL('./worker.js', import.meta.url);

/** A scan reads its files in the main thread unless they hold this many bytes or files. */
export const POOL_FROM_BYTES = 16 * 1024 * 1024;
export const POOL_FROM_FILES = 200;

/** What a prestarted worker is given instead of its config, which comes as its first message. */
export const PRESTARTED = 'prestarted';

/** The worker script exists once the package is built (not when tests run the sources). */
export function poolAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

/** How every pool worker is started: the same limits whether prestarted or not. */
export function workerOptions(
  oldGenerationMb: number,
  poolSize: number,
  workerData: unknown,
): WorkerOptions {
  return {
    workerData,
    resourceLimits: {
      maxOldGenerationSizeMb: oldGenerationMb,
      maxYoungGenerationSizeMb: youngGenerationMb(poolSize),
    },
    stdout: false,
    stderr: false,
  };
}

/**
 * A small young generation: scanning allocates fast, short-lived garbage, and a large nursery
 * only turns it into resident memory (64 MB: 427 MB peak RSS on the benchmark's mixed tree with
 * two workers, 16 MB: 285 MB at the same speed; 8 MB halves the speed). Smaller still when
 * several workers run, as each has its own: 12 MB each for two workers gave peaks of 245-274
 * MiB (median 260) against 269-300 MiB (median 278) at 16 MB, within the noise in time (eight
 * runs of each in turn). One worker, whose process holds far less, gets 32 MB: fewer scavenges
 * copy a segment's live tokens and candidates again (the benchmark's text folders, four runs
 * in turn: 4.75-4.98 s of CPU against 4.99-5.15 at 16 MB, peak RSS 207-218 MB against 183-194).
 */
export function youngGenerationMb(poolSize: number): number {
  return poolSize > 1 ? 12 : 32;
}

interface Prestarted {
  worker: Worker;
  oldGenerationMb: number;
  poolSize: number;
  alive: boolean;
}

let waiting: Prestarted[] = [];

/**
 * Start `count` pool workers now, for a pool of `poolSize` workers (which sizes their young
 * generation) with the heap limit the scan will ask for (`parseMemoryMb`). The next `ScanPool`
 * of that size adopts them; a scan that needs no pool lets them go (`releasePrestarted`).
 */
export function prestartWorkers(
  count: number,
  poolSize: number = count,
  oldGenerationMb: number = DEFAULT_LIMITS.parseMemoryMb,
): void {
  if (!poolAvailable()) return;
  for (let i = 0; i < count; i++) {
    const entry: Prestarted = {
      worker: new Worker(WORKER_URL, workerOptions(oldGenerationMb, poolSize, PRESTARTED)),
      oldGenerationMb,
      poolSize,
      alive: true,
    };
    entry.worker.on('exit', () => (entry.alive = false));
    entry.worker.on('error', () => (entry.alive = false));
    // It must not keep the process alive if no scan ever adopts it.
    entry.worker.unref();
    waiting.push(entry);
  }
}

/**
 * Up to `poolSize` live prestarted workers started for a pool of that size with
 * `oldGenerationMb`; the others stop.
 */
export function adoptPrestarted(poolSize: number, oldGenerationMb: number): Worker[] {
  const adopted: Worker[] = [];
  for (const entry of waiting) {
    if (
      entry.alive &&
      entry.oldGenerationMb === oldGenerationMb &&
      entry.poolSize === poolSize &&
      adopted.length < poolSize
    ) {
      entry.worker.removeAllListeners();
      adopted.push(entry.worker);
    } else void entry.worker.terminate();
  }
  waiting = [];
  return adopted;
}

/** Stop the prestarted workers no pool adopted. */
export function releasePrestarted(): void {
  adoptPrestarted(0, 0);
}
