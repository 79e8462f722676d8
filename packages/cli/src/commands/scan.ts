import { existsSync } from 'node:fs';
import { Args, Command, Flags } from '@oclif/core';
import type { ScanFormat, ScanReport, StoredScanReport } from '@piiscout/core';
import { renderScanReport } from '@piiscout/core/report';
import { prestartScanWorker } from '../prestart.js';
import { progressReporter, printProfile } from '../progress.js';
import { scanFlags } from '../shared-flags.js';
import { writeOutput, writeOutputPieces } from '../output.js';

export default class Scan extends Command {
  static override description =
    'Find personal data (e-mails, phone numbers, IP addresses, IBANs, names, …) in files and folders.';

  static override examples = [
    '<%= config.bin %> scan .',
    '<%= config.bin %> scan src docs --format json',
    '<%= config.bin %> scan share/ --types email,iban --min-confidence 0.8',
    '<%= config.bin %> scan data.csv --reveal --explain',
    '<%= config.bin %> scan --staged                     # pre-commit: lines about to be committed',
    '<%= config.bin %> scan --since origin/main -f sarif -o piiscout.sarif   # CI: lines added by a branch',
  ];

  static override strict = false;

  static override args = {
    paths: Args.string({ description: 'Files or folders to scan (default: the current folder).' }),
  };

  static override flags = {
    ...scanFlags,
    staged: Flags.boolean({
      description: 'Scan what is staged for commit (added lines only, as git will record them).',
      default: false,
      exclusive: ['since', 'commit-message'],
    }),
    since: Flags.string({
      description: 'Scan lines added since REV: from `git merge-base REV HEAD` to HEAD.',
      exclusive: ['staged', 'commit-message'],
    }),
    'commit-message': Flags.string({
      description: 'Scan a commit message file (the commit-msg hook), without its comment lines.',
      exclusive: ['staged', 'since'],
    }),
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(Scan);
    const cwd = process.cwd();
    const gitMode =
      flags.staged || flags.since !== undefined || flags['commit-message'] !== undefined;
    const given = argv as string[];
    if (gitMode && given.length > 0)
      this.error('--staged, --since and --commit-message take no paths', { exit: 2 });
    const paths = given.length > 0 ? given : ['.'];
    const missing = paths.filter((p) => !existsSync(p));
    if (!gitMode && missing.length > 0)
      this.error(`no such file or folder: ${missing.join(', ')}`, { exit: 2 });
    if (!gitMode) prestartScanWorker(paths, flags.jobs);

    // The scan's modules load once the flags are read: oclif imports every command to list its
    // flags, and `--help` or another command should not pay for the detectors and readers.
    const [{ boundHeapGrowth, scanOptionsFromFlags, scanRootOf }, { scanToReport }, stream] =
      await Promise.all([
        import('../scan-options.js'),
        import('@piiscout/core/scan'),
        import('@piiscout/core/json-stream'),
      ]);
    const { jsonReportPieces, scanToStore } = stream;
    const git = gitMode ? await import('@piiscout/core/git') : undefined;
    let report: ScanReport | undefined;
    let stored: StoredScanReport | undefined;
    try {
      const scanRoot = git ? await git.repositoryRoot(cwd) : scanRootOf(paths, cwd);
      boundHeapGrowth();
      const options = scanOptionsFromFlags(flags, scanRoot, cwd);
      options.onProgress = progressReporter(flags.format === 'table' && !flags.output);
      if (!git) {
        // A share can hold millions of findings: the JSON report is written from a store that
        // spills to a temporary file, never built as one document in memory.
        if (flags.format === 'json') stored = await scanToStore(paths, options);
        else report = await scanToReport(paths, options);
      } else if (flags.staged) report = await git.scanChanges({ mode: 'staged' }, options);
      else if (flags.since !== undefined)
        report = await git.scanChanges({ mode: 'since', rev: flags.since }, options);
      else if (flags['commit-message'] !== undefined)
        report = await git.scanCommitMessage(flags['commit-message'], options);
    } catch (error) {
      this.error((error as Error).message, { exit: 2 });
    }
    if (stored) {
      try {
        await writeOutputPieces(jsonReportPieces(stored), flags.output);
      } finally {
        stored.store.close();
      }
      if (flags.profile) printProfile(stored.report.stats);
      const flagged = stored.store.count > 0 || (stored.report.unusedIgnores?.length ?? 0) > 0;
      this.exit(flagged ? 1 : 0);
    }
    if (!report) return;
    const format = flags.format as ScanFormat;
    const color = flags.color ?? (!flags.output && process.stdout.isTTY === true);
    const text = renderScanReport(report, format, { color, explain: flags.explain, srcRoot: cwd });
    await writeOutput(text, flags.output);
    if (flags.profile) printProfile(report.stats);
    // 0: nothing flagged; 1: findings at or above the threshold (or unused ignores, when asked).
    // Per-file errors are not fatal, and --output does not change the code.
    const flagged = report.findings.length > 0 || (report.unusedIgnores?.length ?? 0) > 0;
    this.exit(flagged ? 1 : 0);
  }
}
