import { describe, expect, it } from 'vitest'
import { minutes, ruleInput, seamEvent } from '../test-events'
import { connectionFlakyAlerts } from './connection-flaky'

const flaky = seamEvent('device.connection_became_flaky', 0)
const stable = seamEvent('device.connection_stabilized', 30)

describe('connectionFlakyAlerts', () => {
  it('opens a warning when the connection becomes flaky', () => {
    expect(connectionFlakyAlerts(ruleInput([flaky], 40))).toEqual([
      {
        id: `connection_flaky:device:front_door:${flaky.id}`,
        rule: 'connection_flaky',
        severity: 'warning',
        subject: { kind: 'device', id: 'front_door', name: 'Front door' },
        title: 'Front door connection flaky for 40 min',
        openedAt: minutes(0),
        resolvedAt: null,
        openingEventId: flaky.id,
      },
    ])
  })

  it('resolves at the stabilization once the connection stayed stable long enough', () => {
    const [alert] = connectionFlakyAlerts(ruleInput([stable, flaky], 45))
    expect(alert?.resolvedAt).toBe(minutes(30))
    expect(alert?.resolvedBy).toEqual({
      eventId: stable.id,
      type: 'device.connection_stabilized',
      why: 'connection stabilized',
    })
    expect(alert?.title).toBe('Front door connection was flaky for 30 min')
  })

  it('stays open while the stabilization is younger than the stable period', () => {
    const [alert] = connectionFlakyAlerts(ruleInput([flaky, stable], 44))
    expect(alert?.resolvedAt).toBeNull()
  })

  it('keeps one alert when the connection flaps back within the stable period', () => {
    const events = [
      flaky,
      stable,
      seamEvent('device.connection_became_flaky', 35),
      seamEvent('device.connection_stabilized', 50),
    ]
    const alerts = connectionFlakyAlerts(ruleInput(events, 120))
    expect(alerts.map((a) => [a.openingEventId, a.resolvedAt])).toEqual([[flaky.id, minutes(50)]])
  })

  it('opens a new alert for a flaky spell after a confirmed stable one', () => {
    const later = seamEvent('device.connection_became_flaky', 90)
    const alerts = connectionFlakyAlerts(ruleInput([flaky, stable, later], 100))
    expect(alerts.map((a) => [a.openingEventId, a.resolvedAt])).toEqual([
      [flaky.id, minutes(30)],
      [later.id, null],
    ])
  })

  it('ignores a stabilization with no flaky spell before it', () => {
    expect(connectionFlakyAlerts(ruleInput([stable], 100))).toEqual([])
  })
})
