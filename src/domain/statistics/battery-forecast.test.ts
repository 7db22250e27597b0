import { describe, expect, it } from 'vitest'
import { DEFAULT_DERIVATION_CONFIG } from '../derivation-config'
import { batteryTimeline } from '../timelines/battery'
import type { BatteryLevelSample } from '../timelines/battery'
import { DAY, HOUR, seamEvent, T0 } from '../timelines/event-fixtures'
import { batteryDrain, batteryForecast } from './battery-forecast'

function levels(points: readonly [days: number, level: number][]): readonly BatteryLevelSample[] {
  const events = points.map(([days, level], i) =>
    seamEvent('device.low_battery', {
      id: `b${i}`,
      at: T0 + days * DAY,
      deviceId: 'lock-1',
      payload: { battery_level: level },
    }),
  )
  return batteryTimeline(events, T0 + 365 * DAY).levels
}

const window = { from: T0, to: T0 + 30 * DAY }

describe('batteryForecast', () => {
  it('fits a battery draining from 0.9 to 0.1 over 10 days', () => {
    const samples = levels(Array.from({ length: 11 }, (_, day) => [day, 0.9 - 0.08 * day] as const))
    const forecast = batteryForecast(samples, window, T0 + 10 * DAY)
    if (forecast.daysToEmpty === null) throw new Error(forecast.why)
    expect(forecast.basis.samples).toBe(11)
    expect(forecast.basis.from).toBe(T0)
    expect(forecast.basis.to).toBe(T0 + 10 * DAY)
    expect(forecast.basis.slopePerDay).toBeCloseTo(-0.08, 10)
    // 0.1 left at 0.08 a day.
    expect(forecast.daysToEmpty).toBeCloseTo(1.25, 10)
  })

  it('counts from now, and says 0 once the line has reached empty', () => {
    const samples = levels([
      [0, 0.5],
      [1, 0.4],
      [2, 0.3],
    ])
    const atTwoDays = batteryForecast(samples, window, T0 + 2 * DAY)
    const halfDayLater = batteryForecast(samples, window, T0 + 2.5 * DAY)
    expect(atTwoDays.daysToEmpty).toBeCloseTo(3, 10)
    expect(halfDayLater.daysToEmpty).toBeCloseTo(2.5, 10)
    expect(batteryForecast(samples, window, T0 + 9 * DAY).daysToEmpty).toBe(0)
  })

  it('fits noisy readings by least squares', () => {
    const samples = levels([
      [0, 0.62],
      [1, 0.58],
      [2, 0.6],
      [3, 0.5],
    ])
    // x̄ = 1.5, ȳ = 0.575; Σ dx·dy = -0.0675 - 0.0025 + 0.0125 - 0.1125 = -0.17; Σ dx² = 5.
    const drain = batteryDrain(samples, window, T0 + 3 * DAY)
    expect(drain?.slopePerDay).toBeCloseTo(-0.034, 10)
  })

  it('needs enough readings in the window', () => {
    const two = levels([
      [0, 0.5],
      [1, 0.4],
    ])
    expect(batteryForecast(two, window, T0 + DAY)).toEqual({
      daysToEmpty: null,
      why: 'not enough samples',
    })
    const config = { ...DEFAULT_DERIVATION_CONFIG, minBatterySamples: 2 }
    expect(batteryForecast(two, window, T0 + DAY, config).daysToEmpty).toBeCloseTo(4, 10)
    const sameInstant = levels([
      [1, 0.5],
      [1, 0.4],
      [1, 0.3],
    ])
    expect(batteryForecast(sameInstant, window, T0 + DAY)).toMatchObject({ daysToEmpty: null })
    // Three readings within an hour say nothing about days.
    const hurried = levels([
      [1, 0.5],
      [1 + 1 / 48, 0.45],
      [1 + 1 / 24, 0.4],
    ])
    expect(batteryForecast(hurried, window, T0 + 2 * DAY)).toMatchObject({
      why: 'not enough samples',
    })
    const outside = levels([
      [40, 0.5],
      [41, 0.4],
      [42, 0.3],
    ])
    expect(batteryForecast(outside, window, T0 + 50 * DAY)).toMatchObject({
      why: 'not enough samples',
    })
  })

  it('says when the battery is not draining', () => {
    const flat = levels([
      [0, 0.3],
      [1, 0.3],
      [2, 0.3],
    ])
    expect(batteryForecast(flat, window, T0 + 2 * DAY)).toEqual({
      daysToEmpty: null,
      why: 'not draining',
    })
  })

  it('starts the fit again after a battery swap', () => {
    const samples = levels([
      [0, 0.3],
      [1, 0.2],
      [2, 0.1],
      [3, 1],
      [4, 0.98],
      [5, 0.96],
    ])
    const forecast = batteryForecast(samples, window, T0 + 5 * DAY)
    if (forecast.daysToEmpty === null) throw new Error(forecast.why)
    expect(forecast.basis).toMatchObject({ samples: 3, from: T0 + 3 * DAY })
    expect(forecast.basis.slopePerDay).toBeCloseTo(-0.02, 10)
    expect(forecast.daysToEmpty).toBeCloseTo(48, 8)
  })

  it('ignores readings after now', () => {
    const samples = levels([
      [0, 0.5],
      [1, 0.4],
      [2, 0.3],
      [3, 0.9],
    ])
    const forecast = batteryForecast(samples, window, T0 + 2 * DAY + HOUR)
    expect(forecast.daysToEmpty === null ? 0 : forecast.basis.samples).toBe(3)
  })
})
