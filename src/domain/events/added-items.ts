// What a new version of a list added to the old one, told by identity alone.

/**
 * The items of `after` that are not in `before`, when `after` holds all of `before` in the same
 * order (a sorted list with newcomers merged in); undefined when something of `before` is gone.
 * One walk over two arrays of references, never reading the items themselves.
 */
export function addedItems<T>(before: readonly T[], after: readonly T[]): T[] | undefined {
  const growth = after.length - before.length
  if (growth < 0) return undefined
  const added: T[] = []
  let kept = 0
  for (const item of after) {
    if (kept < before.length && item === before[kept]) kept++
    else if (added.push(item) > growth) return undefined
  }
  return kept === before.length ? added : undefined
}
