import { FormatError } from '../types.js';

/**
 * A tar member can be read only once, in order, but the scanner may open a member's stream
 * twice (a first look at its head, then the real read). The first bytes are kept so that a
 * second reader replays them and then carries on where the first stopped.
 */

/** Bytes kept for replay; far more than any format needs to recognise a file. */
const REPLAY_BYTES = 1024 * 1024;

export class ReplayableStream {
  private readonly iterator: AsyncIterator<Uint8Array>;
  private kept: Uint8Array[] = [];
  private keptBytes = 0;
  private overflowed = false;
  private done = false;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  async *open(): AsyncGenerator<Uint8Array> {
    if (this.overflowed) throw new FormatError('archive member read twice past its first MiB');
    const replay = this.kept.length;
    for (let i = 0; i < replay; i++) yield this.kept[i] as Uint8Array;
    while (!this.done) {
      const next = await this.iterator.next();
      if (next.done) {
        this.done = true;
        return;
      }
      const chunk = next.value;
      if (!this.overflowed) {
        if (this.keptBytes + chunk.length <= REPLAY_BYTES) {
          this.kept.push(chunk);
          this.keptBytes += chunk.length;
        } else {
          this.overflowed = true;
          this.kept = [];
        }
      }
      yield chunk;
    }
  }

  /** Read what no reader asked for, so that the archive can move on to the next member. */
  async drain(): Promise<void> {
    while (!this.done) {
      const next = await this.iterator.next();
      if (next.done) this.done = true;
    }
  }
}
