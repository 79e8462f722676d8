import { Worker } from 'node:worker_threads';
import type { FormatLimits } from '../formats/types.js';
import { failedFile, type FilterConfig, type FinishedFile } from './finish.js';
import type { FileToScan } from './scan-file.js';
import { adoptPrestarted, WORKER_URL, workerOptions } from './prestart.js';

/** The regions national phone numbers are read in when none are configured. */
export const DEFAULT_REGIONS = ['FR', 'GB', 'US'] as const;

export { poolAvailable } from './prestart.js';

/** What a worker needs to build its scan options: plain data only, no functions. */
export interface WorkerConfig {
  types?: readonly string[];
  disabled?: readonly string[];
  regions: readonly string[];
  limits: FormatLimits;
  profile?: boolean;
  maxFindingsPerFile?: number;
  minConfidence?: number;
  /** The per-file filters: workers filter, redact and render what they find. */
  filters: FilterConfig;
}

/** A batch of files for one worker (many small files travel together: fewer round trips). */
export type TaskMessage = { id: number; files: FileToScan[] };
export type ResultMessage = { id: number; results: FinishedFile[] };
/** A prestarted worker's first message: the config others get as their `workerData`. */
export type ConfigMessage = { config: WorkerConfig };

interface Task {
  id: number;
  files: FileToScan[];
  resolve(results: FinishedFile[]): void;
}

interface Slot {
  worker: Worker;
  task?: Task;
  timer?: NodeJS.Timeout;
}

/**
 * A pool of worker threads, one batch at a time each. Every file is read inside a worker with a
 * heap limit and a time limit, so a hostile or corrupt file (a zip bomb, a parser stuck on a
 * crafted spreadsheet) costs one worker, which is replaced, and becomes that file's error. A
 * batch that fails is retried file by file, so only the culprit is reported.
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
    const prestarted =
      workerUrl === WORKER_URL ? adoptPrestarted(size, config.limits.parseMemoryMb) : [];
    for (const worker of prestarted) {
      worker.postMessage({ config } satisfies ConfigMessage);
      this.slots.push(this.watch(worker));
    }
    while (this.slots.length < size) this.slots.push(this.spawn());
  }

  /** Scan one file. */
  async run(file: FileToScan): Promise<FinishedFile> {
    const [result] = await this.runBatch([file]);
    return result!;
  }

  /** Scan files together in one worker; results in the same order. */
  runBatch(files: FileToScan[]): Promise<FinishedFile[]> {
    return new Promise<FinishedFile[]>((resolve) => {
      this.queue.push({ id: this.nextId++, files, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    return this.watch(
      new Worker(this.workerUrl, workerOptions(this.config.limits.parseMemoryMb, this.config)),
    );
  }

  /** A slot for `worker`, its results and failures wired to the pool. */
  private watch(worker: Worker): Slot {
    const slot: Slot = { worker };
    worker.on('message', (message: ResultMessage) => {
      if (!slot.task || slot.task.id !== message.id) return;
      this.settle(slot, message.results);
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
      const limit = timeoutFor(task.files, this.config.limits);
      slot.timer = setTimeout(
        () => this.fail(slot, `timed out after ${Math.round(limit / 1000)} s`),
        limit,
      );
      slot.worker.ref();
      slot.worker.postMessage({ id: task.id, files: task.files } satisfies TaskMessage);
    }
  }

  private settle(slot: Slot, results: FinishedFile[]): void {
    const task = slot.task;
    clearTimeout(slot.timer);
    slot.task = undefined;
    slot.worker.unref();
    task?.resolve(results);
    this.dispatch();
  }

  /** The worker failed on its batch: replace the worker, then report or retry file by file. */
  private fail(slot: Slot, message: string): void {
    const task = slot.task;
    if (!task) return;
    clearTimeout(slot.timer);
    slot.task = undefined;
    void slot.worker.terminate();
    const index = this.slots.indexOf(slot);
    if (index >= 0 && !this.closed) this.slots[index] = this.spawn();
    if (task.files.length > 1 && !this.closed) {
      void Promise.all(task.files.map((file) => this.run(file))).then(task.resolve);
    } else {
      task.resolve(task.files.map((file) => failedFile(file.path, file.size, message)));
    }
    this.dispatch();
  }
}

/**
 * A batch gets the parse time limit plus one second per MiB it holds: slow, but never stuck
 * forever (a batch that times out is retried file by file, each with its own limit).
 */
function timeoutFor(files: readonly FileToScan[], limits: FormatLimits): number {
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  return limits.parseTimeoutMs + Math.ceil(bytes / (1024 * 1024)) * 1000;
}
