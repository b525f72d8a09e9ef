/**
 * Runs an async function over a list with at most `limit` calls in flight and returns the
 * results in the list's order (so reports built from them stay in file order). For work that
 * waits on the disk or a thread pool, such as reading 10,000 photo headers.
 */
export async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error('limit must be a positive integer');
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
