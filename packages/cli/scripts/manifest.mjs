// Writes oclif.manifest.json from the built commands (dist/): `node packages/cli/scripts/manifest.mjs`
// after a build that changes a command, its flags or its help. With it, oclif reads every
// command's flags and help from one JSON file instead of finding and importing each command at
// every start (about 25 ms of CPU per run). `--check` only compares, and fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Plugin } from '@oclif/core';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = `${root}oclif.manifest.json`;

export async function buildManifest() {
  const plugin = new Plugin({
    root,
    type: 'core',
    ignoreManifest: true,
    errorOnManifestCreate: true,
  });
  await plugin.load();
  // Formatted as the repository's `prettier --check` expects.
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(JSON.stringify(plugin.manifest), { ...options, filepath: file });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = await buildManifest();
  if (!process.argv.includes('--check')) writeFileSync(file, manifest);
  else if (readFileSync(file, 'utf8') !== manifest) {
    console.error(`${file} is stale: run node packages/cli/scripts/manifest.mjs`);
    process.exit(1);
  }
}
