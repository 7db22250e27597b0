import { describe, expect, it } from 'vitest'
import type { Alert } from '../../domain/alerts/alert'
import type { Device } from '../../domain/devices/device-schema'
import { summarizeAlerts } from './summarize-alerts'

function alert(
  id: string,
  kind: 'device' | 'account',
  subjectId: string,
  open = true,
  severity: Alert['severity'] = 'warning',
): Alert {
  return {
    id,
    rule: kind === 'device' ? 'battery_low' : 'account_disconnected',
    severity,
    subject: { kind, id: subjectId, name: subjectId },
    title: id,
    openedAt: 1,
    resolvedAt: open ? null : 2,
    openingEventId: `e_${id}`,
  }
}

const devices = [
  { device_id: 'door', connected_account_id: 'acct_a' },
  { device_id: 'gate', connected_account_id: 'acct_b' },
] as unknown as Device[] // only the two fields summarizeAlerts reads

describe('summarizeAlerts', () => {
  it('counts open alerts per device, per account (with its devices) and in all', () => {
    const summary = summarizeAlerts(
      {
        alerts: [
          alert('1', 'device', 'door', true, 'critical'),
          alert('2', 'device', 'door'),
          alert('3', 'device', 'gate', false),
          alert('4', 'account', 'acct_b'),
          alert('5', 'device', 'removed'),
        ],
        incidents: [],
      },
      devices,
      (id) => (id === 'removed' ? 'acct_b' : undefined),
    )
    expect(summary.byDevice.get('door')).toEqual({ count: 2, severity: 'critical' })
    expect(summary.byDevice.get('gate')).toBeUndefined()
    expect(summary.byAccount.get('acct_a')).toEqual({ count: 2, severity: 'critical' })
    expect(summary.byAccount.get('acct_b')).toEqual({ count: 2, severity: 'warning' })
    expect(summary.total).toEqual({ count: 4, severity: 'critical' })
    expect(summary.openAlerts.map((a) => a.id)).toEqual(['1', '2', '4', '5'])
  })

  it('reports an all-clear as zero', () => {
    const summary = summarizeAlerts(
      { alerts: [alert('1', 'device', 'door', false)], incidents: [] },
      devices,
    )
    expect(summary.total).toEqual({ count: 0, severity: 'info' })
    expect(summary.byAccount.size).toBe(0)
  })
})
