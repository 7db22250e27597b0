import { describe, expect, it } from 'vitest'
import { DAY_MS } from '../alert-config'
import { minutes, ruleInput, seamEvent, T0 } from '../test-events'
import { batteryForecastAlerts } from './battery-forecast'

const DAY_MINUTES = 24 * 60
const reading = (day: number, battery_level: number) =>
  seamEvent('device.low_battery', day * DAY_MINUTES, { battery_level })
const statusReading = (day: number, battery_level: number) =>
  seamEvent('device.battery_status_changed', day * DAY_MINUTES, {
    battery_status: 'good',
    battery_level,
  })

/** 0.9 on day 0 down to 0.1 on day 10, one reading a day. */
const draining = Array.from({ length: 11 }, (_, day) =>
  reading(day, Math.round((0.9 - 0.08 * day) * 100) / 100),
)

describe('batteryForecastAlerts', () => {
  it('opens at the first reading whose trend reaches empty within 7 days, and says why', () => {
    const alerts = batteryForecastAlerts(ruleInput(draining, 11 * DAY_MINUTES))
    expect(alerts).toEqual([
      {
        id: `battery_forecast:device:front_door:${draining[5]!.id}`,
        rule: 'battery_forecast',
        severity: 'warning',
        subject: { kind: 'device', id: 'front_door', name: 'Front door' },
        title:
          'Front door battery may run out in about 1 day: fell from 90 % to 10 % over 10 days ' +
          '(11 readings, about 8 % a day)',
        openedAt: T0 + 5 * DAY_MS,
        resolvedAt: null,
        openingEventId: draining[5]!.id,
      },
    ])
  })

  it('uses the levels of battery status changes too', () => {
    const events = [statusReading(0, 0.9), statusReading(1, 0.7), statusReading(2, 0.5)]
    const [alert] = batteryForecastAlerts(ruleInput(events, 3 * DAY_MINUTES))
    expect(alert?.title).toBe(
      'Front door battery may run out in about 3 days: fell from 90 % to 50 % over 2 days ' +
        '(3 readings, about 20 % a day)',
    )
  })

  it('needs at least three readings', () => {
    const events = [reading(0, 0.9), reading(1, 0.3)]
    expect(batteryForecastAlerts(ruleInput(events, 2 * DAY_MINUTES))).toEqual([])
  })

  it('ignores readings bunched within minutes', () => {
    const events = [0.9, 0.6, 0.3].map((level, i) =>
      seamEvent('device.low_battery', i, { battery_level: level }),
    )
    expect(batteryForecastAlerts(ruleInput(events, 10))).toEqual([])
  })

  it('raises nothing for a steady battery', () => {
    const events = [0, 1, 2, 3, 4].map((day) => reading(day, 0.8))
    expect(batteryForecastAlerts(ruleInput(events, 5 * DAY_MINUTES))).toEqual([])
  })

  it('resolves when a new battery goes in', () => {
    const fresh = reading(11, 1)
    const [alert] = batteryForecastAlerts(ruleInput([...draining, fresh], 12 * DAY_MINUTES))
    expect(alert?.resolvedAt).toBe(minutes(11 * DAY_MINUTES))
    expect(alert?.resolvedBy).toEqual({
      eventId: fresh.id,
      type: 'device.low_battery',
      why: 'battery rose to 100 %: new battery',
    })
  })

  it('resolves when the readings level off', () => {
    const events = [0.9, 0.7, 0.5, 0.5, 0.5, 0.5].map((level, day) => reading(day, level))
    const alerts = batteryForecastAlerts(
      ruleInput(events, 7 * DAY_MINUTES, { config: { forecastLookbackDays: 3 } }),
    )
    expect(alerts.map((a) => [a.openedAt, a.resolvedAt, a.resolvedBy?.why])).toEqual([
      [T0 + 2 * DAY_MS, T0 + 4 * DAY_MS, 'readings no longer point to empty within 7 days'],
    ])
  })

  it('leaves readings older than the lookback out of the trend', () => {
    // Months of a flat battery would hide a fall that started two days ago.
    const flat = Array.from({ length: 11 }, (_, day) => reading(day, 0.9))
    const events = [...flat, reading(24, 0.6), reading(25, 0.5), reading(26, 0.4)]
    const now = 27 * DAY_MINUTES
    const recent = batteryForecastAlerts(ruleInput(events, now))
    expect(recent.map((a) => a.title)).toEqual([
      'Front door battery may run out in about 4 days: fell from 60 % to 40 % over 2 days ' +
        '(3 readings, about 10 % a day)',
    ])
    const everything = ruleInput(events, now, { config: { forecastLookbackDays: 100 } })
    expect(batteryForecastAlerts(everything)).toEqual([])
  })
})
