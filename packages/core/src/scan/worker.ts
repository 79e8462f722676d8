import { parentPort, workerData } from 'node:worker_threads';
import { BUILTIN_DETECTORS } from '../detectors/index.js';
import { buildFileScanOptions } from './options.js';
import {
  DEFAULT_REGIONS,
  type ConfigMessage,
  type ResultMessage,
  type TaskMessage,
  type WorkerConfig,
} from './pool.js';
import { finishFile, prepareFilters, type FinishedFile, type PreparedFilters } from './finish.js';
import { PRESTARTED } from './prestart.js';
import { scanFile, type FileScanOptions } from './scan-file.js';

/**
 * A pool worker: reads a batch of files with the built-in formats and detectors, then filters,
 * redacts and (for the JSON report) renders their findings, so only the reported ones travel.
 */
let options: FileScanOptions;
let filters: PreparedFilters;

function configure(config: WorkerConfig): void {
  options = buildFileScanOptions(config);
  filters = prepareFilters(config.filters);
}

if (workerData === PRESTARTED) warmUp();
else configure(workerData as WorkerConfig);

/** Files of a batch read at once: small files are I/O-bound, so overlap their reads. */
const IN_FLIGHT = 8;

/**
 * A file's findings text from this many findings (about 64 KiB of text) is made as UTF-8 bytes,
 * transferred rather than copied: a 10,000-finding text is about 7 MB, which a structured clone
 * would serialize in the worker, then rebuild as a string in the main thread, which encodes it
 * again to spill it. Small texts stay strings (thousands of small files a second: one transfer
 * each would cost more than the copy). Peak RSS of the 1 GiB mixed tree, two workers, three runs
 * each beside a run of the string version at the same time: 268, 284, 285 MB against 295, 292,
 * 292 MB; same CPU.
 */
const TRANSFER_FINDINGS = 96;

/**
 * The batch being read. The pool posts the next batch before this one ends; it is read after,
 * in the order posted, so a batch's time limit counts from its start (see `ScanPool`).
 */
let reading: Promise<void> = Promise.resolve();

parentPort?.on('message', (task: TaskMessage | ConfigMessage) => {
  if ('config' in task) return configure(task.config);
  reading = reading.then(async () => {
    const results = await scanBatch(task.files);
    const transfer = results.flatMap(transferable);
    parentPort?.postMessage({ id: task.id, results } satisfies ResultMessage, transfer);
  });
});

/** The buffer of a result's findings bytes, if any, to transfer. */
function transferable(result: FinishedFile): ArrayBuffer[] {
  return result.textBytes ? [result.textBytes.buffer as ArrayBuffer] : [];
}

async function scanBatch(files: TaskMessage['files']): Promise<FinishedFile[]> {
  const results: FinishedFile[] = new Array<FinishedFile>(files.length);
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const index = next++;
      results[index] = finishFile(
        await scanFile(files[index]!, options),
        filters,
        options.detectors,
        TRANSFER_FINDINGS,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, files.length) }, lane));
  return results;
}

/**
 * What detectors build on first use (the name dictionary, the phone plans, the address
 * anchors), built while the main thread is still starting: a prestarted worker is otherwise
 * idle until its config comes. The text is invented and nothing found is kept.
 */
function warmUp(): void {
  const segment = {
    // piiscout-ignore-next-line -- invented values, to build the detectors' tables
    text: 'Dear Jane Roe, call +33 6 00 00 00 00 or 020 7946 0000, write to jane.roe@example.org, 12 rue de la Paix 75002 Paris.',
    location: { path: 'warm-up' },
    syntax: 'prose' as const,
  };
  for (const detector of BUILTIN_DETECTORS) detector.detect(segment, { regions: DEFAULT_REGIONS });
}
