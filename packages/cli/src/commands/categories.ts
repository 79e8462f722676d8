import { Command, Flags } from '@oclif/core';

export default class Categories extends Command {
  static override description =
    'List the data categories (fideslang ids) with their English and French labels, DPV and OPP-115 terms, and GDPR flags.';

  static override examples = [
    '<%= config.bin %> categories',
    '<%= config.bin %> categories --json',
  ];

  static override flags = {
    json: Flags.boolean({ description: 'Print the list as JSON.', default: false }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Categories);
    const { listCategories } = await import('@piiscout/core');
    const categories = listCategories();
    if (flags.json) {
      process.stdout.write(`${JSON.stringify(categories, null, 2)}\n`);
      return;
    }
    const width = Math.max(...categories.map((c) => c.id.length));
    const lines = categories.map((c) => {
      const flagsText = [c.specialCategory ? 'GDPR art. 9' : '', c.criminal ? 'GDPR art. 10' : '']
        .filter(Boolean)
        .join(', ');
      return `${c.id.padEnd(width)}  ${c.label.en} / ${c.label.fr}${flagsText ? `  [${flagsText}]` : ''}`;
    });
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
