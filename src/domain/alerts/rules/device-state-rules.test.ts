import { describe, expect, it } from 'vitest'
import { minutes, ruleInput, seamEvent } from '../test-events'
import { keypadDisconnectedAlerts } from './keypad-disconnected'
import { subscriptionRequiredAlerts } from './subscription-required'
import { thirdPartyIntegrationAlerts } from './third-party-integration'

describe('keypadDisconnectedAlerts', () => {
  const gone = seamEvent('device.accessory_keypad_disconnected', 0)

  it('opens a warning when the keypad disconnects', () => {
    expect(keypadDisconnectedAlerts(ruleInput([gone], 5))).toEqual([
      {
        id: `keypad_disconnected:device:front_door:${gone.id}`,
        rule: 'keypad_disconnected',
        severity: 'warning',
        subject: { kind: 'device', id: 'front_door', name: 'Front door' },
        title: 'Front door keypad disconnected',
        openedAt: minutes(0),
        resolvedAt: null,
        openingEventId: gone.id,
      },
    ])
  })

  it('resolves when the keypad reconnects', () => {
    const back = seamEvent('device.accessory_keypad_connected', 20)
    const [alert] = keypadDisconnectedAlerts(ruleInput([back, gone], 30))
    expect([alert?.resolvedAt, alert?.resolvedBy?.why]).toEqual([minutes(20), 'keypad reconnected'])
  })
})

describe('subscriptionRequiredAlerts', () => {
  const required = seamEvent('device.error.subscription_required', 0)

  it('opens a warning while a subscription is required', () => {
    const alerts = subscriptionRequiredAlerts(ruleInput([required], 5))
    expect(alerts.map((a) => [a.severity, a.title, a.resolvedAt])).toEqual([
      ['warning', 'Front door needs a provider subscription', null],
    ])
  })

  it('resolves on subscription_required.resolved', () => {
    const resolved = seamEvent('device.error.subscription_required.resolved', 60)
    const [alert] = subscriptionRequiredAlerts(ruleInput([required, resolved], 90))
    expect(alert?.resolvedBy).toEqual({
      eventId: resolved.id,
      type: 'device.error.subscription_required.resolved',
      why: 'subscription no longer required',
    })
  })
})

describe('thirdPartyIntegrationAlerts', () => {
  const detected = seamEvent('device.third_party_integration_detected', 0)

  it('opens a warning when another integration is detected', () => {
    const alerts = thirdPartyIntegrationAlerts(ruleInput([detected], 5))
    expect(alerts.map((a) => [a.severity, a.title, a.resolvedAt])).toEqual([
      ['warning', 'Front door: third-party integration detected', null],
    ])
  })

  it('resolves when it is no longer detected, and ignores repeats while open', () => {
    const events = [
      detected,
      seamEvent('device.third_party_integration_detected', 10),
      seamEvent('device.third_party_integration_no_longer_detected', 30),
    ]
    const alerts = thirdPartyIntegrationAlerts(ruleInput(events, 60))
    expect(alerts.map((a) => [a.openingEventId, a.resolvedAt, a.resolvedBy?.why])).toEqual([
      [detected.id, minutes(30), 'third-party integration no longer detected'],
    ])
  })
})
