/**
 * A bounded string-keyed memo: forgets everything once it holds `limit` entries.
 *
 * Highlighted code and rendered math are memoized by their source so that re-rendering a block
 * whose code or formula did not change costs a map lookup; clearing wholesale keeps memory bounded
 * without the bookkeeping of an LRU, which a keystroke-rate cache does not need.
 */
export class MemoCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The memoized value for `key`, computing and remembering it when absent. */
  get(key: string, compute: () => V): V {
    const found = this.entries.get(key);
    if (found !== undefined) {
      return found;
    }
    const value = compute();
    if (this.entries.size >= this.limit) {
      this.entries.clear();
    }
    this.entries.set(key, value);
    return value;
  }

  /** Forgets every entry. */
  clear(): void {
    this.entries.clear();
  }
}
