// A connected account's link to its provider over time, and the failed logins around it.
import type { EventIssue, Instant, ParsedEvent } from '../events/parsed-event'
import { timelineEvents } from './event-order'
import type { EventPoint, StateInterval } from './state-interval'
import { appendInterval, causeOf } from './state-interval'

export type AccountState = 'connected' | 'disconnected' | 'reauthorization_requested' | 'deleted'

export interface AccountInterval extends StateInterval<AccountState> {
  /** What Seam listed as wrong when the account disconnected or asked for reauthorization. */
  readonly issues?: readonly EventIssue[]
}

export interface LoginFailure extends EventPoint {
  readonly connectWebviewId?: string
}

export interface AccountTimeline {
  readonly intervals: readonly AccountInterval[]
  /** Oldest first. */
  readonly loginFailures: readonly LoginFailure[]
}

export interface AccountTimelineOptions {
  /**
   * Candidate `connect_webview.login_failed` events (for instance every such event of the
   * workspace). Seam sends them without a connected_account_id, so one counts here when its
   * connect_webview_id is one this account was connected through.
   */
  readonly webviewEvents?: readonly ParsedEvent[]
}

const CONNECTED_TYPES: ReadonlySet<string> = new Set([
  'connected_account.connected',
  'connected_account.successful_login',
  'connected_account.completed_first_sync',
  'connected_account.completed_first_sync_after_reconnection',
])
const STATE_TYPES: ReadonlySet<string> = new Set([
  ...CONNECTED_TYPES,
  'connected_account.disconnected',
  'connected_account.reauthorization_requested',
  'connected_account.deleted',
])
const WEBVIEW_ID_TYPES: ReadonlySet<string> = new Set([
  'connected_account.connected',
  'connected_account.created',
  'connected_account.successful_login',
  'connect_webview.login_succeeded',
])
const LOGIN_FAILED: ReadonlySet<string> = new Set(['connect_webview.login_failed'])

/**
 * `events` are the account's own (account-level) events. Reauthorization requested means the
 * account still works until someone signs in again; requested while already disconnected, it
 * changes nothing, since disconnected is the worse news. `connected_account.created` is not
 * taken as connected: Seam follows it with its own `connected`.
 */
export function accountTimeline(
  events: readonly ParsedEvent[],
  now: Instant,
  options: AccountTimelineOptions = {},
): AccountTimeline {
  const intervals: AccountInterval[] = []
  for (const event of timelineEvents(events, now, STATE_TYPES)) {
    const current = intervals[intervals.length - 1]?.state
    const next = nextState(event.type, current)
    if (next === current) continue
    const interval: AccountInterval = {
      state: next,
      from: event.occurredAt,
      to: null,
      cause: causeOf(event),
    }
    const issues = event.details?.accountErrors
    const withIssues =
      issues !== undefined && issues.length > 0 ? { ...interval, issues } : interval
    appendInterval(intervals, withIssues)
  }
  return { intervals, loginFailures: loginFailures(events, options.webviewEvents ?? [], now) }
}

function nextState(type: string, current: AccountState | undefined): AccountState {
  if (CONNECTED_TYPES.has(type)) return 'connected'
  if (type === 'connected_account.disconnected') return 'disconnected'
  if (type === 'connected_account.deleted') return 'deleted'
  // reauthorization_requested
  return current === 'disconnected' || current === 'deleted' ? current : 'reauthorization_requested'
}

function loginFailures(
  accountEvents: readonly ParsedEvent[],
  webviewEvents: readonly ParsedEvent[],
  now: Instant,
): LoginFailure[] {
  const webviewIds = new Set<string>()
  for (const event of timelineEvents(accountEvents, now, WEBVIEW_ID_TYPES)) {
    const id = event.details?.connectWebviewId
    if (id !== undefined) webviewIds.add(id)
  }
  const own = timelineEvents(accountEvents, now, LOGIN_FAILED)
  const ownIds = new Set(own.map((event) => event.id))
  const candidates = timelineEvents([...own, ...webviewEvents], now, LOGIN_FAILED)
  const failures: LoginFailure[] = []
  for (const event of candidates) {
    const webviewId = event.details?.connectWebviewId
    const ours = ownIds.has(event.id) || (webviewId !== undefined && webviewIds.has(webviewId))
    if (!ours) continue
    const point: LoginFailure = { at: event.occurredAt, eventId: event.id }
    failures.push(webviewId === undefined ? point : { ...point, connectWebviewId: webviewId })
  }
  return failures
}
