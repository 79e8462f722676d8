import { setFlagsFromString } from 'node:v8';
import {
  createDefaultRegistry,
  resolveSettings,
  scanRootOf,
  type ScanOptions,
} from '@piiscout/core';
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
 * Let V8's heap grow to 1.4× what survived the last full collection before collecting again
 * (like Go's GOGC=40). V8's own factor reaches 4× when collections are cheap, so the candidates
 * of a dense file scanned in-process took an 8 MB contact list to 362–373 MB peak RSS; at 1.4×
 * it peaks at 223–227 MB for 2–5 % more time. Scan workers, whose heap is capped, measured the
 * same either way (2× made them grow). Process-wide and read at each collection, so workers
 * started afterwards inherit it. The CLI sets it; the library leaves its host's heap alone.
 *
 * It also lets young generations grow again (V8's default factor), which the launchers' first
 * import (`bin/small-nursery.js`) stopped while the CLI loads: scan workers, which read the flag
 * when they grow, keep the young generation they were measured with.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=40');
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
  const registry = createDefaultRegistry();
  const { options } = resolveSettings({
    cwd,
    scanRoot,
    configFile: flags.config,
    baselineFile: flags.baseline,
    useBaseline: !flags['ignore-baseline'],
    knownDetectors: registry.list().flatMap((d) => [d.id, d.type]),
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
