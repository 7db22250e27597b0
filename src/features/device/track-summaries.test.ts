import { describe, expect, it } from 'vitest'
import { trackSummaries } from './track-summaries'

describe('trackSummaries', () => {
  it('counts what each track holds', () => {
    const counts = { connectivityChanges: 1, batteryReadings: 3, lockEvents: 1_200, media: 2 }
    expect(trackSummaries(counts, 'the last 24 h')).toEqual({
      connectivity: '1 change',
      battery: '3 readings',
      lock: '1,200 events',
      media: '2 events',
    })
  })

  it('says why a track is empty, and the level known now', () => {
    const none = { connectivityChanges: 0, batteryReadings: 0, lockEvents: 0, media: 0 }
    expect(trackSummaries(none, 'the last 1 h', 0.81)).toEqual({
      connectivity: 'no change in the last 1 h',
      battery: 'no reading in the last 1 h; 81 % now',
      lock: 'no lock activity in the last 1 h',
      media: 'no pictures or clips in the last 1 h',
    })
  })
})
