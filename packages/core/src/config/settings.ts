import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { BASELINE_FILE_NAME, readBaseline } from '../baseline/index.js';
import type { ScanOptions } from '../scan/index.js';
import { findConfig, loadConfig, type LoadedConfig } from './index.js';

export interface SettingsInput {
  cwd: string;
  /** Where `.piiscout.yml` is looked for: the first scanned folder, the repository in git modes. */
  scanRoot: string;
  /** `--config FILE`: must exist. */
  configFile?: string;
  /** `--baseline FILE`: must exist. Default: the config's `baseline`, or the scan root's. */
  baselineFile?: string;
  /** False with `--ignore-baseline` (audits, or writing a new baseline). */
  useBaseline?: boolean;
  /** Ids and types of the registry, to check names in the config. */
  knownDetectors?: readonly string[];
  /** Command-line values: they win over the config, except lists, which add to it. */
  flags?: Pick<ScanOptions, 'minConfidence' | 'types' | 'regions' | 'exclude' | 'inlineIgnore'>;
}

export interface Settings {
  options: ScanOptions;
  config?: LoadedConfig;
  /** The baseline file in force (read into options.baseline), or where `piiscout baseline` writes. */
  baselineFile: string;
}

/**
 * Config file, command-line flags and baseline merged into scan options. The built-in
 * excludes always apply; config and flag excludes add to them.
 */
export function resolveSettings(input: SettingsInput): Settings {
  const configFile = input.configFile
    ? resolve(input.cwd, input.configFile)
    : findConfig(input.scanRoot);
  if (input.configFile && !existsSync(configFile!))
    throw new Error(`config file not found: ${input.configFile}`);
  const known =
    input.knownDetectors && input.knownDetectors.length > 0 ? input.knownDetectors : undefined;
  const loaded = configFile
    ? loadConfig(configFile, {
        knownDetectors: known,
        displayPath: input.configFile ?? (relative(input.cwd, configFile) || configFile),
      })
    : undefined;
  const config = loaded?.config ?? {};
  const root = loaded?.root ?? input.scanRoot;
  const flags = input.flags ?? {};
  const options: ScanOptions = { cwd: input.cwd, root };
  const minConfidence = flags.minConfidence ?? config.minConfidence;
  if (minConfidence !== undefined) options.minConfidence = minConfidence;
  const types = flags.types ?? config.detectors?.only;
  if (types) options.types = types;
  if (config.detectors?.disable) options.disabled = config.detectors.disable;
  const regions = flags.regions ?? config.regions?.map((r) => r.toUpperCase());
  if (regions) options.regions = regions;
  const exclude = [...(config.exclude ?? []), ...(flags.exclude ?? [])];
  if (exclude.length > 0) options.exclude = exclude;
  if (config.allowlist) options.allowlist = config.allowlist;
  options.inlineIgnore = flags.inlineIgnore !== false && config.inlineIgnore !== false;

  const baselineFile = input.baselineFile
    ? resolve(input.cwd, input.baselineFile)
    : config.baseline
      ? resolve(root, config.baseline)
      : join(root, BASELINE_FILE_NAME);
  if (input.baselineFile && !existsSync(baselineFile))
    throw new Error(`baseline file not found: ${input.baselineFile}`);
  if (input.useBaseline !== false && existsSync(baselineFile)) {
    options.baseline = readBaseline(baselineFile, input.baselineFile ?? baselineFile);
  }
  const settings: Settings = { options, baselineFile };
  if (loaded) settings.config = loaded;
  return settings;
}

/**
 * The scan root of a plain scan: the first scanned folder, or the folder of the first scanned
 * file (so scanning one file reads the same config as scanning its folder), else the current
 * one.
 */
export function scanRootOf(paths: readonly string[], cwd: string): string {
  const first = paths[0];
  if (first !== undefined) {
    const absolute = resolve(cwd, first);
    try {
      return statSync(absolute).isDirectory() ? absolute : dirname(absolute);
    } catch {
      // Reported by the scan itself.
    }
  }
  return cwd;
}
