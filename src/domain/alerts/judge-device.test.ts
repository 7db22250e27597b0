import { describe, expect, it } from 'vitest'
import type { KnownEventType } from '../events/event-types'
import { compareAlerts } from './alert'
import { judgeDevice } from './judge-device'
import { accessCodeAlerts } from './rules/access-code-trouble'
import { accessDeniedBurstAlerts } from './rules/access-denied-burst'
import { batteryForecastAlerts } from './rules/battery-forecast'
import { batteryLowAlerts } from './rules/battery-low'
import { connectionFlakyAlerts } from './rules/connection-flaky'
import { deviceOfflineAlerts } from './rules/device-offline'
import { deviceTamperedAlerts } from './rules/device-tampered'
import { externalChangeAlerts } from './rules/external-change'
import { keypadDisconnectedAlerts } from './rules/keypad-disconnected'
import { noiseThresholdAlerts } from './rules/noise-threshold'
import { subscriptionRequiredAlerts } from './rules/subscription-required'
import { thirdPartyIntegrationAlerts } from './rules/third-party-integration'
import { DEFAULT_ALERT_CONFIG } from './alert-config'
import { DEVICE_ID, minutes, ruleInput, seamEvent, testDevice } from './test-events'

const EVERY_RULE = [
  connectionFlakyAlerts,
  batteryLowAlerts,
  batteryForecastAlerts,
  deviceTamperedAlerts,
  accessDeniedBurstAlerts,
  keypadDisconnectedAlerts,
  subscriptionRequiredAlerts,
  thirdPartyIntegrationAlerts,
  accessCodeAlerts,
  externalChangeAlerts,
  noiseThresholdAlerts,
  deviceOfflineAlerts,
]

const TYPES: readonly KnownEventType[] = [
  'device.low_battery',
  'device.tampered',
  'access_code.failed_to_set_on_device',
  'device.disconnected',
  'noise_sensor.noise_threshold_triggered',
  'device.connection_became_flaky',
  'device.accessory_keypad_disconnected',
  'device.third_party_integration_detected',
  'access_code.modified_external_to_seam',
  'lock.access_denied',
  'device.connected',
]

describe('judgeDevice', () => {
  it('finds every alert that running every rule finds, for each mix of event types', () => {
    const device = testDevice(DEVICE_ID, 'Front door')
    // Each prefix of TYPES, so some rules have their types present and others do not.
    for (let count = 0; count <= TYPES.length; count++) {
      const events = TYPES.slice(0, count).flatMap((type, i) => [
        seamEvent(type, i * 10),
        seamEvent(type, i * 10 + 1),
      ])
      const input = ruleInput(events, 200, {
        subject: { kind: 'device', id: DEVICE_ID, name: 'Front door' },
      })
      const expected = EVERY_RULE.flatMap((rule) => rule(input)).sort(compareAlerts)
      const judged = judgeDevice({
        deviceId: DEVICE_ID,
        device,
        events: [...events].reverse(),
        now: minutes(200),
        config: DEFAULT_ALERT_CONFIG,
        uniqueEventIds: true,
      })
      expect(judged.alerts.sort(compareAlerts)).toEqual(expected)
      expect(judged.offline.map((fact) => fact.alert)).toEqual(
        expected.filter((alert) => alert.rule === 'device_offline'),
      )
    }
  })

  it('names the opening event facts of an offline alert', () => {
    const offline = seamEvent('device.disconnected', 1)
    const judged = judgeDevice({
      deviceId: DEVICE_ID,
      device: undefined,
      events: [offline],
      now: minutes(60),
      config: DEFAULT_ALERT_CONFIG,
    })
    expect(judged.offline).toHaveLength(1)
    expect(judged.offline[0]?.accountId).toBe(offline.connectedAccountId)
    expect(judged.offline[0]?.reason).toBe(offline.details?.disconnectReason)
  })
})
