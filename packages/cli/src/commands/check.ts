import { existsSync } from 'node:fs';
import { Args, Command, Flags } from '@oclif/core';
import type { CategoryStatus, CheckReport } from '@piiscout/core';
import { DEFAULT_FAIL_ON } from '@piiscout/core/policy-compare';
import { scanFlags, splitList } from '../shared-flags.js';
import { writeOutput, writeOutputPieces } from '../output.js';
import { progressReporter, printProfile } from '../progress.js';
import { prestartScanWorker } from '../prestart.js';

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
    '<%= config.bin %> check --policy privacy.md share/ --format html --output report.html',
  ];

  static override strict = false;

  static override args = {
    paths: Args.string({ description: 'Files or folders to scan (default: the current folder).' }),
  };

  static override flags = {
    ...scanFlags,
    format: Flags.string({
      char: 'f',
      description:
        'Output format: table, json, html (one self-contained page for a data-protection officer), markdown (a summary for a PR comment or a ticket).',
      options: ['table', 'json', 'html', 'markdown'],
      default: 'table',
    }),
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
    prestartScanWorker((argv as string[]).length > 0 ? (argv as string[]) : ['.'], flags.jobs);
    // Loaded once the flags are read (see `scan`): listing commands must not load the library.
    const [{ boundHeapGrowth, scanOptionsFromFlags, scanRootOf }, core] = await Promise.all([
      import('../scan-options.js'),
      import('@piiscout/core/check'),
    ]);
    const {
      checkFailures,
      checkToReport,
      checkToStore,
      jsonReportPieces,
      DeclarationError,
      renderCheckMarkdown,
      renderCheckTable,
      renderHtml,
    } = core;
    const paths = (argv as string[]).length > 0 ? (argv as string[]) : ['.'];
    const missing = [...paths, flags.policy, flags.declaration].filter(
      (p): p is string => !!p && !existsSync(p),
    );
    if (missing.length > 0)
      this.error(`no such file or folder: ${missing.join(', ')}`, { exit: 2 });
    let options;
    let failOn: CategoryStatus[] = [...DEFAULT_FAIL_ON];
    try {
      boundHeapGrowth();
      options = {
        ...scanOptionsFromFlags(flags, scanRootOf(paths, process.cwd()), process.cwd()),
        declaration: flags.declaration,
      };
      options.onProgress = progressReporter(flags.format === 'table' && !flags.output);
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
    const color = flags.color ?? (!flags.output && process.stdout.isTTY === true);
    // JSON and the table (without the list of findings) need only counts and places: the
    // findings stay in a store that spills to disk, so a share of any size fits in memory.
    const streamed =
      flags.format === 'json' || (flags.format === 'table' && !flags['list-findings']);
    let report: CheckReport;
    try {
      if (streamed) {
        const stored = await checkToStore(flags.policy, paths, options);
        report = stored.report;
        try {
          if (flags.format === 'json')
            await writeOutputPieces(jsonReportPieces(stored), flags.output);
          else
            await writeOutput(
              renderCheckTable(report, {
                color,
                explain: flags.explain,
                places: stored.places,
                findingCount: stored.store.count,
              }),
              flags.output,
            );
        } finally {
          stored.store.close();
        }
      } else {
        report = await checkToReport(flags.policy, paths, options);
        const text =
          flags.format === 'html'
            ? renderHtml(report)
            : flags.format === 'markdown'
              ? renderCheckMarkdown(report)
              : renderCheckTable(report, {
                  color,
                  explain: flags.explain,
                  findings: flags['list-findings'],
                });
        await writeOutput(text, flags.output);
      }
    } catch (error) {
      if (error instanceof DeclarationError) this.error(error.message, { exit: 2 });
      throw error;
    }
    if (flags.profile) printProfile(report.stats);
    this.exit(checkFailures(report, failOn).length > 0 ? 1 : 0);
  }
}
