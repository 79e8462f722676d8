import { readFile } from 'node:fs/promises';
import { Args, Command, Flags } from '@oclif/core';
import type { CheckReport, ScanReport } from '@piiscout/core';
import { writeOutput } from '../output.js';

export default class Merge extends Command {
  static override description =
    'Combine the JSON reports of a sharded scan or check (--shard I/N) into one; policy statuses are recomputed.';

  static override examples = [
    '<%= config.bin %> merge shard-*.json > report.json',
    '<%= config.bin %> merge shard-1.json shard-2.json --policy privacy.md -o report.json',
  ];

  static override strict = false;

  static override args = {
    reports: Args.string({ description: 'JSON reports (from --format json).', required: true }),
  };

  static override flags = {
    policy: Flags.string({
      description: 'Policy to recompute statuses with (default: the one the check reports name).',
    }),
    output: Flags.string({ char: 'o', description: 'Write the merged report to this file.' }),
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(Merge);
    const { checkFailures, mergeCheckReports, renderJson, validateReport } =
      await import('@piiscout/core');
    const reports: ScanReport[] = [];
    for (const file of argv as string[]) {
      let document: unknown;
      try {
        document = JSON.parse(await readFile(file, 'utf8'));
      } catch {
        this.error(`${file}: not a readable JSON report`, { exit: 2 });
      }
      const problems = validateReport(document);
      if (problems.length > 0)
        this.error(`${file}: not a piiscout report (${problems[0]})`, { exit: 2 });
      reports.push(document as ScanReport);
    }
    const policy =
      flags.policy ?? (reports.find((r) => 'policy' in r) as CheckReport | undefined)?.policy.path;
    const merged = await mergeCheckReports(reports, policy);
    await writeOutput(renderJson(merged), flags.output);
    const failing =
      'categories' in merged
        ? checkFailures(merged as CheckReport).length > 0
        : merged.findings.length > 0;
    this.exit(failing ? 1 : 0);
  }
}
