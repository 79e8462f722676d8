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
  /**
   * The batches posted to the worker, oldest first. The worker reads them one after another, so
   * only the first has started; its time limit runs, the next one's starts when it ends.
   */
  tasks: Task[];
  timer?: NodeJS.Timeout;
}

/**
 * Batches posted to a worker at once: the one it reads and the next, which it starts as soon as
 * it ends the first instead of waiting for the main thread to answer its results (the round
 * trip left a worker idle 2-3 % of a text scan).
 */
const POSTED_PER_WORKER = 2;

/** Batches the scan keeps in the pool for each worker: those posted, and one more in the queue. */
export const BATCHES_IN_FLIGHT_PER_WORKER = POSTED_PER_WORKER + 1;

/**
 * A pool of worker threads, each reading one batch at a time (see `POSTED_PER_WORKER`). Every
 * file is read inside a worker with a heap limit and a time limit, so a hostile or corrupt file
 * (a zip bomb, a parser stuck on a crafted spreadsheet) costs one worker, which is replaced, and
 * becomes that file's error. A batch that fails is retried file by file, so only the culprit is
 * reported.
 */
export class ScanPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  /** `workerUrl` is for tests of the isolation itself (a worker that hangs or leaks). */
  constructor(
    private readonly size: number,
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
      new Worker(
        this.workerUrl,
        workerOptions(this.config.limits.parseMemoryMb, this.size, this.config),
      ),
    );
  }

  /** A slot for `worker`, its results and failures wired to the pool. */
  private watch(worker: Worker): Slot {
    const slot: Slot = { worker, tasks: [] };
    worker.on('message', (message: ResultMessage) => {
      if (slot.tasks[0]?.id !== message.id) return;
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
      if (slot.tasks.length > 0) this.fail(slot, 'reader stopped unexpectedly');
    });
    worker.unref();
    return slot;
  }

  /**
   * Every idle worker gets a batch; then a busy one gets the next to start after its own, but
   * only while one more waits for each other worker: at the end of a scan, a batch posted behind
   * a busy worker could leave another idle.
   */
  private dispatch(): void {
    for (let depth = 1; depth <= POSTED_PER_WORKER; depth++) {
      for (const slot of this.slots) {
        if (slot.tasks.length >= depth) continue;
        if (depth > 1 && this.queue.length < this.slots.length) return;
        const task = this.queue.shift();
        if (!task) return;
        slot.tasks.push(task);
        if (slot.tasks.length === 1) this.startClock(slot);
        slot.worker.ref();
        slot.worker.postMessage({ id: task.id, files: task.files } satisfies TaskMessage);
      }
    }
  }

  /** The time limit of the batch the worker reads now, its first. */
  private startClock(slot: Slot): void {
    const limit = timeoutFor(slot.tasks[0]!.files, this.config.limits);
    slot.timer = setTimeout(
      () => this.fail(slot, `timed out after ${Math.round(limit / 1000)} s`),
      limit,
    );
  }

  private settle(slot: Slot, results: FinishedFile[]): void {
    clearTimeout(slot.timer);
    const task = slot.tasks.shift();
    if (slot.tasks.length > 0) this.startClock(slot);
    else slot.worker.unref();
    task?.resolve(results);
    this.dispatch();
  }

  /** The worker failed on its batch: replace the worker, then report or retry file by file. */
  private fail(slot: Slot, message: string): void {
    const [task, ...waiting] = slot.tasks;
    if (!task) return;
    clearTimeout(slot.timer);
    slot.tasks = [];
    void slot.worker.terminate();
    // The batches posted behind it never started: back to the front of the queue.
    this.queue.unshift(...waiting);
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
