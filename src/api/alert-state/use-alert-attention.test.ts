import { describe, expect, it } from 'vitest'
import { alertListsOf, alertsSchema } from '../live/alerts-read-model'
import { attentionOf } from './use-alert-attention'

const T = '2026-12-03T10:00:00.000Z'

function wireAlert(id: string, device: string, severity: string, account: string | null) {
  return {
    alert_id: id,
    rule: 'battery_low',
    severity,
    subject: { kind: 'device', id: device, name: device },
    title: id,
    opened_at: T,
    resolved_at: null,
    resolved_by: null,
    opening_event_id: `e_${id}`,
    incident_id: null,
    connected_account_id: account,
  }
}

const handling = (status: string) => ({ status, acknowledgement: null, snooze: null })

describe('attentionOf', () => {
  it('counts the Open list per device, per account and in all, an incident once', () => {
    const model = alertsSchema.parse({
      version: 1,
      counts: { open: 3, snoozed: 1, acknowledged: 0, resolved: 0 },
      entries: [
        { kind: 'alert', ...handling('open'), alert: wireAlert('1', 'door', 'warning', 'acct') },
        { kind: 'alert', ...handling('open'), alert: wireAlert('2', 'door', 'info', 'acct') },
        {
          kind: 'incident',
          ...handling('open'),
          incident: {
            incident_id: 'hub-down',
            kind: 'hub_disconnected',
            subject: { kind: 'hub', id: 'hub', name: 'Hub' },
            severity: 'critical',
            title: 'Hub offline',
            opened_at: T,
            resolved_at: null,
            alert_ids: ['3', '4'],
            device_ids: ['gate', 'side'],
          },
          members: [
            { ...handling('open'), alert: wireAlert('3', 'gate', 'critical', 'acct') },
            // Someone took this one: it needs nobody, and counts on no badge.
            { ...handling('acknowledged'), alert: wireAlert('4', 'side', 'critical', 'acct') },
          ],
        },
        {
          kind: 'alert',
          ...handling('snoozed'),
          alert: wireAlert('5', 'back', 'critical', 'other'),
        },
      ],
    })
    const attention = attentionOf(alertListsOf(model))
    expect(attention.total).toEqual({ count: 3, severity: 'critical' })
    expect([...attention.byDevice]).toEqual([
      ['door', { count: 2, severity: 'warning' }],
      ['gate', { count: 1, severity: 'critical' }],
    ])
    expect([...attention.byAccount]).toEqual([['acct', { count: 3, severity: 'critical' }]])
  })
})
