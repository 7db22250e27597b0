import { describe, expect, it } from 'vitest'
import type { KnownEventType } from '../events/event-types'
import { accountTimeline } from './account'
import { HOUR, seamEvent, shuffledWithRepeats, T0 } from './event-fixtures'

const ACCOUNT = 'acct-schlage'

function accountEvent(type: KnownEventType, id: string, hours: number, payload: object = {}) {
  return seamEvent(type, { id, at: T0 + hours * HOUR, accountId: ACCOUNT, payload })
}

function loginFailed(id: string, hours: number, webviewId: string) {
  return seamEvent('connect_webview.login_failed', {
    id,
    at: T0 + hours * HOUR,
    payload: { connect_webview_id: webviewId },
  })
}

function states(timeline: ReturnType<typeof accountTimeline>) {
  return timeline.intervals.map((i) => [i.state, (i.from - T0) / HOUR, i.to && (i.to - T0) / HOUR])
}

describe('accountTimeline', () => {
  it('draws an account disconnected then reconnected', () => {
    const events = [
      accountEvent('connected_account.created', 'a0', 0, { connect_webview_id: 'wv-1' }),
      accountEvent('connected_account.connected', 'a1', 0, { connect_webview_id: 'wv-1' }),
      accountEvent('connected_account.completed_first_sync', 'a2', 1),
      accountEvent('connected_account.disconnected', 'a3', 5, {
        connected_account_errors: [
          { error_code: 'account_disconnected', message: 'Password changed' },
        ],
      }),
      accountEvent('connected_account.completed_first_sync_after_reconnection', 'a4', 8),
    ]
    const timeline = accountTimeline(events, T0 + 10 * HOUR)
    expect(states(timeline)).toEqual([
      ['connected', 0, 5],
      ['disconnected', 5, 8],
      ['connected', 8, null],
    ])
    expect(timeline.intervals[1]?.issues).toEqual([
      { code: 'account_disconnected', message: 'Password changed' },
    ])
    expect(timeline.intervals[1]?.cause).toEqual({
      eventId: 'a3',
      type: 'connected_account.disconnected',
    })
  })

  it('shows reauthorization requested until signed in again, but never over a disconnection', () => {
    const events = [
      accountEvent('connected_account.connected', 'a1', 0),
      accountEvent('connected_account.reauthorization_requested', 'a2', 2),
      accountEvent('connected_account.successful_login', 'a3', 4),
      accountEvent('connected_account.disconnected', 'a4', 6),
      accountEvent('connected_account.reauthorization_requested', 'a5', 7),
      accountEvent('connected_account.deleted', 'a6', 9),
    ]
    expect(states(accountTimeline(events, T0 + 10 * HOUR))).toEqual([
      ['connected', 0, 2],
      ['reauthorization_requested', 2, 4],
      ['connected', 4, 6],
      ['disconnected', 6, 9],
      ['deleted', 9, null],
    ])
  })

  it("counts failed logins through the account's own connect webviews", () => {
    const events = [
      accountEvent('connected_account.connected', 'a1', 0, { connect_webview_id: 'wv-1' }),
      loginFailed('f0', 0.5, 'wv-1'),
    ]
    const webviewEvents = [loginFailed('f1', 3, 'wv-1'), loginFailed('f2', 4, 'wv-other')]
    expect(accountTimeline(events, T0 + 10 * HOUR, { webviewEvents }).loginFailures).toEqual([
      { at: T0 + 0.5 * HOUR, eventId: 'f0', connectWebviewId: 'wv-1' },
      { at: T0 + 3 * HOUR, eventId: 'f1', connectWebviewId: 'wv-1' },
    ])
  })

  it('derives the same timeline from shuffled and repeated events', () => {
    const events = [
      accountEvent('connected_account.connected', 'a1', 0, { connect_webview_id: 'wv-1' }),
      accountEvent('connected_account.disconnected', 'a2', 1),
      accountEvent('connected_account.reauthorization_requested', 'a3', 1),
      accountEvent('connected_account.connected', 'a4', 2),
      accountEvent('connected_account.reauthorization_requested', 'a5', 2),
      loginFailed('f1', 1.5, 'wv-1'),
    ]
    const webviewEvents = [loginFailed('f2', 3, 'wv-1'), loginFailed('f3', 3, 'wv-2')]
    const expected = accountTimeline(events, T0 + 5 * HOUR, { webviewEvents })
    for (let seed = 1; seed <= 20; seed++) {
      const shuffled = accountTimeline(shuffledWithRepeats(events, seed), T0 + 5 * HOUR, {
        webviewEvents: shuffledWithRepeats(webviewEvents, seed),
      })
      expect(shuffled).toEqual(expected)
    }
  })
})
