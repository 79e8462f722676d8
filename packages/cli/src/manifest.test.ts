import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// oclif reads commands' flags and help from oclif.manifest.json when it exists: a manifest left
// behind by a change to a command would show stale help. Needs the built commands (dist/).
describe('oclif.manifest.json', () => {
  it('matches the built commands', () => {
    const script = fileURLToPath(new URL('../scripts/manifest.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
