import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FormatLimits } from '../formats/types.js';
import type { FileScanResult, FileToScan } from './scan-file.js';

/** What a worker needs to build its scan options: plain data only, no functions. */
export interface WorkerConfig {
  types?: readonly string[];
  disabled?: readonly string[];
  regions: readonly string[];
  limits: FormatLimits;
  profile?: boolean;
}

export type TaskMessage = { id: number; file: FileToScan };
export type ResultMessage = { id: number; result: FileScanResult };

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** The worker script exists once the package is built (not when tests run the sources). */
export function poolAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

interface Task {
  id: number;
  file: FileToScan;
  resolve(result: FileScanResult): void;
}

interface Slot {
  worker: Worker;
  task?: Task;
  timer?: NodeJS.Timeout;
}

/**
 * A pool of worker threads, one file at a time each. Every file is read inside a worker with a
 * heap limit and a time limit, so a hostile or corrupt file (a zip bomb, a parser stuck on a
 * crafted spreadsheet) costs one worker, which is replaced, and becomes that file's error.
 */
export class ScanPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  /** `workerUrl` is for tests of the isolation itself (a worker that hangs or leaks). */
  constructor(
    size: number,
    private readonly config: WorkerConfig,
    private readonly workerUrl: URL = WORKER_URL,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run(file: FileToScan): Promise<FileScanResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, file, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerUrl, {
      workerData: this.config,
      resourceLimits: {
        maxOldGenerationSizeMb: this.config.limits.parseMemoryMb,
        maxYoungGenerationSizeMb: 64,
      },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker };
    worker.on('message', (message: ResultMessage) => {
      if (!slot.task || slot.task.id !== message.id) return;
      this.settle(slot, message.result);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const message =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `out of memory while reading (limit ${this.config.limits.parseMemoryMb} MB)`
          : 'reader crashed';
      this.fail(slot, message);
    });
    worker.on('exit', () => {
      if (slot.task) this.fail(slot, 'reader stopped unexpectedly');
    });
    worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task) continue;
      const task = this.queue.shift();
      if (!task) return;
      slot.task = task;
      slot.timer = setTimeout(
        () =>
          this.fail(
            slot,
            `timed out after ${Math.round(timeoutFor(task.file, this.config.limits) / 1000)} s`,
          ),
        timeoutFor(task.file, this.config.limits),
      );
      slot.worker.ref();
      slot.worker.postMessage({ id: task.id, file: task.file } satisfies TaskMessage);
    }
  }

  private settle(slot: Slot, result: FileScanResult): void {
    const task = slot.task;
    clearTimeout(slot.timer);
    slot.task = undefined;
    slot.worker.unref();
    task?.resolve(result);
    this.dispatch();
  }

  /** The worker failed on its file: report it, replace the worker, go on. */
  private fail(slot: Slot, message: string): void {
    const task = slot.task;
    if (!task) return;
    clearTimeout(slot.timer);
    slot.task = undefined;
    void slot.worker.terminate();
    const index = this.slots.indexOf(slot);
    if (index >= 0 && !this.closed) this.slots[index] = this.spawn();
    task.resolve({
      path: task.file.path,
      bytes: task.file.size,
      findings: [],
      columns: [],
      error: { path: task.file.path, message },
    });
    this.dispatch();
  }
}

/** A file gets the parse time limit plus one second per MiB: slow, but never stuck forever. */
function timeoutFor(file: FileToScan, limits: FormatLimits): number {
  return limits.parseTimeoutMs + Math.ceil(file.size / (1024 * 1024)) * 1000;
}
