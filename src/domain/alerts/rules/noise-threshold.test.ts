import { describe, expect, it } from 'vitest'
import { minutes, ruleInput, seamEvent } from '../test-events'
import { noiseThresholdAlerts } from './noise-threshold'

const noise = (atMinute: number, extra: Record<string, unknown> = {}) =>
  seamEvent('noise_sensor.noise_threshold_triggered', atMinute, extra)

describe('noiseThresholdAlerts', () => {
  it('opens an info alert naming the threshold', () => {
    const first = noise(0)
    expect(noiseThresholdAlerts(ruleInput([first], 10))).toEqual([
      {
        id: `noise_threshold:device:front_door:${first.id}`,
        rule: 'noise_threshold',
        severity: 'info',
        subject: { kind: 'device', id: 'front_door', name: 'Front door' },
        title: "Front door: noise above 'builtin_first_disturbance'",
        openedAt: minutes(0),
        resolvedAt: null,
        openingEventId: first.id,
      },
    ])
  })

  it('becomes a warning when it triggers again while open', () => {
    const events = [noise(0), noise(20, { noise_level_decibels: 71.6 })]
    const alerts = noiseThresholdAlerts(ruleInput(events, 30))
    expect(alerts.map((a) => [a.severity, a.title])).toEqual([
      ['warning', "Front door: noise above 'builtin_first_disturbance', 72 dB (2 times)"],
    ])
  })

  it('resolves by itself 30 min after the last trigger', () => {
    const [alert] = noiseThresholdAlerts(ruleInput([noise(0), noise(20)], 50))
    expect(alert?.resolvedAt).toBe(minutes(50))
    expect(alert?.resolvedBy).toEqual({ eventId: null, type: 'expired', why: 'quiet for 30 min' })
  })

  it('opens a new alert for noise after a quiet half hour', () => {
    const alerts = noiseThresholdAlerts(ruleInput([noise(0), noise(45)], 50))
    expect(alerts.map((a) => [a.openedAt, a.resolvedAt])).toEqual([
      [minutes(0), minutes(30)],
      [minutes(45), null],
    ])
  })
})
