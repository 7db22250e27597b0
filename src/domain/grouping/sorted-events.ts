// Merging new events into lists kept in event order, without re-sorting what is already there.
import type { ParsedEvent } from '../events/parsed-event'
import { compareEvents } from '../timelines/event-order'

// Below this many additions, inserting each by binary search beats a full linear merge.
const FEW = 16

/**
 * A new array: `sorted` with `additions` (in event order, none already in `sorted`) merged in.
 * `sorted` itself is never changed, so views holding it keep a stable snapshot. The common cases,
 * newer events after everything known or an older page before it, are a plain concatenation.
 */
export function mergeSortedEvents(
  sorted: readonly ParsedEvent[],
  additions: readonly ParsedEvent[],
): readonly ParsedEvent[] {
  if (additions.length === 0) return sorted
  if (sorted.length === 0) return additions
  const last = sorted[sorted.length - 1]!
  if (compareEvents(last, additions[0]!) <= 0) return sorted.concat(additions)
  // Backfilling older pages, as /events/list serves them newest first.
  if (compareEvents(additions[additions.length - 1]!, sorted[0]!) <= 0) {
    return additions.concat(sorted)
  }
  if (additions.length <= FEW) {
    const merged = sorted.slice()
    for (const event of additions) merged.splice(insertionIndex(merged, event), 0, event)
    return merged
  }
  const merged: ParsedEvent[] = new Array<ParsedEvent>(sorted.length + additions.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < sorted.length && j < additions.length) {
    const a = sorted[i]!
    const b = additions[j]!
    if (compareEvents(a, b) <= 0) {
      merged[k++] = a
      i++
    } else {
      merged[k++] = b
      j++
    }
  }
  while (i < sorted.length) merged[k++] = sorted[i++]!
  while (j < additions.length) merged[k++] = additions[j++]!
  return merged
}

/**
 * A new array without `removals` (found by identity), or `sorted` itself when none is there.
 * A few are found by binary search; many at once by one filtering pass, to stay linear.
 */
export function withoutEvents(
  sorted: readonly ParsedEvent[],
  removals: readonly ParsedEvent[],
): readonly ParsedEvent[] {
  if (removals.length > FEW) {
    const removed = new Set(removals)
    const kept = sorted.filter((event) => !removed.has(event))
    return kept.length === sorted.length ? sorted : kept
  }
  let result = sorted
  for (const event of removals) result = withoutEvent(result, event)
  return result
}

function withoutEvent(sorted: readonly ParsedEvent[], event: ParsedEvent): readonly ParsedEvent[] {
  let index = insertionIndex(sorted, event) - 1
  // Copies that compare equal sit side by side; step back over them to find this very object.
  while (index >= 0 && compareEvents(sorted[index]!, event) === 0) {
    if (sorted[index] === event) return [...sorted.slice(0, index), ...sorted.slice(index + 1)]
    index--
  }
  return sorted
}

/** The index after every element that sorts at or before `event`. */
export function insertionIndex(sorted: readonly ParsedEvent[], event: ParsedEvent): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compareEvents(sorted[middle]!, event) <= 0) low = middle + 1
    else high = middle
  }
  return low
}
