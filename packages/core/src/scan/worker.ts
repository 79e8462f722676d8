import { parentPort, workerData } from 'node:worker_threads';
import { buildFileScanOptions } from './options.js';
import type { ResultMessage, TaskMessage, WorkerConfig } from './pool.js';
import { scanFile } from './scan-file.js';

/** A pool worker: reads one file at a time with the built-in formats and detectors. */
const options = buildFileScanOptions(workerData as WorkerConfig);

parentPort?.on('message', (task: TaskMessage) => {
  void scanFile(task.file, options).then((result) => {
    parentPort?.postMessage({ id: task.id, result } satisfies ResultMessage);
  });
});
