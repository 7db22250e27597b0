import { describe, expect, it } from 'vitest'
import type { ParsedEvent } from '../../domain/events/parsed-event'
import { MINUTE, seamEvent, seededRandom, T0 } from '../../domain/timelines/event-fixtures'
import { NO_FILTERS, type EventFilters } from './event-filters'
import type { NameBook } from '../../domain/events/event-names'
import { createSearchTextCache } from './event-search-text'
import { filterEvents, type FilterContext } from './filter-events'
import { createIncrementalFilter, filterEventsIncrementally } from './incremental-filter'

const names: NameBook = {
  deviceNames: new Map([
    ['d0', 'Front Door'],
    ['d1', 'Back Door'],
  ]),
  accountNames: new Map(),
  deviceAccounts: new Map(),
}
const context: FilterContext = { now: 0, names, searchText: createSearchTextCache(names) }
const lockFilter: EventFilters = { ...NO_FILTERS, categories: ['lock'], text: 'front' }

// Event i happens i minutes after T0; the list is newest first.
function eventAt(i: number): ParsedEvent {
  const type = i % 3 === 0 ? 'lock.unlocked' : i % 3 === 1 ? 'lock.locked' : 'device.connected'
  return seamEvent(type, {
    id: `e${String(i).padStart(5, '0')}`,
    at: T0 + i * MINUTE,
    deviceId: `d${i % 2}`,
  })
}
const newestFirst = (from: number, to: number) => {
  const list: ParsedEvent[] = []
  for (let i = to - 1; i >= from; i--) list.push(eventAt(i))
  return list
}

describe('filterEventsIncrementally', () => {
  it('agrees with a full pass when new events arrive on top and old ones drop off', () => {
    const pool = newestFirst(0, 400)
    const at = (from: number, to: number) => pool.slice(400 - to, 400 - from)
    let memo = filterEventsIncrementally(undefined, at(0, 100), lockFilter, context)
    const random = seededRandom(7)
    let low = 0
    let high = 100
    for (let step = 0; step < 40; step++) {
      high = Math.min(400, high + Math.floor(random() * 8))
      low = Math.min(high, low + Math.floor(random() * 5))
      const events = at(low, high)
      memo = filterEventsIncrementally(memo, events, lockFilter, context)
      expect(memo.result).toEqual(filterEvents(events, lockFilter, context))
      expect(memo.events).toBe(events)
    }
  })

  it('keeps the very same result when nothing that matches arrived', () => {
    const events = newestFirst(0, 50)
    const memo = filterEventsIncrementally(undefined, events, lockFilter, context)
    const withNoise = [eventAt(53), ...events]
    expect(withNoise[0]!.type).toBe('device.connected')
    const next = filterEventsIncrementally(memo, withNoise, lockFilter, context)
    expect(next.result).toBe(memo.result)
  })

  it('falls back to a full pass for an event merged into the middle', () => {
    const events = newestFirst(0, 30).filter((event) => event.id !== 'e00012')
    const memo = filterEventsIncrementally(undefined, events, lockFilter, context)
    const merged = newestFirst(0, 30)
    const next = filterEventsIncrementally(memo, merged, lockFilter, context)
    expect(next.result.map((event) => event.id)).toContain('e00012')
    expect(next.result).toEqual(filterEvents(merged, lockFilter, context))
  })

  it('starts over when the filters or the clock change', () => {
    const events = newestFirst(0, 30)
    const memo = filterEventsIncrementally(undefined, events, lockFilter, context)
    const other = { ...lockFilter, text: 'back' }
    expect(filterEventsIncrementally(memo, events, other, context).result).toEqual(
      filterEvents(events, other, context),
    )
    const later = { ...context, now: 5 }
    expect(filterEventsIncrementally(memo, events, lockFilter, later).context).toBe(later)
  })
})

describe('typing more of the search', () => {
  it('narrows the previous answer and agrees with a full pass', () => {
    const events = newestFirst(0, 60)
    const memo = filterEventsIncrementally(
      undefined,
      events,
      { ...lockFilter, text: 'fro' },
      context,
    )
    for (const text of ['fron', 'front', 'front unl', 'unlocked front']) {
      const filters = { ...lockFilter, text }
      const next = filterEventsIncrementally(memo, events, filters, context)
      expect(next.result).toEqual(filterEvents(events, filters, context))
    }
    // Not a narrowing: other words, or a category added, start from the whole stream.
    for (const filters of [
      { ...lockFilter, text: 'back' },
      { ...lockFilter, text: 'front', categories: ['connectivity' as const] },
    ]) {
      expect(filterEventsIncrementally(memo, events, filters, context).result).toEqual(
        filterEvents(events, filters, context),
      )
    }
  })
})

describe('createIncrementalFilter', () => {
  it('remembers its last answer between calls', () => {
    const filter = createIncrementalFilter()
    const events = newestFirst(0, 20)
    const first = filter(events, lockFilter, context)
    expect(filter([eventAt(23), ...events], lockFilter, context)).toBe(first)
    const grown = [eventAt(24), eventAt(23), ...events]
    const next = filter(grown, lockFilter, context)
    expect(next).toEqual(filterEvents(grown, lockFilter, context))
    expect(next).toHaveLength(first.length + 1)
  })
})
