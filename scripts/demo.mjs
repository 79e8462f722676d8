#!/usr/bin/env node
// The README's main job: scan the synthetic sample data in fixtures/ and print the report.
// Exit code 1 only means "personal data found", which is the point of the demo.
import { spawnSync } from 'node:child_process';

const args = ['bin/piiscout', 'scan', 'fixtures/sample-repo', ...process.argv.slice(2)];
console.log(`$ ${args.join(' ')}\n`);
const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(run.status === 0 || run.status === 1 ? 0 : (run.status ?? 2));
