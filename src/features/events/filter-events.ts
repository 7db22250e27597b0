// The explorer's filtering: one pass over the already sorted stream, never re-sorting it.
import type { Instant, ParsedEvent } from '../../domain/events/parsed-event'
import { activeFilterCount, resolveRange, type EventFilters } from './event-filters'
import { eventAccountId, type NameBook } from '../../domain/events/event-names'
import type { SearchTextOf } from './event-search-text'

export interface FilterContext {
  readonly now: Instant
  readonly names: NameBook
  readonly searchText: SearchTextOf
}

/** Free text split into lower-cased words; an event must contain every one. */
export function searchTerms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term !== '')
}

/**
 * The events that pass every filter, in the order given (newest first). Without filters the same
 * array comes back, so 200,000 events are not copied for nothing. The time range is found by
 * binary search, since the stream is sorted by occurredAt descending.
 */
export function filterEvents(
  events: readonly ParsedEvent[],
  filters: EventFilters,
  context: FilterContext,
): readonly ParsedEvent[] {
  if (activeFilterCount(filters) === 0) return events
  const { from, to } = resolveRange(filters.range, context.now)
  const start = to === undefined ? 0 : firstAtOrBefore(events, to)
  const end = from === undefined ? events.length : firstBefore(events, from)

  const categories = filters.categories.length > 0 ? new Set<string>(filters.categories) : null
  const severities = filters.severities.length > 0 ? new Set<string>(filters.severities) : null
  const statuses = filters.statuses.length > 0 ? new Set<string>(filters.statuses) : null
  const terms = searchTerms(filters.text)
  const { names, searchText } = context

  const kept: ParsedEvent[] = []
  for (let index = start; index < end; index++) {
    const event = events[index]!
    // Cheapest tests first; the search text is computed (and cached) only for survivors.
    if (categories !== null && !categories.has(event.category)) continue
    if (filters.type !== '' && event.type !== filters.type) continue
    if (filters.device !== '' && event.deviceId !== filters.device) continue
    if (statuses !== null && !statuses.has(event.status)) continue
    if (severities !== null && !severities.has(event.severity ?? 'none')) continue
    if (filters.account !== '' && eventAccountId(event, names) !== filters.account) continue
    if (terms.length > 0) {
      const text = searchText(event)
      if (!terms.every((term) => text.includes(term))) continue
    }
    kept.push(event)
  }
  return kept
}

/** Index of the first event that happened at or before `at` (events newest first). */
function firstAtOrBefore(events: readonly ParsedEvent[], at: Instant): number {
  let low = 0
  let high = events.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (events[middle]!.occurredAt > at) low = middle + 1
    else high = middle
  }
  return low
}

/** Index of the first event that happened before `at`: the end of a range starting at `at`. */
function firstBefore(events: readonly ParsedEvent[], at: Instant): number {
  let low = 0
  let high = events.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (events[middle]!.occurredAt >= at) low = middle + 1
    else high = middle
  }
  return low
}
