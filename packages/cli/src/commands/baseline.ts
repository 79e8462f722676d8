import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { Args, Command, Flags } from '@oclif/core';
import { parseConfidence, parseSize, scanFlags, splitList } from '../shared-flags.js';

export default class Baseline extends Command {
  static override description =
    'Write or update the baseline of accepted findings (.piiscout-baseline.json): later scans report only new ones. ' +
    'Entries hold a salted hash of each value, never the value: pseudonymised, not anonymised.';

  static override examples = [
    '<%= config.bin %> baseline',
    '<%= config.bin %> baseline src --reason "legacy seed data, ticket PRIV-12"',
  ];

  static override strict = false;

  static override args = {
    paths: Args.string({ description: 'Files or folders to scan (default: the current folder).' }),
  };

  static override flags = {
    config: scanFlags.config,
    baseline: Flags.string({
      description:
        "Baseline file to write (default: the config's, else .piiscout-baseline.json at the scan root).",
    }),
    reason: Flags.string({
      description: 'Reason recorded for new entries.',
      default: 'present when the baseline was created',
    }),
    types: scanFlags.types,
    'min-confidence': scanFlags['min-confidence'],
    include: scanFlags.include,
    exclude: scanFlags.exclude,
    gitignore: scanFlags.gitignore,
    'max-file-size': scanFlags['max-file-size'],
    region: scanFlags.region,
    jobs: scanFlags.jobs,
    'inline-ignore': scanFlags['inline-ignore'],
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(Baseline);
    const { buildBaseline, createDefaultRegistry, resolveSettings, scanRootOf } =
      await import('@piiscout/core');
    const cwd = process.cwd();
    const paths = (argv as string[]).length > 0 ? (argv as string[]) : ['.'];
    const missing = paths.filter((p) => !existsSync(p));
    if (missing.length > 0)
      this.error(`no such file or folder: ${missing.join(', ')}`, { exit: 2 });
    try {
      const registry = createDefaultRegistry();
      const { options, baselineFile } = resolveSettings({
        cwd,
        scanRoot: scanRootOf(paths, cwd),
        configFile: flags.config,
        useBaseline: false,
        knownDetectors: registry.list().flatMap((d) => [d.id, d.type]),
        flags: {
          minConfidence: parseConfidence(flags['min-confidence']),
          types: splitList(flags.types),
          regions: splitList(flags.region)?.map((r) => r.toUpperCase()),
          exclude: flags.exclude,
          inlineIgnore: flags['inline-ignore'],
        },
      });
      const file = flags.baseline ?? baselineFile;
      const result = await buildBaseline(paths, {
        ...options,
        include: flags.include,
        gitignore: flags.gitignore,
        maxFileSize: parseSize(flags['max-file-size']),
        jobs: flags.jobs,
        file,
        reason: flags.reason,
      });
      await writeFile(file, result.text);
      const shown = relative(cwd, file) || file;
      this.log(
        `${shown}: ${result.baseline.entries.length} entries (${result.added} added, ${result.kept} kept, ${result.pruned} pruned)` +
          (result.report.errors.length > 0
            ? `; ${result.report.errors.length} files could not be read, their entries were kept`
            : ''),
      );
    } catch (error) {
      this.error((error as Error).message, { exit: 2 });
    }
  }
}
