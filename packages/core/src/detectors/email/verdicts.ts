import { detach } from '../../text/detach.js';

/**
 * Yes/no answers of a costly pure check, kept by value: `validator.isEmail` takes microseconds,
 * and logs and tables repeat the same addresses. Bounded (emptied when full), since values come
 * from the input; keys are detached so that no cached value keeps its segment alive.
 */
export class VerdictCache {
  private readonly verdicts = new Map<string, boolean>();

  constructor(
    private readonly limit: number,
    private readonly check: (value: string) => boolean,
  ) {}

  verdict(value: string): boolean {
    let verdict = this.verdicts.get(value);
    if (verdict === undefined) {
      verdict = this.check(value);
      if (this.verdicts.size >= this.limit) this.verdicts.clear();
      this.verdicts.set(detach(value), verdict);
    }
    return verdict;
  }

  get size(): number {
    return this.verdicts.size;
  }
}
