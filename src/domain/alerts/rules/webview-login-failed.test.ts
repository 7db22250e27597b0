import { describe, expect, it } from 'vitest'
import type { ParsedEvent } from '../../events/parsed-event'
import { DEFAULT_ALERT_CONFIG } from '../alert-config'
import { prepareEvents } from '../alert-events'
import { minutes, seamEvent } from '../test-events'
import { webviewLoginFailedAlerts } from './webview-login-failed'

const failed = (atMinute: number, extra: Record<string, unknown> = {}) =>
  seamEvent('connect_webview.login_failed', atMinute, { connect_webview_id: 'webview_1', ...extra })
const succeeded = (atMinute: number, webview = 'webview_1') =>
  seamEvent('connect_webview.login_succeeded', atMinute, { connect_webview_id: webview })

function alerts(events: ParsedEvent[], nowMinute: number) {
  const now = minutes(nowMinute)
  return webviewLoginFailedAlerts({
    events: prepareEvents(events, now),
    now,
    config: DEFAULT_ALERT_CONFIG,
    accountName: (id) => (id === 'harbor_view_account' ? 'Harbor View August' : id),
  })
}

describe('webviewLoginFailedAlerts', () => {
  it('files a failure without an account under the workspace', () => {
    const failure = failed(0)
    expect(alerts([failure], 10)).toEqual([
      {
        id: `webview_login_failed:workspace:webview:${failure.id}`,
        rule: 'webview_login_failed',
        severity: 'warning',
        subject: { kind: 'workspace', id: 'webview', name: 'Connect Webview' },
        title: 'Connect Webview login failed',
        openedAt: minutes(0),
        resolvedAt: null,
        openingEventId: failure.id,
      },
    ])
  })

  it('files a failure naming an account under that account', () => {
    const withAccount = failed(0, { connected_account_id: 'harbor_view_account' })
    const [alert] = alerts([withAccount, failed(3)], 10)
    expect([alert?.subject, alert?.title]).toEqual([
      { kind: 'account', id: 'harbor_view_account', name: 'Harbor View August' },
      "Connect Webview login failed for account 'Harbor View August' (2 times)",
    ])
  })

  it('resolves on a successful login through the same webview only', () => {
    const success = succeeded(20)
    const [alert] = alerts([failed(0), succeeded(10, 'webview_other'), success], 30)
    expect([alert?.resolvedAt, alert?.resolvedBy?.eventId, alert?.resolvedBy?.why]).toEqual([
      minutes(20),
      success.id,
      'login succeeded',
    ])
  })

  it('resolves by itself an hour after the last failure', () => {
    const [alert] = alerts([failed(0), failed(30)], 95)
    expect([alert?.resolvedAt, alert?.resolvedBy?.type]).toEqual([minutes(90), 'expired'])
  })
})
