// Reads every page of a Seam list call, and copes with an upstream whose page cursor never moves on.

/** Far above any fleet Doorboard is built for; only used when the cursor is stuck. */
export const EVERYTHING_LIMIT = 100_000

/**
 * Seam answers list calls in pages (500 by default). The fake Seam's cursor returns its first page
 * again and again, so a page that brings nothing new ends the paging and everything is asked for
 * in one call instead.
 */
export async function listEveryPage<T>(
  pages: AsyncIterable<readonly T[]>,
  idOf: (item: T) => string,
  everything: () => Promise<readonly T[]>,
): Promise<T[]> {
  const byId = new Map<string, T>()
  for await (const page of pages) {
    let fresh = 0
    for (const item of page) {
      const id = idOf(item)
      if (byId.has(id)) continue
      byId.set(id, item)
      fresh++
    }
    if (fresh === 0 && page.length > 0) return [...(await everything())]
  }
  return [...byId.values()]
}
