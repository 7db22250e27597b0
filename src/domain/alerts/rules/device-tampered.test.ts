import { describe, expect, it } from 'vitest'
import { minutes, ruleInput, seamEvent } from '../test-events'
import { deviceTamperedAlerts } from './device-tampered'

const HOUR = 60
const tampered = seamEvent('device.tampered', 0)

describe('deviceTamperedAlerts', () => {
  it('opens a critical alert that no event resolves', () => {
    const events = [tampered, seamEvent('device.connected', 5), seamEvent('lock.locked', 6)]
    expect(deviceTamperedAlerts(ruleInput(events, 23 * HOUR))).toEqual([
      {
        id: `device_tampered:device:front_door:${tampered.id}`,
        rule: 'device_tampered',
        severity: 'critical',
        subject: { kind: 'device', id: 'front_door', name: 'Front door' },
        title: 'Front door tampered with',
        openedAt: minutes(0),
        resolvedAt: null,
        openingEventId: tampered.id,
      },
    ])
  })

  it('expires 24 h after the last tampering', () => {
    const [alert] = deviceTamperedAlerts(ruleInput([tampered], 24 * HOUR))
    expect(alert?.resolvedAt).toBe(minutes(24 * HOUR))
    expect(alert?.resolvedBy).toEqual({
      eventId: null,
      type: 'expired',
      why: 'expired 24 h after the last tampering (no acknowledgement yet)',
    })
  })

  it('folds tampering while open into the same alert and extends it', () => {
    const events = [tampered, seamEvent('device.tampered', 10 * HOUR)]
    const alerts = deviceTamperedAlerts(ruleInput(events, 30 * HOUR))
    expect(alerts.map((a) => [a.title, a.resolvedAt])).toEqual([
      ['Front door tampered with (2 times)', null],
    ])
  })

  it('opens a new alert for tampering after the previous one expired', () => {
    const later = seamEvent('device.tampered', 30 * HOUR)
    const alerts = deviceTamperedAlerts(ruleInput([tampered, later], 31 * HOUR))
    expect(alerts.map((a) => [a.openingEventId, a.resolvedAt])).toEqual([
      [tampered.id, minutes(24 * HOUR)],
      [later.id, null],
    ])
  })
})
