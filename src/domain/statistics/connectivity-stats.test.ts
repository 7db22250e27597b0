import { describe, expect, it } from 'vitest'
import type { KnownEventType } from '../events/event-types'
import { connectivityTimeline } from '../timelines/connectivity'
import { DAY, HOUR, seamEvent, T0 } from '../timelines/event-fixtures'
import { connectivityStats } from './connectivity-stats'

function event(type: KnownEventType, id: string, hours: number, payload: object = {}) {
  return seamEvent(type, { id, at: T0 + hours * HOUR, deviceId: 'lock-1', payload })
}

// Unknown for 2 h, online 10 h, offline (hub) 4 h, online 2 h, flaky 3 h, offline (device) 1 h,
// online 2 h: 24 h in all.
const timeline = connectivityTimeline(
  [
    event('device.connected', 'e1', 2),
    event('device.disconnected', 'e2', 12, { error_code: 'hub_disconnected' }),
    event('device.connected', 'e3', 16),
    event('device.connection_became_flaky', 'e4', 18),
    event('device.disconnected', 'e5', 21, { error_code: 'device_disconnected' }),
    event('device.connection_stabilized', 'e6', 22),
  ],
  T0 + DAY,
  { since: T0 },
)

describe('connectivityStats', () => {
  it('splits the window by state and leaves unknown time out of uptime', () => {
    const stats = connectivityStats(timeline, { from: T0, to: T0 + DAY }, T0 + DAY)
    expect(stats.msByState).toEqual({
      unknown: 2 * HOUR,
      online: 14 * HOUR,
      offline: 5 * HOUR,
      flaky: 3 * HOUR,
    })
    expect(stats.offlineMsByReason).toEqual({
      account_disconnected: 0,
      hub_disconnected: 4 * HOUR,
      device_disconnected: HOUR,
      unknown: 0,
    })
    // (14 + 3) / (14 + 3 + 5)
    expect(stats.uptimePercent).toBeCloseTo((17 / 22) * 100, 10)
    expect(stats.flaps).toBe(3)
    expect(stats.flapsPerDay).toBe(3)
  })

  it('counts time not covered by any interval as unknown', () => {
    const stats = connectivityStats(
      connectivityTimeline([], T0),
      { from: T0, to: T0 + DAY },
      T0 + DAY,
    )
    expect(stats.msByState.unknown).toBe(DAY)
    expect(stats.uptimePercent).toBeNull()
    expect(stats.flapsPerDay).toBe(0)
  })

  it('stops at now and counts only flaps that start inside the window', () => {
    const stats = connectivityStats(
      timeline,
      { from: T0 + 13 * HOUR, to: T0 + 3 * DAY },
      T0 + 19 * HOUR,
    )
    expect(stats.observedTo).toBe(T0 + 19 * HOUR)
    expect(stats.msByState).toEqual({
      unknown: 0,
      online: 2 * HOUR,
      offline: 3 * HOUR,
      flaky: HOUR,
    })
    expect(stats.flaps).toBe(1)
    expect(stats.flapsPerDay).toBeCloseTo(1 / (6 / 24), 10)
  })
})
