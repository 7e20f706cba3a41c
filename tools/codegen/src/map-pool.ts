/** A bounded pool for file work: enough reads or writes in flight to hide latency, not thousands. */

/** How many file operations run at once; past ~32 a small machine gains nothing and risks EMFILE. */
export const fileConcurrency = 32

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
