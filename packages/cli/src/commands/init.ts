import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Command, Flags } from '@oclif/core';

export default class Init extends Command {
  static override description = 'Write a commented starter .piiscout.yml in the current folder.';

  static override examples = ['<%= config.bin %> init', '<%= config.bin %> init --force'];

  static override flags = {
    force: Flags.boolean({ description: 'Overwrite an existing config file.', default: false }),
    file: Flags.string({ description: 'Where to write the config.', default: '.piiscout.yml' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Init);
    const { STARTER_CONFIG } = await import('@piiscout/core');
    if (existsSync(flags.file) && !flags.force) {
      this.error(`${flags.file} already exists; use --force to overwrite it`, { exit: 2 });
    }
    await writeFile(flags.file, STARTER_CONFIG);
    this.log(`Wrote ${flags.file}. Check it with: piiscout scan .`);
  }
}
