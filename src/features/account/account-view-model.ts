// Everything the account page shows, from the server's answer for the account: pure, time passed in.
import type { AccountReadModel } from '../../api/live/account-read-model'
import type { FleetRow } from '../../api/live/fleet-read-model'
import { fleetRowStatus } from '../../api/live/fleet-row-status'
import type { Alert } from '../../domain/alerts/alert'
import type { EventIssue, Instant } from '../../domain/events/parsed-event'
import type { CurrentDeviceStatus } from '../../domain/status/current-device-status'
import type { AccountInterval, AccountState, LoginFailure } from '../../domain/timelines/account'
import type { TimeWindow } from '../../domain/timelines/state-interval'
import { clipIntervals } from '../../domain/timelines/state-interval'
import { deviceKindWords } from '../../lib/brand-words'

export interface AccountDeviceRow {
  readonly id: string
  readonly name: string
  readonly kind: string
  readonly status: CurrentDeviceStatus
  /** Known only from events: no longer in Seam's device list. */
  readonly removed: boolean
  readonly openAlerts: number
}

export interface AccountHistoryBand {
  readonly state: AccountState
  readonly from: Instant
  readonly to: Instant
  readonly left: number
  readonly width: number
}

export interface AccountView {
  readonly id: string
  readonly name: string
  readonly provider?: string
  /** From the latest status event; from Seam's errors when no event says. */
  readonly state: AccountState | 'unknown'
  /** Seam's current errors and warnings on the account, in its words. */
  readonly issues: readonly string[]
  readonly removed: boolean
  /** Newest first. */
  readonly history: readonly AccountInterval[]
  readonly band: readonly AccountHistoryBand[]
  /** Newest first. */
  readonly loginFailures: readonly LoginFailure[]
  readonly devices: readonly AccountDeviceRow[]
  readonly alerts: readonly Alert[]
}

/**
 * The page's view of the server's answer. `window` is the period the band covers (it slides with
 * the page's clock); the last interval, cut by the server at its own now, goes on.
 */
export function accountViewOf(
  model: AccountReadModel,
  window: TimeWindow,
  now: Instant,
): AccountView {
  const { rollup, inventory } = model
  const accountId = rollup.connected_account_id
  const issues = [...(inventory?.errors ?? []), ...(inventory?.warnings ?? [])].map(
    (issue) => issue.message ?? issue.error_code ?? issue.warning_code ?? 'unknown issue',
  )
  const intervals = reopenLast(model.timeline, model.range.to)
  return {
    id: accountId,
    name: rollup.name,
    ...(rollup.provider !== null && { provider: rollup.provider }),
    state: model.state,
    issues,
    removed: !rollup.listed,
    history: [...intervals].reverse(),
    band: historyBand(intervals, window, now),
    loginFailures: [...model.loginFailures].reverse(),
    devices: model.devices.map(accountDeviceRow),
    alerts: model.alerts.filter(
      (alert) =>
        alert.resolvedAt === null &&
        alert.subject.kind === 'account' &&
        alert.subject.id === accountId,
    ),
  }
}

function reopenLast(intervals: readonly AccountInterval[], end: Instant): AccountInterval[] {
  const last = intervals[intervals.length - 1]
  if (last === undefined || last.to !== end) return [...intervals]
  return [...intervals.slice(0, -1), { ...last, to: null }]
}

/** The server lists the account's devices as the page shows them: Seam's by name, then removed. */
function accountDeviceRow(row: FleetRow): AccountDeviceRow {
  return {
    id: row.device_id,
    name: row.name,
    kind: row.listed ? deviceKindWords(row.kind) : 'Removed device',
    status: fleetRowStatus(row),
    removed: !row.listed,
    openAlerts: row.open_alerts.count,
  }
}

/** Positioned spans of the account's states across `window` (fractions 0..1). */
export function historyBand(
  intervals: readonly AccountInterval[],
  window: TimeWindow,
  now: Instant,
): AccountHistoryBand[] {
  const span = window.to - window.from
  if (span <= 0) return []
  return clipIntervals(intervals, window, now).map((interval) => {
    const to = interval.to ?? interval.from
    return {
      state: interval.state,
      from: interval.from,
      to,
      left: (interval.from - window.from) / span,
      width: (to - interval.from) / span,
    }
  })
}

export function accountStateWords(state: AccountView['state']): string {
  switch (state) {
    case 'connected':
      return 'Connected'
    case 'disconnected':
      return 'Disconnected'
    case 'reauthorization_requested':
      return 'Needs reauthorization'
    case 'deleted':
      return 'Deleted'
    case 'unknown':
      return 'Not known'
    default:
      state satisfies never
      return 'Not known'
  }
}

export function issueWords(issues: readonly EventIssue[] | undefined): string | undefined {
  if (issues === undefined || issues.length === 0) return undefined
  return issues.map((issue) => issue.message ?? issue.code.replaceAll('_', ' ')).join('; ')
}
