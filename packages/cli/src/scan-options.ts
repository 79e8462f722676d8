import { setFlagsFromString } from 'node:v8';
import type { ScanOptions } from '@piiscout/core';
import { BUILTIN_DETECTOR_NAMES } from '@piiscout/core/detector-names';
import { resolveSettings, scanRootOf } from '@piiscout/core/settings';
import { HEAP_GROWING_FLAG } from './prestart.js';
import { parseConfidence, parseShard, parseSize, splitList } from './shared-flags.js';

/** The flags of `scanFlags` as oclif parses them. */
export interface ScanFlagValues {
  reveal: boolean;
  'min-confidence'?: string;
  types?: string;
  include?: string[];
  exclude?: string[];
  gitignore: boolean;
  'max-file-size': string;
  'max-findings-per-file': number;
  region?: string[];
  jobs?: number;
  config?: string;
  baseline?: string;
  'ignore-baseline': boolean;
  'inline-ignore': boolean;
  'report-unused-ignores': boolean;
  profile: boolean;
  shard?: string;
}

/**
 * Let V8's heap grow to 1.6× what survived the last full collection before collecting again
 * (like Go's GOGC=60). V8's own factor reaches 4× when collections are cheap, so the candidates
 * of a dense file scanned in-process took an 8 MB contact list to 362–373 MB peak RSS; at 1.4×
 * it peaked at 223–227 MB (182 MB today, 184 at 1.7×). Scan workers keep about 21 MB alive
 * (dictionaries, phone metadata) and promote what a segment's scan still holds: at 1.4× a worker
 * ran a full collection every 7 MB or so (9 on 47 MB of French prose; 6 at 1.6×, 4 at 1.8×),
 * and V8's background threads, which mark and sweep for them, took 16 % of a text scan's CPU.
 * `/usr/bin/time` of the benchmark's text folders (`--jobs 1`), CPU of all threads, and of the
 * 1 GiB mixed tree (`--jobs 2 --max-file-size 16GB`), peak RSS against a 300 MB target:
 *
 *   1.4×: text 14.1–15.5 s; mixed 40.1–41.7 s, 260–261 MB
 *   1.6×: text 14.6 s;      mixed 39.1 s, 272 MB
 *   1.7×: text 12.5–14.0 s; mixed 37.2–39.2 s, 280–286 MB
 *   2×:   text 12.9–13.4 s; mixed 37.5 s, 309 MB
 *
 * Process-wide and read at each collection, so workers started afterwards inherit it. The CLI
 * sets it; the library leaves its host's heap alone.
 *
 * V8's threads for collections, measured as node flags (session 14; text: the benchmark's
 * {prose-en,prose-fr,log,code}/{1,2,3}, 35 MB, one worker, CPU of all threads, median of four or
 * five; mixed: the 1 GiB tree as above, one run each), and not kept, as each raises peak RSS
 * past the target:
 *
 *   as is:                    text 3.39 s, 160–169 MB; mixed 37.3 s, 277 MB
 *   --single-threaded-gc:     text 3.26 s, 174–187 MB; mixed 35.6 s, 340 MB
 *   --no-parallel-scavenge:   text 3.33 s, 159–166 MB; mixed 36.9 s, 293 MB
 *   --no-concurrent-sweeping: text 3.25 s, 161–165 MB; mixed 37.0 s, 308 MB
 *   --no-concurrent-marking:  text 3.25 s, 177–180 MB
 *
 * A 32 MB young generation in workers (`ScanPool` then gave 16) gave no less text CPU on those
 * 35 MB (3.38 s best of three, against 3.32 at 16 MB) for 15 MB more RSS; on the whole 506 MB of
 * text it does (see `youngGenerationMb`), and a single worker now gets it.
 *
 * It also lets young generations grow again (V8's default factor), which the launchers' first
 * import (`bin/small-nursery.js`) stopped while the CLI loads: scan workers, which read the flag
 * when they grow, keep the young generation they were measured with.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString(HEAP_GROWING_FLAG);
  setFlagsFromString('--semi-space-growth-factor=2');
}

/**
 * Scan options from the command line and the config file (flags win over the config, the
 * config's excludes add to the built-in ones). Shared by `scan` and `check`. Throws on a bad
 * value, which the command turns into exit code 2.
 */
export function scanOptionsFromFlags(
  flags: ScanFlagValues,
  scanRoot: string,
  cwd: string,
): ScanOptions {
  const { options } = resolveSettings({
    cwd,
    scanRoot,
    configFile: flags.config,
    baselineFile: flags.baseline,
    useBaseline: !flags['ignore-baseline'],
    knownDetectors: BUILTIN_DETECTOR_NAMES,
    flags: {
      minConfidence:
        flags['min-confidence'] === undefined
          ? undefined
          : parseConfidence(flags['min-confidence']),
      types: splitList(flags.types),
      regions: splitList(flags.region)?.map((r) => r.toUpperCase()),
      exclude: flags.exclude,
      inlineIgnore: flags['inline-ignore'],
    },
  });
  return Object.assign(options, {
    reveal: flags.reveal,
    include: flags.include,
    gitignore: flags.gitignore,
    maxFileSize: parseSize(flags['max-file-size']),
    maxFindingsPerFile: flags['max-findings-per-file'],
    jobs: flags.jobs,
    reportUnusedIgnores: flags['report-unused-ignores'],
    profile: flags.profile,
    shard: flags.shard === undefined ? undefined : parseShard(flags.shard),
  });
}

export { scanRootOf };
