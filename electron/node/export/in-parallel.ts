/**
 * How many file operations export keeps in flight: enough to keep libuv's four threads and the
 * disk's queue busy, few enough not to open thousands of files at once.
 */
export const ioConcurrency = 16;

/**
 * Maps items with at most `limit` calls running at once; results keep the items' order.
 *
 * Every call runs to its end even when one fails (so no operation is left running behind the
 * caller's back); then the error of the first failing item, in the items' order, is thrown — the
 * same error a one-by-one loop would have thrown.
 */
export async function mapInParallel<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => Promise<R>,
  limit = ioConcurrency,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const failures = new Map<number, unknown>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as T, index);
      } catch (error) {
        failures.set(index, error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failures.size > 0) {
    let first = items.length;
    for (const index of failures.keys()) {
      first = Math.min(first, index);
    }
    throw failures.get(first);
  }
  return results;
}
