import { parentPort, workerData } from 'node:worker_threads';
import { buildFileScanOptions } from './options.js';
import type { ResultMessage, TaskMessage, WorkerConfig } from './pool.js';
import { finishFile, prepareFilters, type FinishedFile } from './finish.js';
import { scanFile } from './scan-file.js';

/**
 * A pool worker: reads a batch of files with the built-in formats and detectors, then filters,
 * redacts and (for the JSON report) renders their findings, so only the reported ones travel.
 */
const config = workerData as WorkerConfig;
const options = buildFileScanOptions(config);
const filters = prepareFilters(config.filters);

/** Files of a batch read at once: small files are I/O-bound, so overlap their reads. */
const IN_FLIGHT = 8;

parentPort?.on('message', (task: TaskMessage) => {
  void scanBatch(task.files).then((results) => {
    parentPort?.postMessage({ id: task.id, results } satisfies ResultMessage);
  });
});

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
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, files.length) }, lane));
  return results;
}
