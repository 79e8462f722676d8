/**
 * An array of items built one by one and handed over whole, sized from the previous batch.
 * Readers of tables make one small object per cell and hand them over in batches of about a
 * thousand: grown by `push`, an array copies its backing store again and again on the way
 * (about 32 bytes per item on a 64-bit heap, a fifth of what a cell costs); allocated at the
 * size the last batch reached, it is written once (8 bytes per item).
 */
export class SizedBatch<T> {
  private items: T[];
  private count = 0;

  constructor(private readonly initialCapacity = 64) {
    this.items = new Array<T>(initialCapacity);
  }

  add(item: T): void {
    // Past the capacity, the array grows as with `push`.
    this.items[this.count++] = item;
  }

  get length(): number {
    return this.count;
  }

  /**
   * The items added since the last call, in order, as an array without holes; the next batch
   * starts with room for as many plus an eighth.
   */
  take(): T[] {
    const items = this.items;
    const count = this.count;
    // Shortening an array gives its unused end back to the heap without copying it.
    items.length = count;
    this.items = new Array<T>(Math.max(this.initialCapacity, count + (count >> 3)));
    this.count = 0;
    return items;
  }
}
