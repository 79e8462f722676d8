import { existsSync } from 'node:fs';
import { Args, Command, Flags } from '@oclif/core';
import { writeOutput } from '../output.js';

export default class Policy extends Command {
  static override description =
    'Read a privacy policy (English or French: text, Markdown, HTML, PDF) or a declaration file, and list the categories of personal data it declares.';

  static override examples = [
    '<%= config.bin %> policy privacy.md',
    '<%= config.bin %> policy politique-confidentialite.html --format json',
    '<%= config.bin %> policy privacy.pdf --declaration corrections.yml',
  ];

  static override args = {
    file: Args.string({ description: 'Policy or declaration file (YAML/JSON).', required: true }),
  };

  static override flags = {
    format: Flags.string({
      char: 'f',
      description: 'Output format.',
      options: ['table', 'json'],
      default: 'table',
    }),
    output: Flags.string({
      char: 'o',
      description: 'Write the result to this file instead of stdout.',
    }),
    declaration: Flags.string({
      description: 'A declaration file (YAML/JSON) that corrects the extraction.',
    }),
    color: Flags.boolean({
      description: 'Colour the table (default: when stdout is a terminal).',
      allowNo: true,
    }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Policy);
    const { DeclarationError, readPolicy, renderJson, renderPolicyTable } =
      await import('@piiscout/core');
    for (const file of [args.file, flags.declaration]) {
      if (file && !existsSync(file)) this.error(`no such file: ${file}`, { exit: 2 });
    }
    let policy;
    try {
      policy = await readPolicy(args.file, { declaration: flags.declaration });
    } catch (error) {
      if (error instanceof DeclarationError) this.error(error.message, { exit: 2 });
      throw error;
    }
    const color = flags.color ?? (!flags.output && process.stdout.isTTY === true);
    const text =
      flags.format === 'json' ? renderJson(policy) : renderPolicyTable(policy, { color });
    await writeOutput(text, flags.output);
  }
}
