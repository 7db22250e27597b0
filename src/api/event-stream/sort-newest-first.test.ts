import { describe, expect, it } from 'vitest'
import { parseSeamEvent } from '../../domain/events/parse-event'
import type { ParsedEvent } from '../../domain/events/parsed-event'
import { compareNewestFirst } from './event-log'
import { mergeRuns, sortNewestFirst } from './sort-newest-first'

const T0 = Date.parse('2025-06-01T12:00:00.000Z')

function event(id: string, second: number): ParsedEvent {
  const at = new Date(T0 + second * 1_000).toISOString()
  return parseSeamEvent({
    event_id: id,
    event_type: 'device.connected',
    created_at: at,
    occurred_at: at,
    device_id: 'front_door',
  })
}

/** Oldest first, as the proxy serves them, with every seventh event arriving late. */
function ingestOrder(count: number): ParsedEvent[] {
  const events = Array.from({ length: count }, (_, i) => event(`e${i}`, i))
  for (let i = 7; i < count; i += 7) {
    const [late] = events.splice(i - 5, 1)
    events.splice(i, 0, late!)
  }
  return events
}

const ids = (events: readonly ParsedEvent[]) => events.map((e) => e.id)
const fullSort = (events: readonly ParsedEvent[]) => [...events].sort(compareNewestFirst)

describe('sortNewestFirst', () => {
  it('gives what a full sort gives, for input in any order', () => {
    const arrivals = ingestOrder(500)
    const expected = ids(fullSort(arrivals))
    const shuffled = [...arrivals].sort(
      (a, b) => ((a.id.length * 7919 + b.id.charCodeAt(1)) % 3) - 1,
    )
    for (const input of [arrivals, [...arrivals].reverse(), fullSort(arrivals), shuffled]) {
      expect(ids(sortNewestFirst(input, compareNewestFirst))).toEqual(expected)
    }
  })

  it('breaks ties of time by the larger id, like compareNewestFirst', () => {
    const input = [event('a', 1), event('c', 5), event('b', 5), event('d', 3), event('e', 6)]
    expect(ids(sortNewestFirst(input, compareNewestFirst))).toEqual(['e', 'c', 'b', 'd', 'a'])
  })

  it('falls back to a full sort when most events are out of place', () => {
    const zigzag = Array.from({ length: 40 }, (_, i) => event(`z${i}`, i % 2 === 0 ? i : 100 - i))
    expect(ids(sortNewestFirst(zigzag, compareNewestFirst))).toEqual(ids(fullSort(zigzag)))
  })

  it('returns a new list and leaves its input alone', () => {
    const input = [event('a', 1), event('b', 2)]
    const sorted = sortNewestFirst(input, compareNewestFirst)
    expect(ids(sorted)).toEqual(['b', 'a'])
    expect(ids(input)).toEqual(['a', 'b'])
    expect(sortNewestFirst([], compareNewestFirst)).toEqual([])
  })
})

describe('mergeRuns', () => {
  it('merges two sorted lists into one', () => {
    const long = fullSort([event('a', 1), event('c', 3), event('e', 5)])
    const few = fullSort([event('b', 2), event('f', 6)])
    expect(ids(mergeRuns(long, few, compareNewestFirst))).toEqual(['f', 'e', 'c', 'b', 'a'])
  })
})
