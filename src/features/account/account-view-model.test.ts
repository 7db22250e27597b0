import { describe, expect, it } from 'vitest'
import type { ConnectedAccount } from '../../domain/accounts/connected-account-schema'
import type { Device } from '../../domain/devices/device-schema'
import type { ParsedEvent } from '../../domain/events/parsed-event'
import { HOUR, T0, seamEvent } from '../../domain/timelines/event-fixtures'
import { accountView, historyBand, type AccountInput } from './account-view-model'

const ACCOUNT = 'acct-1'
const account: ConnectedAccount = {
  connected_account_id: ACCOUNT,
  provider: 'google_nest',
  display_name: 'Nest of Harborline',
  errors: [],
  warnings: [],
}

function device(id: string, name: string, accountId = ACCOUNT): Device {
  return {
    device_id: id,
    device_type: 'nest_camera',
    connected_account_id: accountId,
    errors: [],
    warnings: [],
    properties: { name, online: true },
  }
}

const newestFirst = (events: ParsedEvent[]) =>
  [...events].sort((a, b) => b.occurredAt - a.occurredAt)

const accountEvents = newestFirst([
  seamEvent('connected_account.connected', {
    id: 'up',
    at: T0,
    accountId: ACCOUNT,
    payload: { connect_webview_id: 'wv-1' },
  }),
  seamEvent('connected_account.reauthorization_requested', {
    id: 'reauth',
    at: T0 + HOUR,
    accountId: ACCOUNT,
  }),
  seamEvent('connected_account.disconnected', {
    id: 'down',
    at: T0 + 2 * HOUR,
    accountId: ACCOUNT,
  }),
])

const base: AccountInput = {
  accountId: ACCOUNT,
  accounts: [account],
  devices: [
    device('cam-2', 'Zed camera'),
    device('cam-1', 'Alpha camera'),
    device('other', 'Other', 'acct-2'),
  ],
  eventsLoaded: true,
  accountEvents,
  eventsByDevice: new Map([
    [
      'gone',
      [
        seamEvent('device.deleted', {
          id: 'del',
          at: T0,
          deviceId: 'gone',
          accountId: ACCOUNT,
          payload: { device_name: 'Old cam' },
        }),
      ],
    ],
  ]),
  workspaceEvents: [
    seamEvent('connect_webview.login_failed', {
      id: 'fail-ours',
      at: T0 + 3 * HOUR,
      accountId: null,
      payload: { connect_webview_id: 'wv-1' },
    }),
    seamEvent('connect_webview.login_failed', {
      id: 'fail-other',
      at: T0 + 3 * HOUR,
      accountId: null,
      payload: { connect_webview_id: 'wv-9' },
    }),
  ],
  openAlerts: [],
  window: { from: T0 - 2 * HOUR, to: T0 + 4 * HOUR },
  now: T0 + 4 * HOUR,
}

describe('accountView', () => {
  it('waits for data, then says an unknown id is missing', () => {
    expect(accountView({ ...base, accounts: undefined }).kind).toBe('loading')
    expect(accountView({ ...base, accountId: 'nope', accountEvents: [] }).kind).toBe('missing')
  })

  it('gives the status history newest first, with the current state', () => {
    const found = accountView(base)
    if (found.kind !== 'found') throw new Error('expected the account')
    expect(found.view.name).toBe('Nest of Harborline')
    expect(found.view.provider).toBe('Google Nest')
    expect(found.view.state).toBe('disconnected')
    expect(found.view.history.map((spell) => spell.state)).toEqual([
      'disconnected',
      'reauthorization_requested',
      'connected',
    ])
  })

  it('lists its devices by name, then the removed ones known from events', () => {
    const found = accountView(base)
    if (found.kind !== 'found') throw new Error('expected the account')
    expect(found.view.devices.map((d) => [d.name, d.removed])).toEqual([
      ['Alpha camera', false],
      ['Zed camera', false],
      ['Old cam', true],
    ])
  })

  it('keeps only the failed logins of webviews this account came through', () => {
    const found = accountView(base)
    if (found.kind !== 'found') throw new Error('expected the account')
    expect(found.view.loginFailures.map((f) => f.eventId)).toEqual(['fail-ours'])
  })
})

describe('historyBand', () => {
  it('positions each spell across the window and ends the ongoing one now', () => {
    const found = accountView(base)
    if (found.kind !== 'found') throw new Error('expected the account')
    const band = historyBand([...found.view.history].reverse(), base.window, base.now)
    expect(band.map((span) => [span.state, span.left, span.width])).toEqual([
      ['connected', 2 / 6, 1 / 6],
      ['reauthorization_requested', 3 / 6, 1 / 6],
      ['disconnected', 4 / 6, 2 / 6],
    ])
  })
})
