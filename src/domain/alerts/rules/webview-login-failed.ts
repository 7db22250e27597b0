// Failed Connect Webview logins: someone could not link their account; fades after an hour.
import type { Instant, ParsedEvent } from '../../events/parsed-event'
import type { Alert, AlertSubject } from '../alert'
import { createAlert } from '../alert'
import type { AlertConfig } from '../alert-config'
import { MINUTE_MS } from '../alert-config'
import { timesSuffix } from '../alert-words'
import type { EpisodeMark } from '../episodes'
import { collectEpisodes } from '../episodes'
import { episodeEnd } from './rule-input'

export interface WebviewRuleInput {
  /** `connect_webview.*` events of every account and of none, prepared (see prepareEvents). */
  readonly events: readonly ParsedEvent[]
  readonly now: Instant
  readonly config: AlertConfig
  readonly accountName: (accountId: string) => string
}

/** Where a failed login that names no account is filed. */
export const WORKSPACE_WEBVIEW_SUBJECT: AlertSubject = {
  kind: 'workspace',
  id: 'webview',
  name: 'Connect Webview',
}

// A login attempt is one webview; a success names the same webview id as the failures before it.
function webviewKey(event: ParsedEvent): string {
  const webview = event.details?.connectWebviewId
  if (webview !== undefined) return `webview:${webview}`
  return event.connectedAccountId === undefined ? 'unknown' : `account:${event.connectedAccountId}`
}

function classify(event: ParsedEvent): EpisodeMark | undefined {
  if (event.type === 'connect_webview.login_failed') return { key: webviewKey(event), role: 'open' }
  if (event.type === 'connect_webview.login_succeeded') {
    return { key: webviewKey(event), role: 'close' }
  }
  return undefined
}

/**
 * A person mistyping a password usually retries at once, so failures of one webview fold into one
 * warning, resolved by a success on the same webview or `webviewLoginFailedExpiryMinutes` after
 * the last failure. Filed under the account when the failure names one.
 */
export function webviewLoginFailedAlerts({
  events,
  now,
  config,
  accountName,
}: WebviewRuleInput): Alert[] {
  const expiry = config.webviewLoginFailedExpiryMinutes
  const episodes = collectEpisodes(events, classify, { now, expireAfterMs: expiry * MINUTE_MS })
  return episodes.map((episode) => {
    const accountId = episode.occurrences.find(
      (e) => e.connectedAccountId !== undefined,
    )?.connectedAccountId
    const subject: AlertSubject =
      accountId === undefined
        ? WORKSPACE_WEBVIEW_SUBJECT
        : { kind: 'account', id: accountId, name: accountName(accountId) }
    const forAccount = accountId === undefined ? '' : ` for account '${subject.name}'`
    return createAlert({
      rule: 'webview_login_failed',
      severity: 'warning',
      subject,
      title: `Connect Webview login failed${forAccount}${timesSuffix(episode.occurrences.length)}`,
      opening: episode.opening,
      end: episodeEnd(episode, () => 'login succeeded', `no further failure for ${expiry} min`),
    })
  })
}
