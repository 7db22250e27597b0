import { describe, expect, it } from 'vitest'
import { connectedAccountSchema } from '../accounts/connected-account-schema'
import type { KnownEventType } from '../events/event-types'
import { accountRange } from './account-range'
import { HOUR, seamEvent, T0 } from './event-fixtures'

const ACCOUNT = 'acct-schlage'

function accountEvent(type: KnownEventType, id: string, hours: number, payload: object = {}) {
  return seamEvent(type, { id, at: T0 + hours * HOUR, accountId: ACCOUNT, payload })
}

const events = [
  accountEvent('connected_account.connected', 'a1', 0, { connect_webview_id: 'wv-1' }),
  accountEvent('connected_account.disconnected', 'a2', 5),
  accountEvent('connected_account.connected', 'a3', 8),
]
const loginFailed = seamEvent('connect_webview.login_failed', {
  id: 'w1',
  at: T0 + 6 * HOUR,
  accountId: null,
  payload: { connect_webview_id: 'wv-1' },
})
const listed = connectedAccountSchema.parse({ connected_account_id: ACCOUNT })

describe('accountRange', () => {
  it('clips the intervals to the range and keeps its failed logins', () => {
    const result = accountRange({
      account: listed,
      events,
      workspaceEvents: [loginFailed],
      range: { from: T0 + 4 * HOUR, to: T0 + 7 * HOUR },
      now: T0 + 10 * HOUR,
    })
    expect(result.state).toBe('connected')
    expect(result.intervals.map((i) => [i.state, i.from - T0, i.to! - T0])).toEqual([
      ['connected', 4 * HOUR, 5 * HOUR],
      ['disconnected', 5 * HOUR, 7 * HOUR],
    ])
    expect(result.loginFailures).toEqual([
      { at: T0 + 6 * HOUR, eventId: 'w1', connectWebviewId: 'wv-1' },
    ])
  })

  it('takes the state from Seam’s errors when no event says', () => {
    const range = { from: T0, to: T0 + HOUR }
    const input = { events: [], workspaceEvents: [], range, now: T0 + HOUR }
    const broken = connectedAccountSchema.parse({
      connected_account_id: ACCOUNT,
      errors: [{ error_code: 'account_disconnected', message: 'Password changed' }],
    })
    expect(accountRange({ ...input, account: broken }).state).toBe('disconnected')
    expect(accountRange({ ...input, account: listed }).state).toBe('connected')
    expect(accountRange({ ...input, account: undefined }).state).toBe('unknown')
    expect(accountRange({ ...input, account: undefined }).intervals).toEqual([])
  })
})
