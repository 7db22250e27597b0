// One connected account's link to its provider inside a range of time, as the account page shows it.
import type { ConnectedAccount } from '../accounts/connected-account-schema'
import type { Instant, ParsedEvent } from '../events/parsed-event'
import type { AccountInterval, AccountState, LoginFailure } from './account'
import { accountTimeline } from './account'
import type { TimeWindow } from './state-interval'
import { clipIntervals } from './state-interval'

export interface AccountRangeInput {
  /** As Seam lists it; undefined for an account known only from events. */
  readonly account: ConnectedAccount | undefined
  /** The account's own events, in any order. */
  readonly events: readonly ParsedEvent[]
  /** The workspace's events: failed webview logins name no account. */
  readonly workspaceEvents: readonly ParsedEvent[]
  readonly range: TimeWindow
  readonly now: Instant
}

export interface AccountRange {
  /** From the latest status event; from Seam's errors when no event says. */
  readonly state: AccountState | 'unknown'
  /** Clipped to the range and to now, oldest first. */
  readonly intervals: readonly AccountInterval[]
  /** Failed Connect Webview logins of this account inside the range, oldest first. */
  readonly loginFailures: readonly LoginFailure[]
}

/**
 * The whole retained history is derived, then clipped, so the state at the range's start is
 * known. The state is the latest interval's whatever the range, as the page's header says.
 */
export function accountRange(input: AccountRangeInput): AccountRange {
  const { range, now, account } = input
  const timeline = accountTimeline(input.events, now, { webviewEvents: input.workspaceEvents })
  const last = timeline.intervals[timeline.intervals.length - 1]
  const state =
    last?.state ??
    (account === undefined ? 'unknown' : account.errors.length > 0 ? 'disconnected' : 'connected')
  return {
    state,
    intervals: clipIntervals(timeline.intervals, range, now),
    loginFailures: timeline.loginFailures.filter(
      (failure) => failure.at >= range.from && failure.at <= range.to,
    ),
  }
}
