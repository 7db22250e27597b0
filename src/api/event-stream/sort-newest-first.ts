// Sorts a poll's events newest first, cheaply when they arrive nearly in order (as the proxy serves them).
import type { ParsedEvent } from '../../domain/events/parsed-event'

type Compare = (a: ParsedEvent, b: ParsedEvent) => number

/** Beyond this share of out-of-place events, a plain sort is cheaper than the split and merge. */
const MAX_STRAGGLER_SHARE = 0.25

/**
 * The same result as `events.slice().sort(compare)` for a total order (no two events equal), in
 * about one pass when the events come mostly oldest first or mostly newest first: the proxy serves
 * them in ingest order, with a few late arrivals out of place. Those stragglers are set aside,
 * sorted alone and merged back, so 200,000 events cost a few comparisons each instead of a
 * comparator sort's dozens.
 */
export function sortNewestFirst(events: readonly ParsedEvent[], compare: Compare): ParsedEvent[] {
  const count = events.length
  let inOrder = 0
  let reversed = 0
  for (let i = 1; i < count; i++) {
    if (compare(events[i - 1] as ParsedEvent, events[i] as ParsedEvent) < 0) inOrder++
    else reversed++
  }
  if (reversed === 0) return events.slice()
  if (inOrder === 0) return events.slice().reverse()

  // Walk in the direction the events mostly take, keeping each that extends the run.
  const oldestFirst = reversed > inOrder
  const run: ParsedEvent[] = []
  const stragglers: ParsedEvent[] = []
  const limit = count * MAX_STRAGGLER_SHARE
  let last = events[0] as ParsedEvent
  run.push(last)
  for (let i = 1; i < count; i++) {
    const event = events[i] as ParsedEvent
    const order = compare(last, event)
    if (oldestFirst ? order > 0 : order < 0) {
      run.push(event)
      last = event
    } else {
      stragglers.push(event)
      if (stragglers.length > limit) return events.slice().sort(compare)
    }
  }
  if (oldestFirst) run.reverse()
  stragglers.sort(compare)
  return mergeRuns(run, stragglers, compare)
}

/** Merges two sorted lists: a binary search per newcomer and straight copies of the rest. */
export function mergeRuns(
  long: readonly ParsedEvent[],
  few: readonly ParsedEvent[],
  compare: Compare,
): ParsedEvent[] {
  const out = new Array<ParsedEvent>(long.length + few.length)
  let from = 0
  let at = 0
  for (const event of few) {
    let low = from
    let high = long.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (compare(long[middle] as ParsedEvent, event) < 0) low = middle + 1
      else high = middle
    }
    while (from < low) out[at++] = long[from++] as ParsedEvent
    out[at++] = event
  }
  while (from < long.length) out[at++] = long[from++] as ParsedEvent
  return out
}
