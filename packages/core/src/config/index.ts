import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type * as AjvModule from 'ajv/dist/2020.js';
import type { Ajv2020, ErrorObject } from 'ajv/dist/2020.js';
import type * as YamlModule from 'yaml';
import type { Document, Node } from 'yaml';
import { canonicalName } from './names.js';
import { configSchema } from './schema.js';

// The YAML parser and the schema validator load with the first config file read, not with every
// scan (most have no config file): their CommonJS builds, required on first use, as parsing is
// synchronous.
const require = createRequire(import.meta.url);
const yaml = (): typeof YamlModule => require('yaml') as typeof YamlModule;
const ajv = (): typeof AjvModule => require('ajv/dist/2020.js') as typeof AjvModule;

export { canonicalName } from './names.js';
export { compileGlob, compileGlobs, type PathMatcher } from './glob.js';
export { STARTER_CONFIG } from './starter.js';

export const CONFIG_FILE_NAMES = ['.piiscout.yml', '.piiscout.yaml'] as const;

/** An allowlist entry: what it matches (all given conditions must hold) and why. */
export interface AllowlistRule {
  reason: string;
  /** Entity types or detector ids; default every type. */
  types?: string[];
  /** Globs relative to the config's folder; default every path. */
  paths?: string[];
  /** Exact values (compared with the source text and the normalized form, case-insensitively). */
  values?: string[];
  /** Regular expressions that must match the whole value (or its normalized form). */
  patterns?: string[];
}

export interface PiiscoutConfig {
  version?: 1;
  detectors?: { only?: string[]; disable?: string[] };
  minConfidence?: number;
  regions?: string[];
  exclude?: string[];
  baseline?: string;
  inlineIgnore?: boolean;
  allowlist?: AllowlistRule[];
}

export interface LoadedConfig {
  /** Absolute path of the file read. */
  file: string;
  /** Folder the config's relative paths and globs are read from. */
  root: string;
  config: PiiscoutConfig;
}

/** A config that cannot be used; the message names the file, line and what was expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** `.piiscout.yml` (or `.yaml`) in `root`, if there is one. */
export function findConfig(root: string): string | undefined {
  return CONFIG_FILE_NAMES.map((name) => join(root, name)).find((file) => existsSync(file));
}

export interface LoadConfigOptions {
  /** Names the registry knows (ids and types): unknown ones in the config are errors. */
  knownDetectors?: readonly string[];
  /** Shown in messages instead of the absolute path. */
  displayPath?: string;
}

export function loadConfig(file: string, options: LoadConfigOptions = {}): LoadedConfig {
  const absolute = resolve(file);
  const shown = options.displayPath ?? file;
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    throw new ConfigError(`${shown}: cannot read the config file`);
  }
  return {
    file: absolute,
    root: dirname(absolute),
    config: parseConfig(text, shown, options.knownDetectors),
  };
}

/** Parse and validate config text; every problem found is listed in one error. */
export function parseConfig(
  text: string,
  shown: string,
  knownDetectors?: readonly string[],
): PiiscoutConfig {
  const lineCounter = new (yaml().LineCounter)();
  const document = yaml().parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined) => {
    if (offset === undefined) return shown;
    const { line, col } = lineCounter.linePos(offset);
    return `${shown}:${line}:${col}`;
  };
  if (document.errors.length > 0) {
    throw new ConfigError(
      document.errors.map((e) => `${at(e.pos[0])}: ${e.code}: invalid YAML`).join('\n'),
    );
  }
  const data: unknown = document.toJS() ?? {};
  validator ??= new (ajv().Ajv2020)({ allErrors: true, strict: false }).compile(configSchema);
  const problems: string[] = [];
  if (!validator(data)) {
    for (const error of simplify(validator.errors ?? [])) {
      problems.push(`${at(offsetOf(document, error))}: ${describe(error)}`);
    }
  }
  const config = data as PiiscoutConfig;
  if (problems.length === 0) {
    config.allowlist?.forEach((rule, index) => {
      rule.patterns?.forEach((pattern, p) => {
        try {
          new RegExp(pattern, 'u');
        } catch {
          problems.push(
            `${at(nodeAt(document, ['allowlist', index, 'patterns', p])?.range?.[0])}: not a valid regular expression`,
          );
        }
      });
    });
    if (knownDetectors) {
      const known = new Set(knownDetectors.map(canonicalName));
      const check = (names: readonly string[] | undefined, path: (string | number)[]) =>
        names?.forEach((name, i) => {
          if (!known.has(canonicalName(name))) {
            problems.push(
              `${at(nodeAt(document, [...path, i])?.range?.[0])}: unknown detector or type '${name}' (expected one of: ${[...new Set(knownDetectors)].join(', ')})`,
            );
          }
        });
      check(config.detectors?.only, ['detectors', 'only']);
      check(config.detectors?.disable, ['detectors', 'disable']);
      config.allowlist?.forEach((rule, index) => check(rule.types, ['allowlist', index, 'types']));
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return config;
}

let validator: ReturnType<Ajv2020['compile']> | undefined;

/** anyOf failures come with one `required` error per branch: say it once, plainly. */
function simplify(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter((e) => !e.schemaPath.includes('/anyOf/'));
}

function describe(error: ErrorObject): string {
  const where = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
  const prefix = where ? `${where}: ` : '';
  switch (error.keyword) {
    case 'additionalProperties':
      return `${prefix}unknown key '${String(error.params.additionalProperty)}'`;
    case 'required':
      return `${prefix}missing '${String(error.params.missingProperty)}'`;
    case 'anyOf':
      return `${prefix}an allowlist entry needs 'values', 'patterns' or 'paths' (and a 'reason')`;
    case 'const':
      return `${prefix}expected ${JSON.stringify(error.params.allowedValue)}`;
    default:
      return `${prefix}expected a value that ${error.message ?? 'is valid'}`;
  }
}

function offsetOf(document: Document, error: ErrorObject): number | undefined {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) =>
      /^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~'),
    );
  const node = nodeAt(document, path);
  const key = error.params.additionalProperty as string | undefined;
  if (key !== undefined && yaml().isMap(node)) {
    const pair = node.items.find((item) => yaml().isScalar(item.key) && item.key.value === key);
    const keyNode = pair?.key as Node | undefined;
    if (keyNode?.range) return keyNode.range[0];
  }
  return node?.range?.[0];
}

function nodeAt(document: Document, path: readonly (string | number)[]): Node | undefined {
  if (path.length === 0) return (document.contents as Node | null) ?? undefined;
  const node = document.getIn(path, true) as Node | undefined;
  return node && typeof node === 'object' && 'range' in node ? node : undefined;
}
