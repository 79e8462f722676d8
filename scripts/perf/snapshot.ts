/**
 * Every finding of a scan as one sorted line each (type, place, value, confidence, evidence), to
 * prove a speed-up changed nothing that is detected: take a snapshot before, one after, diff.
 * Runs the sources in one thread; values are revealed, so keep the output out of the repository.
 *
 *   npx tsx scripts/perf/snapshot.ts [--types phone,email] [PATH...] > /tmp/before.txt
 *
 * Default paths: the labeled quality fixtures and the detectors' own fixtures.
 */
import { join } from 'node:path';
import { scanToReport } from '../../packages/core/src/index.js';

const ROOT = join(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const typesAt = args.indexOf('--types');
const types = typesAt >= 0 ? args[typesAt + 1]!.split(',') : undefined;
const paths = args.filter((_, i) => typesAt < 0 || (i !== typesAt && i !== typesAt + 1));
const report = await scanToReport(
  paths.length > 0
    ? paths
    : [join(ROOT, 'fixtures/labeled'), join(ROOT, 'packages/core/src/detectors')],
  {
    jobs: 0,
    reveal: true,
    minConfidence: 0,
    gitignore: false,
    types,
    regions: ['FR', 'GB', 'US', 'BE', 'CH', 'DE'],
  },
);
const lines = report.findings.map((f) =>
  [
    f.type,
    f.location.path,
    f.location.entry ?? '',
    f.location.table ?? f.location.sheet ?? '',
    f.location.field ?? '',
    f.location.row ?? '',
    f.location.line ?? '',
    f.location.column ?? '',
    f.value ?? '',
    f.confidence.toFixed(3),
    JSON.stringify(f.evidence ?? []),
  ].join('\t'),
);
process.stdout.write(lines.sort().join('\n') + '\n');
process.stderr.write(`${lines.length} findings\n`);
