import { describe, expect, it } from 'vitest'
import { minutes, ruleInput, seamEvent } from '../test-events'
import { batteryLowAlerts } from './battery-low'

const level = (atMinute: number, battery_level: number) =>
  seamEvent('device.low_battery', atMinute, { battery_level })
const status = (atMinute: number, battery_status: string, extra: Record<string, unknown> = {}) =>
  seamEvent('device.battery_status_changed', atMinute, {
    battery_status,
    battery_level: null,
    ...extra,
  })

describe('batteryLowAlerts', () => {
  it('opens a warning for a level at or below the low threshold', () => {
    const low = level(0, 0.2)
    expect(batteryLowAlerts(ruleInput([low], 10))).toEqual([
      {
        id: `battery_low:device:front_door:${low.id}`,
        rule: 'battery_low',
        severity: 'warning',
        subject: { kind: 'device', id: 'front_door', name: 'Front door' },
        title: 'Front door battery low: 20 %',
        openedAt: minutes(0),
        resolvedAt: null,
        openingEventId: low.id,
      },
    ])
  })

  it('opens a critical alert at or below the critical level', () => {
    const [alert] = batteryLowAlerts(ruleInput([level(0, 0.1)], 10))
    expect([alert?.severity, alert?.title]).toEqual([
      'critical',
      'Front door battery critical: 10 %',
    ])
  })

  it('raises nothing for a low_battery reading above the low threshold', () => {
    expect(batteryLowAlerts(ruleInput([level(0, 0.3)], 10))).toEqual([])
  })

  it('opens from a status change to low or critical, without a level', () => {
    const alerts = batteryLowAlerts(ruleInput([status(0, 'critical')], 10))
    expect(alerts.map((a) => [a.severity, a.title])).toEqual([
      ['critical', 'Front door battery critical'],
    ])
  })

  it('escalates to critical and shows the lowest level seen', () => {
    const events = [level(0, 0.22), level(60, 0.08), level(120, 0.09)]
    const alerts = batteryLowAlerts(ruleInput(events, 200))
    expect(alerts.map((a) => [a.severity, a.title, a.openedAt])).toEqual([
      ['critical', 'Front door battery critical: 8 %', minutes(0)],
    ])
  })

  it('resolves when a later status change says good or full', () => {
    const good = status(90, 'good', { battery_level: 0.95 })
    const [alert] = batteryLowAlerts(ruleInput([level(0, 0.2), good], 100))
    expect(alert?.resolvedAt).toBe(minutes(90))
    expect(alert?.resolvedBy).toEqual({
      eventId: good.id,
      type: 'device.battery_status_changed',
      why: 'battery status back to good (95 %)',
    })
  })

  it('resolves when a later low_battery reading is above the threshold', () => {
    const higher = level(90, 0.6)
    const [alert] = batteryLowAlerts(ruleInput([level(0, 0.2), higher], 100))
    expect(alert?.resolvedBy).toEqual({
      eventId: higher.id,
      type: 'device.low_battery',
      why: 'battery back to 60 %',
    })
  })

  it('stays open when a later reading is higher but still low', () => {
    const [alert] = batteryLowAlerts(ruleInput([level(0, 0.1), level(90, 0.2)], 100))
    expect(alert?.resolvedAt).toBeNull()
  })

  it('opens a new alert when the battery runs low again after recovering', () => {
    const events = [level(0, 0.2), status(10, 'full'), status(500, 'low')]
    const alerts = batteryLowAlerts(ruleInput(events, 600))
    expect(alerts.map((a) => [a.openedAt, a.resolvedAt])).toEqual([
      [minutes(0), minutes(10)],
      [minutes(500), null],
    ])
  })
})
