/**
 * CPU time of each detector alone, in one thread, over the segments the real format readers make
 * of the given files: 1 Mi-character segments of text and code, one segment per cell of CSV,
 * JSON and SQL dumps. Text and cells are timed apart (a detector's cost per cell is mostly the
 * cost of being called), each the best of REPS passes after a warm-up. Nothing else runs, so two
 * builds compare more steadily than end to end on a busy machine.
 *
 *   npx tsx scripts/perf/detector-cpu.ts bench-corpus/mixed-1073741824-42/{log,csv}/0
 *   REPS=5 ONLY=phone,person-name npx tsx scripts/perf/detector-cpu.ts DIR...
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUILTIN_DETECTORS,
  DEFAULT_LIMITS,
  formatFor,
  textFormat,
  type Segment,
} from '../../packages/core/src/index.js';
import { isColumnSummary, type FormatInput } from '../../packages/core/src/formats/types.js';

const reps = Number(process.env.REPS ?? 3);
const only = process.env.ONLY?.split(',');
const options = { regions: ['FR', 'GB', 'US'] };

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

async function segmentsOf(path: string): Promise<Segment[]> {
  const bytes = new Uint8Array(readFileSync(path));
  const head = bytes.subarray(0, 8192);
  const format = formatFor(path, head) ?? textFormat;
  const input: FormatInput = {
    path,
    size: bytes.length,
    head,
    stream: async function* () {
      yield bytes;
    },
    bytes: async () => bytes,
    limits: DEFAULT_LIMITS,
    depth: 0,
  };
  const segments: Segment[] = [];
  for await (const batch of format.readBatches?.(input) ?? format.read(input)) {
    for (const item of Array.isArray(batch) ? batch : [batch]) {
      if (!isColumnSummary(item)) segments.push(item);
    }
  }
  return segments;
}

const text: Segment[] = [];
const cells: Segment[] = [];
const bytes = { text: 0, cells: 0 };
for (const file of process.argv.slice(2).flatMap(filesUnder)) {
  const size = statSync(file).size;
  const segments = await segmentsOf(file);
  const cellFile = segments.some((s) => s.syntax === 'value');
  const into = cellFile ? cells : text;
  for (const segment of segments) into.push(segment);
  bytes[cellFile ? 'cells' : 'text'] += size;
}

/** Best CPU milliseconds of `reps` passes of `detect` over `segments`, after one warm-up. */
function cpuMs(detect: (segment: Segment) => unknown, segments: readonly Segment[]): number {
  for (const segment of segments.slice(0, 2000)) detect(segment);
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const started = process.cpuUsage();
    for (const segment of segments) detect(segment);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const mbps = (size: number, ms: number) => (ms > 0 ? (size / 1e6 / (ms / 1000)).toFixed(0) : '-');
console.log(
  `text: ${(bytes.text / 1e6).toFixed(1)} MB in ${text.length} segments; ` +
    `cells: ${(bytes.cells / 1e6).toFixed(1)} MB in ${cells.length} segments; best of ${reps}`,
);
console.log('detector          text ms    MB/s   cells ms    MB/s');
const total = { text: 0, cells: 0 };
for (const detector of BUILTIN_DETECTORS) {
  if (only && !only.includes(detector.id)) continue;
  const detect = (segment: Segment) => detector.detect(segment, options);
  const textMs = cpuMs(detect, text);
  const cellsMs = cpuMs(detect, cells);
  total.text += textMs;
  total.cells += cellsMs;
  console.log(
    `${detector.id.padEnd(16)} ${textMs.toFixed(0).padStart(8)} ${mbps(bytes.text, textMs).padStart(7)}` +
      ` ${cellsMs.toFixed(0).padStart(10)} ${mbps(bytes.cells, cellsMs).padStart(7)}`,
  );
}
console.log(
  `${'all'.padEnd(16)} ${total.text.toFixed(0).padStart(8)} ${mbps(bytes.text, total.text).padStart(7)}` +
    ` ${total.cells.toFixed(0).padStart(10)} ${mbps(bytes.cells, total.cells).padStart(7)}`,
);
