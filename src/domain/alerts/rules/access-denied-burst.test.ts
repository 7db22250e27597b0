import { describe, expect, it } from 'vitest'
import { minutes, ruleInput, seamEvent } from '../test-events'
import { accessDeniedBurstAlerts } from './access-denied-burst'

const denied = (atMinute: number) => seamEvent('lock.access_denied', atMinute)

describe('accessDeniedBurstAlerts', () => {
  it('opens at the third denial within 10 minutes', () => {
    const events = [denied(0), denied(4), denied(9)]
    expect(accessDeniedBurstAlerts(ruleInput(events, 12))).toEqual([
      {
        id: `access_denied_burst:device:front_door:${events[2]!.id}`,
        rule: 'access_denied_burst',
        severity: 'warning',
        subject: { kind: 'device', id: 'front_door', name: 'Front door' },
        title: 'Front door: 3 access denials in 9 min',
        openedAt: minutes(9),
        resolvedAt: null,
        openingEventId: events[2]!.id,
      },
    ])
  })

  it('raises nothing for denials spread wider than the window', () => {
    const events = [denied(0), denied(8), denied(16), denied(24)]
    expect(accessDeniedBurstAlerts(ruleInput(events, 60))).toEqual([])
  })

  it('keeps one alert per burst however long it goes on', () => {
    const events = [0, 1, 2, 8, 15, 22].map(denied)
    const alerts = accessDeniedBurstAlerts(ruleInput(events, 25))
    expect(alerts.map((a) => [a.title, a.resolvedAt])).toEqual([
      ['Front door: 6 access denials in 22 min', null],
    ])
  })

  it('resolves as expired once a window passes without a denial, then can open again', () => {
    const events = [0, 1, 2, 40, 41, 42].map(denied)
    const alerts = accessDeniedBurstAlerts(ruleInput(events, 60))
    expect(alerts.map((a) => [a.openedAt, a.resolvedAt, a.resolvedBy?.why])).toEqual([
      [minutes(2), minutes(12), 'no further denial for 10 min'],
      [minutes(42), minutes(52), 'no further denial for 10 min'],
    ])
  })

  it('honours a configured burst size', () => {
    const events = [denied(0), denied(1), denied(2)]
    const input = ruleInput(events, 5, { config: { accessDeniedBurstSize: 4 } })
    expect(accessDeniedBurstAlerts(input)).toEqual([])
  })
})
