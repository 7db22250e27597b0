import { describe, expect, it } from 'vitest'
import type { Alert, Incident } from './alert'
import type { AlertState } from './alert-lists'
import {
  alertsNeedingAttention,
  entryConcerns,
  entryStatus,
  groupAlertLists,
  type AlertEntry,
} from './alert-lists'

const NOW = 1_000_000
const HOUR = 3_600_000

function alert(id: string, overrides: Partial<Alert> = {}): Alert {
  return {
    id,
    rule: 'battery_low',
    severity: 'warning',
    subject: { kind: 'device', id: `dev_${id}`, name: `Door ${id}` },
    title: `Alert ${id}`,
    openedAt: NOW - 10_000,
    resolvedAt: null,
    openingEventId: `e_${id}`,
    ...overrides,
  }
}

function incident(
  id: string,
  alerts: readonly Alert[],
  overrides: Partial<Incident> = {},
): Incident {
  return {
    id,
    kind: 'hub_disconnected',
    subject: { kind: 'hub', id: 'hub_1', name: 'Gateway' },
    severity: 'critical',
    openedAt: NOW - 20_000,
    resolvedAt: null,
    alertIds: alerts.map((a) => a.id),
    deviceIds: alerts.map((a) => a.subject.id),
    title: `Hub 'Gateway' offline: ${alerts.length} locks unreachable`,
    ...overrides,
  }
}

const EMPTY: AlertState = { acknowledgements: [], snoozes: [] }

function ack(alertId: string, by = 'Ana') {
  return { alertId, by, note: 'seen', at: NOW - 1000 }
}

function snooze(alertId: string, until: number) {
  return { alertId, by: 'Bo', hours: 1 as const, at: NOW - 1000, until }
}

const keys = (entries: readonly AlertEntry[]) => entries.map((entry) => entry.key)

describe('groupAlertLists', () => {
  it('sorts alerts into open, snoozed, acknowledged and resolved', () => {
    const alerts = [
      alert('open'),
      alert('acked'),
      alert('snoozed'),
      alert('woke', {}),
      alert('done', { resolvedAt: NOW - 5000 }),
    ]
    const state: AlertState = {
      acknowledgements: [ack('acked'), ack('done')],
      snoozes: [snooze('snoozed', NOW + HOUR), snooze('woke', NOW - 1)],
    }
    const lists = groupAlertLists(alerts, [], state, NOW)
    expect(keys(lists.open)).toEqual(['open', 'woke'])
    expect(keys(lists.snoozed)).toEqual(['snoozed'])
    expect(keys(lists.acknowledged)).toEqual(['acked'])
    expect(keys(lists.resolved)).toEqual(['done'])
    // A resolved alert still says who acknowledged it.
    const done = lists.resolved[0]!
    expect(done.kind === 'alert' && done.tracked.acknowledgement?.by).toBe('Ana')
  })

  it('an acknowledgement outranks a snooze of the same alert', () => {
    const state: AlertState = {
      acknowledgements: [ack('a')],
      snoozes: [snooze('a', NOW + HOUR)],
    }
    const lists = groupAlertLists([alert('a')], [], state, NOW)
    expect(keys(lists.acknowledged)).toEqual(['a'])
  })

  it('shows an incident once with its devices inside, not as one row per device', () => {
    const members = ['x', 'y', 'z'].map((id) =>
      alert(id, { rule: 'device_offline', incidentId: 'inc' }),
    )
    const lists = groupAlertLists(
      [...members, alert('other')],
      [incident('inc', members)],
      EMPTY,
      NOW,
    )
    expect(keys(lists.open)).toEqual(['inc', 'other'])
    const first = lists.open[0]!
    expect(first.kind).toBe('incident')
    expect(first.kind === 'incident' && first.members.map((m) => m.alert.id)).toEqual([
      'x',
      'y',
      'z',
    ])
  })

  it('acknowledging the incident acknowledges every device in it', () => {
    const members = ['x', 'y'].map((id) => alert(id, { incidentId: 'inc' }))
    const state: AlertState = { acknowledgements: [ack('inc')], snoozes: [] }
    const lists = groupAlertLists(members, [incident('inc', members)], state, NOW)
    expect(keys(lists.acknowledged)).toEqual(['inc'])
    const entry = lists.acknowledged[0]!
    expect(entry.kind === 'incident' && entry.members.map((m) => m.status)).toEqual([
      'acknowledged',
      'acknowledged',
    ])
    expect(alertsNeedingAttention(lists)).toEqual([])
  })

  it('an incident is handled only once every open device in it is', () => {
    const members = [
      alert('x', { incidentId: 'inc' }),
      alert('y', { incidentId: 'inc' }),
      alert('z', { incidentId: 'inc', resolvedAt: NOW - 1 }),
    ]
    const incidents = [incident('inc', members)]
    const partly: AlertState = { acknowledgements: [ack('x')], snoozes: [] }
    expect(keys(groupAlertLists(members, incidents, partly, NOW).open)).toEqual(['inc'])
    expect(
      alertsNeedingAttention(groupAlertLists(members, incidents, partly, NOW)).map((a) => a.id),
    ).toEqual(['y'])
    const all: AlertState = { acknowledgements: [ack('x')], snoozes: [snooze('y', NOW + HOUR)] }
    expect(keys(groupAlertLists(members, incidents, all, NOW).snoozed)).toEqual(['inc'])
  })

  it('a resolved incident is resolved whatever was acknowledged', () => {
    const members = [alert('x', { incidentId: 'inc', resolvedAt: NOW - 1 })]
    const state: AlertState = { acknowledgements: [], snoozes: [snooze('inc', NOW + HOUR)] }
    const lists = groupAlertLists(
      members,
      [incident('inc', members, { resolvedAt: NOW - 1 })],
      state,
      NOW,
    )
    expect(keys(lists.resolved)).toEqual(['inc'])
    const entry = lists.resolved[0]!
    expect(entry.kind === 'incident' && entry.handling.snooze).toBeUndefined()
  })

  it('keeps an alert whose incident is missing as a row of its own', () => {
    const lists = groupAlertLists([alert('x', { incidentId: 'gone' })], [], EMPTY, NOW)
    expect(keys(lists.open)).toEqual(['x'])
  })

  it('orders gravest first, then newest; resolved by newest resolution', () => {
    const alerts = [
      alert('old-warning', { openedAt: 1 }),
      alert('new-warning', { openedAt: 5 }),
      alert('critical', { severity: 'critical', openedAt: 0 }),
      alert('resolved-early', { resolvedAt: 10 }),
      alert('resolved-late', { resolvedAt: 20, severity: 'info' }),
    ]
    const lists = groupAlertLists(alerts, [], EMPTY, NOW)
    expect(keys(lists.open)).toEqual(['critical', 'new-warning', 'old-warning'])
    expect(keys(lists.resolved)).toEqual(['resolved-late', 'resolved-early'])
    expect(lists.open.map(entryStatus)).toEqual(['open', 'open', 'open'])
  })
})

describe('entryConcerns', () => {
  it('matches the subject, a device inside an incident, and the hub', () => {
    const members = [alert('x', { incidentId: 'inc' })]
    const [entry] = groupAlertLists(members, [incident('inc', members)], EMPTY, NOW).open
    expect(entryConcerns(entry!, new Set(['dev_x']))).toBe(true)
    expect(entryConcerns(entry!, new Set(['hub_1']))).toBe(true)
    expect(entryConcerns(entry!, new Set(['dev_other', 'acct']))).toBe(false)
  })
})
