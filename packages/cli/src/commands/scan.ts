import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Args, Command } from '@oclif/core';
import { renderScanReport, scanToReport, type ScanFormat } from '@piiscout/core';
import { parseConfidence, parseSize, scanFlags, splitList } from '../shared-flags.js';

export default class Scan extends Command {
  static override description =
    'Find personal data (e-mails, phone numbers, IP addresses, IBANs, names, …) in files and folders.';

  static override examples = [
    '<%= config.bin %> scan .',
    '<%= config.bin %> scan src docs --format json',
    '<%= config.bin %> scan share/ --types email,iban --min-confidence 0.8',
    '<%= config.bin %> scan data.csv --reveal --explain',
  ];

  static override strict = false;

  static override args = {
    paths: Args.string({ description: 'Files or folders to scan (default: the current folder).' }),
  };

  static override flags = scanFlags;

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(Scan);
    const paths = (argv as string[]).length > 0 ? (argv as string[]) : ['.'];
    const missing = paths.filter((p) => !existsSync(p));
    if (missing.length > 0) this.error(`no such file or folder: ${missing.join(', ')}`, { exit: 2 });

    let options;
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
      };
    } catch (error) {
      this.error((error as Error).message, { exit: 2 });
    }
    const report = await scanToReport(paths, options);
    const format = flags.format as ScanFormat;
    const color = flags.color ?? (!flags.output && process.stdout.isTTY === true);
    const text = renderScanReport(report, format, { color, explain: flags.explain });
    if (flags.output) await writeFile(flags.output, text);
    else process.stdout.write(text);
    // 0: nothing flagged; 1: findings at or above the threshold. Per-file errors are not fatal.
    this.exit(report.findings.length > 0 ? 1 : 0);
  }
}
