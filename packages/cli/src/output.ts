import { writeFile } from 'node:fs/promises';

/**
 * Write a report to a file or to stdout, and wait until stdout has taken all of it: the command
 * exits right after (with code 1 when something was flagged), and a pipe would otherwise lose the
 * end of a large report.
 */
export async function writeOutput(text: string, file?: string): Promise<void> {
  if (file) {
    await writeFile(file, text);
    return;
  }
  await new Promise<void>((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
