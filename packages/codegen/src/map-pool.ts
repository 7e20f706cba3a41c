/** A bounded pool for file work: enough reads or writes in flight to hide latency, not thousands. */

/**
 * How many file operations run at once. On the 2-core bench machine, writing then reading 3,010
 * new files with 2, 4, 8, 16 and 32 in flight (3 rounds, median) was fastest at 16; fewer leave
 * libuv's 4 threads idle between open, write and close, more only queue.
 */
export const fileConcurrency = 16

/** Maps `items` through `fn` with at most `limit` calls in flight; results keep the input order. */
export async function mapPool<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => Promise<R>,
  limit = fileConcurrency,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
