import { describe, expect, it } from 'vitest'
import { HARBOR_ACCOUNT, minutes, ruleInput, seamEvent } from '../test-events'
import { accountDisconnectedAlerts } from './account-disconnected'
import { accountReauthorizationAlerts } from './account-reauthorization'

const forAccount = { subject: HARBOR_ACCOUNT }
const disconnected = seamEvent('connected_account.disconnected', 0, {
  connected_account_errors: [
    { error_code: 'invalid_credentials', message: 'The password was changed' },
  ],
})

describe('accountDisconnectedAlerts', () => {
  it('opens a critical alert with the error Seam gave', () => {
    expect(accountDisconnectedAlerts(ruleInput([disconnected], 90, forAccount))).toEqual([
      {
        id: `account_disconnected:account:harbor_view_account:${disconnected.id}`,
        rule: 'account_disconnected',
        severity: 'critical',
        subject: { kind: 'account', id: 'harbor_view_account', name: 'Harbor View August' },
        title: "Account 'Harbor View August' disconnected for 1 h 30 min: The password was changed",
        openedAt: minutes(0),
        resolvedAt: null,
        openingEventId: disconnected.id,
      },
    ])
  })

  it.each([
    ['connected_account.connected', 'account connected again'],
    [
      'connected_account.completed_first_sync_after_reconnection',
      'account synced after reconnecting',
    ],
    ['connected_account.successful_login', 'account signed in again'],
  ] as const)('resolves on %s', (type, why) => {
    const back = seamEvent(type, 30)
    const [alert] = accountDisconnectedAlerts(ruleInput([disconnected, back], 90, forAccount))
    expect(alert?.resolvedBy).toEqual({ eventId: back.id, type, why })
    expect(alert?.title).toBe(
      "Account 'Harbor View August' was disconnected for 30 min: The password was changed",
    )
  })

  it('stays open through events that do not reconnect it', () => {
    const events = [disconnected, seamEvent('connected_account.reauthorization_requested', 5)]
    const [alert] = accountDisconnectedAlerts(ruleInput(events, 90, forAccount))
    expect(alert?.resolvedAt).toBeNull()
  })
})

describe('accountReauthorizationAlerts', () => {
  const requested = seamEvent('connected_account.reauthorization_requested', 0)

  it('opens a warning', () => {
    const alerts = accountReauthorizationAlerts(ruleInput([requested], 10, forAccount))
    expect(alerts.map((a) => [a.severity, a.title, a.resolvedAt])).toEqual([
      ['warning', "Account 'Harbor View August' needs reauthorization", null],
    ])
  })

  it.each([
    ['connected_account.connected', 'account connected again'],
    ['connected_account.successful_login', 'account signed in again'],
    ['connect_webview.login_succeeded', 'account signed in again through Connect Webview'],
  ] as const)('resolves on %s', (type, why) => {
    const back = seamEvent(type, 30)
    const [alert] = accountReauthorizationAlerts(ruleInput([requested, back], 90, forAccount))
    expect([alert?.resolvedAt, alert?.resolvedBy?.why]).toEqual([minutes(30), why])
  })
})
