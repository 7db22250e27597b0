import { describe, expect, it } from 'vitest'
import { DEFAULT_DERIVATION_CONFIG } from '../derivation-config'
import type { BatteryStatus } from '../events/parsed-event'
import { batteryStatusForLevel, batteryTimeline } from './battery'
import { DAY, HOUR, seamEvent, shuffledWithRepeats, T0 } from './event-fixtures'

const DEVICE = 'back-door'
const thresholds = DEFAULT_DERIVATION_CONFIG.battery

function lowBattery(id: string, at: number, level: number) {
  return seamEvent('device.low_battery', {
    id,
    at,
    deviceId: DEVICE,
    payload: { battery_level: level },
  })
}

function statusChanged(id: string, at: number, status: BatteryStatus, level?: number) {
  return seamEvent('device.battery_status_changed', {
    id,
    at,
    deviceId: DEVICE,
    payload: { battery_status: status, battery_level: level ?? null },
  })
}

describe('batteryStatusForLevel', () => {
  it('maps levels through the configured thresholds, inclusive at each bound', () => {
    expect(batteryStatusForLevel(0, thresholds)).toBe('critical')
    expect(batteryStatusForLevel(0.1, thresholds)).toBe('critical')
    expect(batteryStatusForLevel(0.11, thresholds)).toBe('low')
    expect(batteryStatusForLevel(0.25, thresholds)).toBe('low')
    expect(batteryStatusForLevel(0.26, thresholds)).toBe('good')
    expect(batteryStatusForLevel(0.9, thresholds)).toBe('good')
    expect(batteryStatusForLevel(0.91, thresholds)).toBe('full')
    const strict = { ...thresholds, criticalAtOrBelow: 0.2 }
    expect(batteryStatusForLevel(0.15, strict)).toBe('critical')
  })
})

describe('batteryTimeline', () => {
  it('collects levels from every battery event that carries one, and the snapshot', () => {
    const events = [
      lowBattery('e1', T0, 0.22),
      statusChanged('e2', T0 + DAY, 'critical', 0.08),
      statusChanged('e3', T0 + 2 * DAY, 'critical'),
    ]
    const timeline = batteryTimeline(events, T0 + 3 * DAY, {
      snapshot: { at: T0 + 2 * DAY + HOUR, level: 0.07 },
    })
    expect(timeline.levels).toEqual([
      { at: T0, level: 0.22, eventId: 'e1' },
      { at: T0 + DAY, level: 0.08, eventId: 'e2' },
      { at: T0 + 2 * DAY + HOUR, level: 0.07 },
    ])
  })

  it('draws bands from reported statuses, merging repeats, when the device reports any', () => {
    const events = [
      statusChanged('e1', T0, 'good', 0.6),
      lowBattery('e2', T0 + HOUR, 0.05),
      statusChanged('e3', T0 + DAY, 'low'),
      statusChanged('e4', T0 + 2 * DAY, 'low'),
      statusChanged('e5', T0 + 3 * DAY, 'critical'),
    ]
    expect(batteryTimeline(events, T0 + 4 * DAY).bands).toEqual([
      { state: 'good', from: T0, to: T0 + DAY, source: 'reported', cause: cause('e1') },
      { state: 'low', from: T0 + DAY, to: T0 + 3 * DAY, source: 'reported', cause: cause('e3') },
      { state: 'critical', from: T0 + 3 * DAY, to: null, source: 'reported', cause: cause('e5') },
    ])
  })

  it('maps levels to bands when no status was ever reported', () => {
    const events = [
      lowBattery('e1', T0, 0.24),
      lowBattery('e2', T0 + DAY, 0.2),
      lowBattery('e3', T0 + 2 * DAY, 0.09),
    ]
    const bands = batteryTimeline(events, T0 + 3 * DAY, {
      snapshot: { at: T0 - DAY, level: 0.95 },
    }).bands
    expect(bands.map(({ state, from, to, source }) => ({ state, from, to, source }))).toEqual([
      { state: 'full', from: T0 - DAY, to: T0, source: 'from_level' },
      { state: 'low', from: T0, to: T0 + 2 * DAY, source: 'from_level' },
      { state: 'critical', from: T0 + 2 * DAY, to: null, source: 'from_level' },
    ])
  })

  it('follows a custom threshold config', () => {
    const config = {
      ...DEFAULT_DERIVATION_CONFIG,
      battery: { ...thresholds, criticalAtOrBelow: 0.25 },
    }
    const bands = batteryTimeline([lowBattery('e1', T0, 0.24)], T0 + DAY, { config }).bands
    expect(bands[0]?.state).toBe('critical')
  })

  it('ignores invalid readings and anything after now, the snapshot included', () => {
    const invalid = lowBattery('bad', T0, 1.7)
    expect(invalid.status).toBe('invalid')
    const timeline = batteryTimeline([invalid, lowBattery('late', T0 + 2 * DAY, 0.1)], T0 + DAY, {
      snapshot: { at: T0 + 2 * DAY, level: 0.5, status: 'good' },
    })
    expect(timeline).toEqual({ levels: [], bands: [] })
  })

  it('derives the same timeline from shuffled and repeated events', () => {
    const events = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 0
        ? statusChanged(`s${i}`, T0 + (i % 7) * HOUR, i % 2 === 0 ? 'low' : 'critical', 0.2)
        : lowBattery(`l${i}`, T0 + (i % 5) * HOUR, 0.3 - i / 100),
    )
    const expected = batteryTimeline(events, T0 + DAY)
    for (let seed = 1; seed <= 20; seed++) {
      expect(batteryTimeline(shuffledWithRepeats(events, seed), T0 + DAY)).toEqual(expected)
    }
  })
})

function cause(eventId: string) {
  return { eventId, type: 'device.battery_status_changed' }
}
