// A sorted list with a few items taken out and a few put in: binary searches and one copy, no full sort.

/**
 * `sorted` (in `compare` order, a total order) without `leaving` and with `arriving`, still in
 * order: each leaving item is found and each arriving one placed by binary search in `sorted`,
 * then one pass copies the runs between them. A poll that changes a few of thousands of items
 * costs a few comparisons per change and a copy, where re-sorting compares every item again.
 */
export function patchSorted<T>(
  sorted: readonly T[],
  leaving: Iterable<T>,
  arriving: readonly T[],
  compare: (a: T, b: T) => number,
  sort: (items: readonly T[]) => T[] = (items) => items.slice().sort(compare),
): T[] {
  const gone: number[] = []
  for (const item of leaving) {
    let at = lowerBound(sorted, item, compare, 0)
    if (sorted[at] !== item) at = sorted.indexOf(item)
    if (at >= 0) gone.push(at)
  }
  gone.sort((a, b) => a - b)
  // An item named twice leaves once.
  for (let at = gone.length - 1; at > 0; at--) if (gone[at] === gone[at - 1]) gone.splice(at, 1)
  const fresh = arriving.length > 1 ? sort(arriving) : arriving
  const out: T[] = []
  let from = 0
  let skip = 0
  const copyUntil = (end: number) => {
    for (; from < end; from++) {
      if (gone[skip] === from) skip++
      else out.push(sorted[from] as T)
    }
  }
  let low = 0
  for (const item of fresh) {
    low = lowerBound(sorted, item, compare, low)
    copyUntil(low)
    out.push(item)
  }
  copyUntil(sorted.length)
  return out
}

function lowerBound<T>(
  sorted: readonly T[],
  item: T,
  compare: (a: T, b: T) => number,
  low: number,
) {
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compare(sorted[middle] as T, item) < 0) low = middle + 1
    else high = middle
  }
  return low
}
