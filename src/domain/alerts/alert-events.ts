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
 * so the result is the same for any input order.
 */
export function prepareEvents(events: Iterable<ParsedEvent>, now: Instant): ParsedEvent[] {
  const byId = new Map<string, ParsedEvent>()
  for (const event of events) {
    if (event.status !== 'known' || event.occurredAt > now) continue
    const seen = byId.get(event.id)
    if (seen === undefined || compareEvents(event, seen) < 0) byId.set(event.id, event)
  }
  return [...byId.values()].sort(compareEvents)
}
