import { describe, expect, it } from 'vitest'
import { deviceReadModelSchema } from '../../api/live/device-read-model'
import { DEVICE_ANSWER } from '../../api/live/subject-answer-fixtures'
import { deviceTracks } from './device-timelines'
import { mediaCards } from './media-cards'
import { rangeHistory } from './range-history'

const model = deviceReadModelSchema.parse(DEVICE_ANSWER)
const END = model.range.to

describe('rangeHistory', () => {
  it('lets the interval the server cut at its now go on in a live range', () => {
    const live = rangeHistory(model, true)
    expect(live.connectivity.at(-1)).toMatchObject({ state: 'online', to: null })
    expect(live.battery.bands.at(-1)?.to).toBeNull()
    // The lock's last interval ended before the range did: it stays ended.
    expect(live.lock.intervals.at(-1)?.to).not.toBeNull()
    const fixed = rangeHistory(model, false)
    expect(fixed.connectivity.at(-1)?.to).toBe(END)
  })

  it('puts the reading before the range first, so the line enters it', () => {
    const history = rangeHistory(model, true)
    expect(history.battery.levels.map((sample) => sample.level)).toEqual([0.8, 0.77, 0.768])
  })

  it("keeps the device's own pictures on its track; the door camera's stay in the visit", () => {
    const history = rangeHistory(model, true)
    expect(history.media.items.map((item) => item.eventId)).toEqual([
      '83373fbd-4133-4646-8cda-a28da7059c54',
      'lone-motion-1',
    ])
    const cards = mediaCards(history.media, model.range)
    expect(cards.cards.map((card) => [card.kind, card.title, card.lines])).toEqual([
      ['session', 'Doorbell visit', ['Person seen']],
      ['single', 'Person detected', ['motion detected']],
    ])
    // The camera's motion inside the visit opens in the viewer too.
    expect(cards.shotsById.has('4ebf7dc5-fdf5-407c-b551-3214563cca6c')).toBe(true)
  })

  it('draws the tracks a minute after the answer up to the clock', () => {
    const later = END + 60_000
    const tracks = deviceTracks(
      rangeHistory(model, true),
      { from: model.range.from + 60_000, to: later },
      later,
    )
    const last = tracks.connectivity.at(-1)
    if (last?.kind !== 'state') throw new Error('expected the online band last')
    expect(last.interval.state).toBe('online')
    expect(last.to).toBe(later)
    expect(last.left + last.width).toBeCloseTo(1, 6)
    expect(tracks.counts.lockEvents).toBe(3)
    // The inventory's snapshot is the level now, not a reading: only the event's counts.
    expect(tracks.counts.batteryReadings).toBe(1)
  })
})
