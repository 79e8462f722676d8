/**
 * Time detectors alone, in one thread, from the sources (no build): scans PATHs with only the
 * chosen detectors, after one warm-up run, and prints milliseconds and MB/s. `--types none` runs
 * no detector, to see what the reading costs.
 *
 *   npx tsx scripts/perf/detector-speed.ts --types person_name bench-corpus/mixed-…/prose-en
 */
import { BUILTIN_DETECTOR_TYPES } from '../../packages/core/src/detectors/names.js';
import { scanToReport } from '../../packages/core/src/index.js';

const args = process.argv.slice(2);
const typesAt = args.indexOf('--types');
const typesArg = typesAt >= 0 ? args[typesAt + 1]! : undefined;
const paths = args.filter((_, i) => typesAt < 0 || (i !== typesAt && i !== typesAt + 1));
const runs = Number(process.env.RUNS ?? 3);

async function once(): Promise<{ ms: number; bytes: number; findings: number }> {
  const started = performance.now();
  const report = await scanToReport(paths, {
    jobs: 0,
    gitignore: false,
    ...(typesArg === 'none' ? { disabled: allTypes } : { types: typesArg?.split(',') }),
  });
  return {
    ms: performance.now() - started,
    bytes: report.stats.bytes,
    findings: report.findings.length,
  };
}

const allTypes = [...BUILTIN_DETECTOR_TYPES];
await once();
let best = Infinity;
let last = { ms: 0, bytes: 0, findings: 0 };
for (let i = 0; i < runs; i++) {
  last = await once();
  best = Math.min(best, last.ms);
}
const mb = last.bytes / 1024 / 1024;
console.log(
  `${typesArg ?? 'all'}: ${mb.toFixed(1)} MiB, best of ${runs}: ${best.toFixed(0)} ms = ${(mb / (best / 1000)).toFixed(1)} MB/s, ${last.findings} findings`,
);
