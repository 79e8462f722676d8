import { parentPort, workerData } from 'node:worker_threads';
import { buildFileScanOptions } from './options.js';
import type { ResultMessage, TaskMessage, WorkerConfig } from './pool.js';
import { scanFile, type FileScanResult } from './scan-file.js';

/** A pool worker: reads a batch of files with the built-in formats and detectors. */
const options = buildFileScanOptions(workerData as WorkerConfig);

/** Files of a batch read at once: small files are I/O-bound, so overlap their reads. */
const IN_FLIGHT = 8;

parentPort?.on('message', (task: TaskMessage) => {
  void scanBatch(task.files).then((results) => {
    parentPort?.postMessage({ id: task.id, results } satisfies ResultMessage);
  });
});

async function scanBatch(files: TaskMessage['files']): Promise<FileScanResult[]> {
  const results: FileScanResult[] = new Array<FileScanResult>(files.length);
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const index = next++;
      results[index] = await scanFile(files[index]!, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, files.length) }, lane));
  return results;
}
