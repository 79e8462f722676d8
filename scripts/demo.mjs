#!/usr/bin/env node
// The README's main job: check the synthetic file share and dumps in fixtures/ against the sample
// privacy policy, showing what is collected without being disclosed. Exit code 1 only means
// "undocumented collection found", which is the point of the demo.
import { spawnSync } from 'node:child_process';

const args = [
  'bin/piiscout',
  'check',
  '--policy',
  'fixtures/policies/sample-policy-fr.md',
  'fixtures/share',
  ...process.argv.slice(2),
];
console.log(`$ ${args.join(' ')}\n`);
const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(run.status === 0 || run.status === 1 ? 0 : (run.status ?? 2));
