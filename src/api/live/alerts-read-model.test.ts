import { describe, expect, it } from 'vitest'
import { openBadge } from '../alert-state/use-alert-total'
import { alertListsOf, alertsSchema, untilSnoozeEnds } from './alerts-read-model'

const T = Date.parse('2026-12-03T10:00:00.000Z')
const iso = (ms: number) => new Date(ms).toISOString()

function wireAlert(id: string) {
  return {
    alert_id: id,
    rule: 'device_offline',
    severity: 'critical',
    subject: { kind: 'device', id: `d_${id}`, name: `Door ${id}` },
    title: `Door ${id} offline`,
    opened_at: iso(T),
    resolved_at: null,
    resolved_by: null,
    opening_event_id: `e_${id}`,
    incident_id: null,
    connected_account_id: 'acct',
  }
}

const snooze = (until: number) => ({ by: 'Bo', hours: 1, at: iso(T), until: iso(until) })

const model = alertsSchema.parse({
  version: 4,
  counts: { open: 1, snoozed: 2, acknowledged: 0, resolved: 0 },
  severities: { open: 'critical', snoozed: 'critical', acknowledged: null, resolved: null },
  entries: [
    { kind: 'alert', status: 'open', acknowledgement: null, snooze: null, alert: wireAlert('1') },
    {
      kind: 'alert',
      status: 'snoozed',
      acknowledgement: null,
      snooze: snooze(T + 3_600_000),
      alert: wireAlert('2'),
    },
    {
      kind: 'alert',
      status: 'snoozed',
      acknowledgement: null,
      snooze: snooze(T + 60_000),
      alert: wireAlert('3'),
    },
  ],
})

describe('alertListsOf', () => {
  it('puts each entry in its status list, in the server’s order, handling named by its alert', () => {
    const lists = alertListsOf(model)
    expect(lists.open.map((entry) => entry.key)).toEqual(['1'])
    expect(lists.snoozed.map((entry) => entry.key)).toEqual(['2', '3'])
    const first = lists.snoozed[0]!
    expect(first.kind === 'alert' && first.tracked.snooze).toEqual({
      alertId: '2',
      by: 'Bo',
      hours: 1,
      at: T,
      until: T + 3_600_000,
    })
    expect(lists.acknowledged).toEqual([])
  })
})

describe('untilSnoozeEnds', () => {
  it('waits until just after the earliest snooze ends, and not at all without one', () => {
    expect(untilSnoozeEnds(model, T)).toBe(61_000)
    expect(untilSnoozeEnds(model, T + 120_000)).toBe(1_000)
    expect(untilSnoozeEnds({ ...model, entries: [model.entries[0]!] }, T)).toBeUndefined()
    expect(untilSnoozeEnds(undefined, T)).toBeUndefined()
  })
})

describe('openBadge', () => {
  it('is the Open list’s count and gravest severity, info when nothing is open', () => {
    expect(openBadge(model)).toEqual({ count: 1, severity: 'critical' })
    expect(
      openBadge({
        ...model,
        counts: { ...model.counts, open: 0 },
        severities: { ...model.severities, open: null },
      }),
    ).toEqual({ count: 0, severity: 'info' })
  })
})
