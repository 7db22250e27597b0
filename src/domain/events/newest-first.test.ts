import { describe, expect, it } from 'vitest'
import type { ParsedEvent } from './parsed-event'
import { compareNewestFirst } from './newest-first'

const event = (id: string, occurredAt: number) => ({ id, occurredAt }) as ParsedEvent

describe('compareNewestFirst', () => {
  it('puts the newest first and breaks ties by the larger id, whatever the arrival order', () => {
    const events = [event('a', 1), event('c', 2), event('b', 2), event('d', 0)]
    expect([...events].sort(compareNewestFirst).map((e) => e.id)).toEqual(['c', 'b', 'a', 'd'])
    expect(
      [...events]
        .reverse()
        .sort(compareNewestFirst)
        .map((e) => e.id),
    ).toEqual(['c', 'b', 'a', 'd'])
  })
})
