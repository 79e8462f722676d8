import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Args, Command, Flags } from '@oclif/core';
import {
  checkFailures,
  checkToReport,
  DeclarationError,
  DEFAULT_FAIL_ON,
  renderCheckTable,
  renderJson,
  type CategoryStatus,
} from '@piiscout/core';
import { parseConfidence, parseSize, scanFlags, splitList } from '../shared-flags.js';

const STATUSES = [
  'documented',
  'vague',
  'generic',
  'undocumented',
  'contradicted',
  'not_found',
] as const;

export default class Check extends Command {
  static override description =
    'Scan files and compare what is found with what a privacy policy declares: undocumented, contradicted, vague and generic categories first.';

  static override examples = [
    '<%= config.bin %> check --policy privacy.md data/',
    '<%= config.bin %> check --policy politique.html share/ dumps/ --format json',
    '<%= config.bin %> check --policy privacy.pdf --declaration ropa.yml share/ --fail-on undocumented,contradicted',
  ];

  static override strict = false;

  static override args = {
    paths: Args.string({ description: 'Files or folders to scan (default: the current folder).' }),
  };

  static override flags = {
    ...scanFlags,
    policy: Flags.string({
      char: 'p',
      description:
        'Privacy policy (EN/FR text, Markdown, HTML, PDF) or declaration file (YAML/JSON).',
      required: true,
    }),
    declaration: Flags.string({
      description: 'A declaration file (YAML/JSON) that corrects the extraction.',
    }),
    'fail-on': Flags.string({
      description: `Statuses of found categories that make the check fail (comma-separated). Default: ${DEFAULT_FAIL_ON.join(',')}.`,
    }),
    'list-findings': Flags.boolean({
      description: 'In the table, also list every finding.',
      default: false,
    }),
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(Check);
    const paths = (argv as string[]).length > 0 ? (argv as string[]) : ['.'];
    const missing = [...paths, flags.policy, flags.declaration].filter(
      (p): p is string => !!p && !existsSync(p),
    );
    if (missing.length > 0)
      this.error(`no such file or folder: ${missing.join(', ')}`, { exit: 2 });
    let options;
    let failOn: CategoryStatus[] = [...DEFAULT_FAIL_ON];
    try {
      options = {
        reveal: flags.reveal,
        minConfidence: parseConfidence(flags['min-confidence']),
        types: splitList(flags.types),
        include: flags.include,
        exclude: flags.exclude,
        gitignore: flags.gitignore,
        maxFileSize: parseSize(flags['max-file-size']),
        regions: splitList(flags.region)?.map((r) => r.toUpperCase()),
        jobs: flags.jobs,
        declaration: flags.declaration,
      };
      const chosen = splitList(flags['fail-on']);
      if (chosen) {
        const unknown = chosen.filter((s) => !(STATUSES as readonly string[]).includes(s));
        if (unknown.length > 0)
          throw new Error(
            `unknown status in --fail-on: ${unknown.join(', ')} (valid: ${STATUSES.join(', ')})`,
          );
        failOn = chosen as CategoryStatus[];
      }
    } catch (error) {
      this.error((error as Error).message, { exit: 2 });
    }
    let report;
    try {
      report = await checkToReport(flags.policy, paths, options);
    } catch (error) {
      if (error instanceof DeclarationError) this.error(error.message, { exit: 2 });
      throw error;
    }
    const color = flags.color ?? (!flags.output && process.stdout.isTTY === true);
    const text =
      flags.format === 'json'
        ? renderJson(report)
        : renderCheckTable(report, {
            color,
            explain: flags.explain,
            findings: flags['list-findings'],
          });
    if (flags.output) await writeFile(flags.output, text);
    else process.stdout.write(text);
    this.exit(checkFailures(report, failOn).length > 0 ? 1 : 0);
  }
}
