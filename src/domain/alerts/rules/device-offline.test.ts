import { describe, expect, it } from 'vitest'
import { minutes, ruleInput, seamEvent } from '../test-events'
import { deviceOfflineAlerts } from './device-offline'

const hubDown = seamEvent('device.disconnected', 0, { error_code: 'hub_disconnected' })

describe('deviceOfflineAlerts', () => {
  it('opens nothing while the device is still inside the grace period', () => {
    expect(deviceOfflineAlerts(ruleInput([hubDown], 9))).toEqual([])
  })

  it('opens at the disconnection once the device has been offline past the grace period', () => {
    const [alert, ...rest] = deviceOfflineAlerts(ruleInput([hubDown], 25))
    expect(rest).toEqual([])
    expect(alert).toEqual({
      id: `device_offline:device:front_door:${hubDown.id}`,
      rule: 'device_offline',
      severity: 'critical',
      subject: { kind: 'device', id: 'front_door', name: 'Front door' },
      title: 'Front door offline for 25 min: hub disconnected',
      openedAt: minutes(0),
      resolvedAt: null,
      openingEventId: hubDown.id,
    })
  })

  it('resolves when the device comes back online', () => {
    const back = seamEvent('device.connected', 40)
    const [alert] = deviceOfflineAlerts(ruleInput([back, hubDown], 60))
    expect(alert?.resolvedAt).toBe(minutes(40))
    expect(alert?.resolvedBy).toEqual({
      eventId: back.id,
      type: 'device.connected',
      why: 'device came back online',
    })
    expect(alert?.title).toBe('Front door was offline for 40 min: hub disconnected')
  })

  it('also resolves when the device comes back as an unmanaged device', () => {
    const back = seamEvent('device.unmanaged.connected', 30)
    const [alert] = deviceOfflineAlerts(ruleInput([hubDown, back], 60))
    expect(alert?.resolvedBy?.type).toBe('device.unmanaged.connected')
  })

  it('raises nothing for a blip shorter than the grace period', () => {
    const events = [hubDown, seamEvent('device.connected', 4)]
    expect(deviceOfflineAlerts(ruleInput(events, 60))).toEqual([])
  })

  it('treats a repeated disconnection while offline as the same outage', () => {
    const again = seamEvent('device.disconnected', 5, { error_code: 'device_disconnected' })
    const alerts = deviceOfflineAlerts(ruleInput([hubDown, again], 30))
    expect(alerts.map((a) => a.openingEventId)).toEqual([hubDown.id])
  })

  it('gives each outage its own alert and warns for reasons other than a hub', () => {
    const events = [
      seamEvent('device.disconnected', 0, { error_code: 'account_disconnected' }),
      seamEvent('device.connected', 20),
      seamEvent('device.disconnected', 100, { error_code: 'device_disconnected' }),
    ]
    const alerts = deviceOfflineAlerts(ruleInput(events, 130))
    expect(alerts.map((a) => [a.severity, a.title, a.resolvedAt])).toEqual([
      ['warning', 'Front door was offline for 20 min: account disconnected', minutes(20)],
      ['warning', 'Front door offline for 30 min: device disconnected', null],
    ])
  })

  it('words an undocumented disconnection code as sent', () => {
    const odd = seamEvent('device.disconnected', 0, { error_code: 'gateway_power_loss' })
    expect(deviceOfflineAlerts(ruleInput([odd], 2 * 60 + 5))[0]?.title).toBe(
      'Front door offline for 2 h 5 min: gateway power loss',
    )
  })

  it('honours a configured grace period', () => {
    const input = ruleInput([hubDown], 25, { config: { offlineGraceMinutes: 30 } })
    expect(deviceOfflineAlerts(input)).toEqual([])
  })
})
