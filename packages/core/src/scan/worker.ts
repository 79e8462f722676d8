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

/**
 * A file's findings text from this many characters travels as UTF-8 bytes, transferred rather
 * than copied: a 10,000-finding text is about 7 MB, which a structured clone would serialize in
 * the worker, then rebuild as a string in the main thread, which encodes it again to spill it.
 * Small texts stay strings (thousands of small files a second: one transfer each would cost more
 * than the copy). Peak RSS of the 1 GiB mixed tree, two workers, three runs each beside a run of
 * the string version at the same time: 268, 284, 285 MB against 295, 292, 292 MB; same CPU.
 */
const TRANSFER_TEXT_CHARS = 64 * 1024;

parentPort?.on('message', (task: TaskMessage) => {
  void scanBatch(task.files).then((results) => {
    const transfer = results.flatMap(textToBytes);
    parentPort?.postMessage({ id: task.id, results } satisfies ResultMessage, transfer);
  });
});

/** Move a large findings text to `textBytes`; returns the buffer to transfer, if any. */
function textToBytes(result: FinishedFile): ArrayBuffer[] {
  if (result.text === undefined || result.text.length < TRANSFER_TEXT_CHARS) return [];
  // TextEncoder gives a buffer of its own (Buffer.from may share a pooled one).
  const bytes = encoder.encode(result.text);
  result.textBytes = bytes;
  delete result.text;
  return [bytes.buffer as ArrayBuffer];
}

const encoder = new TextEncoder();

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
