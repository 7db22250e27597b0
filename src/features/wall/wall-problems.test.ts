import { describe, expect, it } from 'vitest'
import type { Alert, Incident } from '../../domain/alerts/alert'
import type { Severity } from '../../domain/events/parsed-event'
import {
  wallSummary,
  type WallAccount,
  type WallDevice,
  type WallSummaryInput,
} from './wall-problems'

const T = Date.parse('2026-03-02T09:00:00Z')

function device(id: string, name: string, accountId: string | null): WallDevice {
  return { id, name, accountId }
}

function account(id: string, name: string): WallAccount {
  return { id, name }
}

function alert(
  id: string,
  severity: Severity,
  subject: Alert['subject'],
  openedAt: number,
  extra: Partial<Alert> = {},
): Alert {
  return {
    id,
    rule: 'device_offline',
    severity,
    subject,
    title: `${subject.name}: ${id}`,
    openedAt,
    resolvedAt: null,
    openingEventId: `event_${id}`,
    ...extra,
  }
}

const onDevice = (id: string): Alert['subject'] => ({ kind: 'device', id, name: id })

const accounts = [
  account('acct_salto', 'Riverside Lofts (Salto KS)'),
  account('acct_st', 'Harbor View building (SmartThings)'),
  account('acct_aug', 'Harborline August'),
]
const devices = [
  device('hub', 'Lobby hub', 'acct_st'),
  device('u1', 'Unit 1A door', 'acct_st'),
  device('u2', 'Unit 1B door', 'acct_st'),
  device('u3', 'Unit 2A door', 'acct_st'),
  device('front', 'Front door', 'acct_aug'),
  device('back', 'Back door', 'acct_aug'),
  device('loft1', 'Loft 1', 'acct_salto'),
  device('loft2', 'Loft 2', 'acct_salto'),
  device('orphan', 'Garage sensor', null),
]

const hubIncident: Incident = {
  id: 'incident:hub',
  kind: 'hub_disconnected',
  subject: { kind: 'hub', id: 'hub', name: 'Lobby hub' },
  severity: 'critical',
  openedAt: T - 20 * 60_000,
  resolvedAt: null,
  alertIds: ['off_u2', 'off_u1', 'off_hub'],
  deviceIds: ['u2', 'u1', 'hub'],
  title: "Hub 'Lobby hub' offline: 2 locks unreachable",
}

function input(overrides: Partial<WallSummaryInput> = {}): WallSummaryInput {
  return {
    openIncidents: [hubIncident],
    openAlerts: [
      alert('off_u1', 'critical', onDevice('u1'), T - 19 * 60_000, { incidentId: hubIncident.id }),
      alert('off_u2', 'critical', onDevice('u2'), T - 18 * 60_000, { incidentId: hubIncident.id }),
      alert('off_hub', 'warning', onDevice('hub'), T - 20 * 60_000, { incidentId: hubIncident.id }),
      alert('battery_front', 'warning', onDevice('front'), T - 60 * 60_000),
      alert('noise_back', 'info', onDevice('back'), T - 1 * 60_000),
      alert('tamper_loft1', 'critical', onDevice('loft1'), T - 90 * 60_000),
      alert('battery_back', 'warning', onDevice('back'), T - 5 * 60_000),
    ],
    devices,
    accounts,
    ...overrides,
  }
}

describe('wallSummary', () => {
  it('lists incidents first, then the other alerts gravest first and newest first', () => {
    const { problems } = wallSummary(input())
    expect(problems.map((p) => p.id)).toEqual([
      'incident:hub',
      'tamper_loft1',
      'battery_back',
      'battery_front',
      'noise_back',
    ])
  })

  it('names an incident’s account and its devices without the hub itself', () => {
    const [first] = wallSummary(input()).problems
    expect(first).toEqual({
      kind: 'incident',
      id: 'incident:hub',
      cause: 'hub',
      severity: 'critical',
      title: "Hub 'Lobby hub' offline: 2 locks unreachable",
      accountName: 'Harbor View building (SmartThings)',
      openedAt: T - 20 * 60_000,
      deviceNames: ['Unit 1A door', 'Unit 1B door'],
    })
  })

  it('groups incidents by account, an account outage before a hub outage of the same account', () => {
    const accountIncident: Incident = {
      ...hubIncident,
      id: 'incident:acct_st',
      kind: 'account_disconnected',
      subject: { kind: 'account', id: 'acct_st', name: 'Harbor View building (SmartThings)' },
      deviceIds: ['u3'],
      title: 'Account disconnected',
    }
    const augustHub: Incident = {
      ...hubIncident,
      id: 'incident:aug_hub',
      subject: { kind: 'hub', id: 'aug_bridge', name: 'August bridge' },
      deviceIds: ['front', 'back'],
      title: "Hub 'August bridge' offline: 2 locks unreachable",
    }
    const warningIncident: Incident = {
      ...augustHub,
      id: 'incident:warning',
      severity: 'warning',
      deviceIds: ['loft1', 'loft2'],
    }
    const { problems } = wallSummary(
      input({ openIncidents: [warningIncident, hubIncident, augustHub, accountIncident] }),
    )
    expect(problems.filter((p) => p.kind === 'incident').map((p) => p.id)).toEqual([
      'incident:acct_st',
      'incident:hub',
      'incident:aug_hub',
      'incident:warning',
    ])
    // The August bridge is not in the inventory: the account comes from the devices behind it.
    expect(problems[2]?.accountName).toBe('Harborline August')
  })

  it('counts per account the devices with no open alert, devices without an account last', () => {
    const summary = wallSummary(input())
    expect(summary.accounts).toEqual([
      {
        accountId: 'acct_st',
        name: 'Harbor View building (SmartThings)',
        deviceCount: 4,
        okCount: 1,
      },
      { accountId: 'acct_aug', name: 'Harborline August', deviceCount: 2, okCount: 0 },
      { accountId: 'acct_salto', name: 'Riverside Lofts (Salto KS)', deviceCount: 2, okCount: 1 },
      { accountId: null, name: 'No connected account', deviceCount: 1, okCount: 1 },
    ])
    expect([summary.deviceCount, summary.okCount]).toEqual([9, 3])
  })

  it('shows an account with no devices, and everything OK when nothing is open', () => {
    const summary = wallSummary(
      input({
        openIncidents: [],
        openAlerts: [],
        accounts: [...accounts, account('acct_new', 'Nest')],
      }),
    )
    expect(summary.problems).toEqual([])
    expect(summary.okCount).toBe(9)
    expect(summary.accounts.find((a) => a.accountId === 'acct_new')).toEqual({
      accountId: 'acct_new',
      name: 'Nest',
      deviceCount: 0,
      okCount: 0,
    })
  })

  it('ignores resolved alerts and names an account alert’s own account', () => {
    const summary = wallSummary(
      input({
        openIncidents: [],
        openAlerts: [
          alert('gone', 'critical', onDevice('front'), T - 9_000, { resolvedAt: T - 1_000 }),
          alert('reauth', 'warning', { kind: 'account', id: 'acct_salto', name: 'Salto' }, T),
        ],
      }),
    )
    expect(summary.problems).toMatchObject([
      { id: 'reauth', accountName: 'Riverside Lofts (Salto KS)' },
    ])
    expect(summary.okCount).toBe(9)
  })
})
