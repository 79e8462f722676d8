import { Command, Flags } from '@oclif/core';

export default class Detectors extends Command {
  static override description =
    'List the detectors: id, entity type, data category and what each finds.';

  static override examples = ['<%= config.bin %> detectors', '<%= config.bin %> detectors --json'];

  static override flags = {
    json: Flags.boolean({ description: 'Print the list as JSON.', default: false }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Detectors);
    const { createDefaultRegistry } = await import('@piiscout/core/detectors');
    const detectors = createDefaultRegistry()
      .list()
      .map(({ id, type, category, description }) => ({ id, type, category, description }));
    if (flags.json) {
      process.stdout.write(`${JSON.stringify(detectors, null, 2)}\n`);
      return;
    }
    const idWidth = Math.max(2, ...detectors.map((d) => d.id.length));
    const typeWidth = Math.max(4, ...detectors.map((d) => d.type.length));
    const categoryWidth = Math.max(8, ...detectors.map((d) => d.category.length));
    const row = (a: string, b: string, c: string, d: string) =>
      `${a.padEnd(idWidth)}  ${b.padEnd(typeWidth)}  ${c.padEnd(categoryWidth)}  ${d}`;
    const lines = [row('ID', 'TYPE', 'CATEGORY', 'DESCRIPTION')];
    for (const d of detectors) lines.push(row(d.id, d.type, d.category, d.description));
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
