import { describe, expect, it } from 'vitest'
import type { ParsedEvent } from '../events/parsed-event'
import { prepareEvents } from './alert-events'
import type { EpisodeMark } from './episodes'
import { collectEpisodes } from './episodes'
import { minutes, seamEvent } from './test-events'

const classify = (event: ParsedEvent): EpisodeMark | undefined =>
  event.type === 'device.disconnected'
    ? { key: event.deviceId ?? '', role: 'open' }
    : event.type === 'device.connected'
      ? { key: event.deviceId ?? '', role: 'close' }
      : undefined

const down = (atMinute: number, device = 'a') =>
  seamEvent('device.disconnected', atMinute, { device_id: device })
const up = (atMinute: number, device = 'a') =>
  seamEvent('device.connected', atMinute, { device_id: device })

function episodes(events: ParsedEvent[], nowMinute: number, expireAfterMs?: number) {
  const now = minutes(nowMinute)
  return collectEpisodes(prepareEvents(events, now), classify, { now, expireAfterMs }).map((e) => [
    e.key,
    e.opening.occurredAt,
    e.occurrences.length,
    e.closing?.occurredAt,
    e.expiredAt,
  ])
}

describe('collectEpisodes', () => {
  it('pairs openings with closings per key, folding repeats and ignoring stray closings', () => {
    const events = [up(0), down(1), down(2), down(3, 'b'), up(4), down(6)]
    expect(episodes(events, 10)).toEqual([
      ['a', minutes(1), 2, minutes(4), undefined],
      ['b', minutes(3), 1, undefined, undefined],
      ['a', minutes(6), 1, undefined, undefined],
    ])
  })

  it('expires an episode after its latest occurrence, before a later event or at now', () => {
    const expiry = 5 * 60_000
    expect(episodes([down(0), down(3), down(20)], 30, expiry)).toEqual([
      ['a', minutes(0), 2, undefined, minutes(8)],
      ['a', minutes(20), 1, undefined, minutes(25)],
    ])
    expect(episodes([down(0)], 4, expiry)).toEqual([['a', minutes(0), 1, undefined, undefined]])
  })
})
