import { describe, expect, it } from 'vitest'
import type { Alert } from '../../domain/alerts/alert'
import type { Device } from '../../domain/devices/device-schema'
import { summarizeAlerts } from '../fleet-alerts/summarize-alerts'
import type { AlertState } from './get-alert-state'
import { computeAlertAttention } from './use-alert-attention'

const NOW = 1_000_000

function alert(id: string, deviceId: string, severity: Alert['severity'] = 'warning'): Alert {
  return {
    id,
    rule: 'battery_low',
    severity,
    subject: { kind: 'device', id: deviceId, name: deviceId },
    title: id,
    openedAt: 1,
    resolvedAt: null,
    openingEventId: `e_${id}`,
  }
}

const devices = [
  { device_id: 'door', connected_account_id: 'acct' },
  { device_id: 'gate', connected_account_id: 'acct' },
] as unknown as Device[] // only the fields summarizeAlerts reads

describe('computeAlertAttention', () => {
  it('counts open alerts minus acknowledged and snoozed ones, per device, account and in all', () => {
    const alerts = [alert('1', 'door', 'critical'), alert('2', 'door'), alert('3', 'gate')]
    const fleet = summarizeAlerts({ alerts, incidents: [] }, devices)
    const state: AlertState = {
      acknowledgements: [{ alertId: '1', by: 'Ana', note: '', at: 1 }],
      snoozes: [{ alertId: '3', by: 'Ana', hours: 1, at: 1, until: NOW + 1 }],
    }
    const attention = computeAlertAttention({ fleet, state, devices, now: NOW }, () => undefined)
    expect(attention.total).toEqual({ count: 1, severity: 'warning' })
    expect(attention.byDevice.get('door')).toEqual({ count: 1, severity: 'warning' })
    expect(attention.byDevice.get('gate')).toBeUndefined()
    expect(attention.byAccount.get('acct')).toEqual({ count: 1, severity: 'warning' })

    // Once the snooze is over, the gate counts again.
    const later = computeAlertAttention({ fleet, state, devices, now: NOW + 2 }, () => undefined)
    expect(later.byDevice.get('gate')).toEqual({ count: 1, severity: 'warning' })
    expect(later.total.count).toBe(2)
  })
})
