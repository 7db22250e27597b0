// The events the rules read: trustworthy, deduplicated, up to `now`, in the order they happened.
import type { Instant, ParsedEvent } from '../events/parsed-event'
import { compareText } from './alert'

/** By occurredAt, then createdAt, then id: a total order whatever order events arrive in. */
export function compareEvents(a: ParsedEvent, b: ParsedEvent): number {
  return a.occurredAt - b.occurredAt || a.createdAt - b.createdAt || compareText(a.id, b.id)
}

/**
 * Keeps only `known` events (an invalid one may carry a nonsense level or time) that happened by
 * `now` (so a past moment can be replayed), drops repeats of an event id (polls overlap), and
 * sorts them with compareEvents. When one id comes with different times, the earliest copy wins,
 * so the result is the same for any input order. `uniqueIds` says no id repeats (as in the event
 * log's lists), which spares the check on a list already in order.
 */
export function prepareEvents(
  events: Iterable<ParsedEvent>,
  now: Instant,
  uniqueIds = false,
): ParsedEvent[] {
  if (Array.isArray(events)) {
    const inOrder = preparedInOrder(events as readonly ParsedEvent[], now, uniqueIds)
    if (inOrder !== undefined) return inOrder
  }
  const byId = new Map<string, ParsedEvent>()
  for (const event of events) {
    if (event.status !== 'known' || event.occurredAt > now) continue
    const seen = byId.get(event.id)
    if (seen === undefined || compareEvents(event, seen) < 0) byId.set(event.id, event)
  }
  return [...byId.values()].sort(compareEvents)
}

/**
 * The fast path for a list already in order, oldest or newest first (the event log keeps each
 * device's events newest first): one pass, no sort. Undefined when the list is out of order or
 * repeats an id, for the general path to settle.
 */
function preparedInOrder(
  events: readonly ParsedEvent[],
  now: Instant,
  uniqueIds: boolean,
): ParsedEvent[] | undefined {
  const count = events.length
  const newestFirst = count > 1 && compareEvents(events[0]!, events[count - 1]!) > 0
  const prepared: ParsedEvent[] = []
  const ids = uniqueIds ? undefined : new Set<string>()
  let last: ParsedEvent | undefined
  for (let k = 0; k < count; k++) {
    const event = events[newestFirst ? count - 1 - k : k]!
    if (event.status !== 'known' || event.occurredAt > now) continue
    if (last !== undefined && compareEvents(last, event) >= 0) return undefined
    if (ids !== undefined) {
      const size = ids.size
      ids.add(event.id)
      if (ids.size === size) return undefined
    }
    prepared.push(event)
    last = event
  }
  return prepared
}
