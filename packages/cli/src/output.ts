import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';

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

/**
 * Write a report given in pieces (a large JSON report: strings, and UTF-8 bytes written as they
 * are), honouring back-pressure.
 */
export async function writeOutputPieces(
  pieces: Iterable<string | Uint8Array>,
  file?: string,
): Promise<void> {
  const out: Writable = file ? createWriteStream(file) : process.stdout;
  for (const piece of pieces) {
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', resolve));
  }
  await new Promise<void>((resolve, reject) => {
    if (file) out.end((error?: Error | null) => (error ? reject(error) : resolve()));
    else out.write('', (error) => (error ? reject(error) : resolve()));
  });
}
