import { existsSync, readFileSync } from 'node:fs';
import { prestartScanWorker } from './prestart.js';

/**
 * The launchers' first step, before oclif loads: if the command line is a scan of paths that
 * will need a pool, start its first worker now. Loading oclif and reading the manifest take
 * 0.1-0.25 s, which the worker spends loading the detectors on another core instead of waiting.
 * The command line is read with the manifest's flags, as oclif reads it; anything this reading
 * is not sure of (help, an unknown flag, a path that does not exist) starts nothing, and the
 * command decides as before (`prestartScanWorker` is called again with what oclif parsed, and
 * starts nothing more for the same paths).
 */
export function startScanEarly(argv: readonly string[]): void {
  // Any other command (or `--version`) reads no manifest for this.
  if (!SCAN_COMMANDS.has(argv[0] ?? '')) return;
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST_URL, 'utf8')) as CommandManifest;
    const scan = earlyScanOf(argv, manifest);
    if (scan) prestartScanWorker(scan.paths, scan.jobs);
  } catch {
    // No manifest (a build without one) or an unreadable one: the command starts the worker.
  }
}

/** Written by the build (scripts/manifest.mjs) beside dist/. */
const MANIFEST_URL = new URL('../oclif.manifest.json', import.meta.url);

/** What oclif.manifest.json says of a command's flags, as far as reading argv needs. */
export interface ManifestFlag {
  name: string;
  char?: string;
  type: 'boolean' | 'option';
  allowNo?: boolean;
  multiple?: boolean;
}

export interface CommandManifest {
  commands: Record<string, { flags: Record<string, ManifestFlag> } | undefined>;
}

/** The paths a scan will read, and its `--jobs`, as its command will call `prestartScanWorker`. */
export interface EarlyScan {
  paths: string[];
  jobs?: number;
}

/** Commands that scan paths given as arguments. */
const SCAN_COMMANDS = new Set(['scan', 'check']);
/** Flags with which `scan` reads git's staged files or commits instead of its paths. */
const GIT_FLAGS = new Set(['staged', 'since', 'commit-message']);

/**
 * The scan `argv` (the process's arguments after the script) asks for, read as oclif's parser
 * reads it, or undefined when unsure. As oclif does, a flag that takes several values
 * (`--include a b`) also takes the arguments after it until another flag that takes a value.
 */
export function earlyScanOf(
  argv: readonly string[],
  manifest: CommandManifest,
): EarlyScan | undefined {
  const [id, ...rest] = argv;
  const command = id !== undefined && SCAN_COMMANDS.has(id) ? manifest.commands[id] : undefined;
  if (!command) return undefined;
  const flags = Object.values(command.flags);
  const paths: string[] = [];
  let jobs: number | undefined;
  let greedy: ManifestFlag | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--') {
      paths.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (greedy === undefined) paths.push(arg);
      continue;
    }
    const read = readFlag(arg, flags);
    if (!read) return undefined;
    const { flag } = read;
    let value = read.value;
    if (flag.type === 'option') {
      value ??= rest[++i];
      if (value === undefined || value.startsWith('-')) return undefined;
      greedy = flag.multiple ? flag : undefined;
    } else if (value !== undefined) return undefined;
    if (GIT_FLAGS.has(flag.name)) return undefined;
    if (flag.name === 'jobs') {
      if (!/^\d+$/.test(value!)) return undefined;
      jobs = Number(value);
    }
  }
  if (paths.length === 0) paths.push('.');
  return paths.every((path) => existsSync(path)) ? { paths, jobs } : undefined;
}

/** The flag `arg` names (`--name`, `--name=value`, `--no-name`, `-c`, `-cvalue`), if known. */
function readFlag(
  arg: string,
  flags: readonly ManifestFlag[],
): { flag: ManifestFlag; value?: string } | undefined {
  if (arg.startsWith('--')) {
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    const value = equals < 0 ? undefined : arg.slice(equals + 1);
    const flag = flags.find((f) => f.name === name);
    if (flag) return { flag, value };
    const negated = name.startsWith('no-') && flags.find((f) => f.name === name.slice(3));
    return negated && negated.allowNo && value === undefined ? { flag: negated } : undefined;
  }
  const flag = flags.find((f) => f.char !== undefined && f.char === arg[1]);
  if (!flag) return undefined;
  if (arg.length === 2) return { flag };
  // `-j2`, `-j=2`; several short booleans at once (`-ab`) are left to oclif.
  return flag.type === 'option' ? { flag, value: arg.slice(arg[2] === '=' ? 3 : 2) } : undefined;
}
