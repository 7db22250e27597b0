// The last of a list sorted by time that had happened by a moment: one binary search.
import type { Instant } from '../events/parsed-event'

/** The last item of `items` (in ascending `timeOf` order) whose time is at or before `at`. */
export function lastAtOrBefore<T>(
  items: readonly T[],
  at: Instant,
  timeOf: (item: T) => Instant,
): T | undefined {
  let low = 0
  let high = items.length - 1
  let found: T | undefined
  while (low <= high) {
    const middle = (low + high) >>> 1
    const item = items[middle] as T
    if (timeOf(item) <= at) {
      found = item
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found
}
