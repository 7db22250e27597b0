import { describe, expect, it } from 'vitest'
import type { ParsedEvent } from '../events/parsed-event'
import { compareEvents } from '../timelines/event-order'
import { MINUTE, seamEvent, seededRandom, seededShuffle, T0 } from '../timelines/event-fixtures'
import { insertionIndex, mergeSortedEvents, withoutEvents } from './sorted-events'

function events(count: number, seed: number): ParsedEvent[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (_, i) =>
    seamEvent('lock.locked', {
      id: `e${seed}-${i}`,
      at: T0 + Math.floor(random() * 50) * MINUTE,
      deviceId: 'lock-1',
    }),
  )
}

describe('mergeSortedEvents', () => {
  it('equals a full sort for appends, a few insertions and large merges', () => {
    for (const [existing, added] of [
      [100, 0],
      [0, 30],
      [100, 3],
      [100, 16],
      [100, 17],
      [40, 400],
    ] as const) {
      const all = events(existing + added, existing + added)
      const old = all.slice(0, existing).sort(compareEvents)
      const fresh = all.slice(existing).sort(compareEvents)
      const merged = mergeSortedEvents(old, fresh)
      expect(merged).toEqual([...all].sort(compareEvents))
      expect(old).toEqual(all.slice(0, existing).sort(compareEvents))
    }
  })

  it('appends newer events without looking inside', () => {
    const old = events(10, 1).sort(compareEvents)
    const newer = seamEvent('lock.locked', { id: 'z', at: T0 + 100 * MINUTE, deviceId: 'lock-1' })
    expect(mergeSortedEvents(old, [newer]).at(-1)).toBe(newer)
    expect(mergeSortedEvents(old, [])).toBe(old)
  })
})

describe('withoutEvents and insertionIndex', () => {
  it('removes events by identity, one at a time or many at once', () => {
    const sorted = events(60, 3).sort(compareEvents)
    for (const count of [1, 5, 30]) {
      const removed = seededShuffle(sorted, count).slice(0, count)
      const kept = withoutEvents(sorted, removed)
      expect(kept).toHaveLength(60 - count)
      expect(kept.some((event) => removed.includes(event))).toBe(false)
    }
    const stranger = seamEvent('lock.locked', { id: 'x', at: T0, deviceId: 'lock-1' })
    expect(withoutEvents(sorted, [stranger])).toBe(sorted)
  })

  it('finds the slot after every event that sorts at or before', () => {
    const sorted = events(30, 4).sort(compareEvents)
    for (const event of sorted) {
      const index = insertionIndex(sorted, event)
      expect(sorted[index - 1]).toBe(event)
    }
  })
})
