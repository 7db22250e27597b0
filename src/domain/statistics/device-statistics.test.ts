import { describe, expect, it } from 'vitest'
import type { KnownEventType } from '../events/event-types'
import { DAY, HOUR, seamEvent, shuffledWithRepeats, T0 } from '../timelines/event-fixtures'
import { deviceStatistics } from './device-statistics'

function event(type: KnownEventType, id: string, hours: number, payload: object = {}) {
  return seamEvent(type, {
    id,
    at: T0 + hours * HOUR,
    deviceId: 'lock-1',
    accountId: 'acct-a',
    payload,
  })
}

const events = [
  event('device.connected', 'e1', -48),
  event('device.low_battery', 'e2', 0, { battery_level: 0.2 }),
  event('device.low_battery', 'e3', 24, { battery_level: 0.18 }),
  event('device.low_battery', 'e4', 48, { battery_level: 0.16 }),
]
const accountEvents = [
  seamEvent('connected_account.disconnected', {
    id: 'a1',
    at: T0 + 12 * HOUR,
    accountId: 'acct-a',
  }),
  seamEvent('connected_account.connected', { id: 'a2', at: T0 + 18 * HOUR, accountId: 'acct-a' }),
]

describe('deviceStatistics', () => {
  it('replays the whole history so the window starts in the right state', () => {
    // The window runs on past now: only what has happened counts.
    const stats = deviceStatistics(events, { from: T0, to: T0 + 3 * DAY }, T0 + 2 * DAY, {
      accountEvents,
      batterySnapshot: { at: T0 + 2 * DAY, level: 0.16 },
    })
    expect(stats.connectivity.msByState).toEqual({
      unknown: 0,
      online: 42 * HOUR,
      offline: 6 * HOUR,
      flaky: 0,
    })
    expect(stats.connectivity.offlineMsByReason.account_disconnected).toBe(6 * HOUR)
    expect(stats.connectivity.uptimePercent).toBeCloseTo(87.5, 10)
    if (stats.battery.daysToEmpty === null) throw new Error(stats.battery.why)
    expect(stats.battery.basis.slopePerDay).toBeCloseTo(-0.02, 10)
    expect(stats.battery.basis.samples).toBe(4)
    expect(stats.battery.daysToEmpty).toBeCloseTo(8, 8)
  })

  it('gives the same figures for shuffled and repeated events', () => {
    const window = { from: T0, to: T0 + 2 * DAY }
    const expected = deviceStatistics(events, window, T0 + 2 * DAY, { accountEvents })
    for (let seed = 1; seed <= 10; seed++) {
      const shuffled = deviceStatistics(shuffledWithRepeats(events, seed), window, T0 + 2 * DAY, {
        accountEvents: shuffledWithRepeats(accountEvents, seed),
      })
      expect(shuffled).toEqual(expected)
    }
  })
})
