import { Readable } from 'node:stream';
import { FormatError, type FormatInput, type FormatItem, type FormatModule } from '../types.js';
import { assertDepth, ExpansionBudget, gunzipLimited, SIZE_MESSAGE } from './limits.js';
import { ReplayableStream } from './replayable.js';

/**
 * Tar archives, plain or gzip-compressed (`.tar.gz`, `.tgz`), read as a stream (tar-stream):
 * each regular file is handed back to the scanner as it comes. Links, directories and devices
 * are skipped.
 */

const FILE_TYPES = new Set(['file', 'contiguous-file']);

function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

function isTarHead(head: Uint8Array): boolean {
  return new TextDecoder().decode(head.subarray(257, 262)) === 'ustar';
}

async function* read(input: FormatInput): AsyncIterable<FormatItem> {
  assertDepth(input);
  const nested = input.nested;
  if (!nested) return;
  const source = isGzip(input.head)
    ? gunzipLimited(input.stream(), new ExpansionBudget(input.limits))
    : input.stream();
  const readable = Readable.from(source, { objectMode: false });
  // Loaded here: a scan worker that reads no tar does not load tar-stream at its start.
  const { default: tarStream } = await import('tar-stream');
  const extract = tarStream.extract();
  readable.on('error', (error) => extract.destroy(error));
  readable.pipe(extract);
  try {
    for await (const entry of extract) {
      const { header } = entry;
      const member = new ReplayableStream(entry as unknown as AsyncIterable<Uint8Array>);
      if (FILE_TYPES.has(header.type ?? 'file')) {
        const size = header.size ?? 0;
        if (size > input.limits.maxUncompressedBytes) throw new FormatError(SIZE_MESSAGE);
        const content = { size, stream: () => member.open() };
        yield* nested(header.name, content, input.depth + 1);
      }
      await member.drain();
    }
  } catch (error) {
    if (error instanceof FormatError) throw error;
    throw new FormatError('corrupt tar archive');
  } finally {
    readable.unpipe(extract);
    readable.destroy();
    extract.destroy();
  }
}

export const tarFormat: FormatModule = {
  id: 'tar',
  description:
    'tar archives, plain or gzip-compressed: every member read with the format of its name',
  extensions: ['.tar', '.tar.gz', '.tgz'],
  sniff: (head) => isTarHead(head),
  isolated: true,
  read,
};
