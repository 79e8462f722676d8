import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { FormatError, type FormatInput, type FormatLimits } from '../types.js';

/**
 * The archive limits, checked while bytes come out of a decompressor rather than after: a bomb
 * is stopped after at most one decompressed chunk past the limit.
 */

/** Below this many expanded bytes the ratio is not judged: tiny files compress very well too. */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

export const BOMB_MESSAGE = 'archive exceeds the compression ratio limit (zip bomb?)';
export const SIZE_MESSAGE = 'archive exceeds the uncompressed size limit';

export function assertDepth(input: FormatInput): void {
  if (input.depth >= input.limits.maxArchiveDepth) {
    throw new FormatError(
      `archive nested deeper than the depth limit (${input.limits.maxArchiveDepth})`,
    );
  }
}

/** Whether `expanded` bytes out of `compressed` is a ratio no real file reaches. */
export function exceedsRatio(expanded: number, compressed: number, limits: FormatLimits): boolean {
  return (
    expanded > RATIO_FLOOR_BYTES && expanded / Math.max(compressed, 1) > limits.maxCompressionRatio
  );
}

/** Counts compressed bytes in and expanded bytes out of one archive. */
export class ExpansionBudget {
  private compressed = 0;
  private expanded = 0;

  constructor(private readonly limits: FormatLimits) {}

  addCompressed(bytes: number): void {
    this.compressed += bytes;
  }

  addExpanded(bytes: number): void {
    this.expanded += bytes;
    if (this.expanded > this.limits.maxUncompressedBytes) throw new FormatError(SIZE_MESSAGE);
    if (exceedsRatio(this.expanded, this.compressed, this.limits))
      throw new FormatError(BOMB_MESSAGE);
  }
}

/**
 * Gunzip a stream of compressed chunks, counting bytes on both sides. zlib errors (a truncated
 * or corrupt stream) become a FormatError; so does exceeding a limit.
 */
export async function* gunzipLimited(
  source: AsyncIterable<Uint8Array>,
  budget: ExpansionBudget,
): AsyncGenerator<Uint8Array> {
  const gunzip = createGunzip();
  const counted = Readable.from(
    (async function* () {
      for await (const chunk of source) {
        budget.addCompressed(chunk.length);
        yield chunk;
      }
    })(),
    { objectMode: false },
  );
  counted.on('error', (error) => gunzip.destroy(error));
  counted.pipe(gunzip);
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      budget.addExpanded(chunk.length);
      yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
  } catch (error) {
    if (error instanceof FormatError) throw error;
    throw new FormatError('truncated or corrupt gzip data');
  } finally {
    counted.unpipe(gunzip);
    counted.destroy();
    gunzip.destroy();
  }
}
