// The one event order every derivation uses, and the selection of events a timeline may draw.
import type { Instant, ParsedEvent } from '../events/parsed-event'

/**
 * By occurredAt, ties by createdAt, then by id, so the same events in any order (or repeated)
 * always derive the same thing. Two differing copies of one id (rare: a re-sent event that now
 * parses differently) are told apart by type and parse status, so even they sort the same way
 * whatever order they came in.
 */
export function compareEvents(a: ParsedEvent, b: ParsedEvent): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt - b.occurredAt
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt
  if (a.id !== b.id) return a.id < b.id ? -1 : 1
  if (a.type !== b.type) return a.type < b.type ? -1 : 1
  return a.status < b.status ? -1 : a.status > b.status ? 1 : 0
}

/**
 * The `known` events of the given types that happened by `now`, in event order, repeats dropped.
 * Invalid events never reach a timeline: a bad level or time would draw something false (the feed
 * still shows them). Events after `now` are left out so that a past moment can be replayed.
 * Input already in order (as the event index keeps it) is not sorted again.
 */
export function timelineEvents(
  events: readonly ParsedEvent[],
  now: Instant,
  types: ReadonlySet<string>,
): ParsedEvent[] {
  const selected: ParsedEvent[] = []
  let inOrder = true
  for (const event of events) {
    if (event.status !== 'known' || event.occurredAt > now || !types.has(event.type)) continue
    const previous = selected[selected.length - 1]
    if (previous !== undefined && inOrder && compareEvents(previous, event) > 0) inOrder = false
    selected.push(event)
  }
  if (!inOrder) selected.sort(compareEvents)
  return dropRepeats(selected)
}

/**
 * A repeated event sorts right beside its twin, so comparing neighbours finds every repeat
 * without a set. Copies of one id that differ in time are different facts to this function;
 * the event index keeps only one of them anyway.
 */
function dropRepeats(sorted: ParsedEvent[]): ParsedEvent[] {
  let write = 1
  for (let read = 1; read < sorted.length; read++) {
    const event = sorted[read]!
    const kept = sorted[write - 1]!
    if (kept.id === event.id && compareEvents(kept, event) === 0) continue
    sorted[write++] = event
  }
  if (write < sorted.length) sorted.length = write
  return sorted
}
