// Writes oclif.manifest.json from the built commands (dist/); the build runs it after tsc. With
// it, oclif reads every command's flags and help from one JSON file instead of finding and
// importing each command at every start (about 25 ms of CPU per run). Not committed: made by
// every build, it cannot go stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Plugin } from '@oclif/core';

const root = fileURLToPath(new URL('..', import.meta.url));
const plugin = new Plugin({
  root,
  type: 'core',
  ignoreManifest: true,
  errorOnManifestCreate: true,
});
await plugin.load();
writeFileSync(`${root}oclif.manifest.json`, `${JSON.stringify(plugin.manifest, null, 2)}\n`);
